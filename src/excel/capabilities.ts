/** What the running Excel supports, from `Office.context.requirements.isSetSupported`. */
export interface Capabilities {
  /** `application.suspendApiCalculationUntilNextSync()` — ExcelApi 1.6. */
  suspendCalculation: boolean;
  /** `format.fill.pattern` (tells "no fill" from white) — ExcelApi 1.9. */
  fillPattern: boolean;
  /** Threaded comments (`workbook.comments`, `worksheet.comments`) — ExcelApi 1.10. */
  comments: boolean;
  /**
   * `workbook.onSelectionChanged` (`SelectionChangedEventArgs`) — ExcelApi 1.2. The selection itself is
   * read with `workbook.getSelectedRange()`, `range.rowIndex` / `columnIndex` and `range.worksheet`
   * (ExcelApi 1.1).
   */
  selectionEvents: boolean;
  /** `range.conditionalFormats` with custom (formula) rules — ExcelApi 1.6. Without it, no marks. */
  conditionalFormats: boolean;
  /** `worksheet.charts.add` — ExcelApi 1.1. Without it, the report's summary table has no chart. */
  charts: boolean;
}

export type IsSetSupported = (name: string, minVersion?: string) => boolean;

export function detectCapabilities(isSetSupported: IsSetSupported | undefined): Capabilities {
  const has = (v: string) => {
    try {
      return !!isSetSupported?.('ExcelApi', v);
    } catch {
      return false;
    }
  };
  return {
    suspendCalculation: has('1.6'),
    fillPattern: has('1.9'),
    comments: has('1.10'),
    selectionEvents: has('1.2'),
    conditionalFormats: has('1.6'),
    charts: has('1.1'),
  };
}
