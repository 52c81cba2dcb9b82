#!/usr/bin/env node
// npm run lint:package: builds (unless dist/ is current), packs the package with `npm pack` into a temporary folder, and checks the tarball a
// consumer would install with publint (strict: warnings fail) and @arethetypeswrong/cli (every entry point, ESM-only
// profile: node16 from ESM and bundler resolution must find the types; CommonJS `require` is not offered).
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ensureBuilt } from './lib/build-stamp.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => join(root, 'node_modules', '.bin', name);
const started = Date.now();
const dir = mkdtempSync(join(tmpdir(), 'eocs-pack-'));
try {
  ensureBuilt(root, 'lint:package');
  execFileSync('npm', ['pack', '--silent', '--pack-destination', dir], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  const tarball = join(dir, readdirSync(dir).find((f) => f.endsWith('.tgz')));
  let failed = false;
  for (const [name, args] of [
    ['publint', ['run', tarball, '--strict']],
    ['attw', [tarball, '--profile', 'esm-only', '--format', 'table-flipped']],
  ]) {
    try {
      execFileSync(bin(name), args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
    } catch (error) {
      failed = true;
      console.error(`lint:package: ${name} found problems in the packed tarball:\n${error.stdout ?? ''}${error.stderr ?? ''}`);
    }
  }
  if (failed) process.exitCode = 1;
  else console.log(`lint:package: publint and arethetypeswrong are clean for every entry point of the packed tarball (${((Date.now() - started) / 1000).toFixed(1)} s)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
