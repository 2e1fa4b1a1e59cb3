/**
 * The built-in lexicon compiled at build time (compiled.ts), as JSON text, for the browser build. Its
 * build replaces this module's body with the real text (tsup.config.ts, `compiledLexiconPlugins`); run
 * from source it is absent and the lexicon is compiled at start-up instead. (The Node.js build reads
 * the same text from a file next to its bundles, which costs less at import than a long literal.)
 */
export const COMPILED_LEXICON: string | undefined = undefined;
