/**
 * The task pane: Fluent UI v9 themed after Office (light, dark, high contrast),
 * Chinese first. Inside Excel it works on the open workbook through the Office
 * port; in a plain browser (preview mode) on an in-memory workbook — the
 * shipped sample or a file the user picks — with the file library loaded lazily.
 */
import {
  FluentProvider,
  Text,
  makeStyles,
  teamsHighContrastTheme,
  tokens,
  webDarkTheme,
  webLightTheme,
  type Theme,
} from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { OfficeWorkbook } from '../src/excel/officeWorkbook';
import type { MemoryWorkbook } from '../src/excel/memoryWorkbook';
import type { Selection, WorkbookPort } from '../src/excel/port';
import type { Report } from '../src/report/types';
import type { ArchivePerson } from '../src/report/archive';
import { Pane } from './components/Pane';
import { PreviewBar } from './components/PreviewBar';
import { PreviewSheetView } from './components/PreviewSheetView';
import { PaneContext, type PaneEnv } from './context';
import type { HostInfo, PaneEnvironment, PaneTheme } from './host';
import { useSettings } from './hooks/useSettings';
import { resolveLang, translator, type Lang, type UiKey } from './i18n';
import type { RuleSheetReader } from './ruleBook';

const THEMES: Record<PaneTheme, Theme> = {
  light: webLightTheme,
  dark: webDarkTheme,
  contrast: teamsHighContrastTheme,
};

/**
 * Preview only: `?theme=light|dark|contrast` picks the look, to try the pane
 * in each of Office's themes without Excel (tests, screenshots). Inside Excel
 * Office's own theme always wins; anything else in the query is ignored.
 */
export function previewTheme(search: string): PaneTheme | null {
  const v = new URLSearchParams(search).get('theme');
  return v === 'light' || v === 'dark' || v === 'contrast' ? v : null;
}

/**
 * High contrast switched on or off while the pane is open (Windows' contrast
 * themes force colours in the pane's browser too): follow it at once, back to
 * `theme` when it ends.
 */
function useForcedColors(theme: PaneTheme): PaneTheme {
  const query = useMemo(
    () => (typeof window !== 'undefined' ? window.matchMedia?.('(forced-colors: active)') : undefined),
    [],
  );
  const [forced, setForced] = useState<boolean | null>(null);
  useEffect(() => {
    if (!query?.addEventListener) return;
    const on = (e: MediaQueryListEvent) => setForced(e.matches);
    query.addEventListener('change', on);
    return () => query.removeEventListener('change', on);
  }, [query]);
  return forced === null ? theme : forced ? 'contrast' : theme === 'contrast' ? 'light' : theme;
}

const useStyles = makeStyles({
  root: {
    minHeight: '100vh',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  main: {
    padding: tokens.spacingHorizontalM,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
  },
  previewLayout: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalXL,
    rowGap: tokens.spacingVerticalL,
    alignItems: 'flex-start',
  },
  paneColumn: {
    flexGrow: 0,
    flexShrink: 0,
    flexBasis: '420px',
    maxWidth: '100%',
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
  },
  sheetColumn: { flexGrow: 1, flexShrink: 1, flexBasis: '420px', minWidth: 0 },
});

export interface AppProps {
  host: HostInfo;
  env?: PaneEnvironment;
  /** A workbook to use instead of the host's (tests). */
  port?: WorkbookPort;
  readRuleSheet?: RuleSheetReader;
}

const DEFAULT_ENV: PaneEnvironment = { displayLanguage: null, theme: 'light' };

function PaneRoot({
  port,
  mode,
  displayLanguage,
  readRuleSheet,
  download,
  downloadArchive,
  onLang,
}: {
  port: WorkbookPort;
  mode: PaneEnv['mode'];
  displayLanguage: string | null;
  readRuleSheet?: RuleSheetReader;
  download?: (report: Report) => Promise<string>;
  downloadArchive?: (archive: ArchivePerson[], lang: Lang) => Promise<string>;
  /** The language the pane resolved (the user's switch wins): the preview shell speaks it too. */
  onLang?: (lang: Lang) => void;
}) {
  const { settings, update, error } = useSettings(port);
  const lang = resolveLang(settings.language, displayLanguage);
  useDocumentLang(lang);
  useEffect(() => onLang?.(lang), [lang, onLang]);
  const env = useMemo<PaneEnv>(() => ({ port, lang, t: translator(lang), mode }), [port, lang, mode]);
  const reader = useMemo<RuleSheetReader>(
    () =>
      readRuleSheet ??
      (async (rows, sheet) => {
        const m = await import(/* webpackChunkName: "rules" */ './ruleSheetReader');
        return m.ruleSheetReader(lang)(rows, sheet);
      }),
    [readRuleSheet, lang],
  );
  return (
    <PaneContext.Provider value={env}>
      <Pane
        settings={settings}
        onSettings={update}
        settingsError={error}
        readRuleSheet={reader}
        download={download}
        downloadArchive={downloadArchive}
      />
    </PaneContext.Provider>
  );
}

