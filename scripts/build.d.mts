/** Types for scripts/build.mjs (plain JavaScript, so `npm start` needs no TypeScript loader). */
export declare const ROOT: string;
export declare const DIST: string;
export declare function sources(): string[];
export declare function inputHash(): string;
export declare function buildIsCurrent(): boolean;
export declare function build(options?: { log?: (msg: string) => void }): Promise<void>;
