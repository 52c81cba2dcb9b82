/**
 * What a person sees (issue 12), measured in Chromium: the error box holds its content, the dialog keeps its top
 * between steps, heading and actions stay on screen at 320 px and 200 % zoom, the surface speaks the strings' locale,
 * the step heading's focus ring is whole, and an English prompt in a right-to-left page keeps its "?" at the end.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import { page, userEvent } from 'vitest/browser';
import { createSeededRandom } from '../../src/core/index.js';
import type { CallSurvey, SurveySubmitContext } from '../../src/core/index.js';
import { SURVEY_STRINGS_DE_DE } from '../../src/strings/index.js';
import { Harness } from './support/harness.js';
import { textRect } from '../support/textRect.js';

type Submit = (survey: CallSurvey, context: SurveySubmitContext) => unknown;

afterEach(async () => {
  await page.viewport(414, 896);
});

const STEP2 = 'What could have been better?';

/** Waits for the dialog's opening motion (a scale from 85 %) to end, so rectangles are the resting layout. */
async function opened() {
  await Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined)));
}

/** Rating "Bad" → Next: step 2. */
async function toStep2() {
  await userEvent.click(await screen.findByRole('radio', { name: 'Bad' }));
  await userEvent.click(await screen.findByRole('button', { name: 'Next' }));
  return screen.findByRole('heading', { name: STEP2 });
}

/** A failed submit on a long step 2 (two categories ticked, comments on): the error box is shown. */
async function failOnLongStep2() {
  const onSubmit = vi.fn<Submit>(() => Promise.reject(new Error('offline')));
  render(<Harness random={createSeededRandom(5)} comments onSubmit={onSubmit} />);
  await toStep2();
  await userEvent.click(screen.getByRole('checkbox', { name: 'Audio' }));
  await userEvent.click(screen.getByRole('checkbox', { name: 'Video' }));
  await userEvent.click(screen.getByRole('button', { name: 'Submit' }));
  return screen.findByRole('alert');
}

/** `inner` lies inside `outer` (1 px of rounding allowed). */
function expectInside(inner: DOMRect, outer: DOMRect, what: string) {
  expect(inner.top, `${what}: top`).toBeGreaterThanOrEqual(outer.top - 1);
  expect(inner.bottom, `${what}: bottom`).toBeLessThanOrEqual(outer.bottom + 1);
  expect(inner.left, `${what}: left`).toBeGreaterThanOrEqual(outer.left - 1);
  expect(inner.right, `${what}: right`).toBeLessThanOrEqual(outer.right + 1);
}

/** The element is on screen and not covered: inside the viewport, and the topmost element at its centre is it (or inside it). */
function expectVisible(el: Element, what: string) {
  const r = el.getBoundingClientRect();
  expect(r.height, `${what}: height`).toBeGreaterThan(0);
  expectInside(r, new DOMRect(0, 0, window.innerWidth, window.innerHeight), `${what} in the viewport`);
  const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
  expect(hit && (el === hit || el.contains(hit)), `${what}: not covered`).toBe(true);
}

describe('the error box (a failure on a long step 2)', () => {
  it.each([
    [1280, 800],
    [320, 568],
  ])('holds its text, Try again and Close at %i px; focusing Try again keeps the step heading in view', async (width, height) => {
    await page.viewport(width, height);
    const alert = await failOnLongStep2();
    expect(alert).toHaveTextContent(/couldn.t send your feedback/);
    // Nothing spills out of the box: no inner overflow, and every part's rectangle inside the box.
    expect(alert.scrollHeight).toBeLessThanOrEqual(alert.clientHeight + 1);
    const box = alert.getBoundingClientRect();
    const retry = within(alert).getByRole('button', { name: 'Try again' });
    const close = within(alert).getByRole('button', { name: 'Close' });
    expectInside(retry.getBoundingClientRect(), box, 'Try again');
    expectInside(close.getBoundingClientRect(), box, 'Close');
    expectInside(textRect(alert, 'Check your connection'), box, 'the message');
    // Keyboard focus on Try again scrolls nothing away: the step heading and the box stay visible.
    retry.focus();
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(document.activeElement).toBe(retry);
    expectVisible(screen.getByRole('heading', { name: STEP2 }), 'the step heading');
    expectVisible(retry, 'Try again');
    expectVisible(close, 'Close');
  });
});

