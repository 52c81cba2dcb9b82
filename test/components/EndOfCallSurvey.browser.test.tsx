import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import { cdp, page, userEvent } from 'vitest/browser';
import axe from 'axe-core';
import { teamsHighContrastTheme, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import type { Theme } from '@fluentui/react-components';
import { buildCallSurvey, createSeededRandom, defineSurveyConfig } from '../../src/core/index.js';
import type { CallSurvey, SurveySubmitContext } from '../../src/core/index.js';
import { Harness, normalizeSurvey, tagLabel } from './support/harness.js';
import { AXE_RULES } from '../support/a11y.js';

type Submit = (survey: CallSurvey, context: SurveySubmitContext) => unknown;

/** Presses Tab (or Shift+Tab) until `target` has focus; fails after `max` presses. */
async function tabTo(target: HTMLElement, { shift = false, max = 25 } = {}) {
  for (let i = 0; i < max && document.activeElement !== target; i++) {
    await userEvent.keyboard(shift ? '{Shift>}{Tab}{/Shift}' : '{Tab}');
  }
  expect(document.activeElement).toBe(target);
}

// Tabster's focus redirectors are the one exception (see test/support/a11y.ts).
axe.configure({ rules: [...AXE_RULES] });

async function axeViolations() {
  const result = await axe.run(document.body);
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

afterEach(async () => {
  await cdp().send('Emulation.setEmulatedMedia', { features: [] });
});

describe.each([
  ['ltr', 'ArrowRight'],
  ['rtl', 'ArrowLeft'],
] as const)('keyboard only (%s)', (dir, forward) => {
  it(`walks the low path with Tab, ${forward}, Space and Enter; focus returns to the opener`, async () => {
    const onSubmit = vi.fn<Submit>(() => Promise.resolve(undefined));
    const onOpenChange = vi.fn();
    render(
      <Harness withOpener dir={dir} random={createSeededRandom(11)} onSubmit={onSubmit} onOpenChange={onOpenChange} />,
    );
    const opener = screen.getByRole('button', { name: 'Leave call' });
    opener.focus();
    await userEvent.keyboard('{Enter}');

    const group = await screen.findByRole('radiogroup', { name: 'How was the call quality?' });
    const bad = within(group).getByRole('radio', { name: 'Bad' });
    await tabTo(bad);
    // Arrow keys move focus and select; forward is ArrowLeft in RTL.
    await userEvent.keyboard(`{${forward}}`);
    const poor = within(group).getByRole('radio', { name: 'Poor' });
    expect(document.activeElement).toBe(poor);
    expect((poor as HTMLInputElement).checked).toBe(true);
    await userEvent.keyboard('{ArrowDown}{ArrowUp}');
    expect((poor as HTMLInputElement).checked).toBe(true);
    // Backward from the first option wraps to the last.
    await userEvent.keyboard(`{${forward === 'ArrowRight' ? 'ArrowLeft' : 'ArrowRight'}}`);
    expect((bad as HTMLInputElement).checked).toBe(true);
    await userEvent.keyboard(`{${forward === 'ArrowRight' ? 'ArrowLeft' : 'ArrowRight'}}`);
    expect((within(group).getByRole('radio', { name: 'Excellent' }) as HTMLInputElement).checked).toBe(true);
    await userEvent.keyboard(`{${forward}}{${forward}}`);
    expect(document.activeElement).toBe(poor);
    expect(screen.getByText('Selected: Poor')).toBeTruthy();

    await tabTo(screen.getByRole('button', { name: 'Next' }));
    await userEvent.keyboard('{Enter}');
    const heading = await screen.findByRole('heading', { name: 'What could have been better?' });
    await waitFor(() => expect(document.activeElement).toBe(heading));

    const audio = screen.getByRole('checkbox', { name: 'Audio' });
    await tabTo(audio);
    await userEvent.keyboard(' ');
    expect((audio as HTMLInputElement).checked).toBe(true);
    const noRemote = await screen.findByRole('checkbox', { name: tagLabel('audioRating', 'NoRemoteAudio') });
    await tabTo(noRemote);
    await userEvent.keyboard(' ');
    await tabTo(screen.getByRole('button', { name: 'Submit' }));
    await userEvent.keyboard('{Enter}');

    await waitFor(() => expect(onOpenChange).toHaveBeenCalledWith(undefined, { open: false, reason: 'submitted' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(normalizeSurvey(onSubmit.mock.calls[0]![0])).toEqual(
      normalizeSurvey(
        buildCallSurvey(defineSurveyConfig(), {
          overallRating: { score: 2 },
          audioRating: { score: 0, issues: ['NoRemoteAudio'] },
          videoRating: { score: 1 },
          screenshareRating: { score: 1 },
        }),
      ),
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(opener));
  });
});

describe('keyboard dismissal', () => {
  it('Escape dismisses and focus returns to the opener', async () => {
    const onDismiss = vi.fn();
    const onSubmit = vi.fn<Submit>();
    render(<Harness withOpener onDismiss={onDismiss} onSubmit={onSubmit} />);
    const opener = screen.getByRole('button', { name: 'Leave call' });
    opener.focus();
    await userEvent.keyboard('{Enter}');
    await screen.findByRole('dialog');
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(onDismiss).toHaveBeenCalledWith({ step: 'rating', reason: 'escape', shownAt: expect.any(Number) });
    expect(onSubmit).not.toHaveBeenCalled();
    await waitFor(() => expect(document.activeElement).toBe(opener));
  });
});

describe.each([
  ['webLightTheme', webLightTheme],
  ['webDarkTheme', webDarkTheme],
  ['teamsHighContrastTheme', teamsHighContrastTheme],
] as [string, Theme][])('axe under %s', (_name, theme) => {
  it('finds no violations in step 1, step 2 (tags revealed), sending, failed and thank-you', async () => {
    let reject: (e: unknown) => void = () => {};
    let resolve: (v: unknown) => void = () => {};
    const onSubmit = vi
      .fn<Submit>()
      .mockImplementationOnce(() => new Promise((_res, rej) => (reject = rej)))
      .mockImplementationOnce(() => new Promise((res) => (resolve = res)));
    const user = userEvent;
    render(<Harness theme={theme} random={createSeededRandom(5)} comments onSubmit={onSubmit} closeDelayMs={60_000} />);
    await screen.findByRole('dialog');
    expect(await axeViolations()).toEqual([]);

    await user.click(screen.getByRole('radio', { name: 'Bad' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await screen.findByRole('heading', { name: 'What could have been better?' });
    await user.click(screen.getByRole('checkbox', { name: 'Video' }));
    await user.click(screen.getByRole('checkbox', { name: 'Audio' }));
    expect(await axeViolations()).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Submit' }));
    await waitFor(() => expect(screen.getByRole('dialog').querySelector('[aria-busy="true"]')).toBeTruthy());
    expect(await axeViolations()).toEqual([]);

    reject(new Error('offline'));
    await screen.findByRole('alert');
    expect(await axeViolations()).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Try again' }));
    resolve(undefined);
    await screen.findByRole('heading', { name: 'Thank you for your feedback!' });
    expect(await axeViolations()).toEqual([]);
  });
});

describe('forced colors', () => {
  it('keeps the selected rating visible with system colours (emulated via CDP)', async () => {
    await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
    expect(window.matchMedia('(forced-colors: active)').matches).toBe(true);
    const config = { overallRating: { scale: { lowerBound: 0, upperBound: 10, lowScoreThreshold: 6 } } } as const;
    render(<Harness config={config} />);
    const seven = await screen.findByRole('radio', { name: '7 out of 10' });
    const six = screen.getByRole('radio', { name: '6 out of 10' });
    await userEvent.click(seven);
    const selected = getComputedStyle(seven.parentElement!);
    const unselected = getComputedStyle(six.parentElement!);
    // Highlight (the system selection colour) marks the choice; the others keep the canvas background.
    expect(selected.backgroundColor).not.toBe(unselected.backgroundColor);
    expect(selected.forcedColorAdjust).toBe('none');
    const probe = document.createElement('div');
    probe.style.backgroundColor = 'Highlight';
    probe.style.forcedColorAdjust = 'none';
    document.body.appendChild(probe);
    expect(selected.backgroundColor).toBe(getComputedStyle(probe).backgroundColor);
    probe.remove();
    // The keyboard focus ring stays visible too.
    await userEvent.keyboard('{ArrowRight}');
    const eight = screen.getByRole('radio', { name: '8 out of 10' });
    expect(document.activeElement).toBe(eight);
    const ring = getComputedStyle(eight.parentElement!);
    expect(ring.outlineStyle).toBe('solid');
    expect(parseFloat(ring.outlineWidth)).toBeGreaterThan(0);
  });

  it('keeps filled stars distinct from empty ones', async () => {
    await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
    render(<Harness />);
    const good = await screen.findByRole('radio', { name: 'Good' });
    await userEvent.click(good);
    const filled = good.parentElement!.querySelector('svg')!;
    const empty = screen.getByRole('radio', { name: 'Excellent' }).parentElement!.querySelector('svg')!;
    expect(getComputedStyle(filled).fill).not.toBe(getComputedStyle(empty).fill);
    expect(getComputedStyle(filled).fill).not.toBe('none');
  });
});

describe('small screens', () => {
  it('fits a 320 px wide viewport (reflow at 400 % / 200 % zoom) on both steps without horizontal scrolling', async () => {
    await page.viewport(320, 568);
    try {
      render(<Harness random={createSeededRandom(2)} comments />);
      const surface = await screen.findByRole('dialog');
      const fits = () => {
        expect(surface.getBoundingClientRect().right).toBeLessThanOrEqual(320);
        expect(surface.getBoundingClientRect().left).toBeGreaterThanOrEqual(0);
        expect(surface.scrollWidth).toBeLessThanOrEqual(surface.clientWidth);
      };
      fits();
      await userEvent.click(screen.getByRole('radio', { name: 'Bad' }));
      await userEvent.click(await screen.findByRole('button', { name: 'Next' }));
      await screen.findByRole('heading', { name: 'What could have been better?' });
      await userEvent.click(screen.getByRole('checkbox', { name: 'Screen share' }));
      fits();
      for (const name of ['Skip', 'Back', 'Submit']) {
        const rect = screen.getByRole('button', { name }).getBoundingClientRect();
        expect(rect.right).toBeLessThanOrEqual(320);
      }
    } finally {
      await page.viewport(414, 896);
    }
  });
});

describe('wide scales', () => {
  it('a 0–100 slider is named by the question and moves with real arrow keys', async () => {
    const onSubmit = vi.fn<Submit>(() => Promise.resolve(undefined));
    render(
      <Harness
        config={{ overallRating: { scale: { lowerBound: 0, upperBound: 100, lowScoreThreshold: 60 } } }}
        onSubmit={onSubmit}
      />,
    );
    const slider = await screen.findByRole('slider', { name: 'How was the call quality?' });
    slider.focus();
    await userEvent.keyboard('{End}{ArrowLeft}{ArrowLeft}');
    expect(slider.getAttribute('aria-valuetext')).toBe('98 out of 100');
    await tabTo(screen.getByRole('button', { name: 'Submit' }));
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0]![0].overallRating?.score).toBe(98);
  });
});
