/** The demo vault's folder. */
export declare const DEMO_VAULT: string;
/** Every note of a vault folder, by vault path; the config folder is left out. */
export declare function readVaultFiles(folder: string): Record<string, string>;
