/** One subject's hours against its yearly requirement (30 公需, 60 专业). */
import { Field, ProgressBar } from '@fluentui/react-components';

export interface HoursBarProps {
  label: string;
  hours: number;
  required: number;
  /** Deemed or sector years are not judged by the bar's colour. */
  neutral?: boolean;
}

export function HoursBar({ label, hours, required, neutral }: HoursBarProps) {
  const met = hours >= required;
  return (
    <Field label={label} size="small">
      <ProgressBar
        value={Math.min(hours, required)}
        max={required}
        thickness="large"
        color={neutral ? 'brand' : met ? 'success' : 'error'}
        aria-label={label}
      />
    </Field>
  );
}
