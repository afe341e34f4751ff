/**
 * The findings grouped by what they say ("22 行合计行已跳过"), errors first, each
 * group opening onto its places; a filter by severity; 上一处 / 下一处 step
 * through them one at a time. A click on a place selects its cell in the ledger.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Text,
  ToggleButton,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { columnIndex } from '../../src/ledger/columns';
import { findingMessage } from '../../src/ledger/findings';
import type { Finding, Severity } from '../../src/ledger/types';
import { usePane } from '../context';
import { flatOrder, groupFindings, groupTitle, onRow } from '../findingGroups';

/** Places rendered at most per group (the report lists all); stepping past them renders more. */
export const MAX_ENTRIES = 200;

const useStyles = makeStyles({
  filters: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalXS,
    rowGap: tokens.spacingVerticalXS,
    marginBottom: tokens.spacingVerticalS,
  },
  nav: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalXS,
    rowGap: tokens.spacingVerticalXS,
    marginBottom: tokens.spacingVerticalS,
  },
  header: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalXS, minWidth: 0 },
  badge: { whiteSpace: 'nowrap', flexShrink: 0 },
  group: {
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
    marginBottom: tokens.spacingVerticalXS,
  },
  entries: {
    listStyleType: 'none',
    paddingLeft: 0,
    margin: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
  },
  entry: { display: 'block', minWidth: 0 },
  current: {
    outline: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  finding: {
    justifyContent: 'flex-start',
    textAlign: 'start',
    height: 'auto',
    minHeight: '24px',
    maxWidth: '100%',
    fontWeight: tokens.fontWeightRegular,
    overflowWrap: 'anywhere',
  },
  text: { display: 'block', overflowWrap: 'anywhere', padding: `0 ${tokens.spacingHorizontalS}` },
});

const SEVERITY_COLOR = { error: 'danger', warning: 'warning', info: 'informative' } as const;

export interface FindingsListProps {
  findings: readonly Finding[];
  names: ReadonlyMap<string, string>;
  onSelect: (f: Finding) => void;
}

/** A finding on a row of the open workbook: a click can select its cell. */
function jumpable(f: Finding): boolean {
  return onRow(f) && f.file === undefined;
}

