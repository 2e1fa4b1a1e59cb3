#!/usr/bin/env node
/**
 * Why: the npm registry mirror this project is built against lacks some platform-only optional
 * packages (e.g. @rollup/rollup-android-arm-eabi@4.68.7). `npm install` then leaves them out of
 * package-lock.json and `npm ci` refuses the lock as "out of sync". The packages can never be
 * installed on linux-x64 anyway, so we record them in the lock as optional, platform-restricted
 * entries: `npm ci` sees a complete lock and skips them for the platform mismatch.
 * Run after `npm install` whenever the lock is regenerated: `node scripts/lock-missing-optionals.mjs`.
 */
import { readFileSync, writeFileSync } from "node:fs";

const lockPath = new URL("../package-lock.json", import.meta.url);
const lock = JSON.parse(readFileSync(lockPath, "utf8"));
const packages = lock.packages;

const OS = ["android", "darwin", "freebsd", "linux", "openbsd", "openharmony", "win32", "sunos", "netbsd", "aix"];
const CPU = [["arm-eabi", "arm"], ["arm-gnueabihf", "arm"], ["arm-musleabihf", "arm"], ["arm64", "arm64"], ["x64", "x64"], ["ia32", "ia32"], ["loong64", "loong64"], ["ppc64", "ppc64"], ["riscv64", "riscv64"], ["s390x", "s390x"]];

function platformOf(name) {
  const base = name.split("/").pop();
  const os = OS.find((o) => base.includes(o));
  const cpu = CPU.find(([k]) => base.includes(`-${k}`))?.[1];
  const libc = base.includes("musl") ? "musl" : base.includes("gnu") ? "glibc" : undefined;
  return { os, cpu, libc };
}

let added = 0;
for (const [path, meta] of Object.entries(packages)) {
  for (const [dep, version] of Object.entries(meta.optionalDependencies ?? {})) {
    const key = `node_modules/${dep}`;
    if (packages[key] || packages[`${path}/node_modules/${dep}`]) continue;
    const { os, cpu, libc } = platformOf(dep);
    if (!os || !cpu) continue; // only platform binaries; anything else must come from the registry
    const entry = { version: version.replace(/^[~^]/, ""), cpu: [cpu], dev: meta.dev ?? undefined, optional: true, os: [os] };
    if (libc) entry.libc = [libc];
    packages[key] = entry;
    added++;
  }
}
lock.packages = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a < b ? -1 : a > b ? 1 : 0)));
writeFileSync(lockPath, JSON.stringify(lock, null, 2) + "\n");
console.log(`added ${added} platform-only optional entries`);
