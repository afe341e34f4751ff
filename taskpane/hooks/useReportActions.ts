/**
 * Report, marks and 清除标记 through the port. A report the user edited since
 * our last write is replaced only after they confirm.
 */
import { useCallback, useState } from 'react';
import type { WorkbookPort } from '../../src/excel/port';
import type { Report } from '../../src/report/types';
import type { Lang, Translate } from '../i18n';
import { buildReportSheets, buildRowMarks, REPORT_SHEET_NAME } from '../reportSheets';

export type ActionMessage = { intent: 'success' | 'error' | 'info'; text: string } | null;

export interface ReportActionsOptions {
  /** Preview: also hand the report workbook to the browser as a download. */
  download?: (report: Report) => Promise<string>;
}

export function useReportActions(
  port: WorkbookPort,
  t: Translate,
  lang: Lang,
  opts: ReportActionsOptions = {},
) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<ActionMessage>(null);
  const [confirming, setConfirming] = useState<Report | null>(null);
  const fail = (key: 'reportFailed' | 'marksFailed', e: unknown) =>
    setMessage({ intent: 'error', text: t(key, { message: e instanceof Error ? e.message : String(e) }) });

  const write = useCallback(
    async (report: Report, replaceEdited = false) => {
      setBusy(true);
      try {
        const result = await port.writeReport(buildReportSheets(report, lang), { replaceEdited });
        if (!result.written && result.editedPreviousReport) {
          setConfirming(report);
          return;
        }
        let text = t('reportWritten', { sheets: result.sheets.join('、') });
        if (opts.download) text += ' ' + t('reportDownloaded', { file: await opts.download(report) });
        setMessage({ intent: 'success', text });
      } catch (e) {
        fail('reportFailed', e);
      } finally {
        setBusy(false);
      }
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [port, t, lang, opts.download],
  );

  const confirmReplace = useCallback(
    async (replace: boolean) => {
      const report = confirming;
      setConfirming(null);
      if (!report) return;
      if (replace) await write(report, true);
      else setMessage({ intent: 'info', text: t('reportKept') });
    },
    [confirming, write, t],
  );

  const mark = useCallback(
    async (report: Report) => {
      setBusy(true);
      try {
        const marks = buildRowMarks(report.findings, lang);
        await port.markRows(marks);
        setMessage({ intent: 'success', text: t('marksDone', { count: marks.length }) });
      } catch (e) {
        fail('marksFailed', e);
      } finally {
        setBusy(false);
      }
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [port, t, lang],
  );

  const clear = useCallback(async () => {
    setBusy(true);
    try {
      await port.clearMarks();
      setMessage({ intent: 'success', text: t('marksCleared') });
    } catch (e) {
      fail('marksFailed', e);
    } finally {
      setBusy(false);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [port, t]);

  return {
    busy,
    message,
    confirming: confirming !== null,
    sheetName: REPORT_SHEET_NAME,
    write,
    confirmReplace,
    mark,
    clear,
  };
}