/** Memoised: the report's busy state and messages re-render the pane, not this list. */
export const FindingsList = memo(function FindingsList({ findings, names, onSelect }: FindingsListProps) {
  const { t, lang } = usePane();
  const styles = useStyles();
  const [only, setOnly] = useState<Severity | null>(null);
  const groups = useMemo(
    () => groupFindings(only === null ? findings : findings.filter((f) => f.severity === only)),
    [findings, only],
  );
  const order = useMemo(() => flatOrder(groups), [groups]);
  const [open, setOpen] = useState<string[]>([]);
  /** The place 上一处 / 下一处 reached last (index into `order`), or null. */
  const [current, setCurrent] = useState<number | null>(null);
  useEffect(() => setCurrent(null), [groups]);
  const listRef = useRef<HTMLDivElement>(null);
  const counts = useMemo(() => {
    const c = { error: 0, warning: 0, info: 0 };
    for (const f of findings) c[f.severity]++;
    return c;
  }, [findings]);
  const severity = { error: t('severityError'), warning: t('severityWarning'), info: t('severityInfo') };
  const at = current === null ? null : order[current];

  const step = (delta: 1 | -1) => {
    if (order.length === 0) return;
    const next =
      current === null ? (delta > 0 ? 0 : order.length - 1) : (current + delta + order.length) % order.length;
    setCurrent(next);
    const { group, index } = order[next];
    const g = groups[group];
    setOpen((o) => (o.includes(g.key) ? o : [...o, g.key]));
    const f = g.findings[index];
    if (jumpable(f)) onSelect(f);
  };
  // The place reached is brought into view (its group has just opened).
  useEffect(() => {
    if (!at) return;
    const el = listRef.current?.querySelector(`[data-place="${at.group}-${at.index}"]`);
    (el as HTMLElement | null)?.scrollIntoView?.({ block: 'nearest' });
  }, [at]);

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
      {order.length > 0 && (
        <div className={styles.nav} role="group" aria-label={t('findingsNav')} data-testid="findings-nav">
          <Button size="small" onClick={() => step(-1)} data-testid="finding-prev">
            {t('findingsPrev')}
          </Button>
          <Button size="small" onClick={() => step(1)} data-testid="finding-next">
            {t('findingsNext')}
          </Button>
          <Text size={200} aria-live="polite" data-testid="finding-position">
            {current === null
              ? t('findingsTotal', { n: order.length })
              : t('findingsPosition', { i: current + 1, n: order.length })}
          </Text>
        </div>
      )}
      {groups.length === 0 && <Text block>{t('findingsNone')}</Text>}
      <div ref={listRef}>
        <Accordion
          multiple
          collapsible
          openItems={open}
          onToggle={(_, d) => setOpen(d.openItems as string[])}
        >
          {groups.map((g, gi) => {
            const shown = Math.max(MAX_ENTRIES, at && at.group === gi ? at.index + 1 : 0);
            return (
              <AccordionItem
                key={g.key}
                value={g.key}
                className={styles.group}
                data-testid="finding-group"
                data-code={g.code}
                data-severity={g.severity}
                data-count={g.findings.length}
              >
                <AccordionHeader size="small">
                  <span className={styles.header}>
                    <Badge
                      appearance="tint"
                      color={SEVERITY_COLOR[g.severity]}
                      size="small"
                      className={styles.badge}
                    >
                      {severity[g.severity]}
                    </Badge>
                    <span>{groupTitle(g, lang)}</span>
                  </span>
                </AccordionHeader>
                <AccordionPanel>
                  <ul className={styles.entries}>
                    {g.findings.slice(0, shown).map((f, i) => {
                      const place = onRow(f)
                        ? t('findingsRow', { sheet: f.sheet, row: f.row })
                        : t('findingsSheet', { sheet: f.sheet });
                      const who = f.personKey !== undefined ? names.get(f.personKey) : undefined;
                      const text =
                        `${place}${who ? ` · ${who}` : ''}${t('colon')}${findingMessage(f, lang)}` +
                        (f.clause ? t('aside', { text: t('clause', { clause: f.clause }) }) : '');
                      const isCurrent = at !== null && at.group === gi && at.index === i;
                      return (
                        <li
                          key={i}
                          className={isCurrent ? `${styles.entry} ${styles.current}` : styles.entry}
                          data-place={`${gi}-${i}`}
                          data-row={onRow(f) ? f.row : ''}
                          data-sheet={f.sheet}
                          data-code={f.code}
                          data-severity={f.severity}
                          aria-current={isCurrent ? 'true' : undefined}
                        >
                          {jumpable(f) ? (
                            <Button
                              appearance="transparent"
                              size="small"
                              className={styles.finding}
                              onClick={() => {
                                setCurrent(order.findIndex((o) => o.group === gi && o.index === i));
                                onSelect(f);
                              }}
                              title={t('findingGoTo', { place })}
                            >
                              {text}
                            </Button>
                          ) : (
                            <Text size={200} className={styles.text}>
                              {text}
                            </Text>
                          )}
                        </li>
                      );
                    })}
                  </ul>
                  {g.findings.length > shown && (
                    <Text size={200} block>
                      {t('findingsMore', { count: g.findings.length - shown })}
                    </Text>
                  )}
                </AccordionPanel>
              </AccordionItem>
            );
          })}
        </Accordion>
      </div>
    </section>
  );
});

/** The 1-based column of a finding (column A when it names none). */
export function findingColumn(f: Finding): number {
  return f.column ? (columnIndex(f.column) ?? 0) + 1 : 1;
}
