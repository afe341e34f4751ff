/**
 * The pane for one workbook (Excel's or the preview's in-memory one): 检查,
 * 人员, 设置. Every workbook access goes through the port in context.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  MessageBar,
  MessageBarBody,
  Spinner,
  Tab,
  TabList,
  Link,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Finding } from '../../src/ledger/types';
import type { Report } from '../../src/report/types';
import type { ArchivePerson } from '../../src/report/archive';
import type { Lang } from '../i18n';
import { usePane } from '../context';
import { useCheck } from '../hooks/useCheck';
import { latestYear } from '../runCheck';
import { useLedgerSheets } from '../hooks/useLedgerSheets';
import { useReportActions } from '../hooks/useReportActions';
import { useRuleBook } from '../hooks/useRuleBook';
import { useSelectedPerson } from '../hooks/useSelectedPerson';
import { usePaneCommands } from '../hooks/usePaneCommands';
import type { CommandTarget } from '../commands';
import { checkPersonAt, type PersonCheck } from '../personCheck';
import { rowKey, type CheckResult } from '../runCheck';
import { loadMappings } from '../settings';
import type { RuleSheetReader } from '../ruleBook';
import type { PaneSettings } from '../settings';
import { CheckControls } from './CheckControls';
import { FindingsList, findingColumn } from './FindingsList';
import { MappingEditor } from './MappingEditor';
import { PeopleGrid } from './PeopleGrid';
import { PersonCard } from './PersonCard';
import { PlanList } from './PlanList';
import type { VerdictKind } from '../verdict';
import { ReportActions } from './ReportActions';
import { SettingsPanel } from './SettingsPanel';
import { SheetPicker } from './SheetPicker';
import { Summary } from './Summary';
import { HELP_PAGE } from '../helpPage';

const useStyles = makeStyles({
  pane: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  strip: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    padding: tokens.spacingVerticalXS,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
});

type TabId = 'check' | 'person' | 'plan' | 'settings';

export interface PaneProps {
  settings: PaneSettings;
  onSettings: (patch: Partial<PaneSettings>) => void;
  settingsError: string | null;
  readRuleSheet: RuleSheetReader;
  /** Preview: the report also downloads as .xlsx; returns the file name. */
  download?: (report: Report) => Promise<string>;
  /** Preview only: the print-ready archive workbook as a download. */
  downloadArchive?: (archive: ArchivePerson[], lang: Lang) => Promise<string>;
}

