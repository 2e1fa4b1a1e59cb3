import { afterAll } from "vitest";
import { removeTempDirs } from "./temp-dir.js";

// Tests write only into folders they made, and leave nothing behind.
afterAll(removeTempDirs);
