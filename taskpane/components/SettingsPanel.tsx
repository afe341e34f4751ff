/** The core's policy options (each with its one-line explanation), default title year, ID masking, language, user kinds. */
import {
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Switch,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { POLICY_OPTIONS } from '../../src/rules/policy';
import type { Policy } from '../../src/rules/types';
import { usePane } from '../context';
import type { RuleBookState } from '../ruleBook';
import { isValidTitleYear, type PaneSettings } from '../settings';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  errors: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export interface SettingsPanelProps {
  settings: PaneSettings;
  onChange: (patch: Partial<PaneSettings>) => void;
  rules: RuleBookState;
  saveError: string | null;
}

export function SettingsPanel({ settings, onChange, rules, saveError }: SettingsPanelProps) {
  const { t, lang } = usePane();
  const styles = useStyles();
  const [yearText, setYearText] = useState(settings.titleYear === null ? '' : String(settings.titleYear));
  const yearValue = yearText.trim() === '' ? null : Number(yearText);
  const yearValid = yearValue === null || isValidTitleYear(yearValue);
  const setPolicy = (key: keyof Policy, value: string | boolean) =>
    onChange({ policy: { ...settings.policy, [key]: value } });

  return (
    <form className={styles.form} aria-labelledby="ce-settings-title" onSubmit={(e) => e.preventDefault()}>
      <Text as="h2" id="ce-settings-title" weight="semibold" size={400}>
        {t('settingsTitle')}
      </Text>
      {saveError && (
        <MessageBar intent="error">
          <MessageBarBody>{t('errorGeneric', { message: saveError })}</MessageBarBody>
        </MessageBar>
      )}
      <Text as="h3" weight="semibold">
        {t('settingsPolicy')}
      </Text>
      {POLICY_OPTIONS.map((o) => {
        const words = o.words[lang === 'zh' ? 'zh' : 'en'];
        const value = settings.policy[o.key];
        if (typeof value === 'boolean') {
          return (
            <Field key={o.key} hint={words.values[String(value)]}>
              <Switch checked={value} label={words.label} onChange={(_, d) => setPolicy(o.key, d.checked)} />
            </Field>
          );
        }
        return (
          <Field key={o.key} label={words.label}>
            <Select value={String(value)} onChange={(_, d) => setPolicy(o.key, d.value)}>
              {o.values.map((v) => (
                <option key={String(v)} value={String(v)}>
                  {words.values[String(v)]}
                </option>
              ))}
            </Select>
          </Field>
        );
      })}
      <Field
        label={t('settingsTitleYear')}
        hint={t('settingsTitleYearHint')}
        validationState={yearValid ? 'none' : 'error'}
        validationMessage={yearValid ? undefined : t('settingsTitleYearInvalid')}
      >
        <Input
          type="number"
          inputMode="numeric"
          value={yearText}
          onChange={(_, d) => {
            setYearText(d.value);
            const n = d.value.trim() === '' ? null : Number(d.value);
            if (n === null || isValidTitleYear(n)) onChange({ titleYear: n });
          }}
        />
      </Field>
      <Field hint={t('settingsShowIdsHint')}>
        <Switch
          checked={settings.showIds}
          label={t('settingsShowIds')}
          onChange={(_, d) => onChange({ showIds: d.checked })}
        />
      </Field>
      <Field label={t('settingsLanguage')}>
        <Select
          value={settings.language}
          onChange={(_, d) => onChange({ language: d.value as PaneSettings['language'] })}
        >
          <option value="auto">{t('languageAuto')}</option>
          <option value="zh">{t('languageZh')}</option>
          <option value="en">{t('languageEn')}</option>
        </Select>
      </Field>
      <section aria-labelledby="ce-rules-title">
        <Text as="h3" id="ce-rules-title" weight="semibold" block>
          {t('settingsRules')}
        </Text>
        {rules.status === 'none' && <Text block>{t('settingsRulesNone')}</Text>}
        {rules.status === 'loaded' && <Text block>{t('settingsRulesLoaded', { count: rules.count })}</Text>}
        {rules.status === 'loaded' && rules.errors.length > 0 && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              {t('settingsRulesErrors', { count: rules.errors.length })}
              <ul className={styles.errors}>
                {rules.errors.map((e, i) => (
                  <li key={i}>{e}</li>
                ))}
              </ul>
            </MessageBarBody>
          </MessageBar>
        )}
      </section>
    </form>
  );
}

/** `近五年判定：each-year …` → [`近五年判定`, `each-year …`]; the label alone when there is no colon. */
export function splitOptionText(text: string): [string, string] {
  const m = /^(.*?)[：:]\s*(.*)$/.exec(text);
  return m ? [m[1], m[2]] : [text, ''];
}
