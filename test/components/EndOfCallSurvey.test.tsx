import { describe, expect, it, vi } from 'vitest';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { buildCallSurvey, createSeededRandom, defineSurveyConfig, planIssuesStep } from '../../src/core/index.js';
import type {
  CallSurvey,
  SurveyAnswers,
  SurveyCategory,
  SurveyConfigInput,
  SurveySubmitContext,
} from '../../src/core/index.js';
import { CLOSE_WHILE_SENDING_AFTER_MS } from '../../src/components/index.js';
import { Harness, deferred, normalizeSurvey, tagLabel } from './support/harness.js';

const S = {
  overall: 'How was the call quality?',
  issues: 'What could have been better?',
};

type SubmitMock = ReturnType<typeof vi.fn<(survey: CallSurvey, context: SurveySubmitContext) => unknown>>;

function setup(props: Parameters<typeof Harness>[0] = {}) {
  const onSubmit: SubmitMock = vi.fn<(survey: CallSurvey, context: SurveySubmitContext) => unknown>(() =>
    Promise.resolve({ id: 'survey-1' }),
  );
  const onDismiss = vi.fn();
  const onOpenChange = vi.fn();
  const user = userEvent.setup();
  render(
    <Harness random={createSeededRandom(7)} onSubmit={onSubmit} onDismiss={onDismiss} onOpenChange={onOpenChange} {...props} />,
  );
  return { user, onSubmit: (props.onSubmit as SubmitMock | undefined) ?? onSubmit, onDismiss, onOpenChange };
}

function dialog() {
  return screen.getByRole('dialog');
}

function expectPayload(actual: unknown, input: SurveyConfigInput | undefined, answers: SurveyAnswers) {
  const expected = buildCallSurvey(defineSurveyConfig(input), answers);
  expect(normalizeSurvey(actual)).toEqual(normalizeSurvey(expected));
}

describe('EndOfCallSurvey — high rating path', () => {
  it('submits only the overall rating from step 1, then thanks and closes without onDismiss', async () => {
    // The thank-you stays long enough to be read (and asserted) on a loaded CI machine, then the dialog closes.
    const { user, onSubmit, onDismiss, onOpenChange } = setup({ closeDelayMs: 1500 });
    expect(dialog().getAttribute('data-step')).toBe('rating');
    const group = screen.getByRole('radiogroup', { name: S.overall });
    const primaryBefore = screen.getByRole('button', { name: 'Submit' });
    expect(primaryBefore.getAttribute('aria-disabled')).toBe('true');

    await user.click(within(group).getByRole('radio', { name: 'Good' }));
    expect(screen.getByText('Selected: Good')).toBeTruthy();
    const submit = screen.getByRole('button', { name: 'Submit' });
    expect(submit.getAttribute('aria-disabled')).not.toBe('true');
    await user.click(submit);

    const thanks = await screen.findByRole('heading', { name: 'Thank you for your feedback!' });
    expect(document.activeElement).toBe(thanks);
    expect(dialog().getAttribute('data-step')).toBe('submitted');
    expect(onOpenChange).not.toHaveBeenCalled();
    expect(onSubmit).toHaveBeenCalledTimes(1);
    const [survey, context] = onSubmit.mock.calls[0]!;
    expect(survey).toEqual(buildCallSurvey(defineSurveyConfig(), { overallRating: { score: 4 } }));
    expect(Object.keys(survey)).toEqual(['overallRating']);
    expect(typeof context.idempotencyKey).toBe('string');
    expect(context.idempotencyKey.length).toBeGreaterThan(0);
    await waitFor(() => expect(onOpenChange).toHaveBeenCalledWith(undefined, { open: false, reason: 'submitted' }), {
      timeout: 5000,
    });
    expect(onDismiss).not.toHaveBeenCalled();
  });
});

