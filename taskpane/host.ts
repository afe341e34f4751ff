/**
 * Small typed host detection (replaces the host helpers of the archived
 * @microsoft/office-js-helpers). Tells the task pane whether it runs inside
 * Excel or in preview mode: taskpane.html opened in a plain browser, where
 * Office.js is missing (offline, blocked) or loaded but reports no host.
 */

export type PreviewReason =
  /** Office.js did not load (offline, blocked, or a test environment). */
  | 'no-office-js'
  /** Office.js loaded but the page is not inside an Office application. */
  | 'not-in-office'
  /** Inside an Office application that is not Excel. */
  | 'other-host';

export type HostInfo =
  | {
      kind: 'excel';
      /** Office.PlatformType as a string: 'PC', 'Mac', 'OfficeOnline', 'iOS', ... */
      platform: string | null;
      /** Whether the add-in runs in the shared runtime (SharedRuntime 1.1). */
      sharedRuntime: boolean;
    }
  | {
      kind: 'preview';
      reason: PreviewReason;
      /** The Office host name when reason is 'other-host'. */
      host: string | null;
    };

/** What Office.onReady resolves with (structural, so tests need no Office.js). */
export interface OfficeReadyInfo {
  host: Office.HostType | string | null;
  platform: Office.PlatformType | string | null;
}

/** The part of the Office global this module uses. */
export interface OfficeLike {
  onReady(): Promise<OfficeReadyInfo>;
  context?: {
    requirements?: { isSetSupported(name: string, minVersion?: string): boolean };
  };
}

/** The Office global if Office.js has loaded, else undefined. */
export function officeGlobal(scope: object = globalThis): OfficeLike | undefined {
  const office = (scope as { Office?: unknown }).Office;
  return office && typeof (office as OfficeLike).onReady === 'function' ? (office as OfficeLike) : undefined;
}

/** Classifies the result of Office.onReady. */
export function classifyHost(info: OfficeReadyInfo | null, office?: OfficeLike): HostInfo {
  if (!info || !info.host) return { kind: 'preview', reason: 'not-in-office', host: null };
  // Office.HostType.Excel === 'Excel'; compared as a string so this runs without Office.js.
  if (String(info.host) !== 'Excel')
    return { kind: 'preview', reason: 'other-host', host: String(info.host) };
  let sharedRuntime = false;
  try {
    sharedRuntime = office?.context?.requirements?.isSetSupported('SharedRuntime', '1.1') ?? false;
  } catch {
    sharedRuntime = false;
  }
  return { kind: 'excel', platform: info.platform == null ? null : String(info.platform), sharedRuntime };
}

/**
 * Waits for Office.js (when present) and tells where the task pane runs.
 * Without Office.js it resolves at once with preview mode.
 */
export async function detectHost(scope: object = globalThis): Promise<HostInfo> {
  const office = officeGlobal(scope);
  if (!office) return { kind: 'preview', reason: 'no-office-js', host: null };
  try {
    return classifyHost(await office.onReady(), office);
  } catch {
    return { kind: 'preview', reason: 'not-in-office', host: null };
  }
}

/** The look the pane should follow. */
export type PaneTheme = 'light' | 'dark' | 'contrast';

export interface PaneEnvironment {
  /** Office's display language (`zh-CN`, `en-US`), else the browser's. */
  displayLanguage: string | null;
  theme: PaneTheme;
}

/** Relative luminance of a `#rrggbb` colour (0 black … 1 white), or null. */
export function luminance(hex: string | null | undefined): number | null {
  const m = /^#?([0-9a-f]{6})$/i.exec((hex ?? '').trim());
  if (!m) return null;
  const n = parseInt(m[1], 16);
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin((n >> 16) & 255) + 0.7152 * lin((n >> 8) & 255) + 0.0722 * lin(n & 255);
}

/**
 * Office's display language and theme (Office.context.displayLanguage and
 * officeTheme), or, outside Office, the browser's language and colour scheme.
 * High contrast wins whenever the system forces colours.
 */
export function paneEnvironment(scope: object = globalThis): PaneEnvironment {
  const w = scope as {
    Office?: { context?: { displayLanguage?: string; officeTheme?: { bodyBackgroundColor?: string } } };
    navigator?: { language?: string };
    matchMedia?: (q: string) => { matches: boolean };
  };
  let displayLanguage: string | null = null;
  let background: string | undefined;
  try {
    displayLanguage = w.Office?.context?.displayLanguage ?? null;
    background = w.Office?.context?.officeTheme?.bodyBackgroundColor;
  } catch {
    displayLanguage = null;
  }
  displayLanguage ??= w.navigator?.language ?? null;
  const media = (q: string) => {
    try {
      return Boolean(w.matchMedia?.(q).matches);
    } catch {
      return false;
    }
  };
  if (media('(forced-colors: active)')) return { displayLanguage, theme: 'contrast' };
  const l = luminance(background);
  if (l !== null) return { displayLanguage, theme: l < 0.2 ? 'dark' : 'light' };
  return { displayLanguage, theme: media('(prefers-color-scheme: dark)') ? 'dark' : 'light' };
}
