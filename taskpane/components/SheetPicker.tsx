/** The workbook's ledger-like sheets, the likeliest ones ticked; several form one ledger. */
import { Checkbox, Text, makeStyles, tokens } from '@fluentui/react-components';
import { usePane } from '../context';
import type { SheetCandidate } from '../ledgerSheets';

const useStyles = makeStyles({
  group: {
    border: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
  },
  legend: { padding: 0, fontWeight: tokens.fontWeightSemibold },
  hint: { color: tokens.colorNeutralForeground3 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

export interface SheetPickerProps {
  candidates: readonly SheetCandidate[];
  selected: readonly string[];
  onToggle: (sheet: string, on: boolean) => void;
  disabled?: boolean;
}

export function SheetPicker({ candidates, selected, onToggle, disabled }: SheetPickerProps) {
  const { t } = usePane();
  const styles = useStyles();
  return (
    <fieldset className={styles.group} aria-describedby="ce-sheets-hint">
      <legend className={styles.legend}>{t('sheetsLabel')}</legend>
      {candidates.map((c) => (
        <Checkbox
          key={c.name}
          disabled={disabled}
          checked={selected.includes(c.name)}
          onChange={(_, d) => onToggle(c.name, Boolean(d.checked))}
          label={`${c.name}${t('aside', { text: t('sheetRows', { rows: c.rowCount }) })}`}
        />
      ))}
      <Text size={200} id="ce-sheets-hint" className={styles.hint}>
        {t('sheetsHint')}
      </Text>
      {selected.length === 0 && (
        <Text size={200} role="status" className={styles.warning}>
          {t('sheetsNone')}
        </Text>
      )}
    </fieldset>
  );
}
