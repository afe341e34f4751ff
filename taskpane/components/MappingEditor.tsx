/** One dropdown per field: which column of the sheet holds it (detected, or saved, and editable). */
import { Field, Select, makeStyles, tokens, Text } from '@fluentui/react-components';
import { FIELD_CODES, FIELDS, type FieldCode } from '../../src/ledger/fields';
import { usePane } from '../context';
import type { MappingView } from '../ledgerSheets';

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(150px, 1fr))',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
  },
});

export interface MappingEditorProps {
  sheet: string;
  view: MappingView;
  onChange: (field: FieldCode, column: number | null) => void;
  disabled?: boolean;
}

export function MappingEditor({ sheet, view, onChange, disabled }: MappingEditorProps) {
  const { t, lang } = usePane();
  const styles = useStyles();
  const usable =
    (view.columns.name !== undefined || view.columns.idNumber !== undefined) &&
    (view.columns.kind !== undefined || view.columns.hours !== undefined);
  return (
    <section aria-label={t('mappingTitle', { sheet })}>
      {!usable && (
        <Text block role="alert">
          {t('mappingHeaderMissing')}
        </Text>
      )}
      <div className={styles.grid}>
        {FIELD_CODES.map((field) => {
          const column = view.columns[field];
          return (
            <Field key={field} label={lang === 'zh' ? FIELDS[field].zh : FIELDS[field].en} size="small">
              <Select
                size="small"
                disabled={disabled}
                value={column === undefined ? '' : String(column)}
                data-field={field}
                onChange={(_, d) => onChange(field, d.value === '' ? null : Number(d.value))}
              >
                <option value="">{t('mappingNone')}</option>
                {view.options.map((o) => (
                  <option key={o.index} value={String(o.index)}>
                    {t('mappingColumn', { letter: o.letter, header: o.header || '—' })}
                  </option>
                ))}
              </Select>
            </Field>
          );
        })}
      </div>
    </section>
  );
}
