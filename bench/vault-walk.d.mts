/** Calls `visit` with every .md below `root`, skipping dot-folders, as the command line reads a vault. */
export declare function eachNote(root: string, visit: (path: string) => void): void;
