// Whether dist/ is current: scripts/build.mjs writes a stamp (node_modules/.cache) when it starts a build into dist/;
// `ensureBuilt(root, who)` runs it only when dist/ is missing or any build input is newer than that stamp, so the
// steps of npm test that need dist/ (lint:package, size, consumer) build it once between them.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What a build reads: when any of these is newer than the last build's stamp, dist/ is stale. */
const BUILD_INPUTS = ['src', 'tsconfig.json', 'tsconfig.build.json', 'package.json', 'scripts/build.mjs', 'scripts/lib/griffel-aot.mjs'];

function newestMtime(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** Runs scripts/build.mjs unless dist/ was built (by it) after the last change to the build's inputs. */
export function ensureBuilt(root, who) {
  const stamp = join(root, 'node_modules/.cache/end-of-call-survey/build-stamp.json');
  let fresh = false;
  if (existsSync(stamp) && existsSync(join(root, 'dist/index.js'))) {
    const { started } = JSON.parse(readFileSync(stamp, 'utf8'));
    fresh = BUILD_INPUTS.every((input) => !existsSync(join(root, input)) || newestMtime(join(root, input)) < started);
  }
  if (fresh) return false;
  process.stderr.write(`${who}: dist/ is missing or older than the sources; building it first (npm run build)\n`);
  execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  return true;
}
