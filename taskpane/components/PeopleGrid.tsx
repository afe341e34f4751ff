/** Everyone with their verdict and shortfall; a click opens the person's card. */
import {
  Button,
  DataGrid,
  DataGridBody,
  DataGridCell,
  DataGridHeader,
  DataGridHeaderCell,
  DataGridRow,
  Badge,
  Link,
  Text,
  createTableColumn,
  makeStyles,
  type TableColumnDefinition,
} from '@fluentui/react-components';
import { Fragment, memo, useMemo, useState } from 'react';
import type { ReportOptions, ReportPerson } from '../../src/report/types';
import { usePane } from '../context';
import { formatHours, type Translate } from '../i18n';
import type { Hours } from '../../src/rules/types';
import { shortParts, shortYears } from '../personView';
import { personVerdict, type PersonVerdict, type VerdictKind } from '../verdict';

interface Item {
  person: ReportPerson;
  verdict: PersonVerdict;
  /** Ledger order, kept among people of one urgency. */
  i: number;
}

export function verdictLabel(v: PersonVerdict, t: Translate): string {
  return v.kind === 'pass'
    ? t('verdictPass')
    : v.kind === 'fail'
      ? t('verdictFail')
      : v.kind === 'review'
        ? t('verdictReview')
        : v.kind === 'sector'
          ? t('verdictSector')
          : t('verdictNone');
}

/** "公需差4，专业差11" — only the parts that are short, never "公需差0". */
export function shortfallParts(shortfall: Hours, t: Translate): string {
  return shortParts(shortfall, {
    public: (h) => t('shortPublic', { hours: formatHours(h) }),
    professional: (h) => t('shortProfessional', { hours: formatHours(h) }),
    join: t('partsJoin'),
  });
}

/**
 * What a person lacks, year by year and only where short, as pieces that are
 * never broken inside ("2022：", "专业差11；", "2023：", "公需差4"): a narrow
 * column wraps between them, never between 差 and its number.
 */
export function shortfallPieces(p: ReportPerson, v: PersonVerdict, t: Translate): string[] {
  if (v.kind === 'review') return [t('reviewRows', { rows: (v.reviewRows ?? []).join(t('listJoin')) })];
  if (v.kind !== 'fail') return [t('shortfallNone')];
  const years = shortYears(p, v)
    .map((y) => {
      const parts: string[] = [];
      if (y.shortfall.public > 0) parts.push(t('shortPublic', { hours: formatHours(y.shortfall.public) }));
      if (y.shortfall.professional > 0)
        parts.push(t('shortProfessional', { hours: formatHours(y.shortfall.professional) }));
      const joined = parts.map((x, i) => (i < parts.length - 1 ? x + t('partsJoin') : x));
      return y.label && parts.length ? [`${y.label}${t('colon')}`, ...joined] : joined;
    })
    .filter((y) => y.length > 0);
  const pieces = years.flatMap((y, i) =>
    i < years.length - 1 ? [...y.slice(0, -1), y[y.length - 1] + t('yearsJoin')] : y,
  );
  return pieces.length ? pieces : [t('verdictFail')];
}

/** The same as one line: "2022：专业差11；2023：公需差4". */
export function shortfallLabel(p: ReportPerson, v: PersonVerdict, t: Translate): string {
  return shortfallPieces(p, v, t).join('');
}

const useStyles = makeStyles({
  // A piece of a shortfall ("专业差11；") is never broken; the column wraps between pieces.
  piece: { display: 'inline-block', whiteSpace: 'nowrap' },
});

const COLOR = {
  pass: 'success',
  fail: 'danger',
  review: 'warning',
  sector: 'informative',
  none: 'subtle',
} as const;

/** Who needs the officer first: 待核实, then 未达标, then no records; 达标 and sector staff last. */
const URGENCY: Record<VerdictKind, number> = { review: 0, fail: 1, none: 2, pass: 3, sector: 4 };

/**
 * People rendered at first, and added per 再显示 N 人: a grid of thousands of rows takes
 * the browser seconds to lay out (the report lists everyone).
 */
export const PEOPLE_PAGE = 200;