describe('EndOfCallSurvey — low rating path', () => {
  it('asks step 2 and sends exactly what buildCallSurvey returns; overall never leaks; unticked = upperBound', async () => {
    const { user, onSubmit, onOpenChange } = setup();
    await user.click(screen.getByRole('radio', { name: 'Poor' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));

    const heading = await screen.findByRole('heading', { name: S.issues });
    expect(document.activeElement).toBe(heading);
    expect(dialog().getAttribute('data-step')).toBe('issues');
    // The focused heading says where the user is (described by the visible step counter); the live region does not
    // repeat it.
    expect(heading.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(heading.getAttribute('aria-describedby')!)?.textContent).toBe('Step 2 of 2');
    expect(screen.getByRole('status').textContent).toBe('');

    // Tags stay hidden until their category is ticked.
    expect(screen.queryByRole('checkbox', { name: tagLabel('audioRating', 'NoLocalAudio') })).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: 'Audio' }));
    const audioTags = screen.getByRole('group', { name: 'Audio: what went wrong?' });
    await user.click(within(audioTags).getByRole('checkbox', { name: tagLabel('audioRating', 'NoLocalAudio') }));
    await user.click(within(audioTags).getByRole('checkbox', { name: tagLabel('audioRating', 'Echo') }));
    const overallTags = screen.getByRole('group', { name: 'The call itself: what went wrong?' });
    await user.click(within(overallTags).getByRole('checkbox', { name: tagLabel('overallRating', 'HadToRejoin') }));
    await user.click(screen.getByRole('button', { name: 'Submit' }));

    await waitFor(() => expect(onOpenChange).toHaveBeenCalledWith(undefined, { open: false, reason: 'submitted' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
    const survey = onSubmit.mock.calls[0]![0];
    expectPayload(survey, undefined, {
      overallRating: { score: 2, issues: ['HadToRejoin'] },
      audioRating: { score: 0, issues: ['NoLocalAudio', 'Echo'] },
      videoRating: { score: 1 },
      screenshareRating: { score: 1 },
    });
    expect(survey.audioRating?.score).toBe(0);
    expect(survey.videoRating).toEqual({ score: 1, scale: { lowerBound: 0, upperBound: 1, lowScoreThreshold: 0 } });
  });

  it('shows step 2 in the order planIssuesStep gives for the seed, tags included', async () => {
    const { user } = setup({ random: createSeededRandom(42) });
    const plan = planIssuesStep(defineSurveyConfig(), createSeededRandom(42));
    await user.click(screen.getByRole('radio', { name: 'Bad' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await screen.findByRole('heading', { name: S.issues });
    const byName: Record<string, SurveyCategory> = {
      Audio: 'audioRating',
      Video: 'videoRating',
      'Screen share': 'screenshareRating',
      'The call itself': 'overallRating',
    };
    const markers = [
      ...screen.getAllByRole('checkbox').filter((el) => (el as HTMLInputElement).labels?.[0]?.textContent! in byName),
      screen.getByRole('heading', { name: 'The call itself' }),
    ].sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    const shownOrder = markers.map((el) =>
      el.tagName === 'INPUT' ? byName[(el as HTMLInputElement).labels![0]!.textContent!] : byName[el.textContent!],
    );
    expect(shownOrder).toEqual(plan.map((group) => group.category));

    await user.click(screen.getByRole('checkbox', { name: 'Video' }));
    const videoTags = screen.getByRole('group', { name: 'Video: what went wrong?' });
    const labels = within(videoTags)
      .getAllByRole('checkbox')
      .map((box) => (box as HTMLInputElement).labels?.[0]?.textContent);
    const videoPlan = plan.find((group) => group.category === 'videoRating')!;
    expect(labels).toEqual(videoPlan.issues.map((tag) => tagLabel('videoRating', tag)));
    expect(labels.at(-1)).toBe(tagLabel('videoRating', 'OtherIssues'));
  });

  it('leaves unasked categories out of the payload', async () => {
    const config: SurveyConfigInput = { videoRating: false, screenshareRating: false };
    const { user, onSubmit } = setup({ config });
    await user.click(screen.getByRole('radio', { name: 'Bad' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await screen.findByRole('heading', { name: S.issues });
    expect(screen.queryByRole('checkbox', { name: 'Video' })).toBeNull();
    expect(screen.queryByRole('checkbox', { name: 'Screen share' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    const survey = onSubmit.mock.calls[0]![0];
    expectPayload(survey, config, { overallRating: { score: 1 }, audioRating: { score: 1 } });
    expect(Object.keys(survey).sort()).toEqual(['audioRating', 'overallRating']);
  });

  it('"Back" returns to step 1 with the rating kept and focus on its heading', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('radio', { name: 'Poor' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(await screen.findByRole('button', { name: 'Back' }));
    const heading = await screen.findByRole('heading', { name: S.overall });
    expect(document.activeElement).toBe(heading);
    expect((screen.getByRole('radio', { name: 'Poor' }) as HTMLInputElement).checked).toBe(true);
  });
});

describe('EndOfCallSurvey — custom scales and shapes', () => {
  it('overall 0–10 (cutoff 6) and audio 1–5 each get a rating control; payload carries their scales', async () => {
    const config: SurveyConfigInput = {
      overallRating: { scale: { lowerBound: 0, upperBound: 10, lowScoreThreshold: 6 } },
      audioRating: { scale: { lowerBound: 1, upperBound: 5, lowScoreThreshold: 2 } },
      videoRating: false,
      screenshareRating: false,
    };
    const { user, onSubmit } = setup({ config });
    const overall = screen.getByRole('radiogroup', { name: S.overall });
    expect(within(overall).getAllByRole('radio')).toHaveLength(11);
    await user.click(within(overall).getByRole('radio', { name: '6 out of 10' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    const audio = await screen.findByRole('radiogroup', { name: 'Audio quality' });
    await user.click(within(audio).getByRole('radio', { name: 'Poor' }));
    await user.click(
      within(screen.getByRole('group', { name: 'Audio: what went wrong?' })).getByRole('checkbox', {
        name: tagLabel('audioRating', 'LowVolume'),
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expectPayload(onSubmit.mock.calls[0]![0], config, {
      overallRating: { score: 6 },
      audioRating: { score: 2, issues: ['LowVolume'] },
    });
  });

  it('a 7 on 0–10 (above the cutoff) submits from step 1', async () => {
    const config: SurveyConfigInput = { overallRating: { scale: { lowerBound: 0, upperBound: 10, lowScoreThreshold: 6 } } };
    const { user, onSubmit } = setup({ config });
    await user.click(screen.getByRole('radio', { name: '7 out of 10' }));
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expectPayload(onSubmit.mock.calls[0]![0], config, { overallRating: { score: 7 } });
  });

  it('details only (overall not asked) starts at step 2 without Back; nothing ticked = every category fine', async () => {
    const config: SurveyConfigInput = { overallRating: false };
    const { user, onSubmit } = setup({ config });
    expect(dialog().getAttribute('data-step')).toBe('issues');
    expect(screen.getByRole('heading', { name: S.issues })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Back' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expectPayload(onSubmit.mock.calls[0]![0], config, {
      audioRating: { score: 1 },
      videoRating: { score: 1 },
      screenshareRating: { score: 1 },
    });
  });
});

describe('EndOfCallSurvey — submitting, failure, retry', () => {
  it('a double-click sends once; while sending the surface is busy, inputs disabled and a spinner labelled', async () => {
    const pending = deferred();
    const onSubmit = vi.fn<(survey: CallSurvey, context: SurveySubmitContext) => unknown>(() => pending.promise);
    const { user, onOpenChange } = setup({ onSubmit });
    await user.click(screen.getByRole('radio', { name: 'Excellent' }));
    await user.dblClick(screen.getByRole('button', { name: 'Submit' }));
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
    // The body is busy; the live region (outside it) is not.
    expect(dialog().querySelector('[aria-busy="true"]')).toBeTruthy();
    expect(screen.getByRole('status').closest('[aria-busy="true"]')).toBeNull();
    expect(dialog().getAttribute('data-step')).toBe('submitting');
    expect(screen.getByRole('progressbar', { name: 'Sending…' })).toBeTruthy();
    // Said once: the progressbar's name; the live region does not repeat it.
    expect(screen.getByRole('status').textContent).toBe('');
    for (const radio of screen.getAllByRole('radio')) expect((radio as HTMLInputElement).disabled).toBe(true);
    pending.resolve(undefined);
    await waitFor(() => expect(onOpenChange).toHaveBeenCalledWith(undefined, { open: false, reason: 'submitted' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });

  it('a failing onSubmit shows an alert with "Try again"; the retry sends the identical survey and key', async () => {
    let calls = 0;
    const onSubmit = vi.fn<(survey: CallSurvey, context: SurveySubmitContext) => unknown>(() =>
      ++calls === 1 ? Promise.reject(new Error('offline')) : Promise.resolve({ id: 'ok' }),
    );
    const { user, onDismiss, onOpenChange } = setup({ onSubmit });
    await user.click(screen.getByRole('radio', { name: 'Bad' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(await screen.findByRole('checkbox', { name: 'Screen share' }));
    await user.click(screen.getByRole('checkbox', { name: tagLabel('screenshareRating', 'Freezes') }));
    await user.click(screen.getByRole('button', { name: 'Submit' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain("We couldn't send your feedback");
    expect(dialog().getAttribute('data-step')).toBe('failed');
    const retry = within(alert).getByRole('button', { name: 'Try again' });
    expect(document.activeElement).toBe(retry);
    await user.click(retry);
    await waitFor(() => expect(onOpenChange).toHaveBeenCalledWith(undefined, { open: false, reason: 'submitted' }));

    expect(onSubmit).toHaveBeenCalledTimes(2);
    const [first, second] = onSubmit.mock.calls;
    expect(second![0]).toEqual(first![0]);
    expect(second![1].idempotencyKey).toBe(first![1].idempotencyKey);
    expect(first![0].screenshareRating).toEqual({
      score: 0,
      issues: ['Freezes'],
      scale: { lowerBound: 0, upperBound: 1, lowScoreThreshold: 0 },
    });
    expect(onDismiss).not.toHaveBeenCalled();
  });

  it('"Close" after a failure dismisses with reason close and never submits again', async () => {
    const onSubmit = vi.fn<(survey: CallSurvey, context: SurveySubmitContext) => unknown>(() =>
      Promise.reject(new Error('nope')),
    );
    const { user, onDismiss, onOpenChange } = setup({ onSubmit });
    await user.click(screen.getByRole('radio', { name: 'Fair' }));
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    const alert = await screen.findByRole('alert');
    await user.click(within(alert).getByRole('button', { name: 'Close' }));
    expect(onDismiss).toHaveBeenCalledWith({ step: 'failed', reason: 'close', shownAt: expect.any(Number) });
    expect(onOpenChange).toHaveBeenLastCalledWith(expect.anything(), { open: false, reason: 'close' });
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });
});

describe('EndOfCallSurvey — leaving', () => {
  it('"Skip" on step 1 calls onDismiss with the step and closes, never onSubmit', async () => {
    const { user, onSubmit, onDismiss, onOpenChange } = setup();
    await user.click(screen.getByRole('radio', { name: 'Good' }));
    await user.click(screen.getByRole('button', { name: 'Skip' }));
    expect(onDismiss).toHaveBeenCalledTimes(1);
    expect(onDismiss).toHaveBeenCalledWith({ step: 'rating', reason: 'skip', shownAt: expect.any(Number) });
    expect(onOpenChange).toHaveBeenLastCalledWith(expect.anything(), { open: false, reason: 'skip' });
    expect(onSubmit).not.toHaveBeenCalled();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('"Skip" on step 2 reports step issues', async () => {
    const { user, onSubmit, onDismiss } = setup();
    await user.click(screen.getByRole('radio', { name: 'Bad' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(await screen.findByRole('button', { name: 'Skip' }));
    expect(onDismiss).toHaveBeenCalledWith({ step: 'issues', reason: 'skip', shownAt: expect.any(Number) });
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('Escape dismisses with reason escape', async () => {
    const { user, onSubmit, onDismiss, onOpenChange } = setup();
    await user.click(screen.getByRole('radio', { name: 'Good' }));
    await user.keyboard('{Escape}');
    expect(onDismiss).toHaveBeenCalledWith({ step: 'rating', reason: 'escape', shownAt: expect.any(Number) });
    expect(onOpenChange).toHaveBeenLastCalledWith(expect.anything(), { open: false, reason: 'escape' });
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('Escape on the thank-you closes without onDismiss; the Close button there does the same', async () => {
    const { user, onDismiss, onOpenChange } = setup({ closeDelayMs: 60_000 });
    await user.click(screen.getByRole('radio', { name: 'Good' }));
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    await screen.findByRole('heading', { name: 'Thank you for your feedback!' });
    await user.keyboard('{Escape}');
    expect(onOpenChange).toHaveBeenLastCalledWith(expect.anything(), { open: false, reason: 'submitted' });
    expect(onDismiss).not.toHaveBeenCalled();
  });

  it('an onSubmit that never settles cannot trap the user: Escape closes, nothing is sent again', async () => {
    const pending = deferred();
    const onSubmit = vi.fn<(survey: CallSurvey, context: SurveySubmitContext) => unknown>(() => pending.promise);
    const { user, onDismiss, onOpenChange } = setup({ onSubmit, withOpener: true });
    await user.click(screen.getByRole('button', { name: 'Leave call' }));
    await user.click(await screen.findByRole('radio', { name: 'Good' }));
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    expect(dialog().getAttribute('data-step')).toBe('submitting');
    // Skip is not offered while sending (it would read as "cancel"), but Escape leaves.
    expect(screen.getByRole('button', { name: 'Skip' }).getAttribute('aria-disabled')).toBe('true');
    await user.keyboard('{Escape}');
    expect(onDismiss).toHaveBeenCalledWith({ step: 'submitting', reason: 'escape', shownAt: expect.any(Number) });
    expect(onOpenChange).toHaveBeenLastCalledWith(expect.anything(), { open: false, reason: 'escape' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Leave call' })));
    // The send was not cancelled; when it settles late, nothing reopens, repeats or reports.
    pending.resolve({ id: 'late' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(onDismiss).toHaveBeenCalledTimes(1);
    expect(onOpenChange).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('a send that takes long offers an enabled "Close" in place of "Skip" (touch users have no Escape)', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const pending = deferred();
      const onSubmit = vi.fn<(survey: CallSurvey, context: SurveySubmitContext) => unknown>(() => pending.promise);
      const onDismiss = vi.fn();
      const onOpenChange = vi.fn();
      const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
      render(<Harness random={createSeededRandom(7)} onSubmit={onSubmit} onDismiss={onDismiss} onOpenChange={onOpenChange} />);
      await user.click(screen.getByRole('radio', { name: 'Good' }));
      await user.click(screen.getByRole('button', { name: 'Submit' }));
      await act(() => vi.advanceTimersByTimeAsync(CLOSE_WHILE_SENDING_AFTER_MS - 100));
      expect(screen.getByRole('button', { name: 'Skip' }).getAttribute('aria-disabled')).toBe('true');
      expect(screen.queryByRole('button', { name: 'Close' })).toBeNull();
      await act(() => vi.advanceTimersByTimeAsync(100));
      const close = screen.getByRole('button', { name: 'Close' });
      expect(close.getAttribute('aria-disabled')).toBeNull();
      expect(screen.queryByRole('button', { name: 'Skip' })).toBeNull();
      expect(screen.getByRole('progressbar', { name: 'Sending…' })).toBeTruthy();
      await user.click(close);
      expect(onDismiss).toHaveBeenCalledWith({ step: 'submitting', reason: 'close', shownAt: expect.any(Number) });
      expect(onOpenChange).toHaveBeenLastCalledWith(expect.anything(), { open: false, reason: 'close' });
      expect(onSubmit).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('opening again after a close starts a fresh survey', async () => {
    const { user } = setup({ withOpener: true });
    await user.click(screen.getByRole('button', { name: 'Leave call' }));
    await user.click(await screen.findByRole('radio', { name: 'Poor' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(await screen.findByRole('button', { name: 'Skip' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await user.click(screen.getByRole('button', { name: 'Leave call' }));
    const group = await screen.findByRole('radiogroup', { name: S.overall });
    expect(dialog().getAttribute('data-step')).toBe('rating');
    for (const radio of within(group).getAllByRole('radio')) expect((radio as HTMLInputElement).checked).toBe(false);
    expect(screen.getByText('No rating selected')).toBeTruthy();
  });
});

describe('EndOfCallSurvey — strings and comments', () => {
  it('shows string overrides, including tag labels merged per tag', async () => {
    const { user } = setup({
      strings: {
        title: 'Wie war der Anruf?',
        overallPrompt: 'Qualität?',
        ratingLabels: ['Schlecht', 'Dürftig', 'Ordentlich', 'Gut', 'Ausgezeichnet'],
        next: 'Weiter',
        issues: { audioRating: { Echo: 'Echo gehört' } },
      },
    });
    expect(screen.getByRole('dialog', { name: 'Wie war der Anruf?' })).toBeTruthy();
    await user.click(screen.getByRole('radio', { name: 'Dürftig' }));
    await user.click(screen.getByRole('button', { name: 'Weiter' }));
    await user.click(await screen.findByRole('checkbox', { name: 'Audio' }));
    expect(screen.getByRole('checkbox', { name: 'Echo gehört' })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: tagLabel('audioRating', 'NoRemoteAudio') })).toBeTruthy();
  });

  it('passes comments as improvementSuggestions, never inside the survey', async () => {
    const { user, onSubmit } = setup({ comments: true });
    await user.click(screen.getByRole('radio', { name: 'Poor' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(await screen.findByRole('checkbox', { name: 'Video' }));
    await user.type(screen.getByRole('textbox', { name: 'Video: anything else? (optional)' }), 'Camera froze');
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    const [survey, context] = onSubmit.mock.calls[0]!;
    expect(context.improvementSuggestions).toEqual({ videoRating: 'Camera froze' });
    expect(JSON.stringify(survey)).not.toContain('Camera froze');
  });
});
