/** The offline page has no help page beside it (see helpPage.ts): no link. */
export const HELP_PAGE: string | undefined = undefined;
