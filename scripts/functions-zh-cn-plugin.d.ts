// Types for functions-zh-cn-plugin.js (used by the TypeScript tests).
import type { Compiler } from 'webpack';

export interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters?: Array<{
    name: string;
    description?: string;
    type?: string;
    dimensionality?: string;
    optional?: boolean;
    repeating?: boolean;
  }>;
  result?: unknown;
  options?: unknown;
}
export interface TranslationTable {
  functions: Record<
    string,
    { description: string; parameters?: Record<string, { name?: string; description: string }> }
  >;
}
export declare function overlayTranslations(
  metadata: { functions: FunctionMetadata[] },
  source: TranslationTable,
): { json: { functions: FunctionMetadata[] }; errors: string[]; warnings: string[] };
export declare class FunctionsZhCnPlugin {
  constructor(options: { source: string; input?: string; output?: string });
  apply(compiler: Compiler): void;
}
