/** 检查, its progress bar and a cancel button for large sheets. */
import { Button, Field, ProgressBar, makeStyles, tokens } from '@fluentui/react-components';
import { usePane } from '../context';
import type { CheckProgress } from '../runCheck';

const useStyles = makeStyles({
  row: { display: 'flex', columnGap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
});

export interface CheckControlsProps {
  running: boolean;
  progress: CheckProgress | null;
  onCheck: () => void;
  onCancel: () => void;
  disabled?: boolean;
}

export function CheckControls({ running, progress, onCheck, onCancel, disabled }: CheckControlsProps) {
  const { t } = usePane();
  const styles = useStyles();
  const label =
    progress?.stage === 'reading'
      ? t('progressReading', { sheet: progress.sheet, done: progress.done, total: progress.total })
      : progress?.stage === 'evaluating'
        ? t('progressEvaluating')
        : t('checking');
  return (
    <div>
      <div className={styles.row}>
        <Button appearance="primary" onClick={onCheck} disabled={disabled || running}>
          {running ? t('checking') : t('check')}
        </Button>
        {running && <Button onClick={onCancel}>{t('cancel')}</Button>}
      </div>
      {running && (
        <Field validationMessage={label} validationState="none">
          <ProgressBar value={progress?.fraction ?? 0} max={1} aria-label={label} />
        </Field>
      )}
    </div>
  );
}
