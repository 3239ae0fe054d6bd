import type { BrowserContext, BrowserType } from "playwright-core";

/** A headless Chromium with a persistent profile in `profile`; `options` go to Playwright. */
export declare function launchChromium(profile: string, options?: Parameters<BrowserType["launchPersistentContext"]>[1]): Promise<BrowserContext>;
