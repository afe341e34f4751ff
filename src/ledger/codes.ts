/**
 * Every issue code the ledger layer can produce, in one `as const` list: the
 * message tables (`./messages.ts`) are typed by it and a test proves they
 * cover it, so a new code cannot ship without its zh and en wording.
 */
export const LEDGER_CODES = [
  // dates (parse/dates.ts)
  'date-serial-1900-02-29',
  'date-out-of-range',
  'date-end-before-start',
  'date-invalid',
  'date-unrecognised',
  'year-invalid',
  'date-month-range',
  'date-half-year',
  'date-year-from-column',
  // numbers (parse/numbers.ts)
  'negative-value',
  'hours-in-days',
  'hours-in-numerals',
  'hours-text',
  'number-text',
  'number-unrecognised',
  'number-unit-unexpected',
  'count-not-integer',
  // the hours cell of a kind credited by months or items (activityCells.ts)
  'hours-cell-months',
  'hours-cell-items',
  'hours-cell-duration',
  'hours-both-subjects',
  // labels (parse/labels.ts)
  'subject-unknown',
  'pass-unknown',
  'record-unverified',
  'level-unknown',
  // ID numbers (parse/idNumber.ts)
  'id-upgraded-15',
  'id-numeric-lost-digits',
  'id-check-digit',
  'id-birth-date',
  'id-format',
  // headers (headers.ts)
  'header-not-found',
  // a register kept one row per person (wideRegister.ts): not read when no pair is found
  'sheet-wide-register',
  // a register kept one row per person, read pair by pair (wideReader.ts)
  'wide-year-from-title',
  'wide-subtotal-only',
  'wide-hours-status',
  // intake (intake.ts, rows.ts, identity.ts): whole rows and people
  'header-duplicate-column',
  'header-by-content',
  'header-kind-by-content',
  'kind-unknown',
  'kind-ambiguous',
  'kind-matched-by-keyword',
  'kind-missing',
  'kind-from-subject',
  'kind-training-word',
  'text-facts-read',
  'evidence-column-missing',
  'row-subtotal',
  'row-repeated-header',
  'row-title',
  'row-no-person',
  'person-from-row-above',
  'year-from-row-above',
  'person-from-block',
  'row-no-activity',
  'row-near-duplicate',
  'row-duplicate',
  'id-two-names',
  'name-formula-like',
  'name-two-ids',
  'person-joined-by-name',
  'year-disagrees-with-dates',
  // a 汇总 sheet set against the 明细 (summarySheet.ts, report/summaryCheck.ts)
  'summary-differs',
  'summary-no-detail',
  // a record set against the day of the check (report/model.ts)
  'record-after-as-of',
] as const;

export type LedgerCode = (typeof LEDGER_CODES)[number];

/**
 * How serious each code is. `info` codes ride along with a successful parse
 * (e.g. a 15-digit ID that was upgraded); the others come with `ok: false`.
 */
export const LEDGER_CODE_SEVERITY: Record<LedgerCode, 'error' | 'warning' | 'info'> = {
  'date-serial-1900-02-29': 'error',
  'date-out-of-range': 'error',
  'date-end-before-start': 'error',
  'date-invalid': 'error',
  'date-unrecognised': 'error',
  'year-invalid': 'error',
  // A reading of a cell that could be taken for a day: said so.
  'date-month-range': 'info',
  'date-half-year': 'info',
  // A day written without its year (5月16日-18日), read in the row's 年度.
  'date-year-from-column': 'info',
  'negative-value': 'error',
  // Not a wrong value, but one the engine must not convert on its own (1 day ≠ 8 hours by default).
  'hours-in-days': 'info',
  // Read as the number the characters say (二十四学时 → 24), and said so.
  'hours-in-numerals': 'info',
  'hours-text': 'warning',
  'number-text': 'warning',
  'number-unrecognised': 'error',
  'number-unit-unexpected': 'error',
  'count-not-integer': 'error',
  // Read as what the kind is credited by, and said so.
  'hours-cell-months': 'info',
  'hours-cell-items': 'info',
  'hours-cell-duration': 'info',
  // The row cannot say how its hours divide: never silently credited.
  'hours-both-subjects': 'error',
  'subject-unknown': 'warning',
  'pass-unknown': 'warning',
  // 五: the employer has not verified the record yet: credited, but a pass resting on it is 待核实.
  'record-unverified': 'warning',
  'level-unknown': 'warning',
  'id-upgraded-15': 'info',
  'id-numeric-lost-digits': 'error',
  'id-check-digit': 'error',
  'id-birth-date': 'error',
  'id-format': 'error',
  'header-not-found': 'error',
  // The sheet is not checked at all: nobody on it is judged.
  'sheet-wide-register': 'error',
  // The register gives no dates: its title's year, said once per sheet.
  'wide-year-from-title': 'info',
  // Credited as one claim of its subject, but neither the kind nor 8 hours a day can be checked.
  'wide-subtotal-only': 'warning',
  // No hours to credit: the person-year resting on it is 待核实.
  'wide-hours-status': 'error',
  // The first column wins; the later one is read by nobody, so say so.
  'header-duplicate-column': 'warning',
  // Read from what the column holds, and said so: the officer can rename the header.
  'header-by-content': 'info',
  'header-kind-by-content': 'info',
  'kind-unknown': 'error',
  'kind-ambiguous': 'error',
  // Not wrong, but never silent: the user sees which kind a free text was read as.
  'kind-matched-by-keyword': 'info',
  'kind-missing': 'error',
  'kind-from-subject': 'info',
  // Credited by its subject, but the word is not the notice's: the officer confirms it.
  'kind-training-word': 'warning',
  'text-facts-read': 'info',
  'evidence-column-missing': 'info',
  'row-subtotal': 'info',
  'row-repeated-header': 'info',
  'row-title': 'info',
  'row-no-person': 'error',
  // Read as merged cells mean it, and said so.
  'person-from-row-above': 'info',
  // A 年度 merged down per person-year, read as the merge means (yearAbove.ts), and said so.
  'year-from-row-above': 'info',
  // A sheet kept per person: who it is stands above the table, said once.
  'person-from-block': 'info',
  'row-no-activity': 'info',
  'row-near-duplicate': 'warning',
  'row-duplicate': 'warning',
  'name-formula-like': 'warning',
  'id-two-names': 'warning',
  'name-two-ids': 'warning',
  // Joined as the name says (join.ts joinNamesToIds), and said so: the officer confirms it.
  'person-joined-by-name': 'info',
  'year-disagrees-with-dates': 'warning',
  // The 明细 decides; the 汇总 that says otherwise is to be corrected.
  'summary-differs': 'warning',
  // Hours the 明细 does not show cannot be credited: the officer adds the rows or corrects the 汇总.
  'summary-no-detail': 'warning',
  // Not happened yet on the day of the check: credited as recorded, but a pass resting on it is 待核实.
  'record-after-as-of': 'warning',
};
