#!/usr/bin/env node
// npm run consumer (part of npm test): proof in a real consumer, offline. Builds, `npm pack`s the package, copies
// the Vite + React app in test/consumers/vite-app to a temp dir OUTSIDE the repo, installs the tarball into its
// node_modules (extracted, as npm would; every other package is linked from the repo's node_modules, so nothing is
// downloaded), type-checks it with moduleResolution "bundler" and "node16", builds it with Vite, and completes a
// survey in the built app in Chromium: open → lowest rating → Next → tick Audio → Submit, asserting the thank-you
// the user sees and the payload the app's sink received.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const keep = process.argv.includes('--keep');
const tmp = mkdtempSync(join(tmpdir(), 'eocs-consumer-'));
const app = join(tmp, 'vite-app');
const started = performance.now();
const step = (text) => console.log(`consumer: ${text} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
const run = (cmd, args, cwd = app) => execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });

function fail(message) {
  console.error(`\nconsumer: ${message}\n(the app is kept in ${app})\n`);
  process.exit(1);
}

try {
  execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  const [{ filename }] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', tmp], root));
  step(`packed ${filename}`);

  cpSync(join(root, 'test', 'consumers', 'vite-app'), app, { recursive: true });
  const modules = join(app, 'node_modules');
  mkdirSync(modules);
  const repoModules = join(root, 'node_modules');
  for (const name of readdirSync(repoModules)) {
    if (name.startsWith('.') || name === 'end-of-call-survey') continue;
    if (name.startsWith('@')) {
      mkdirSync(join(modules, name));
      for (const sub of readdirSync(join(repoModules, name))) symlinkSync(join(repoModules, name, sub), join(modules, name, sub), 'junction');
    } else {
      symlinkSync(join(repoModules, name), join(modules, name), 'junction');
    }
  }
  run('tar', ['-xzf', join(tmp, filename), '-C', tmp]);
  renameSync(join(tmp, 'package'), join(modules, 'end-of-call-survey'));
  step('installed the tarball into a fresh app outside the repo');

  const tsc = join(modules, 'typescript', 'bin', 'tsc');
  for (const config of ['tsconfig.bundler.json', 'tsconfig.node16.json']) {
    try {
      run(process.execPath, [tsc, '-p', config]);
    } catch (e) {
      fail(`the app does not type-check with ${config}:\n${e.stdout}${e.stderr}`);
    }
  }
  step('type-checked with moduleResolution bundler and node16');

  try {
    run(process.execPath, [join(modules, 'vite', 'bin', 'vite.js'), 'build']);
  } catch (e) {
    fail(`vite build failed:\n${e.stdout}${e.stderr}`);
  }
  step('built with Vite');

  await completeSurveyInChromium(join(app, 'dist'));
  step('completed a survey in the built app in Chromium');
} finally {
  if (!keep && process.exitCode === undefined) rmSync(tmp, { recursive: true, force: true });
}

async function completeSurveyInChromium(dist) {
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
      fail(`the sink did not receive the lowest overall rating: ${JSON.stringify(received)}`);
    }
    if (!received.audioRating) fail(`the sink did not receive the ticked Audio category: ${JSON.stringify(received)}`);
    if ((await page.getByLabel('Summary surveys').textContent()) !== '0') fail('the analytics entry did not run in the app');
    if (errors.length) fail(`the page logged errors:\n${errors.join('\n')}`);
  } finally {
    await browser.close();
    server.close();
  }
}
