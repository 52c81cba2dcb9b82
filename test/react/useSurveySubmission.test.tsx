import { describe, expect, it, vi } from 'vitest';
import { act, renderHook, waitFor } from '@testing-library/react';
import { SurveyDeliveryError, useSurveySubmission } from '../../src/index.js';
import type { SurveySubmitter, SurveyTelemetryEvent } from '../../src/index.js';
import { deferred, invalidSdk, invalidSurvey, notSent, validSurvey } from '../delivery/helpers.js';

describe('useSurveySubmission', () => {
  it('goes idle → submitting → submitted and resolves with the sink response', async () => {
    const gate = deferred<{ id: string }>();
    const sink = vi.fn<SurveySubmitter>(() => gate.promise);
    const { result } = renderHook(() => useSurveySubmission(sink));
    expect(result.current.status).toBe('idle');
    let promise!: Promise<unknown>;
    act(() => {
      promise = result.current.onSubmit(validSurvey(), { idempotencyKey: 'k1' });
    });
    expect(result.current.status).toBe('submitting');
    await act(async () => {
      gate.resolve({ id: 'survey-1' });
      await promise;
    });
    await expect(promise).resolves.toEqual({ id: 'survey-1' });
    expect(result.current.status).toBe('submitted');
    expect(result.current.error).toBeUndefined();
    expect(sink).toHaveBeenCalledTimes(1);
  });

  it('a double click and a rapid resubmit while in flight produce one sink call and the same promise', async () => {
    const gate = deferred<{ id: string }>();
    const sink = vi.fn<SurveySubmitter>(() => gate.promise);
    const { result } = renderHook(() => useSurveySubmission(sink));
    let first!: Promise<unknown>;
    let second!: Promise<unknown>;
    let third!: Promise<unknown>;
    act(() => {
      first = result.current.onSubmit(validSurvey());
      second = result.current.onSubmit(validSurvey());
    });
    act(() => {
      third = result.current.onSubmit(validSurvey(5));
    });
    expect(second).toBe(first);
    expect(third).toBe(first);
    await act(async () => {
      gate.resolve({ id: 'one' });
      await first;
    });
    expect(sink).toHaveBeenCalledTimes(1);
    // The same survey again (same idempotency key, as the dialog passes it) after success is not re-sent either.
    const key = result.current.result?.idempotencyKey;
    await act(async () => {
      await expect(result.current.onSubmit(validSurvey(), { idempotencyKey: key })).resolves.toEqual({ id: 'one' });
    });
    expect(sink).toHaveBeenCalledTimes(1);
  });

  it('rejects with error for failed (invalid payload: sink never called) and keeps the status', async () => {
    const sink = vi.fn<SurveySubmitter>(async () => undefined);
    const { result } = renderHook(() => useSurveySubmission(sink));
    let caught: unknown;
    await act(async () => {
      await result.current.onSubmit(invalidSurvey()).catch((e: unknown) => {
        caught = e;
      });
    });
    expect(sink).not.toHaveBeenCalled();
    expect(result.current.status).toBe('failed');
    expect(caught).toBeInstanceOf(SurveyDeliveryError);
    expect(result.current.error).toBe(caught);
    expect((caught as SurveyDeliveryError).reason).toBe('invalid');
  });

  it('rejects on 400/45100 and retry() re-sends the same survey with the same key', async () => {
    const calls: Array<{ key: string; survey: unknown }> = [];
    const sink = vi.fn<SurveySubmitter>(async (survey, context) => {
      calls.push({ key: context.idempotencyKey, survey });
      if (calls.length === 1) throw invalidSdk();
      return { id: 'after-retry' };
    });
    const { result } = renderHook(() => useSurveySubmission(sink));
    const survey = validSurvey();
    await act(async () => {
      await expect(result.current.onSubmit(survey)).rejects.toMatchObject({ code: 'SURVEY_DELIVERY_FAILED', sdkCode: 400, sdkSubCode: 45100 });
    });
    expect(result.current.status).toBe('failed');
    await act(async () => {
      await expect(result.current.retry()).resolves.toEqual({ id: 'after-retry' });
    });
    expect(result.current.status).toBe('submitted');
    expect(calls).toHaveLength(2);
    expect(calls[1]?.survey).toBe(survey);
    expect(calls[1]?.key).toBe(calls[0]?.key);
  });

  it('resolves undefined for unconfirmed (a timeout) and retry() then does not re-send', async () => {
    vi.useFakeTimers();
    try {
      const sink = vi.fn<SurveySubmitter>(() => new Promise(() => {}));
      const { result } = renderHook(() => useSurveySubmission(sink, { timeoutMs: 2000 }));
      let promise!: Promise<unknown>;
      act(() => {
        promise = result.current.onSubmit(validSurvey());
      });
      await act(async () => {
        await vi.advanceTimersByTimeAsync(2000);
      });
      await expect(promise).resolves.toBeUndefined();
      expect(result.current.status).toBe('unconfirmed');
      await act(async () => {
        await expect(result.current.retry()).resolves.toBeUndefined();
      });
      expect(sink).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('retries 408/45101 inside one onSubmit and emits one event', async () => {
    const events: SurveyTelemetryEvent[] = [];
    let n = 0;
    const sink: SurveySubmitter = async () => {
      n += 1;
      if (n === 1) throw notSent();
      return { id: 'second' };
    };
    const { result } = renderHook(() => useSurveySubmission(sink, { backoffMs: 1, onEvent: (e) => events.push(e) }));
    await act(async () => {
      await result.current.onSubmit(validSurvey());
    });
    expect(events).toEqual([expect.objectContaining({ type: 'submitted', surveyId: 'second', attempts: 2 })]);
  });

  it('emits shown and skipped through the helpers; onDismiss fits the dialog', async () => {
    const onEvent = vi.fn();
    const { result } = renderHook(() => useSurveySubmission(async () => undefined, { onEvent }));
    act(() => {
      result.current.reportShown();
      result.current.onDismiss({ step: 'rating', reason: 'skip' });
    });
    // Every event is timed from when the survey was shown; skipped keeps the step.
    expect(onEvent.mock.calls.map((c) => c[0])).toEqual([
      { type: 'shown', attempts: 0, msSinceShown: 0 },
      { type: 'skipped', reason: 'skip', step: 'rating', attempts: 0, msSinceShown: expect.any(Number) },
    ]);
  });

  it('onShown (the dialog, through dialogProps) emits shown once per opening, with the plan; events time from it', async () => {
    let now = 1_000;
    const spy = vi.spyOn(Date, 'now').mockImplementation(() => now);
    try {
      const onEvent = vi.fn();
      const { result } = renderHook(() => useSurveySubmission(async () => ({ id: 's1' }), { onEvent }));
      expect(result.current.dialogProps).toEqual({
        onSubmit: result.current.onSubmit,
        onDismiss: result.current.onDismiss,
        onShown: result.current.onShown,
      });
      const plan = [{ category: 'audioRating' as const, issues: ['Echo' as const] }];
      act(() => {
        result.current.dialogProps.onShown({ shownAt: 1_000, plan });
        result.current.dialogProps.onShown({ shownAt: 1_000, plan }); // StrictMode / the same opening again
      });
      now = 4_500;
      await act(() => result.current.onSubmit(validSurvey(), { idempotencyKey: 'k1', shownAt: 1_000, shownPlan: plan }));
      act(() => result.current.dialogProps.onShown({ shownAt: 9_000, plan }));
      now = 9_250;
      act(() => result.current.onDismiss({ step: 'issues', reason: 'escape', shownAt: 9_000 }));
      expect(onEvent.mock.calls.map((c) => c[0])).toEqual([
        { type: 'shown', attempts: 0, msSinceShown: 0, shownPlan: plan },
        expect.objectContaining({ type: 'submitted', surveyId: 's1', msSinceShown: 3_500, shownPlan: plan }),
        { type: 'shown', attempts: 0, msSinceShown: 0, shownPlan: plan },
        { type: 'skipped', reason: 'escape', step: 'issues', attempts: 0, msSinceShown: 250 },
      ]);
    } finally {
      spy.mockRestore();
    }
  });

  it('leaving while the survey is being sent is not a skip: the delivery goes on and reports its outcome', async () => {
    const gate = deferred<{ id: string }>();
    const sink = vi.fn<SurveySubmitter>(() => gate.promise);
    const events: SurveyTelemetryEvent[] = [];
    const { result } = renderHook(() => useSurveySubmission(sink, { onEvent: (e) => events.push(e) }));
    let promise!: Promise<unknown>;
    act(() => {
      promise = result.current.onSubmit(validSurvey(), { idempotencyKey: 'k-left' });
      result.current.onDismiss({ step: 'submitting', reason: 'escape' });
    });
    await act(async () => {
      gate.resolve({ id: 'delivered' });
      await promise;
    });
    expect(result.current.status).toBe('submitted');
    expect(sink).toHaveBeenCalledTimes(1);
    expect(events.map((e) => e.type)).toEqual(['submitted']);
  });

  it('retry() before any submit rejects with a clear error', async () => {
    const { result } = renderHook(() => useSurveySubmission(async () => undefined));
    await expect(result.current.retry()).rejects.toThrow(/call onSubmit first/);
  });

  it('uses the latest submitter and options on each submit', async () => {
    const a = vi.fn<SurveySubmitter>(async () => ({ id: 'a' }));
    const b = vi.fn<SurveySubmitter>(async () => ({ id: 'b' }));
    const { result, rerender } = renderHook(({ sink }) => useSurveySubmission(sink), { initialProps: { sink: a } });
    rerender({ sink: b });
    await act(async () => {
      await result.current.onSubmit(validSurvey());
    });
    expect(a).not.toHaveBeenCalled();
    await waitFor(() => expect(result.current.status).toBe('submitted'));
    expect(b).toHaveBeenCalledTimes(1);
  });
});
