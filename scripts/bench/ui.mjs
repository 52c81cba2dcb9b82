// Interaction cost in Chromium (Debian's, headless, through playwright-core): the survey page against the same
// clicks on a bare Fluent dialog page, both bundled here with esbuild (production React, minified), served from a
// temp dir on loopback. Timed inside the page (performance.now(), the end when the awaited element is in the DOM
// and a frame has been painted), interleaved, median of 21 fresh page loads each:
// - cold mount: navigation start → the first rating radio painted;
// - Next → step 2: the lowest rating is clicked, then Next; click → the Audio checkbox painted.
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';

const RUNS = 21;

const KIT = `
import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { EndOfCallSurvey, useSurveySubmission } from './dist/index.js';
function App() {
  const submission = useSurveySubmission(async () => ({ id: 'x' }));
  return <EndOfCallSurvey open onOpenChange={() => {}} onSubmit={submission.onSubmit} onDismiss={submission.onDismiss} />;
}
createRoot(document.getElementById('root')).render(<FluentProvider theme={webLightTheme}><App /></FluentProvider>);
`;

const BARE = `
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Button, Checkbox, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field,
  FluentProvider, Radio, RadioGroup, Textarea, webLightTheme } from '@fluentui/react-components';
function App() {
  const [step, setStep] = useState(1);
  return (
    <Dialog open modalType="alert">
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{step === 1 ? 'How was the call?' : 'What could have been better?'}</DialogTitle>
          <DialogContent>
            {step === 1 ? (
              <Field label="Rating"><RadioGroup layout="horizontal">{[1, 2, 3, 4, 5].map((n) => <Radio key={n} value={String(n)} label={String(n)} />)}</RadioGroup></Field>
            ) : (
              <>
                <Checkbox label="Audio" /><Checkbox label="Video" /><Checkbox label="Screen share" /><Textarea />
              </>
            )}
          </DialogContent>
          <DialogActions><Button appearance="primary" onClick={() => setStep(2)}>Next</Button><Button>Skip</Button></DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
createRoot(document.getElementById('root')).render(<FluentProvider theme={webLightTheme}><App /></FluentProvider>);
`;

// Runs before the bundle: records when the first radio is painted.
const PROBE = `
window.__until = (test) => new Promise((resolve) => {
  const check = () => { if (test()) { requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)); return true; } return false; };
  if (check()) return;
  const mo = new MutationObserver(() => { if (check()) mo.disconnect(); });
  mo.observe(document, { subtree: true, childList: true, attributes: true });
});
window.__mounted = window.__until(() => document.querySelector('input[type=radio]'));
`;

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

export async function run({ root }) {
  let chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch {
    return [{ benchmark: 'UI interaction', time: 'not run: playwright-core is not installed' }];
  }
  const dir = mkdtempSync(join(tmpdir(), 'eocs-ui-'));
  const pages = { kit: KIT, bare: BARE };
  for (const [name, contents] of Object.entries(pages)) {
    await build({
      stdin: { contents, resolveDir: root, loader: 'tsx', sourcefile: `${name}.tsx` },
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      jsx: 'automatic',
      define: { 'process.env.NODE_ENV': '"production"' },
      outfile: join(dir, `${name}.js`),
      logLevel: 'silent',
    });
    writeFileSync(join(dir, `${name}.html`), `<!doctype html><html lang="en"><head><meta charset="utf-8"><script>${PROBE}</script></head><body><div id="root"></div><script type="module" src="${name}.js"></script></body></html>`);
  }
  const server = createServer((req, res) => {
    const file = join(dir, req.url.replace(/^\//, '').replace(/[^\w.]/g, ''));
    let body;
    try {
      body = readFileSync(file);
    } catch {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': file.endsWith('.js') ? 'text/javascript' : 'text/html' });
    res.end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
  const times = { kit: { mount: [], next: [] }, bare: { mount: [], next: [] } };
  try {
    for (let i = 0; i < RUNS; i++) {
      for (const name of i % 2 ? ['kit', 'bare'] : ['bare', 'kit']) {
        const context = await browser.newContext({ reducedMotion: 'reduce', viewport: { width: 1280, height: 800 } });
        const page = await context.newPage();
        await page.goto(`${base}/${name}.html`);
        times[name].mount.push(await page.evaluate(() => window.__mounted));
        await page.waitForTimeout(50);
        const next = await page.evaluate(async () => {
          document.querySelector('input[type=radio]').click();
          await new Promise((r) => setTimeout(r, 50));
          const button = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Next');
          const isAudio = () => [...document.querySelectorAll('input[type=checkbox]')].some((c) => c.labels?.[0]?.textContent?.includes('Audio'));
          const start = performance.now();
          const done = window.__until(isAudio);
          button.click();
          return (await done) - start;
        });
        times[name].next.push(next);
        await context.close();
      }
    }
  } finally {
    await browser.close();
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
  const row = (benchmark, key, goal) => {
    const ours = median(times.kit[key]);
    const bare = median(times.bare[key]);
    return {
      benchmark,
      input: `Chromium headless, median of ${RUNS}, interleaved`,
      time: `${ours.toFixed(1)} ms`,
      anchor: `bare Fluent dialog: ${bare.toFixed(1)} ms`,
      ratio: `×${(ours / bare).toFixed(2)} (goal ≤ ${goal})`,
    };
  };
  return [row('cold mount → rating radios painted', 'mount', '1.15'), row('Next → step 2 painted', 'next', '1.2')];
}
