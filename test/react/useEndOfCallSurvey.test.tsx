import { describe, expect, it, vi } from 'vitest';
import { act, renderHook, waitFor } from '@testing-library/react';
import { StrictMode } from 'react';
import type { ReactNode } from 'react';
import { buildCallSurvey, createSeededRandom, defineSurveyConfig, planIssuesStep } from '../../src/core/index.js';
import type { CallSurvey, SurveySubmitContext } from '../../src/core/index.js';
import { useEndOfCallSurvey } from '../../src/react/index.js';
import { deferred } from '../support/deferred.js';


type Submit = (survey: CallSurvey, context: SurveySubmitContext) => unknown;

describe('useEndOfCallSurvey (headless)', () => {
  it('runs the flow without a view: rate, submit → onSubmit once, then submitted', async () => {
    const onSubmit = vi.fn<Submit>(() => Promise.resolve({ id: 'x' }));
    const { result } = renderHook(() =>
      useEndOfCallSurvey({ onSubmit, random: createSeededRandom(3), createIdempotencyKey: () => 'key-1' }),
    );
    expect(result.current.state.step).toBe('rating');
    act(() => result.current.rate('overallRating', 5));
    expect(result.current.state.primaryAction).toBe('submit');
    act(() => {
      result.current.submit();
      result.current.submit();
    });
    await waitFor(() => expect(result.current.state.step).toBe('submitted'));
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(onSubmit).toHaveBeenCalledWith(buildCallSurvey(defineSurveyConfig(), { overallRating: { score: 5 } }), {
      idempotencyKey: 'key-1',
      shownAt: expect.any(Number),
    });
  });

  it('calls onSubmit once per entry into submitting under StrictMode', async () => {
    const onSubmit = vi.fn<Submit>(() => Promise.resolve(undefined));
    const wrapper = ({ children }: { children: ReactNode }) => <StrictMode>{children}</StrictMode>;
    const { result } = renderHook(() => useEndOfCallSurvey({ onSubmit }), { wrapper });
    act(() => result.current.rate('overallRating', 4));
    act(() => result.current.submit());
    await waitFor(() => expect(result.current.state.step).toBe('submitted'));
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });

  it('a failure then retry re-sends the identical survey with the same idempotency key', async () => {
    const first = deferred();
    const onSubmit = vi
      .fn<Submit>()
      .mockImplementationOnce(() => first.promise)
      .mockImplementationOnce(() => Promise.resolve('ok'));
    const { result } = renderHook(() => useEndOfCallSurvey({ onSubmit }));
    act(() => result.current.rate('overallRating', 3));
    act(() => result.current.submit());
    await act(async () => first.reject(new Error('down')));
    await waitFor(() => expect(result.current.state.step).toBe('failed'));
    act(() => result.current.retry());
    await waitFor(() => expect(result.current.state.step).toBe('submitted'));
    expect(onSubmit).toHaveBeenCalledTimes(2);
    expect(onSubmit.mock.calls[1]![0]).toEqual(onSubmit.mock.calls[0]![0]);
    expect(onSubmit.mock.calls[1]![1].idempotencyKey).toBe(onSubmit.mock.calls[0]![1].idempotencyKey);
    expect(result.current.state.response).toBe('ok');
  });

  it('treats a synchronous throw from onSubmit as a failure', async () => {
    const onSubmit = vi.fn<Submit>(() => {
      throw new Error('sync');
    });
    const { result } = renderHook(() => useEndOfCallSurvey({ onSubmit }));
    act(() => result.current.rate('overallRating', 5));
    act(() => result.current.submit());
    await waitFor(() => expect(result.current.state.step).toBe('failed'));
    expect(result.current.state.error).toBeInstanceOf(Error);
  });

  it('ignores a late result after reset, and a reset survey gets a new key', async () => {
    const pending = deferred();
    let n = 0;
    const onSubmit = vi.fn<Submit>(() => pending.promise);
    const { result } = renderHook(() => useEndOfCallSurvey({ onSubmit, createIdempotencyKey: () => `k${++n}` }));
    const firstKey = result.current.idempotencyKey;
    act(() => result.current.rate('overallRating', 5));
    act(() => result.current.submit());
    expect(result.current.state.step).toBe('submitting');
    act(() => result.current.reset());
    await act(async () => pending.resolve('late'));
    expect(result.current.state.step).toBe('rating');
    expect(result.current.state.answers).toEqual({});
    expect(result.current.idempotencyKey).not.toBe(firstKey);
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });

  it('ignores a late result after unmount', async () => {
    const pending = deferred();
    const onSubmit = vi.fn<Submit>(() => pending.promise);
    const { result, unmount } = renderHook(() => useEndOfCallSurvey({ onSubmit }));
    act(() => result.current.rate('overallRating', 5));
    act(() => result.current.submit());
    const snapshotBefore = result.current.state;
    unmount();
    await act(async () => pending.resolve('late'));
    expect(snapshotBefore.step).toBe('submitting');
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });

  it('reset plans step 2 again (a fresh survey) with the same random source', () => {
    const random = createSeededRandom(9);
    const { result } = renderHook(() => useEndOfCallSurvey({ random }));
    const firstPlan = result.current.state.plan;
    const replay = createSeededRandom(9);
    expect(firstPlan).toEqual(planIssuesStep(defineSurveyConfig(), replay));
    act(() => result.current.reset());
    expect(result.current.state.plan).not.toBe(firstPlan);
    expect(result.current.state.plan).toEqual(planIssuesStep(defineSurveyConfig(), replay));
  });

  it('dismiss calls onDismiss with the step left and never onSubmit', () => {
    const onSubmit = vi.fn<Submit>();
    const onDismiss = vi.fn();
    const { result } = renderHook(() => useEndOfCallSurvey({ onSubmit, onDismiss }));
    let accepted = false;
    act(() => {
      accepted = result.current.dismiss('skip');
    });
    expect(accepted).toBe(true);
    expect(result.current.state.step).toBe('dismissed');
    expect(onDismiss).toHaveBeenCalledWith({ step: 'rating', reason: 'skip', shownAt: expect.any(Number) });
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('passes non-empty comments as improvementSuggestions', async () => {
    const onSubmit = vi.fn<Submit>(() => undefined);
    const { result } = renderHook(() => useEndOfCallSurvey({ onSubmit, comments: true }));
    act(() => result.current.rate('overallRating', 5));
    act(() => {
      result.current.comment('overallRating', 'Great call');
      result.current.comment('audioRating', '   ');
    });
    act(() => result.current.submit());
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0]![1].improvementSuggestions).toEqual({ overallRating: 'Great call' });
  });
});
