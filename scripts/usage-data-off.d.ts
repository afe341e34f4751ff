// Types for usage-data-off.js (used by the TypeScript tests).
export declare function turnUsageDataOff(root?: string): string[];
