// The CLI's entry: dist/cli.js (ESM) and dist/cli.cjs (CommonJS, which dist/vietner.cjs starts from V8's code cache).
import { main } from "./main.js";

main();
