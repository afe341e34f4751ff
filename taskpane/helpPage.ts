/**
 * The formulas' help page, shipped beside the pane (each custom function's
 * helpUrl points into it). The offline page is one file with nothing beside
 * it, and its users have no formulas: its build replaces this module with
 * helpPage.offline.ts (webpack.config.js), and the link is not shown.
 */
export const HELP_PAGE: string | undefined = 'help.html';
