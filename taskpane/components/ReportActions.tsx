/** 生成报告, 标记问题行, 清除标记 — and the confirmation before replacing an edited report. */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { ActionMessage } from '../hooks/useReportActions';
import { usePane } from '../context';

const useStyles = makeStyles({
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
});

export interface ReportActionsProps {
  busy: boolean;
  message: ActionMessage;
  confirming: boolean;
  sheetName: string;
  onReport: () => void;
  onMark: () => void;
  onClear: () => void;
  /** 写入档案: the 继续教育档案 on a sheet of its own. */
  onArchive: () => void;
  onConfirm: (replace: boolean) => void;
}

export function ReportActions(p: ReportActionsProps) {
  const { t } = usePane();
  const styles = useStyles();
  return (
    <section aria-label={t('report')}>
      <div className={styles.row}>
        <Button appearance="primary" onClick={p.onReport} disabled={p.busy}>
          {t('report')}
        </Button>
        <Button onClick={p.onMark} disabled={p.busy}>
          {t('marks')}
        </Button>
        <Button onClick={p.onClear} disabled={p.busy}>
          {t('clearMarks')}
        </Button>
        <Button onClick={p.onArchive} disabled={p.busy}>
          {t('archive')}
        </Button>
      </div>
      {p.message && (
        <MessageBar intent={p.message.intent} data-testid="action-message">
          <MessageBarBody>{p.message.text}</MessageBarBody>
        </MessageBar>
      )}
      <Dialog open={p.confirming} onOpenChange={(_, d) => !d.open && p.onConfirm(false)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t('reportEditedTitle')}</DialogTitle>
            <DialogContent>{t('reportEditedBody', { sheet: p.sheetName })}</DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={() => p.onConfirm(true)}>
                {t('reportReplace')}
              </Button>
              <Button onClick={() => p.onConfirm(false)}>{t('reportKeep')}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}
