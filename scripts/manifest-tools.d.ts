// Types for manifest-tools.js (used by the TypeScript tests).
export declare const DEV_URL: string;
export declare function normalizePublicUrl(url: string): string;
export declare function rewriteManifestUrls(xml: string, publicUrl: string, devUrl?: string): string;
export declare function checkManifest(
  xml: string,
  options?: { allowLocalhost?: boolean; namespace?: string },
): string[];
export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  text: string;
}
export declare function parseXml(xml: string): XmlNode;
export declare function resourceValue(xml: string, id: string): string | undefined;
