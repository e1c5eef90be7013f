/** Replaced at bundle time with package.json's version. */
declare const __SANDBOX_ACTION_VERSION__: string;