/** Memoised: the report's busy state and messages re-render the pane, not this list. */
export const PeopleGrid = memo(function PeopleGrid({
  people,
  options,
  onOpen,
  filter = null,
}: {
  people: readonly ReportPerson[];
  /** The year / title year asked, for the shared verdict rule. */
  options: Pick<ReportOptions, 'year' | 'titleYear'>;
  onOpen: (key: string) => void;
  /** Only people with this verdict (a summary tile); null for everyone. */
  filter?: VerdictKind | null;
}) {
  const { t } = usePane();
  const styles = useStyles();
  const items = useMemo<Item[]>(() => {
    const all = people.map((p, i) => ({ person: p, verdict: personVerdict(p, options), i }));
    return all
      .filter((x) => filter === null || x.verdict.kind === filter)
      .sort((a, b) => URGENCY[a.verdict.kind] - URGENCY[b.verdict.kind] || a.i - b.i);
  }, [people, options, filter]);
  // Another check or filter starts again at the first page.
  const [page, setPage] = useState({ items, limit: PEOPLE_PAGE });
  const limit = page.items === items ? page.limit : PEOPLE_PAGE;
  const shown = useMemo(() => (items.length > limit ? items.slice(0, limit) : items), [items, limit]);
  const columns = useMemo<TableColumnDefinition<Item>[]>(
    () => [
      createTableColumn<Item>({
        columnId: 'name',
        renderHeaderCell: () => t('colName'),
        renderCell: (i) => (
          <Link as="button" onClick={() => onOpen(i.person.key)} data-person={i.person.key}>
            {i.person.name || i.person.id || i.person.key}
          </Link>
        ),
      }),
      createTableColumn<Item>({
        columnId: 'verdict',
        renderHeaderCell: () => t('colVerdict'),
        renderCell: (i) => (
          <Badge
            appearance="tint"
            color={COLOR[i.verdict.kind]}
            data-verdict={i.verdict.kind}
            style={{ whiteSpace: 'nowrap', flexShrink: 0 }}
          >
            {verdictLabel(i.verdict, t)}
          </Badge>
        ),
      }),
      createTableColumn<Item>({
        columnId: 'shortfall',
        renderHeaderCell: () => t('colShortfall'),
        renderCell: (i) => (
          <Text size={200} data-testid="shortfall">
            {shortfallPieces(i.person, i.verdict, t).map((piece, k) => {
              // A piece's trailing space ("2022: ") stays outside its unbreakable box,
              // where the browser keeps it as the gap before the next piece.
              const text = piece.trimEnd();
              return (
                <Fragment key={k}>
                  <span className={i.verdict.kind === 'fail' ? styles.piece : undefined}>{text}</span>
                  {text.length < piece.length ? ' ' : null}
                </Fragment>
              );
            })}
          </Text>
        ),
      }),
    ],
    [t, onOpen, styles.piece],
  );
  return (
    <section aria-labelledby="ce-people-title">
      <Text as="h2" id="ce-people-title" weight="semibold" size={400} block>
        {t('peopleTitle')}
      </Text>
      {shown.length < items.length && (
        <Text size={200} block data-testid="people-shown">
          {t('peopleShown', { shown: shown.length, total: items.length })}
        </Text>
      )}
      <DataGrid
        items={shown}
        columns={columns}
        getRowId={(i: Item) => i.person.key}
        aria-labelledby="ce-people-title"
        size="small"
      >
        <DataGridHeader>
          <DataGridRow>
            {({ renderHeaderCell }) => <DataGridHeaderCell>{renderHeaderCell()}</DataGridHeaderCell>}
          </DataGridRow>
        </DataGridHeader>
        <DataGridBody<Item>>
          {({ item, rowId }) => (
            <DataGridRow<Item> key={rowId} data-testid="person-row">
              {({ renderCell }) => <DataGridCell>{renderCell(item)}</DataGridCell>}
            </DataGridRow>
          )}
        </DataGridBody>
      </DataGrid>
      {shown.length < items.length && (
        <Button
          size="small"
          data-testid="people-more"
          onClick={() => setPage({ items, limit: limit + PEOPLE_PAGE })}
        >
          {t('peopleMore', { n: Math.min(PEOPLE_PAGE, items.length - shown.length) })}
        </Button>
      )}
    </section>
  );
});
