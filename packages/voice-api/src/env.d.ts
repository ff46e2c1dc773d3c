/** Replaced at build time (tsup `define`, and vitest's for tests) with this package's version. */
declare const __PACKAGE_VERSION__: string;