function useDocumentLang(lang: Lang) {
  useEffect(() => {
    if (typeof document !== 'undefined') document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [lang]);
}

/** The preview's own workbook: none until the user loads the sample or a file. */
function PreviewShell({ env, readRuleSheet }: { env: PaneEnvironment; readRuleSheet?: RuleSheetReader }) {
  const styles = useStyles();
  // Office's display language until a pane resolves the user's choice, which then wins here too.
  const [paneLang, setPaneLang] = useState<Lang | null>(null);
  const lang = paneLang ?? resolveLang('auto', env.displayLanguage);
  const t = useMemo(() => translator(lang), [lang]);
  useDocumentLang(lang);
  const [workbook, setWorkbook] = useState<MemoryWorkbook | null>(null);
  const [file, setFile] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [selection, setSelection] = useState<Selection | null>(null);

  const open = useCallback(
    async (load: (m: typeof import('./preview')) => Promise<import('./preview').PreviewLoad>) => {
      setBusy(true);
      setError(null);
      try {
        const preview = await import(/* webpackChunkName: "preview" */ './preview');
        const r = await load(preview);
        if (!r.ok) {
          setError(
            t('previewReadFailed', { file: r.file, reason: t(READ_FAILURE_WORDS[r.code] ?? 'readOther') }),
          );
          return;
        }
        setSelection(null);
        setWorkbook(preview.memoryPort(r.memory));
        setFile(r.file);
      } catch (e) {
        setError(t('errorGeneric', { message: e instanceof Error ? e.message : String(e) }));
      } finally {
        setBusy(false);
      }
    },
    [t],
  );

  useEffect(() => {
    if (!workbook) return;
    let remove: (() => Promise<void>) | undefined;
    void workbook
      .onSelectionChanged(() => void workbook.getSelection().then(setSelection))
      .then((r) => (remove = r));
    return () => void remove?.();
  }, [workbook]);

  const download = useCallback(
    async (report: Report) => {
      const preview = await import(/* webpackChunkName: "preview" */ './preview');
      const name = `${t('appTitle')}-${new Date().toISOString().slice(0, 10)}.xlsx`;
      await preview.downloadReport(report, name);
      return name;
    },
    [t],
  );

  const downloadArchive = useCallback(async (archive: ArchivePerson[], lang: Lang) => {
    const preview = await import(/* webpackChunkName: "preview" */ './preview');
    const name = `${translator(lang)('archiveFile')}-${new Date().toISOString().slice(0, 10)}.xlsx`;
    await preview.downloadArchive(archive, lang, name);
    return name;
  }, []);

  const ledgerSheet = workbook?.data.sheets.find((s) => s.values.length > 0)?.name ?? null;
  return (
    <div className={styles.previewLayout}>
      <div className={styles.paneColumn}>
        <Text as="h1" size={500} weight="semibold">
          {t('appTitle')}
        </Text>
        <PreviewBar
          t={t}
          busy={busy}
          loaded={file}
          error={error}
          onSample={() => void open((p) => p.loadSample())}
          onFile={(f) => void open((p) => p.readWorkbookFile(f))}
        />
        {!workbook && <Text block>{t('previewNoWorkbook')}</Text>}
        {workbook && (
          <PaneRoot
            key={file ?? ''}
            port={workbook}
            mode="preview"
            displayLanguage={env.displayLanguage}
            readRuleSheet={readRuleSheet}
            download={download}
            downloadArchive={downloadArchive}
            onLang={setPaneLang}
          />
        )}
      </div>
      {workbook && ledgerSheet && (
        <div className={styles.sheetColumn}>
          <PreviewSheetView workbook={workbook} sheet={ledgerSheet} t={t} selection={selection} />
        </div>
      )}
    </div>
  );
}

/** A read failure's code, said in the pane's words (never a library's message). */
const READ_FAILURE_WORDS: Record<string, UiKey> = {
  'file-corrupt': 'readCorrupt',
  'csv-unterminated-quote': 'readCorrupt',
  'file-encrypted': 'readEncrypted',
  'file-xlsb': 'readXlsb',
  'file-type-unknown': 'readTypeUnknown',
  'file-not-xlsx': 'readTypeUnknown',
};

export function App({ host, env = DEFAULT_ENV, port, readRuleSheet }: AppProps) {
  const styles = useStyles();
  const excelPort = useMemo(
    // Inside Excel, Office.js; in preview the in-memory port comes with the preview's chunk.
    () => port ?? (host.kind === 'excel' ? new OfficeWorkbook() : null),
    [host, port],
  );
  const live = useForcedColors(env.theme);
  const theme =
    (host.kind === 'preview' && typeof location !== 'undefined' ? previewTheme(location.search) : null) ??
    live;
  return (
    <FluentProvider theme={THEMES[theme]} className={styles.root} data-theme={theme}>
      <main className={styles.main}>
        {excelPort ? (
          <>
            <Text as="h1" size={400} weight="semibold">
              {translator(resolveLang('auto', env.displayLanguage))('appTitle')}
            </Text>
            <PaneRoot
              port={excelPort}
              mode={host.kind === 'excel' ? 'excel' : 'preview'}
              displayLanguage={env.displayLanguage}
              readRuleSheet={readRuleSheet}
            />
          </>
        ) : (
          <PreviewShell env={env} readRuleSheet={readRuleSheet} />
        )}
      </main>
    </FluentProvider>
  );
}

export default App;