describe('a stable layout', () => {
  it('keeps the top of the dialog between step 1, step 2 and step 2 with its tags shown (1280 × 800)', async () => {
    await page.viewport(1280, 800);
    render(<Harness random={createSeededRandom(5)} />);
    const surface = await screen.findByRole('dialog');
    await opened();
    const top1 = surface.getBoundingClientRect().top;
    await toStep2();
    const top2 = surface.getBoundingClientRect().top;
    await userEvent.click(screen.getByRole('checkbox', { name: 'Audio' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Video' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Screen share' }));
    const top3 = surface.getBoundingClientRect().top;
    expect(Math.abs(top2 - top1)).toBeLessThanOrEqual(4);
    expect(Math.abs(top3 - top1)).toBeLessThanOrEqual(4);
    expect(top1).toBeGreaterThan(0);
  });

  it.each([
    ['320 px wide', 320, 568],
    ['200 % zoom of 1280 × 720', 640, 360],
  ])('keeps the step heading and every action visible on a full step 2 at %s', async (_name, width, height) => {
    await page.viewport(width, height);
    render(<Harness random={createSeededRandom(5)} comments />);
    await toStep2();
    for (const name of ['Audio', 'Video', 'Screen share']) {
      await userEvent.click(screen.getByRole('checkbox', { name }));
    }
    // The last tick scrolled the questions; heading and actions are outside the scroll area and stay.
    expectVisible(screen.getByRole('heading', { name: STEP2 }), 'the step heading');
    for (const name of ['Skip', 'Back', 'Submit']) expectVisible(screen.getByRole('button', { name }), name);
    const surface = screen.getByRole('dialog');
    expect(surface.scrollWidth).toBeLessThanOrEqual(surface.clientWidth);
  });
});

describe('language and direction', () => {
  it("gives the surface the strings' locale as lang (the portal drops the provider's)", async () => {
    render(<Harness strings={SURVEY_STRINGS_DE_DE} />);
    const surface = await screen.findByRole('dialog');
    expect(surface).toHaveAttribute('lang', 'de-DE');
    const heading = screen.getByRole('heading', { name: SURVEY_STRINGS_DE_DE.overallPrompt });
    expect(heading.closest('[lang]')?.getAttribute('lang')).toBe('de-DE');
  });

  it('keeps the "?" of an English prompt at its end in a right-to-left page (bidi isolation)', async () => {
    render(<Harness dir="rtl" />);
    const heading = await screen.findByRole('heading', { name: 'How was the call quality?' });
    expect(getComputedStyle(screen.getByRole('dialog')).direction).toBe('rtl');
    // Left to right inside the isolated run: "How" first, the question mark after "quality".
    const how = textRect(heading, 'How');
    const quality = textRect(heading, 'quality');
    const mark = textRect(heading, '?');
    expect(how.left).toBeLessThan(quality.left);
    expect(mark.left).toBeGreaterThanOrEqual(quality.right - 1);
  });
});

describe('focus ring of the step heading', () => {
  it('is drawn whole: solid, and inside every clipping box around it (keyboard, step 2)', async () => {
    await page.viewport(640, 720);
    render(<Harness random={createSeededRandom(5)} />);
    const bad = await screen.findByRole('radio', { name: 'Bad' });
    bad.focus();
    await userEvent.keyboard(' ');
    await waitFor(() => expect((bad as HTMLInputElement).checked).toBe(true));
    const next = screen.getByRole('button', { name: 'Next' });
    for (let i = 0; i < 10 && document.activeElement !== next; i++) await userEvent.keyboard('{Tab}');
    await userEvent.keyboard('{Enter}');
    const heading = await screen.findByRole('heading', { name: STEP2 });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(heading.matches(':focus-visible')).toBe(true);
    const style = getComputedStyle(heading);
    expect(style.outlineStyle).toBe('solid');
    const width = parseFloat(style.outlineWidth);
    expect(width).toBeGreaterThan(0);
    // The ring's outer edge: the border box grown by offset + width.
    const grow = Math.max(0, parseFloat(style.outlineOffset) + width);
    const r = heading.getBoundingClientRect();
    const ring = new DOMRect(r.left - grow, r.top - grow, r.width + 2 * grow, r.height + 2 * grow);
    // Inside the surface, and inside the padding box (what an overflow clip keeps) of every clipping ancestor.
    const surface = screen.getByRole('dialog');
    const clientBox = (el: Element) => {
      const b = el.getBoundingClientRect();
      return new DOMRect(b.left + el.clientLeft, b.top + el.clientTop, el.clientWidth, el.clientHeight);
    };
    expectInside(ring, clientBox(surface), 'ring inside the surface');
    for (let el = heading.parentElement; el && el !== surface; el = el.parentElement) {
      const s = getComputedStyle(el);
      if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
      expectInside(ring, clientBox(el), `ring inside a clipping ${el.tagName}`);
    }
    // Nothing sits on the ring: the topmost element at each of its edges' midpoints is the heading.
    const inset = width / 2;
    for (const [x, y] of [
      [r.left + r.width / 2, r.top + inset],
      [r.left + r.width / 2, r.bottom - inset],
      [r.left + inset, r.top + r.height / 2],
      [r.right - inset, r.top + r.height / 2],
    ] as const) {
      const hit = document.elementFromPoint(x, y);
      expect(hit === heading || heading.contains(hit), `ring at ${x},${y}`).toBe(true);
    }
  });
});
