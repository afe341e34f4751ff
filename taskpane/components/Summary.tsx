/** People, passing, failing, deemed, sector; findings by severity. */
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { memo } from 'react';
import type { Report } from '../../src/report/types';
import { usePane } from '../context';
import type { VerdictKind } from '../verdict';

const useStyles = makeStyles({
  stats: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(80px, 1fr))',
    gap: tokens.spacingHorizontalS,
    margin: 0,
  },
  stat: {
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    margin: 0,
  },
  value: {
    fontSize: tokens.fontSizeHero700,
    lineHeight: tokens.lineHeightHero700,
    fontWeight: tokens.fontWeightSemibold,
  },
  fail: { color: tokens.colorPaletteRedForeground1 },
  pass: { color: tokens.colorPaletteGreenForeground1 },
  review: { color: tokens.colorPaletteMarigoldForeground1 },
  // The count is the button: it filters the people below by that verdict.
  tile: {
    font: 'inherit',
    color: 'inherit',
    background: 'none',
    border: 'none',
    padding: 0,
    cursor: 'pointer',
    textDecorationLine: 'underline',
    textDecorationStyle: 'dotted',
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
    '&[aria-pressed="true"]': { textDecorationStyle: 'solid' },
  },
});

/** Which verdict a tile filters the people list by (null: everyone); undefined: not a filter. */
const FILTER_OF: Record<string, VerdictKind | null | undefined> = {
  people: null,
  passing: 'pass',
  failing: 'fail',
  review: 'review',
  sector: 'sector',
};

/** Memoised: the report's busy state and messages re-render the pane, not the summary. */
export const Summary = memo(function Summary({
  report,
  filter = null,
  onFilter,
}: {
  report: Report;
  /** The verdict the people list shows, or null for everyone. */
  filter?: VerdictKind | null;
  onFilter?: (kind: VerdictKind | null) => void;
}) {
  const { t } = usePane();
  const styles = useStyles();
  const c = report.counts;
  const rows = report.sources.reduce((n, s) => n + s.dataRows, 0);
  const stats: Array<[string, number, string | undefined, string]> = [
    [t('summaryPeople'), c.people, undefined, 'people'],
    [t('summaryPassing'), c.passing, styles.pass, 'passing'],
    [t('summaryFailing'), c.failing, styles.fail, 'failing'],
    [t('summaryReview'), c.review, styles.review, 'review'],
    [t('summaryDeemed'), c.deemed, undefined, 'deemed'],
    [t('summarySector'), c.sector, undefined, 'sector'],
  ];
  return (
    <section aria-labelledby="ce-summary-title" data-testid="summary">
      <Text as="h2" id="ce-summary-title" weight="semibold" size={400} block>
        {t('summaryTitle')}
      </Text>
      <Text block size={200}>
        {t('summarySources', { sheets: report.sources.map((s) => s.sheet).join(t('listJoin')), rows })}
      </Text>
      <dl className={styles.stats}>
        {stats.map(([label, value, cls, key]) => (
          <div key={key} className={styles.stat} data-stat={key}>
            <dt>
              <Text size={200}>{label}</Text>
            </dt>
            <dd style={{ margin: 0 }} className={`${styles.value} ${cls ?? ''}`}>
              {onFilter && FILTER_OF[key] !== undefined ? (
                <button
                  type="button"
                  className={styles.tile}
                  aria-pressed={filter === FILTER_OF[key] && (key !== 'people' || filter === null)}
                  aria-label={t('summaryFilter', { label, value })}
                  onClick={() => onFilter(filter === FILTER_OF[key] ? null : (FILTER_OF[key] ?? null))}
                >
                  {value}
                </button>
              ) : (
                value
              )}
            </dd>
          </div>
        ))}
      </dl>
      <Text block data-testid="findings-count">
        {t('summaryFindings', c.findings)}
      </Text>
    </section>
  );
});
