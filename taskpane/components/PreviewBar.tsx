/** Preview mode's banner and its two ways in: the shipped sample or a file the user picks. */
import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useId, useRef } from 'react';
import type { Translate } from '../i18n';

const useStyles = makeStyles({
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
    alignItems: 'center',
    // Room between the warning banner and the buttons under it.
    marginTop: tokens.spacingVerticalM,
  },
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
});

export interface PreviewBarProps {
  t: Translate;
  busy: boolean;
  loaded: string | null;
  error: string | null;
  onSample: () => void;
  onFile: (f: File) => void;
}

export function PreviewBar({ t, busy, loaded, error, onSample, onFile }: PreviewBarProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  return (
    <div>
      <MessageBar intent="warning" data-testid="preview-banner" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t('previewTitle')}</MessageBarTitle>
          {t('previewBanner')}
        </MessageBarBody>
      </MessageBar>
      <div className={styles.row}>
        <Button onClick={onSample} disabled={busy}>
          {t('previewLoadSample')}
        </Button>
        <label htmlFor={id} className={styles.hidden}>
          {t('previewPickFile')}
        </label>
        <input
          id={id}
          ref={input}
          type="file"
          accept=".xlsx,.csv"
          className={styles.hidden}
          data-testid="file-input"
          onChange={(e) => {
            const f = e.currentTarget.files?.[0];
            if (f) onFile(f);
            e.currentTarget.value = '';
          }}
        />
        <Button onClick={() => input.current?.click()} disabled={busy}>
          {t('previewPickFile')}
        </Button>
        {loaded && <Text data-testid="preview-loaded">{t('previewLoaded', { file: loaded })}</Text>}
      </div>
      {error && (
        <MessageBar intent="error" data-testid="preview-error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
