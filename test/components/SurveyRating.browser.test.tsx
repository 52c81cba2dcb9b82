/**
 * The rating control as a person sees it in real Chromium (issue 12's wide-scale and forced-colors defects, issue
 * 10's on-demand Slider): measured boxes, computed styles and the modules the page actually loaded.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as React from 'react';
import { render, screen, within } from '@testing-library/react';
import { cdp, page, userEvent } from 'vitest/browser';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { RatingScale } from '../../src/core/types.js';
import { SurveyRating } from '../../src/components/index.js';
import { DEFAULT_SURVEY_STRINGS } from '../../src/strings/index.js';
import { Harness } from './support/harness.js';

const FIVE: RatingScale = { lowerBound: 1, upperBound: 5, lowScoreThreshold: 2 };
const HUNDRED: RatingScale = { lowerBound: 0, upperBound: 100, lowScoreThreshold: 60 };

function Rated({ scale, initial }: { scale: RatingScale; initial?: number }) {
  const [value, setValue] = React.useState<number | undefined>(initial);
  return (
    <FluentProvider theme={webLightTheme}>
      <h2 id="q">Rate it</h2>
      <SurveyRating scale={scale} value={value} labelledBy="q" strings={DEFAULT_SURVEY_STRINGS} onChange={setValue} />
    </FluentProvider>
  );
}

/** Whether the page fetched the module of the on-demand slider (Vite serves each source module as its own file). */
const sliderModuleLoaded = () =>
  performance.getEntriesByType('resource').some((entry) => entry.name.includes('SurveyRatingSlider'));

/** The slider (not its placeholder, which has no role) is on screen. */
const sliderShown = () => screen.queryByRole('slider') !== null;

/** Waits for the dialog's opening motion (a scale transform) to end, so boxes are measured at rest. */
async function settled() {
  await Promise.all(document.getAnimations().map((animation) => animation.finished));
}

/** Small drawn parts of a slider beside its input (the thumb), i.e. not the full-width rail. */
function visibleKnobs(slider: HTMLElement): Element[] {
  const root = slider.parentElement!;
  const width = root.getBoundingClientRect().width;
  return Array.from(root.querySelectorAll('*')).filter((el) => {
    if (el === slider) return false;
    const box = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    return style.visibility !== 'hidden' && style.opacity !== '0' && box.width > 0 && box.width < width / 2;
  });
}

afterEach(async () => {
  await cdp().send('Emulation.setEmulatedMedia', { features: [] });
});

// First in the file: no slider has been rendered in this page yet.
describe('Slider on demand (issue 10)', () => {
  it('a 1–5 scale never loads the slider module; a 0–100 scale does and shows the slider', async () => {
    const { unmount } = render(<Rated scale={FIVE} />);
    await userEvent.click(screen.getByRole('radio', { name: 'Good' }));
    expect(screen.getByText('Selected: Good')).toBeVisible();
    // Give a stray import time to show up before asserting its absence.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(sliderModuleLoaded()).toBe(false);
    unmount();

    render(<Rated scale={HUNDRED} />);
    const anchor = screen.getByText('Worst').getBoundingClientRect().top;
    const slider = await screen.findByRole('slider', { name: 'Rate it' });
    expect(sliderShown()).toBe(true);
    expect(sliderModuleLoaded()).toBe(true);
    // The placeholder kept the slider's place: nothing below it moved when the slider arrived.
    expect(screen.getByText('Worst').getBoundingClientRect().top).toBe(anchor);
    slider.focus();
    await userEvent.keyboard('{End}{ArrowLeft}');
    expect(slider.getAttribute('aria-valuetext')).toBe('99 out of 100');
    expect(screen.getByText('Selected: 99 out of 100')).toBeVisible();
  });
});

