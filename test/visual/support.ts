/**
 * Shared settings of the screenshot tests.
 *
 * Baselines are made on Debian's Chromium (the only browser `npm test` uses) and live in
 * `test/visual/__screenshots__/<file>/<name>-chromium-linux.png`; update them with
 * `npx vitest run --project browser -u test/visual` and look at every changed image before committing it.
 */
import { expect } from 'vitest';

/**
 * The comparison: pixelmatch ignores anti-aliased pixels, `threshold` ignores small colour shifts (font smoothing),
 * and at most 0.5 % of the pixels may differ. A defect a person sees changes far more than that: a black donut
 * (a tenth of its figure), an error box whose text spills over the questions (a few percent of the dialog).
 */
export const SCREENSHOT = {
  comparatorName: 'pixelmatch',
  comparatorOptions: { threshold: 0.2, allowedMismatchedPixelRatio: 0.005 },
  timeout: 10_000,
} as const;

/**
 * Waits until the picture is the settled layout: web fonts loaded, then the markup under `root` unchanged for
 * 500 ms (the charts keep redrawing for a few hundred ms after their first paths appear), then two frames.
 */
export async function settle(root: Element = document.body): Promise<void> {
  await document.fonts.ready;
  let last = '';
  let since = performance.now();
  while (performance.now() - since < 500) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    const now = root.innerHTML;
    if (now !== last) {
      last = now;
      since = performance.now();
    }
  }
  for (let i = 0; i < 2; i++) await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
  expect(document.fonts.status).toBe('loaded');
}
