/**
 * What a screen-reader user hears: each thing said once, and nothing that changes silently (issue: "Screen readers
 * hear the same text twice … Nothing is announced when Close replaces Skip or when the primary button flips").
 */
import { describe, expect, it, vi } from 'vitest';
import { act, render, screen, waitFor } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { createSeededRandom } from '../../src/core/index.js';
import type { CallSurvey, SurveySubmitContext } from '../../src/core/index.js';
import { CLOSE_WHILE_SENDING_AFTER_MS } from '../../src/components/index.js';
import { DEFAULT_SURVEY_STRINGS as S } from '../../src/strings/index.js';
import { Harness, deferred } from './support/harness.js';

const status = () => screen.getByRole('status');

describe('EndOfCallSurvey — announcements', () => {
  it('says when the primary button flips between Next and Submit, not on the first high score', async () => {
    const user = userEvent.setup();
    render(<Harness random={createSeededRandom(7)} onSubmit={() => Promise.resolve()} />);
    await user.click(screen.getByRole('radio', { name: 'Excellent' }));
    expect(screen.getByRole('button', { name: 'Submit' })).toBeTruthy();
    expect(status().textContent).toBe('');
    await user.click(screen.getByRole('radio', { name: 'Poor' }));
    expect(screen.getByRole('button', { name: 'Next' })).toBeTruthy();
    expect(status().textContent).toBe(S.announcePrimaryNext);
    await user.click(screen.getByRole('radio', { name: 'Bad' }));
    expect(status().textContent).toBe(S.announcePrimaryNext); // still Next: nothing new to say
    await user.click(screen.getByRole('radio', { name: 'Good' }));
    expect(status().textContent).toBe(S.announcePrimarySubmit);
  });

  it('describes every category checkbox of step 2 with the hint that ticking reveals the details', async () => {
    const user = userEvent.setup();
    render(<Harness random={createSeededRandom(7)} onSubmit={() => Promise.resolve()} />);
    await user.click(screen.getByRole('radio', { name: 'Bad' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    for (const name of ['Audio', 'Video', 'Screen share']) {
      const box = await screen.findByRole('checkbox', { name });
      const ids = (box.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
      expect(ids.map((id) => document.getElementById(id)?.textContent).join(' ')).toContain(S.issuesHint);
    }
    // The step change itself is said by the focused heading, not repeated by the live region.
    expect(status().textContent).toBe('');
  });

  it('says once that Close replaced Skip during a long send, outside the busy body', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const pending = deferred();
      const onSubmit = vi.fn<(survey: CallSurvey, context: SurveySubmitContext) => unknown>(() => pending.promise);
      const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
      render(<Harness random={createSeededRandom(7)} onSubmit={onSubmit} />);
      await user.click(screen.getByRole('radio', { name: 'Good' }));
      await user.click(screen.getByRole('button', { name: 'Submit' }));
      expect(status().textContent).toBe('');
      await act(() => vi.advanceTimersByTimeAsync(CLOSE_WHILE_SENDING_AFTER_MS));
      expect(screen.getByRole('button', { name: 'Close' })).toBeTruthy();
      expect(status().textContent).toBe(S.announceCloseAvailable);
      expect(status().closest('[aria-busy="true"]')).toBeNull();
      pending.resolve(undefined);
      await waitFor(() => expect(screen.getByRole('heading', { name: S.thankYou })).toBeTruthy());
      // The thank-you is said by the focused heading; the live region does not repeat it.
      expect(document.activeElement).toBe(screen.getByRole('heading', { name: S.thankYou }));
      expect(status().textContent).not.toBe(S.thankYou);
    } finally {
      vi.useRealTimers();
    }
  });
});
