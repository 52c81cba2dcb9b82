#!/usr/bin/env node
// Makes sure a Chromium exists for the browser test projects, without ever downloading a browser build of
// its own: CHROMIUM_PATH, else /usr/bin/chromium, else Debian's `chromium` package when running as root,
// else a message that says exactly what to do. Prints the path it found on success.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const DEFAULT_PATH = '/usr/bin/chromium';

function fail(message) {
  console.error(`\nensure-chromium: ${message}\n`);
  process.exit(1);
}

const fromEnv = process.env.CHROMIUM_PATH;
if (fromEnv) {
  if (!existsSync(fromEnv)) fail(`CHROMIUM_PATH is set to "${fromEnv}", but no file exists there. Point it at a Chromium or Chrome binary, or unset it to use ${DEFAULT_PATH}.`);
  console.log(`ensure-chromium: using CHROMIUM_PATH=${fromEnv}`);
  process.exit(0);
}
if (existsSync(DEFAULT_PATH)) {
  console.log(`ensure-chromium: using ${DEFAULT_PATH}`);
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (!isRoot || !hasApt) {
  fail(
    `No Chromium found at ${DEFAULT_PATH} and CHROMIUM_PATH is not set.\n` +
      `The browser tests need a system Chromium (this project never downloads a browser of its own). Either:\n` +
      `  - on Debian/Ubuntu: sudo apt-get update && sudo apt-get install -y chromium\n` +
      `  - or set CHROMIUM_PATH to an installed Chromium/Chrome binary, e.g. CHROMIUM_PATH=/opt/google/chrome/chrome npm test`,
  );
}

console.log(`ensure-chromium: no Chromium at ${DEFAULT_PATH}; installing Debian's "chromium" package (apt-get) ...`);
try {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env });
} catch (error) {
  fail(`apt-get could not install chromium (${error.message}). Install it by hand (apt-get install -y chromium) or set CHROMIUM_PATH.`);
}
if (!existsSync(DEFAULT_PATH)) fail(`apt-get finished but ${DEFAULT_PATH} is still missing. Set CHROMIUM_PATH to your Chromium binary.`);
console.log(`ensure-chromium: installed ${DEFAULT_PATH}`);
