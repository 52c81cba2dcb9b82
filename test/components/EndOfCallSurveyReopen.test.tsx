/**
 * Every opening is a new survey (jsdom): a new config or a new seeded random applies on reopen, answers never
 * survive a reopen, and a config changed while open applies from the next opening (the survey on screen is kept).
 */
import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { EndOfCallSurvey } from '../../src/components/index.js';
import type { EndOfCallSurveyProps } from '../../src/components/index.js';
import { createSeededRandom, defineSurveyConfig, planIssuesStep } from '../../src/core/index.js';
import { DEFAULT_SURVEY_STRINGS } from '../../src/strings/index.js';

const S = DEFAULT_SURVEY_STRINGS;
const all = defineSurveyConfig({});
const audioOnly = defineSurveyConfig({ videoRating: false, screenshareRating: false });

function View(props: Partial<EndOfCallSurveyProps>) {
  return (
    <FluentProvider theme={webLightTheme}>
      <EndOfCallSurvey open onSubmit={async () => undefined} {...props} />
    </FluentProvider>
  );
}

async function toStep2(user: ReturnType<typeof userEvent.setup>) {
  const dialog = await screen.findByRole('dialog');
  await user.click(within(dialog).getByRole('radio', { name: new RegExp(S.ratingLabels[0] ?? 'Bad') }));
  await user.click(within(dialog).getByRole('button', { name: S.next }));
  await within(dialog).findByRole('checkbox', { name: 'Audio' });
  return dialog;
}

const shownCategories = (dialog: HTMLElement) =>
  ['Audio', 'Video', 'Screen share'].filter((name) => within(dialog).queryByRole('checkbox', { name }) !== null);

describe('<EndOfCallSurvey> reopening', () => {
  it('a new config given while closed applies on the next opening', async () => {
    const user = userEvent.setup();
    const view = render(<View config={all} />);
    expect(shownCategories(await toStep2(user)).sort()).toEqual(['Audio', 'Screen share', 'Video']);
    view.rerender(<View config={all} open={false} />);
    view.rerender(<View config={audioOnly} open />);
    expect(shownCategories(await toStep2(user))).toEqual(['Audio']);
  });

  it('a new seeded random given on reopen gives its plan', async () => {
    const onShown = vi.fn();
    const view = render(<View config={all} random={createSeededRandom(1)} onShown={onShown} />);
    await screen.findByRole('dialog');
    view.rerender(<View config={all} random={createSeededRandom(1)} onShown={onShown} open={false} />);
    view.rerender(<View config={all} random={createSeededRandom(42)} onShown={onShown} open />);
    await screen.findByRole('dialog');
    expect(onShown).toHaveBeenCalledTimes(2);
    expect(planIssuesStep(all, createSeededRandom(1))).not.toEqual(planIssuesStep(all, createSeededRandom(42)));
    expect(onShown.mock.calls[0]?.[0].plan).toEqual(planIssuesStep(all, createSeededRandom(1)));
    expect(onShown.mock.calls[1]?.[0].plan).toEqual(planIssuesStep(all, createSeededRandom(42)));
  });

  it('answers do not survive a reopen', async () => {
    const user = userEvent.setup();
    const view = render(<View config={all} />);
    const dialog = await toStep2(user);
    await user.click(within(dialog).getByRole('checkbox', { name: 'Audio' }));
    view.rerender(<View config={all} open={false} />);
    view.rerender(<View config={all} open />);
    const again = await screen.findByRole('dialog');
    expect(again.getAttribute('data-step')).toBe('rating');
    for (const radio of within(again).getAllByRole('radio')) expect((radio as HTMLInputElement).checked).toBe(false);
    const step2 = await toStep2(user);
    expect((within(step2).getByRole('checkbox', { name: 'Audio' }) as HTMLInputElement).checked).toBe(false);
  });

  it('a config changed while open keeps the survey on screen and applies from the next opening', async () => {
    const user = userEvent.setup();
    const view = render(<View config={all} />);
    const dialog = await toStep2(user);
    await user.click(within(dialog).getByRole('checkbox', { name: 'Video' }));
    view.rerender(<View config={audioOnly} />);
    expect(shownCategories(dialog).sort()).toEqual(['Audio', 'Screen share', 'Video']);
    expect((within(dialog).getByRole('checkbox', { name: 'Video' }) as HTMLInputElement).checked).toBe(true);
    view.rerender(<View config={audioOnly} open={false} />);
    view.rerender(<View config={audioOnly} open />);
    expect(shownCategories(await toStep2(user))).toEqual(['Audio']);
  });
});
