#!/usr/bin/env node
// npm run consumer (part of npm test): proof in a real consumer, offline. Builds (unless dist/ is current), `npm pack`s the package, copies
// the Vite + React app in test/consumers/vite-app to a temp dir OUTSIDE the repo, installs the tarball into its
// node_modules (extracted, as npm would; every other package is linked from the repo's node_modules, so nothing is
// downloaded; packages resolve their peers from the app, as after a real install, via preserveSymlinks), once with
// React 18 and once with React 19 (from the nested install in test/consumers/react19), type-checks it with moduleResolution "bundler" and "node16", builds it with Vite, and completes a
// survey in the built app in Chromium: open → lowest rating → Next → tick Audio → Submit, asserting the thank-you
// the user sees and the payload the app's sink received.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBuilt } from './lib/build-stamp.mjs';
import { linkNodeModules } from './lib/link-modules.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const keep = process.argv.includes('--keep');
const tmp = mkdtempSync(join(tmpdir(), 'eocs-consumer-'));
const started = performance.now();
const step = (text) => console.log(`consumer: ${text} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });

function fail(message, app = tmp) {
  console.error(`\nconsumer: ${message}\n(kept in ${app})\n`);
  process.exit(1);
}

/** React 19 for the second run: a nested install (test/consumers/react19) so the repo itself stays on 18. */
const REACT_19 = join(root, 'test', 'consumers', 'react19', 'node_modules');
const REACT_PACKAGES = ['react', 'react-dom', 'scheduler', '@types/react', '@types/react-dom'];

try {
  ensureBuilt(root, 'consumer');
  const [{ filename }] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', tmp], root));
  step(`packed ${filename}`);
  for (const react of ['18', '19']) await consumer(filename, react);
} finally {
  if (!keep && process.exitCode === undefined) rmSync(tmp, { recursive: true, force: true });
}

async function consumer(tarball, react) {
  const app = join(tmp, `vite-app-react${react}`);
  const label = `React ${react}`;
  cpSync(join(root, 'test', 'consumers', 'vite-app'), app, { recursive: true });
  const modules = join(app, 'node_modules');
  linkNodeModules(join(root, 'node_modules'), modules, {
    skip: ['end-of-call-survey', 'eocs-react19'],
    replace: react === '19' ? Object.fromEntries(REACT_PACKAGES.map((name) => [name, join(REACT_19, name)])) : {},
  });
  run('tar', ['-xzf', join(tmp, tarball), '-C', app], app);
  renameSync(join(app, 'package'), join(modules, 'end-of-call-survey'));
  const version = JSON.parse(readFileSync(join(modules, 'react', 'package.json'), 'utf8')).version;
  if (!version.startsWith(`${react}.`)) fail(`${label}: the app resolves react ${version}`);
  step(`${label}: installed the tarball into a fresh app outside the repo (react ${version})`);

  const tsc = join(modules, 'typescript', 'bin', 'tsc');
  for (const config of ['tsconfig.bundler.json', 'tsconfig.node16.json']) {
    try {
      run(process.execPath, [tsc, '-p', config], app);
    } catch (e) {
      fail(`${label}: the app does not type-check with ${config}:\n${e.stdout}${e.stderr}`, app);
    }
  }
  step(`${label}: type-checked with moduleResolution bundler and node16`);

  try {
    run(process.execPath, [join(modules, 'vite', 'bin', 'vite.js'), 'build'], app);
  } catch (e) {
    fail(`${label}: vite build failed:\n${e.stdout}${e.stderr}`, app);
  }
  step(`${label}: built with Vite`);

  await completeSurveyInChromium(join(app, 'dist'), label, app, version);
  step(`${label}: completed a survey in the built app in Chromium`);
}

async function completeSurveyInChromium(dist, label, app, version) {
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
  const server = createServer((req, res) => {
    if (req.url === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const path = join(dist, req.url === '/' ? 'index.html' : decodeURIComponent(req.url.split('?')[0]).replace(/\.\.+/g, ''));
    let body;
    try {
      body = readFileSync(path);
    } catch {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
    res.end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage({ reducedMotion: 'reduce' });
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    const rendered = await page.getByLabel('React version').textContent();
    if (rendered !== version) fail(`${label}: the page rendered with React ${rendered}, expected ${version}`, app);
    await page.getByRole('button', { name: 'Rate the call' }).click();
    const dialog = page.getByRole('dialog', { name: 'Call feedback' });
    await dialog.waitFor({ timeout: 15000 });
    await dialog.getByRole('radio').first().check();
    await dialog.getByRole('button', { name: 'Next' }).click();
    await dialog.getByRole('checkbox', { name: /Audio/ }).check();
    await dialog.getByRole('button', { name: 'Submit' }).click();
    await page.getByText('Thank you for your feedback!').waitFor({ timeout: 15000 });
    const received = JSON.parse((await page.getByLabel('Received survey').textContent()) || 'null');
    if (!received?.overallRating || received.overallRating.score !== received.overallRating.scale?.lowerBound) {
      fail(`${label}: the sink did not receive the lowest overall rating: ${JSON.stringify(received)}`, app);
    }
    if (!received.audioRating) fail(`${label}: the sink did not receive the ticked Audio category: ${JSON.stringify(received)}`, app);
    if ((await page.getByLabel('Summary surveys').textContent()) !== '0') fail(`${label}: the analytics entry did not run in the app`, app);
    if ((await page.getByLabel('German title').textContent()) !== 'Feedback zum Anruf') fail(`${label}: the locales/de-DE entry did not load in the app`, app);
    if (errors.length) fail(`${label}: the page logged errors:\n${errors.join('\n')}`, app);
  } finally {
    await browser.close();
    server.close();
  }
}
