import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import { cdp, page, userEvent } from 'vitest/browser';
import { teamsHighContrastTheme, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import type { Theme } from '@fluentui/react-components';
import { createSeededRandom } from '../../src/core/index.js';
import type { CallSurvey, SurveySubmitContext } from '../../src/core/index.js';
import { DEFAULT_SURVEY_STRINGS, SURVEY_STRINGS_HE_IL } from '../../src/strings/index.js';
import type { SurveyStrings } from '../../src/strings/index.js';
import { Harness } from '../components/support/harness.js';
import type { HarnessProps } from '../components/support/harness.js';
import { SCREENSHOT, settle } from './support.js';

type Submit = (survey: CallSurvey, context: SurveySubmitContext) => unknown;

interface Look {
  theme: Theme;
  dir: 'ltr' | 'rtl';
  strings: SurveyStrings;
  /** Windows high contrast / forced colours (emulated through CDP): the system colours replace the theme's. */
  forcedColors?: boolean;
}
const LOOKS: Record<string, Look> = {
  light: { theme: webLightTheme, dir: 'ltr', strings: DEFAULT_SURVEY_STRINGS },
  dark: { theme: webDarkTheme, dir: 'ltr', strings: DEFAULT_SURVEY_STRINGS },
  'high-contrast': { theme: teamsHighContrastTheme, dir: 'ltr', strings: DEFAULT_SURVEY_STRINGS },
  rtl: { theme: webLightTheme, dir: 'rtl', strings: SURVEY_STRINGS_HE_IL },
  'forced-colors': { theme: webLightTheme, dir: 'ltr', strings: DEFAULT_SURVEY_STRINGS, forcedColors: true },
};

/** Which dialog states each look is photographed in (light: all five; the others: the ones that differ most). */
const STATES = {
  light: ['step1-unrated', 'step1-rated', 'step2-ticked', 'failed-long', 'thank-you'],
  dark: ['step1-rated', 'step2-ticked', 'failed-long'],
  'high-contrast': ['step1-rated', 'step2-ticked', 'failed-long'],
  rtl: ['step1-rated', 'step2-ticked', 'failed-long'],
  'forced-colors': ['step1-rated', 'step2-ticked', 'failed-long'],
} as const;
type State = (typeof STATES)[keyof typeof STATES][number];

const dialog = () => page.getByRole('dialog');

async function leaveMouse() {
  // A click leaves the pointer on the button: move it off so no hover colour is photographed.
  await userEvent.unhover(screen.getByRole('dialog'));
}

/** Renders the dialog in `look` (forced colours emulated where the look has them) with `props`. */
async function open({ theme, dir, strings, forcedColors }: Look, props: HarnessProps) {
  if (forcedColors) {
    await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
    expect(window.matchMedia('(forced-colors: active)').matches).toBe(true);
  }
  render(
    <Harness theme={theme} dir={dir} strings={strings} random={createSeededRandom(5)} closeDelayMs={60_000} {...props} />,
  );
}

/** Opens the dialog and drives it into `state`. */
async function reach(state: State, look: Look) {
  const s = look.strings;
  const onSubmit = vi.fn<Submit>(() =>
    state === 'failed-long' ? Promise.reject(new Error('offline')) : Promise.resolve(undefined),
  );
  await open(look, { comments: state === 'failed-long', onSubmit });
  await screen.findByRole('dialog');
  if (state === 'step1-unrated') return;
  const labels = s.ratingLabels;
  if (state === 'step1-rated' || state === 'thank-you') {
    await userEvent.click(screen.getByRole('radio', { name: labels[3]! }));
    if (state === 'thank-you') {
      await userEvent.click(screen.getByRole('button', { name: s.submit }));
      await screen.findByRole('heading', { name: s.thankYou });
    }
    return leaveMouse();
  }
  await userEvent.click(screen.getByRole('radio', { name: labels[0]! }));
  await userEvent.click(await screen.findByRole('button', { name: s.next }, { timeout: 5000 }));
  await screen.findByRole('heading', { name: s.issuesPrompt });
  await userEvent.click(screen.getByRole('checkbox', { name: s.categoryNames.audioRating }));
  if (state === 'failed-long') {
    await userEvent.click(screen.getByRole('checkbox', { name: s.categoryNames.videoRating }));
    await userEvent.click(screen.getByRole('button', { name: s.submit }));
    await screen.findByRole('alert');
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
  }
  return leaveMouse();
}

beforeAll(async () => {
  await page.viewport(640, 720);
});
afterAll(async () => {
  await page.viewport(414, 896);
});
afterEach(async () => {
  await cdp().send('Emulation.setEmulatedMedia', { features: [] });
});

describe.each(Object.keys(LOOKS) as (keyof typeof LOOKS & keyof typeof STATES)[])('the dialog looks right (%s)', (look) => {
  it.each(STATES[look] as readonly State[])('%s', async (state) => {
    await reach(state, LOOKS[look]!);
    await settle();
    await expect.element(dialog()).toMatchScreenshot(`dialog-${look}-${state}`, SCREENSHOT);
  });
});

/**
 * The wide-scale slider (0–100; the kit's own, drawn as Fluent's medium Slider): unrated, rated, keyboard focus, and
 * frozen (disabled) after a failed submission.
 */
const SLIDER_STATES = {
  light: ['slider-unrated', 'slider-rated', 'slider-focused', 'slider-failed'],
  dark: ['slider-rated'],
  'high-contrast': ['slider-rated'],
  rtl: ['slider-rated'],
  'forced-colors': ['slider-rated', 'slider-focused', 'slider-failed'],
} as const;
type SliderState = (typeof SLIDER_STATES)[keyof typeof SLIDER_STATES][number];

async function reachSlider(state: SliderState, look: Look) {
  const { dir, strings } = look;
  // The question the dialog focuses at open shows its focus ring after a key press (a keyboard user) and not after a
  // click; earlier tests in the file click, so a key press first makes the picture the same in any order.
  if (state === 'slider-unrated') await userEvent.keyboard('{Shift}');
  await open(look, {
    config: { overallRating: { scale: { lowerBound: 0, upperBound: 100, lowScoreThreshold: 30 } } },
    onSubmit: () => (state === 'slider-failed' ? Promise.reject(new Error('offline')) : undefined),
  });
  const slider = await screen.findByRole('slider', { name: strings.overallPrompt }, { timeout: 5000 });
  if (state === 'slider-rated' || state === 'slider-failed') {
    // A click 70 % of the way along (from the start edge: the right one in RTL), on the dialog at rest.
    await Promise.all(document.getAnimations().map((animation) => animation.finished));
    const box = slider.getBoundingClientRect();
    const x = dir === 'rtl' ? box.width * 0.3 : box.width * 0.7;
    await userEvent.click(slider, { position: { x, y: box.height / 2 } });
    const value = Number((slider as HTMLInputElement).value);
    expect(value).toBeGreaterThan(60);
    expect(value).toBeLessThan(80);
    if (state === 'slider-failed') {
      await userEvent.click(screen.getByRole('button', { name: strings.submit }));
      await screen.findByRole('alert');
      expect(slider).toBeDisabled();
    }
    await leaveMouse();
  }
  if (state === 'slider-focused') {
    slider.focus();
    await userEvent.keyboard('{End}{ArrowLeft}');
    expect((slider as HTMLInputElement).value).toBe('99');
  }
}

describe.each(Object.keys(SLIDER_STATES) as (keyof typeof SLIDER_STATES)[])('the slider looks right (%s)', (look) => {
  it.each(SLIDER_STATES[look] as readonly SliderState[])('%s', async (state) => {
    await reachSlider(state, LOOKS[look]!);
    await settle();
    await expect.element(dialog()).toMatchScreenshot(`dialog-${look}-${state}`, SCREENSHOT);
  });
});
