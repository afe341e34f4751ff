/**
 * The findings, grouped by row, the rows with errors first, with a filter by
 * severity; a click selects the cell in the ledger.
 */
import { Badge, Button, Text, ToggleButton, makeStyles, tokens } from '@fluentui/react-components';
import { memo, useMemo, useState } from 'react';
import { columnIndex } from '../../src/ledger/columns';
import { findingMessage } from '../../src/ledger/findings';
import type { Finding, Severity } from '../../src/ledger/types';
import { usePane } from '../context';
import { groupFindings } from '../findingGroups';

/** Groups rendered at most (the report lists all). */
export const MAX_GROUPS = 300;

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    paddingLeft: 0,
    margin: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  group: {
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
    paddingLeft: tokens.spacingHorizontalS,
  },
  item: { display: 'flex', alignItems: 'flex-start', columnGap: tokens.spacingHorizontalXS },
  finding: {
    justifyContent: 'flex-start',
    textAlign: 'start',
    height: 'auto',
    minHeight: '24px',
    fontWeight: tokens.fontWeightRegular,
  },
  inner: { listStyleType: 'none', paddingLeft: 0, margin: 0 },
  filters: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalXS,
    rowGap: tokens.spacingVerticalXS,
    marginBottom: tokens.spacingVerticalS,
  },
});

const SEVERITY_COLOR = { error: 'danger', warning: 'warning', info: 'informative' } as const;

export interface FindingsListProps {
  findings: readonly Finding[];
  names: ReadonlyMap<string, string>;
  onSelect: (f: Finding) => void;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Memoised: the report's busy state and messages re-render the pane, not this list. */
export const FindingsList = memo(function FindingsList({ findings, names, onSelect }: FindingsListProps) {
  const { t, lang } = usePane();
  const styles = useStyles();
  // Which findings to show: all, or one severity; the rows with errors come first.
  const [only, setOnly] = useState<Severity | null>(null);
  const groups = useMemo(() => {
    const shown = only === null ? findings : findings.filter((f) => f.severity === only);
    const worst = (g: { findings: Finding[] }) => Math.min(...g.findings.map((f) => RANK[f.severity]));
    return groupFindings(shown)
      .map((g, i) => ({ g, i, w: worst(g) }))
      .sort((a, b) => a.w - b.w || a.i - b.i)
      .map((x) => x.g);
  }, [findings, only]);
  const counts = useMemo(() => {
    const c = { error: 0, warning: 0, info: 0 };
    for (const f of findings) c[f.severity]++;
    return c;
  }, [findings]);
  const severity = { error: t('severityError'), warning: t('severityWarning'), info: t('severityInfo') };
  return (
    <section aria-labelledby="ce-findings-title" data-testid="findings">
      <Text as="h2" id="ce-findings-title" weight="semibold" size={400} block>
        {t('findingsTitle')}
      </Text>
      {findings.length > 0 && (
        <div
          className={styles.filters}
          role="group"
          aria-label={t('findingsFilter')}
          data-testid="findings-filter"
        >
          <ToggleButton size="small" checked={only === null} onClick={() => setOnly(null)}>
            {t('findingsAll', { n: findings.length })}
          </ToggleButton>
          {(['error', 'warning', 'info'] as const).map((s) => (
            <ToggleButton
              key={s}
              size="small"
              checked={only === s}
              disabled={counts[s] === 0}
              onClick={() => setOnly(only === s ? null : s)}
              data-severity={s}
            >
              {`${severity[s]} ${counts[s]}`}
            </ToggleButton>
          ))}
        </div>
      )}
      {groups.length === 0 && <Text block>{t('findingsNone')}</Text>}
      <ul className={styles.list}>
        {groups.slice(0, MAX_GROUPS).map((g) => {
          const place =
            g.row !== null
              ? t('findingsRow', { sheet: g.sheet, row: g.row })
              : t('findingsSheet', { sheet: g.sheet });
          const who = g.personKey !== undefined ? names.get(g.personKey) : undefined;
          return (
            <li key={g.key} className={styles.group} data-row={g.row ?? ''} data-sheet={g.sheet}>
              <Text weight="semibold" size={200} as="h3" block>
                {place}
                {who ? ` · ${who}` : ''}
              </Text>
              <ul className={styles.inner}>
                {g.findings.map((f, i) => {
                  const message = findingMessage(f, lang);
                  const jumpable = f.row !== null && f.row > 0 && f.file === undefined;
                  return (
                    <li key={i} className={styles.item} data-code={f.code}>
                      <Badge
                        appearance="tint"
                        color={SEVERITY_COLOR[f.severity]}
                        size="small"
                        style={{ whiteSpace: 'nowrap', flexShrink: 0 }}
                      >
                        {severity[f.severity]}
                      </Badge>
                      {jumpable ? (
                        <Button
                          appearance="transparent"
                          size="small"
                          className={styles.finding}
                          onClick={() => onSelect(f)}
                          title={t('findingGoTo', { place })}
                        >
                          {message}
                          {f.clause ? t('aside', { text: t('clause', { clause: f.clause }) }) : ''}
                        </Button>
                      ) : (
                        <Text size={200}>
                          {message}
                          {f.clause ? t('aside', { text: t('clause', { clause: f.clause }) }) : ''}
                        </Text>
                      )}
                    </li>
                  );
                })}
              </ul>
            </li>
          );
        })}
      </ul>
      {groups.length > MAX_GROUPS && (
        <Text block>{t('findingsMore', { count: groups.length - MAX_GROUPS })}</Text>
      )}
    </section>
  );
});

/** The 1-based column of a finding (column A when it names none). */
export function findingColumn(f: Finding): number {
  return f.column ? (columnIndex(f.column) ?? 0) + 1 : 1;
}
