/**
 * 待办 (issue 14): after a check, everyone who still lacks hours this year or
 * needs rows verified, most urgent first (src/report/plan.ts), each with the
 * reminder line ready to paste into a message, and one button to copy them all.
 * The deadline is 12-31: the notice gives none.
 */
import { Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { localDateParts } from '../../src/rules/dates';
import { buildPlan } from '../../src/report/plan';
import type { Report } from '../../src/report/types';
import { usePane } from '../context';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'grid', gap: tokens.spacingVerticalS },
  item: {
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    overflowWrap: 'anywhere',
  },
  lost: { color: tokens.colorPaletteRedForeground1 },
  bar: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
});

export function PlanList({ report }: { report: Report }) {
  const { t, lang } = usePane();
  const styles = useStyles();
  const [copied, setCopied] = useState<number | null>(null);
  const plan = useMemo(
    () => buildPlan(report, { asOf: localDateParts(new Date()), lang }).filter((p) => p.reminder !== ''),
    [report, lang],
  );
  if (plan.length === 0)
    return (
      <MessageBar intent="success">
        <MessageBarBody>{t('planNone')}</MessageBarBody>
      </MessageBar>
    );
  const copyAll = async (): Promise<void> => {
    await navigator.clipboard?.writeText(plan.map((p) => p.reminder).join('\n'));
    setCopied(plan.length);
  };
  return (
    <>
      <div className={styles.bar}>
        <Text weight="semibold" data-testid="plan-count">
          {t('planCount', { n: plan.length })}
        </Text>
        <Button size="small" onClick={() => void copyAll()}>
          {t('planCopyAll')}
        </Button>
        {copied !== null && <Text role="status">{t('planCopied', { n: copied })}</Text>}
      </div>
      <ul className={styles.list} data-testid="plan">
        {plan.map((p) => (
          <li key={p.key} className={styles.item} data-testid="plan-item" data-person={p.key}>
            <Text block>{p.reminder}</Text>
            {p.lost.length > 0 && (
              <Text block size={200} className={styles.lost}>
                {t('planLost', { years: p.lost.map((g) => g.year).join(t('listJoin')) })}
              </Text>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
