/**
 * The person of a sheet kept per person (a card: 姓名 / 身份证号 / 职称 … in a
 * block above the activity table, see `headers.ts`): read once, each problem
 * standing on the block's own cell, and one note that every row of the sheet
 * is that person's.
 */
import type { CellReader, Report } from './cells';
import { isBlank } from './cells';
import { columnLetter } from './columns';
import { ledgerFinding, type Place } from './findings';
import type { BlockCell, PersonBlock } from './headers';
import type { IdNumberInfo } from './parse/idNumber';
import { displayText } from './parse/text';
import type { Finding } from './types';

/** The cell readers of the "who" columns (the ledger reader's, so their caches are shared). */
export interface WhoReaders {
  id: CellReader<IdNumberInfo>;
  name: CellReader<string>;
  series: CellReader<string>;
  rank: CellReader<string>;
  qualification: CellReader<number>;
}

export interface SheetPerson {
  idInfo: IdNumberInfo | undefined;
  idCellFilled: boolean;
  idCell: unknown;
  name: string | undefined;
  series: string | undefined;
  rank: string | undefined;
  qualificationYear: number | undefined;
}

export function readPersonBlock(
  block: PersonBlock,
  read: WhoReaders,
  findings: Finding[],
  at: (row: number | null, column: string | null) => Place,
): SheetPerson {
  const placeOf = (cell: BlockCell | undefined) =>
    at(cell ? cell.row + 1 : null, cell ? columnLetter(cell.column) : null);
  const reportOn =
    (cell: BlockCell | undefined): Report =>
    (code, params) =>
      findings.push(ledgerFinding(code, params, placeOf(cell)));
  const { name, idNumber, series, rank, qualificationDate } = block;
  // On the cell that names the person.
  findings.push(
    ledgerFinding(
      'person-from-block',
      { name: displayText(name?.value ?? idNumber?.value ?? '') },
      placeOf(name ?? idNumber),
    ),
  );
  return {
    idInfo: read.id(idNumber?.value, reportOn(idNumber)),
    idCellFilled: idNumber !== undefined && !isBlank(idNumber.value),
    idCell: idNumber?.value,
    name: read.name(name?.value, reportOn(name)),
    series: read.series(series?.value, reportOn(series)),
    rank: read.rank(rank?.value, reportOn(rank)),
    qualificationYear: read.qualification(qualificationDate?.value, reportOn(qualificationDate)),
  };
}
