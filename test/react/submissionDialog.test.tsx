/**
 * The dialog never stays stuck: the real <EndOfCallSurvey> wired to useSurveySubmission with a failing or hanging
 * sink reaches the error state (with "Try again") or the thank-you state.
 */
import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { EndOfCallSurvey } from '../../src/components/index.js';
import { DEFAULT_SURVEY_STRINGS } from '../../src/strings/index.js';
import { useSurveySubmission } from '../../src/index.js';
import type { SurveySubmitter, UseSurveySubmissionOptions } from '../../src/index.js';
import { invalidSdk } from '../delivery/helpers.js';

const S = DEFAULT_SURVEY_STRINGS;

function Harness({ sink, options }: { sink: SurveySubmitter; options?: UseSurveySubmissionOptions }) {
  const submission = useSurveySubmission(sink, options);
  return (
    <FluentProvider theme={webLightTheme}>
      <EndOfCallSurvey open onSubmit={submission.onSubmit} onDismiss={submission.onDismiss} random={() => 0.5} />
      <output aria-label="submission status">{submission.status}</output>
    </FluentProvider>
  );
}

async function rateGoodAndSubmit(user: ReturnType<typeof userEvent.setup>) {
  const dialog = await screen.findByRole('dialog');
  await user.click(within(dialog).getByRole('radio', { name: new RegExp(S.ratingLabels[3] ?? 'Good') }));
  await user.click(within(dialog).getByRole('button', { name: S.submit }));
  return dialog;
}

describe('<EndOfCallSurvey> + useSurveySubmission', () => {
  it('a rejecting sink shows the error with Try again; Try again re-sends the identical survey and thanks', async () => {
    const user = userEvent.setup();
    const calls: Array<{ survey: unknown; key: string }> = [];
    const sink = vi.fn<SurveySubmitter>(async (survey, context) => {
      calls.push({ survey, key: context.idempotencyKey });
      if (calls.length === 1) throw invalidSdk();
      return { id: 'ok' };
    });
    render(<Harness sink={sink} />);
    const dialog = await rateGoodAndSubmit(user);
    const alert = await within(dialog).findByRole('alert');
    expect(screen.getByLabelText('submission status').textContent).toBe('failed');
    await user.click(within(alert).getByRole('button', { name: S.tryAgain }));
    expect(await screen.findByRole('heading', { name: S.thankYou })).toBeDefined();
    expect(calls).toHaveLength(2);
    expect(calls[1]?.survey).toEqual(calls[0]?.survey);
    expect(calls[1]?.key).toBe(calls[0]?.key);
  });

  it('a hanging sink ends unconfirmed: the dialog thanks the user and never offers a second send', async () => {
    const user = userEvent.setup();
    const sink = vi.fn<SurveySubmitter>(() => new Promise(() => {}));
    render(<Harness sink={sink} options={{ timeoutMs: 50 }} />);
    const dialog = await rateGoodAndSubmit(user);
    expect(await screen.findByRole('heading', { name: S.thankYou }, { timeout: 3000 })).toBeDefined();
    expect(screen.getByLabelText('submission status').textContent).toBe('unconfirmed');
    expect(within(dialog).queryByRole('button', { name: S.tryAgain })).toBeNull();
    expect(sink).toHaveBeenCalledTimes(1);
  });

  it('a sink that keeps answering 408/45101 ends failed with Try again, never stuck', async () => {
    const user = userEvent.setup();
    const sink = vi.fn<SurveySubmitter>(async () => {
      throw Object.assign(new Error('timedout'), { code: 408, subCode: 45101 });
    });
    render(<Harness sink={sink} options={{ backoffMs: 1, maxAttempts: 3 }} />);
    const dialog = await rateGoodAndSubmit(user);
    const alert = await within(dialog).findByRole('alert', {}, { timeout: 3000 });
    expect(within(alert).getByRole('button', { name: S.tryAgain })).toBeDefined();
    expect(within(alert).getByRole('button', { name: S.close })).toBeDefined();
    expect(sink).toHaveBeenCalledTimes(3);
  });
});
