#!/usr/bin/env node
// npm run build: a clean dist/ with ESM JavaScript, .d.ts and source maps for every entry point, the kit's
// makeStyles calls compiled ahead of time to __styles (Griffel AOT, as Fluent ships its styles).
// `--out-dir <dir>` builds elsewhere (tests). Writes a stamp (node_modules/.cache) that scripts/lib/size.mjs reads
// to tell whether dist/ is older than the sources.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const at = process.argv.indexOf('--out-dir');
const outDir = at > 0 ? resolve(root, process.argv[at + 1]) : resolve(root, 'dist');
const isDist = outDir === resolve(root, 'dist');
const stamp = resolve(root, 'node_modules/.cache/end-of-call-survey/build-stamp.json');
if (isDist) rmSync(stamp, { force: true });
const started = Date.now();
rmSync(outDir, { recursive: true, force: true });
execFileSync(process.execPath, [resolve(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--outDir', outDir], {
  cwd: root,
  stdio: 'inherit',
});
// The preset needs Node's require() without require(esm) (see scripts/lib/griffel-aot.mjs).
const flag = '--no-experimental-require-module';
const nodeFlags = process.allowedNodeEnvironmentFlags.has(flag) ? [flag] : [];
execFileSync(process.execPath, [...nodeFlags, resolve(root, 'scripts/lib/griffel-aot.mjs'), outDir, root], { cwd: root, stdio: 'inherit' });
if (isDist) {
  mkdirSync(resolve(stamp, '..'), { recursive: true });
  writeFileSync(stamp, JSON.stringify({ started }) + '\n');
}
console.log(`build: wrote ${isDist ? 'dist/' : outDir}`);