export function Pane({
  settings,
  onSettings,
  settingsError,
  readRuleSheet,
  download,
  downloadArchive,
}: PaneProps) {
  const { port, t, lang } = usePane();
  const styles = useStyles();
  const [tab, setTab] = useState<TabId>('check');
  const sheets = useLedgerSheets(port);
  const check = useCheck(port);
  const rules = useRuleBook(port, readRuleSheet);
  const actions = useReportActions(port, t, lang, { download, downloadArchive });
  const result = check.result;
  const selected = useSelectedPerson(port, result?.rows ?? null);
  const [openKey, setOpenKey] = useState<string | null>(null);
  /** 核查此人 before (or outside) a full check: that person alone, from their rows. */
  const [quick, setQuick] = useState<PersonCheck | null>(null);
  const quickResult = quick?.kind === 'person' ? quick.result : null;
  // A summary tile filters the people list; a new check shows everyone again.
  const [peopleFilter, setPeopleFilter] = useState<VerdictKind | null>(null);
  useEffect(() => setPeopleFilter(null), [result]);
  // A new full check answers for everyone: the one-person reading of 核查此人 gives way.
  useEffect(() => setQuick(null), [result]);

  // The card follows the selection in the workbook.
  useEffect(() => {
    if (!selected?.personKey) return;
    setQuick(null);
    setOpenKey(selected.personKey);
  }, [selected?.personKey, selected?.selection]);

  const names = useMemo(() => new Map((result?.report.people ?? []).map((p) => [p.key, p.name])), [result]);
  // The full check's card when it has the person, else the one from 核查此人.
  const shown = useMemo(() => {
    const full = result?.report.people.find((p) => p.key === openKey);
    if (result && full) return { person: full, from: result, quick: false };
    const one = quickResult?.report.people.find((p) => p.key === openKey);
    return quickResult && one ? { person: one, from: quickResult, quick: true } : null;
  }, [result, quickResult, openKey]);
  const person = shown?.person ?? null;

  const runFullCheck = useCallback((): Promise<CheckResult | null> => {
    const book = rules.status === 'loaded' ? rules.book : undefined;
    return check.run({
      sheets: sheets.selected,
      mappings: sheets.mappings(),
      settings,
      lang,
      book,
      summarySheets: sheets.summaries,
    });
  }, [check, sheets, settings, lang, rules]);
  const onCheck = useCallback(() => void runFullCheck(), [runFullCheck]);

  // Ribbon and context-menu commands run these, the pane's own actions (see commands.ts).
  const showSelectedPerson = async () => {
    const sel = await port.getSelection();
    setTab('person');
    if (!sel) return;
    const key = result?.rows.get(rowKey(sel.sheet, sel.row));
    if (key) {
      setQuick(null);
      setOpenKey(key);
      return;
    }
    const book = rules.status === 'loaded' ? rules.book : undefined;
    const mapping = loadMappings(port)[sel.sheet];
    const q = await checkPersonAt(port, sel, {
      settings,
      lang,
      ...(book ? { book } : {}),
      ...(mapping ? { mapping } : {}),
    });
    setQuick(q);
    setOpenKey(q.kind === 'person' ? q.personKey : null);
  };
  const commandTarget: CommandTarget = {
    // With no ledger sheet chosen, the 检查 tab says so (sheetsNone), as its disabled button does.
    checkLedger: async () => {
      setTab('check');
      if (sheets.selected.length > 0) await runFullCheck();
    },
    checkPerson: showSelectedPerson,
    checkThisPerson: showSelectedPerson,
    writeReport: async () => {
      setTab('check');
      if (!result && sheets.selected.length === 0) return;
      const r = result ?? (await runFullCheck());
      if (r) await actions.write(r.report);
    },
    clearMarks: () => actions.clear(),
  };
  const commands = usePaneCommands(commandTarget, !sheets.loading);

  const goTo = useCallback(
    (sheet: string, row: number, column = 1) =>
      void port.selectCell(sheet, row, column).catch(() => undefined),
    [port],
  );
  const onFinding = useCallback(
    (f: Finding) => f.row !== null && goTo(f.sheet, f.row, findingColumn(f)),
    [goTo],
  );
  const openPerson = useCallback(
    (key: string) => {
      setQuick(null);
      setOpenKey(key);
      setTab('person');
      const first = result?.report.details.find((d) => d.personKey === key);
      if (first) goTo(first.sheet, first.row);
    },
    [result, goTo],
  );

  const running = check.status === 'running';
  return (
    <div className={styles.pane}>
      <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabId)}>
        <Tab value="check">{t('tabCheck')}</Tab>
        <Tab value="person">{t('tabPerson')}</Tab>
        <Tab value="plan">{t('tabPlan')}</Tab>
        <Tab value="settings">{t('tabSettings')}</Tab>
      </TabList>

      {commands.failure && (
        <MessageBar intent="error" data-testid="command-failure">
          <MessageBarBody>
            {commands.failure.code === 'pane-not-ready'
              ? t('commandNotReady')
              : t('commandFailed', { message: commands.failure.message })}
          </MessageBarBody>
        </MessageBar>
      )}

      {tab === 'check' && (
        <div className={styles.section} role="tabpanel" aria-label={t('tabCheck')}>
          {sheets.loading && <Spinner size="small" label={t('checking')} />}
          {sheets.error && (
            <MessageBar intent="error">
              <MessageBarBody>{t('errorGeneric', { message: sheets.error })}</MessageBarBody>
            </MessageBar>
          )}
          {!sheets.loading && (
            <>
              <SheetPicker
                candidates={sheets.candidates}
                selected={sheets.selected}
                onToggle={sheets.toggle}
                disabled={running}
              />
              {sheets.selected.length > 0 && (
                <Accordion collapsible multiple>
                  {sheets.selected.map((name) => (
                    <AccordionItem key={name} value={name}>
                      <AccordionHeader size="small">
                        {t('mappingTitle', { sheet: name })}
                        {sheets.saved.has(name) ? ` · ${t('mappingSaved')}` : ''}
                      </AccordionHeader>
                      <AccordionPanel>
                        <Text size={200} block>
                          {t('mappingHint')}
                        </Text>
                        {sheets.views[name] && (
                          <MappingEditor
                            sheet={name}
                            view={sheets.views[name]}
                            disabled={running}
                            onChange={(field, column) => sheets.setColumn(name, field, column)}
                          />
                        )}
                      </AccordionPanel>
                    </AccordionItem>
                  ))}
                </Accordion>
              )}
              <CheckControls
                running={running}
                progress={check.progress}
                onCheck={onCheck}
                onCancel={check.cancel}
                disabled={sheets.selected.length === 0}
              />
            </>
          )}
          {check.status === 'cancelled' && (
            <MessageBar intent="info">
              <MessageBarBody>{t('cancelled')}</MessageBarBody>
            </MessageBar>
          )}
          {check.status === 'failed' && (
            <MessageBar intent="error">
              <MessageBarBody>{t('checkFailed', { message: check.error })}</MessageBarBody>
            </MessageBar>
          )}
          {result && (
            <>
              {person && (
                <div className={styles.strip}>
                  <Text>{person.name}</Text>
                  <Button size="small" onClick={() => setTab('person')}>
                    {t('personTitle')}
                  </Button>
                </div>
              )}
              <Summary report={result.report} filter={peopleFilter} onFilter={setPeopleFilter} />
              <ReportActions
                busy={actions.busy}
                message={actions.message}
                confirming={actions.confirming}
                sheetName={actions.sheetName}
                onReport={() => void actions.write(result.report)}
                onMark={() => void actions.mark(result.report)}
                onClear={() => void actions.clear()}
                onArchive={() => void actions.archive(result.ledger, result.report)}
                onConfirm={(replace) => void actions.confirmReplace(replace)}
              />
              <PeopleGrid
                people={result.report.people}
                options={result.report.options}
                onOpen={openPerson}
                filter={peopleFilter}
              />
              <FindingsList findings={result.report.findings} names={names} onSelect={onFinding} />
            </>
          )}
        </div>
      )}

      {tab === 'plan' && (
        <div className={styles.section} role="tabpanel" aria-label={t('tabPlan')}>
          {result ? <PlanList report={result.report} /> : <Text block>{t('planNeedsCheck')}</Text>}
        </div>
      )}

      {tab === 'person' && (
        <div className={styles.section} role="tabpanel" aria-label={t('tabPerson')}>
          {quick && quick.kind !== 'person' && (
            <Text block>
              {quick.kind === 'no-ledger'
                ? t('personQuickNoLedger', { sheet: quick.selection.sheet })
                : quick.kind === 'own-sheet'
                  ? t('personQuickOwnSheet', { sheet: quick.selection.sheet })
                  : t('personNotFound', { row: quick.selection.row })}
            </Text>
          )}
          {!result && !shown && !quick && <Text block>{t('personNeedsCheck')}</Text>}
          {result && !person && !quick && selected && !selected.personKey && (
            <Text block>{t('personNotFound', { row: selected.selection.row })}</Text>
          )}
          {result && !person && !quick && !(selected && !selected.personKey) && (
            <Text block>{t('personNone')}</Text>
          )}
          {shown?.quick && quick && (
            <Text block>{t('personQuickNote', { sheet: quick.selection.sheet })}</Text>
          )}
          {shown && (
            <PersonCard
              key={`${shown.person.key}|${shown.from.titleYear}|${shown.quick}`}
              person={shown.person}
              details={shown.from.report.details}
              policy={shown.from.report.options.policy}
              titleYear={shown.from.titleYear ?? latestYear(shown.from.ledger) ?? new Date().getFullYear()}
              onGoToRow={(sheet, row) => goTo(sheet, row)}
            />
          )}
        </div>
      )}

      {tab === 'settings' && (
        <div className={styles.section} role="tabpanel" aria-label={t('tabSettings')}>
          <SettingsPanel settings={settings} onChange={onSettings} rules={rules} saveError={settingsError} />
          {/* The formulas' help page, shipped beside the pane (each function's helpUrl points into it). */}
          {HELP_PAGE !== undefined && (
            <Link href={HELP_PAGE} target="_blank" rel="noopener" data-testid="help-link">
              {t('helpLink')}
            </Link>
          )}
        </div>
      )}
    </div>
  );
}
