/**
 * Preview mode's stand-in for Excel's grid: the active ledger sheet's rows
 * around the selection; clicking a row selects it, as a click in Excel would.
 */
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { MemoryWorkbook } from '../../src/excel/memoryWorkbook';
import type { Selection } from '../../src/excel/port';
import { columnLetter } from '../../src/ledger/columns';
import type { Translate } from '../i18n';

/** Rows shown at once (before and after the selected row). */
const BEFORE = 200;
const WINDOW = 1000;

const useStyles = makeStyles({
  wrap: {
    overflow: 'auto',
    maxHeight: '70vh',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200 },
  cell: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    whiteSpace: 'nowrap',
    maxWidth: '220px',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
  },
  head: { backgroundColor: tokens.colorNeutralBackground3, position: 'sticky', top: 0 },
  selected: { backgroundColor: tokens.colorBrandBackground2 },
  rowButton: {
    cursor: 'pointer',
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
});

export interface PreviewSheetViewProps {
  workbook: MemoryWorkbook;
  sheet: string;
  t: Translate;
  /** Bumped by the shell whenever the workbook's selection changes. */
  selection: Selection | null;
}

export function PreviewSheetView({ workbook, sheet, t, selection }: PreviewSheetViewProps) {
  const styles = useStyles();
  const active = selection?.sheet ?? sheet;
  const data =
    workbook.data.sheets.find((s) => s.name === active) ?? workbook.data.sheets.find((s) => s.name === sheet);
  const [, force] = useState(0);
  const wrap = useRef<HTMLDivElement>(null);
  useEffect(() => {
    force((n) => n + 1);
    // The selected row is scrolled to inside the grid's own box only: scrollIntoView would also
    // move the page, and at pane widths (grid below the pane) pull it away from a card just opened.
    const box = wrap.current;
    const row = box?.querySelector('tr[aria-selected="true"]');
    if (!box || !row) return;
    const head = box.querySelector('thead')?.getBoundingClientRect().height ?? 0;
    const top = row.getBoundingClientRect().top - box.getBoundingClientRect().top;
    const bottom = top + row.getBoundingClientRect().height;
    if (top < head || bottom > box.clientHeight) box.scrollTop += top - head - box.clientHeight / 3;
  }, [selection]);
  if (!data) return null;
  const total = data.values.length;
  const selRow = selection && selection.sheet === data.name ? selection.row : 1;
  const from = Math.max(1, Math.min(selRow - BEFORE, total - WINDOW + 1));
  const to = Math.min(total, from + WINDOW - 1);
  const width = data.values.slice(0, 40).reduce((m, r) => Math.max(m, r.length), 0);
  const select = (row: number) => workbook.setSelection({ sheet: data.name, row, column: 1 });
  return (
    // The scrolling box below is the one landmark, named by the title (a named section too would
    // be a second region of the same name: axe's landmark-unique).
    <section data-testid="sheet-view">
      <Text as="h2" id="ce-sheet-title" weight="semibold" block>
        {t('previewSheetView')} — {data.name}
      </Text>
      <Text size={200} block>
        {t('previewRowsShown', { from, to, total })}
      </Text>
      <div ref={wrap} className={styles.wrap} tabIndex={0} role="region" aria-labelledby="ce-sheet-title">
        <table className={styles.table}>
          <thead>
            <tr>
              <th className={`${styles.cell} ${styles.head}`} scope="col">
                #
              </th>
              {Array.from({ length: width }, (_, c) => (
                <th key={c} className={`${styles.cell} ${styles.head}`} scope="col">
                  {columnLetter(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.values.slice(from - 1, to).map((row, i) => {
              const r = from + i;
              const isSel = selection?.sheet === data.name && selection.row === r;
              return (
                <tr
                  key={r}
                  data-row={r}
                  tabIndex={0}
                  aria-selected={isSel}
                  className={`${styles.rowButton} ${isSel ? styles.selected : ''}`}
                  onClick={() => select(r)}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter' || e.key === ' ') {
                      e.preventDefault();
                      select(r);
                    }
                  }}
                >
                  <th scope="row" className={styles.cell}>
                    {r}
                  </th>
                  {Array.from({ length: width }, (_, c) => (
                    <td key={c} className={styles.cell}>
                      {row[c] === null || row[c] === undefined ? '' : String(row[c])}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
