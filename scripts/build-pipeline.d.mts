// Types of build-pipeline.mjs, for the TypeScript that imports it (the bench).
export declare const BUILD_DIR: string;
/** Builds .build/ when the sources changed; the file URL of `entry`'s bundle (a source path from the project's root). */
export declare function ensureBuilt(entry?: string): Promise<string>;
