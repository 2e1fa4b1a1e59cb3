/**
 * The `vietner` command (dist/vietner.cjs): starts the CommonJS CLI bundle next to it (cli.cjs) from the V8 code
 * cache the build stored beside it (cli.cjs.v8cache), so a start compiles almost nothing (see load-commonjs.ts).
 */
import { join } from "node:path";
import { runCommonJsBundle } from "../load-commonjs.js";

runCommonJsBundle(join(__dirname, "cli.cjs"));
