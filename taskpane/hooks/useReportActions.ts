/**
 * Report, marks and 清除标记 through the port. A report the user edited since
 * our last write is replaced only after they confirm.
 */
import { useCallback, useEffect, useState } from 'react';
import type { WorkbookPort } from '../../src/excel/port';
import type { Report } from '../../src/report/types';
import type { Lang, Translate } from '../i18n';
import { REPORT_SHEET_NAME } from '../reportSheetNames';
import type { ArchivePerson } from '../../src/report/archive';
import type { Ledger } from '../../src/ledger/types';

/** The builders of what is written, loaded on the first click that writes (reportBuilders.ts). */
const builders = () => import(/* webpackChunkName: "report" */ '../reportBuilders');

export type ActionMessage = { intent: 'success' | 'error' | 'info'; text: string } | null;

export interface ReportActionsOptions {
  /** Preview: also hand the report workbook to the browser as a download. */
  download?: (report: Report) => Promise<string>;
  /** Preview: also hand the print-ready archive workbook to the browser as a download. */
  downloadArchive?: (archive: ArchivePerson[], lang: Lang) => Promise<string>;
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
  // A message is written in the language of its moment: when the user switches, it goes
  // rather than stand in the other language beside everything else.
  useEffect(() => setMessage(null), [lang]);
  const fail = (key: 'reportFailed' | 'marksFailed', e: unknown) =>
    setMessage({ intent: 'error', text: t(key, { message: e instanceof Error ? e.message : String(e) }) });

  const write = useCallback(
    async (report: Report, replaceEdited = false) => {
      setBusy(true);
      try {
        const { buildReportSheets } = await builders();
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

  /** 继续教育档案 (二(三)) on a sheet of its own; in the preview also the print-ready workbook. */
  const archive = useCallback(
    async (ledger: Ledger, report: Report) => {
      setBusy(true);
      try {
        const { buildArchive, buildArchiveSheet } = await builders();
        const people = buildArchive(ledger, report);
        const result = await port.writeReport([buildArchiveSheet(people, lang)], { replaceEdited: true });
        let text = t('archiveWritten', { sheet: result.sheets.join('、'), n: people.length });
        if (opts.downloadArchive)
          text += ' ' + t('reportDownloaded', { file: await opts.downloadArchive(people, lang) });
        setMessage({ intent: 'success', text });
      } catch (e) {
        fail('reportFailed', e);
      } finally {
        setBusy(false);
      }
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [port, t, lang, opts.downloadArchive],
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
        const { buildRowMarks } = await builders();
        const result = await port.markRows(buildRowMarks(report.findings, lang));
        setMessage(
          result.supported
            ? { intent: 'success', text: t('marksDone', { count: result.marked }) }
            : { intent: 'info', text: t('marksUnsupported') },
        );
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
    archive,
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