describe('wide scales (issue 12)', () => {
  it('0–10 in the dialog at 1280 px: all eleven options on one row, the end labels under the first and last', async () => {
    await page.viewport(1280, 800);
    try {
      render(<Harness config={{ overallRating: { scale: { lowerBound: 0, upperBound: 10, lowScoreThreshold: 6 } } }} />);
      const group = await screen.findByRole('radiogroup', { name: 'How was the call quality?' });
      await settled();
      const boxes = within(group)
        .getAllByRole('radio')
        .map((radio) => radio.getBoundingClientRect());
      expect(boxes).toHaveLength(11);
      expect(new Set(boxes.map((box) => Math.round(box.top))).size).toBe(1);
      const worst = screen.getByText('Worst').getBoundingClientRect();
      const best = screen.getByText('Best').getBoundingClientRect();
      expect(Math.abs(worst.left - boxes[0]!.left)).toBeLessThanOrEqual(2);
      expect(Math.abs(best.right - boxes[10]!.right)).toBeLessThanOrEqual(2);
      // "10" is drawn inside its option, not clipped.
      expect(boxes[10]!.width).toBeGreaterThanOrEqual(24);
    } finally {
      await page.viewport(414, 896);
    }
  });

  it('0–10 at 320 px: options of at least 24 px (WCAG 2.5.8) in at most two rows, inside the viewport', async () => {
    await page.viewport(320, 568);
    try {
      render(<Harness config={{ overallRating: { scale: { lowerBound: 0, upperBound: 10, lowScoreThreshold: 6 } } }} />);
      const group = await screen.findByRole('radiogroup', { name: 'How was the call quality?' });
      await settled();
      const boxes = within(group)
        .getAllByRole('radio')
        .map((radio) => radio.getBoundingClientRect());
      expect(new Set(boxes.map((box) => Math.round(box.top))).size).toBeLessThanOrEqual(2);
      for (const box of boxes) {
        expect(box.width).toBeGreaterThanOrEqual(24);
        expect(box.right).toBeLessThanOrEqual(320);
      }
    } finally {
      await page.viewport(414, 896);
    }
  });

  it('the 0–100 slider draws no step marks (one per point made a dashed line)', async () => {
    render(<Rated scale={HUNDRED} initial={40} />);
    await vi.waitFor(() => expect(sliderShown()).toBe(true), { timeout: 5000 });
    const root = screen.getByRole('slider').parentElement!;
    const marks = [root, ...Array.from(root.querySelectorAll('*'))].filter((el) =>
      ['::before', '::after', ''].some((pseudo) =>
        getComputedStyle(el, pseudo || null).backgroundImage.includes('repeating-linear-gradient'),
      ),
    );
    expect(marks).toEqual([]);
  });

  it('an unrated slider shows no thumb and says so; Home chooses the lowest score and shows the thumb', async () => {
    render(<Rated scale={HUNDRED} />);
    await vi.waitFor(() => expect(sliderShown()).toBe(true), { timeout: 5000 });
    const slider = screen.getByRole('slider', { name: 'Rate it' });
    expect(visibleKnobs(slider)).toEqual([]);
    // What a screen reader hears matches what is shown.
    expect(slider.getAttribute('aria-valuetext')).toBe('No rating selected');
    expect(screen.getByText('No rating selected')).toBeVisible();
    slider.focus();
    // At the lowest end the value does not move, yet the key is a choice.
    await userEvent.keyboard('{Home}');
    expect(slider.getAttribute('aria-valuetext')).toBe('0 out of 100');
    expect(screen.getByText('Selected: 0 out of 100')).toBeVisible();
    expect(visibleKnobs(slider)).toHaveLength(1);
  });

  it('a click on an unrated slider chooses the point under the pointer', async () => {
    render(<Rated scale={HUNDRED} />);
    await vi.waitFor(() => expect(sliderShown()).toBe(true), { timeout: 5000 });
    const slider = screen.getByRole('slider', { name: 'Rate it' });
    await userEvent.click(slider, { position: { x: 1, y: 10 } });
    expect(slider.getAttribute('aria-valuetext')).toBe('0 out of 100');
    expect(visibleKnobs(slider)).toHaveLength(1);
  });
});

describe('forced colors (issue 12)', () => {
  it('stars get no box border', async () => {
    await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
    expect(window.matchMedia('(forced-colors: active)').matches).toBe(true);
    render(<Rated scale={FIVE} initial={3} />);
    for (const radio of screen.getAllByRole('radio')) {
      const option = getComputedStyle(radio.parentElement!);
      for (const side of ['Top', 'Right', 'Bottom', 'Left'] as const) {
        const drawn =
          option[`border${side}Style`] !== 'none' &&
          option[`border${side}Style`] !== 'hidden' &&
          parseFloat(option[`border${side}Width`]) > 0;
        expect(drawn, `${radio.getAttribute('aria-label')} border-${side.toLowerCase()}`).toBe(false);
      }
    }
  });
});
