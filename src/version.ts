/** The package version, kept in step with package.json by a test (tests/package/exports.test.ts). */
export const VERSION = "0.2.0";
