/** JSON modules (the built-in dictionaries) are bundled by tsup; their shape is checked by the tests, not by tsc. */
declare module "*.json" {
  const value: unknown;
  export default value;
}
