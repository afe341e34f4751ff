// Types for inline-page-plugin.js (used by the TypeScript tests).
import type { Compiler } from 'webpack';

/** SHA-256 of a script's text as CSP writes it: 'sha256-<base64>'. */
export declare function scriptHash(code: string): string;
/** A bundle's text made safe inside <script>…</script>; throws on "<!--". */
export declare function scriptText(code: string, file: string): string;
/** Every URL a finished page's markup (or its <style>s) would load, other than data: and fragments. */
export declare function externalReferences(html: string): string[];
/** The 'sha256-…' sources of a page's CSP <meta> script-src, or null without a policy. */
export declare function policyScriptHashes(html: string): string[] | null;
/** What is wrong with a finished page: no policy, scripts it does not allow, anything that would load. */
export declare function checkPage(html: string): string[];
export declare class InlinePagePlugin {
  constructor(options: { htmlPlugin: unknown; filename: string; csp: (scriptHashes: string[]) => string });
  apply(compiler: Compiler): void;
}
