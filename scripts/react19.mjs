#!/usr/bin/env node
// npm run test:react19 (part of npm test): the jsdom and Chromium tests of the dialog, the hooks, core, analytics and
// charts once more on React 19. The repo stays on React 18 (communication-react 1.34 needs it), so this runs the same
// tests from a temp root whose node_modules links every package of the repo's except React, which comes from the
// nested install in test/consumers/react19 — with Node's and Vite's preserveSymlinks, Fluent, Testing Library and the
// kit all resolve that React 19, as after a real install. Left out: the acs adapter path (communication-react) and
// the package checks, which npm test runs on 18.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { linkNodeModules } from './lib/link-modules.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const react19 = join(root, 'test', 'consumers', 'react19', 'node_modules');
const REACT_PACKAGES = ['react', 'react-dom', 'scheduler', '@types/react', '@types/react-dom'];
const DIRS = ['test/components', 'test/react', 'test/core', 'test/analytics', 'test/charts', 'test/strings', 'test/delivery', 'test/theme'];

const tmp = mkdtempSync(join(tmpdir(), 'eocs-react19-'));
try {
  for (const name of ['src', 'test', 'stories', '.storybook', 'tsconfig.json', 'package.json', 'README.md', 'vitest.config.ts']) {
    symlinkSync(join(root, name), join(tmp, name));
  }
  const modules = join(tmp, 'node_modules');
  linkNodeModules(join(root, 'node_modules'), modules, {
    replace: Object.fromEntries(REACT_PACKAGES.map((name) => [name, join(react19, name)])),
  });
  const version = JSON.parse(readFileSync(join(modules, 'react', 'package.json'), 'utf8')).version;
  console.log(`react19: running ${DIRS.join(', ')} on React ${version}`);
  const run = spawnSync(
    process.execPath,
    [join(modules, 'vitest', 'vitest.mjs'), 'run', '--project', 'unit', '--project', 'browser', ...DIRS, ...process.argv.slice(2)],
    {
      cwd: tmp,
      stdio: 'inherit',
      env: { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --preserve-symlinks`, EOCS_REACT19: '1' },
    },
  );
  process.exitCode = run.status ?? 1;
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
