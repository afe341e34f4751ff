// Types for manifest-tools.js (used by the TypeScript tests).
export declare const DEV_URL: string;
export declare function normalizePublicUrl(url: string): string;
export declare function rewriteManifestUrls(xml: string, publicUrl: string, devUrl?: string): string;
export declare function checkManifest(
  xml: string,
  options?: {
    allowLocalhost?: boolean;
    namespace?: string;
    /** Ids associated in code; default: read from taskpane/commands.ts; null skips the check. */
    actionIds?: string[] | null;
    /** Check that every image URL under baseUrl is a file in dir. */
    assets?: { baseUrl: string; dir: string };
  },
): string[];
export declare function associatedActionIds(source?: string): string[] | undefined;
export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  text: string;
}
export declare function parseXml(xml: string): XmlNode;
export declare function resourceValue(xml: string, id: string): string | undefined;
