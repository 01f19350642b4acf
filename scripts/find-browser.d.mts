// Types for find-browser.mjs, imported by playwright.config.ts and the TypeScript tests.
export declare const HOW_TO_GET_A_BROWSER: string
export declare const BROWSER_ARGS: string[]
export declare function findBrowser(): string
