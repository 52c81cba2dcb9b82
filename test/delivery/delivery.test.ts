import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  SurveyDeliveryError,
  createIdempotencyKey,
  createSurveyDelivery,
  deliverSurvey,
  isRetryableSurveyError,
} from '../../src/delivery/index.js';
import type { SurveySubmitContext, SurveyTelemetryEvent } from '../../src/delivery/index.js';
import { backoffDelay } from '../../src/delivery/delivery.js';
import { deferred, invalidSdk, invalidSurvey, notSent, validSurvey } from './helpers.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('deliverSurvey', () => {
  it('never sends an invalid payload and names the problems', async () => {
    const sink = vi.fn(async () => ({ id: 'x' }));
    const events: SurveyTelemetryEvent[] = [];
    const result = await deliverSurvey(sink, invalidSurvey(), {}, { onEvent: (e) => events.push(e) });
    expect(sink).not.toHaveBeenCalled();
    expect(result).toMatchObject({ status: 'failed', reason: 'invalid', attempts: 0 });
    expect(result.error).toBeInstanceOf(SurveyDeliveryError);
    const error = result.error as SurveyDeliveryError;
    expect(error.problems.length).toBeGreaterThan(0);
    expect(error.message).toContain(error.problems[0]);
    expect(events).toEqual([expect.objectContaining({ type: 'failed', reason: 'invalid', attempts: 0 })]);
  });

  it('submits and reports the sink id', async () => {
    const events: SurveyTelemetryEvent[] = [];
    const result = await deliverSurvey(async () => ({ id: 'abc' }), validSurvey(), {}, { onEvent: (e) => events.push(e) });
    expect(result).toMatchObject({ status: 'submitted', response: { id: 'abc' }, attempts: 1 });
    expect(events).toEqual([expect.objectContaining({ type: 'submitted', surveyId: 'abc', attempts: 1 })]);
  });

  it('retries 408/45101 with one idempotency key, exponential backoff and jitter, then succeeds', async () => {
    const contexts: SurveySubmitContext[] = [];
    const times: number[] = [];
    const start = Date.now();
    let calls = 0;
    const sink = vi.fn(async (_survey: unknown, context: SurveySubmitContext) => {
      contexts.push(context);
      times.push(Date.now() - start);
      calls += 1;
      if (calls < 4) throw notSent();
      return { id: 'ok' };
    });
    const promise = deliverSurvey(sink, validSurvey(), {}, { backoffMs: 1000, random: () => 0 });
    await vi.runAllTimersAsync();
    const result = await promise;
    expect(result).toMatchObject({ status: 'submitted', attempts: 4 });
    // random() = 0 → half of 1000 × 2^(n−1): 500, 1000, 2000 ms between attempts.
    expect(times).toEqual([0, 500, 1500, 3500]);
    expect(new Set(contexts.map((c) => c.idempotencyKey)).size).toBe(1);
    expect(contexts.map((c) => c.attempt)).toEqual([1, 2, 3, 4]);
    expect(result.idempotencyKey).toBe(contexts[0]?.idempotencyKey);
  });

  it('uses the idempotency key the caller passed', async () => {
    const sink = vi.fn(async (_s: unknown, _c: SurveySubmitContext) => undefined);
    await deliverSurvey(sink, validSurvey(), { idempotencyKey: 'mine', improvementSuggestions: { overallRating: 'hi' } });
    expect(sink.mock.calls[0]?.[1]).toMatchObject({ idempotencyKey: 'mine', improvementSuggestions: { overallRating: 'hi' } });
  });

  it('gives up after maxAttempts of 408/45101 with failed / attempts-exhausted', async () => {
    const sink = vi.fn(async () => {
      throw notSent();
    });
    const promise = deliverSurvey(sink, validSurvey(), {}, { maxAttempts: 3 });
    await vi.runAllTimersAsync();
    const result = await promise;
    expect(sink).toHaveBeenCalledTimes(3);
    expect(result).toMatchObject({ status: 'failed', reason: 'attempts-exhausted', attempts: 3 });
    expect(result.error).toMatchObject({ code: 'SURVEY_DELIVERY_FAILED', sdkCode: 408, sdkSubCode: 45101 });
  });

  it('never retries 400/45100, even on an idempotent sink', async () => {
    for (const idempotent of [false, true]) {
      const sink = vi.fn(async () => {
        throw invalidSdk();
      });
      const promise = deliverSurvey(sink, validSurvey(), {}, { idempotent });
      await vi.runAllTimersAsync();
      expect(await promise).toMatchObject({ status: 'failed', reason: 'rejected', attempts: 1 });
      expect(sink).toHaveBeenCalledTimes(1);
    }
  });

  it('retries an unclassified error only on an idempotent sink, or when it says retryable: true', async () => {
    const plain = () => new Error('HTTP 500');
    expect(isRetryableSurveyError(plain(), false)).toBe(false);
    expect(isRetryableSurveyError(plain(), true)).toBe(true);
    expect(isRetryableSurveyError(Object.assign(plain(), { retryable: true }), false)).toBe(true);
    expect(isRetryableSurveyError(Object.assign(plain(), { retryable: false }), true)).toBe(false);

    const once = vi.fn(async () => {
      throw plain();
    });
    const a = deliverSurvey(once, validSurvey());
    await vi.runAllTimersAsync();
    expect(await a).toMatchObject({ status: 'failed', reason: 'rejected', attempts: 1 });

    const flaky = vi.fn(async () => {
      if (flaky.mock.calls.length < 2) throw plain();
      return { id: 'second' };
    });
    const b = deliverSurvey(flaky, validSurvey(), {}, { idempotent: true });
    await vi.runAllTimersAsync();
    expect(await b).toMatchObject({ status: 'submitted', attempts: 2 });
  });

  it('a timed-out attempt on a non-idempotent sink ends unconfirmed; its late result changes nothing', async () => {
    const late = deferred<{ id: string }>();
    let signal: AbortSignal | undefined;
    const sink = vi.fn((_s: unknown, context: SurveySubmitContext) => {
      signal = context.signal;
      return late.promise;
    });
    const events: SurveyTelemetryEvent[] = [];
    const promise = deliverSurvey(sink, validSurvey(), {}, { timeoutMs: 1000, onEvent: (e) => events.push(e) });
    await vi.advanceTimersByTimeAsync(999);
    expect(signal?.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const result = await promise;
    expect(result).toMatchObject({ status: 'unconfirmed', reason: 'timeout', attempts: 1 });
    expect(signal?.aborted).toBe(true);
    late.resolve({ id: 'too-late' });
    await vi.runAllTimersAsync();
    expect(sink).toHaveBeenCalledTimes(1);
    expect(events).toEqual([expect.objectContaining({ type: 'unconfirmed', reason: 'timeout' })]);
  });

  it('retries a timed-out attempt on an idempotent sink', async () => {
    const sink = vi.fn((): Promise<{ id: string }> => {
      if (sink.mock.calls.length === 1) return new Promise(() => {});
      return Promise.resolve({ id: 'second' });
    });
    const promise = deliverSurvey(sink, validSurvey(), {}, { idempotent: true, timeoutMs: 1000 });
    await vi.runAllTimersAsync();
    expect(await promise).toMatchObject({ status: 'submitted', attempts: 2, response: { id: 'second' } });
  });

  it('counts a synchronous throw as a failure and survives a throwing onEvent', async () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const result = await deliverSurvey(
      () => {
        throw invalidSdk();
      },
      validSurvey(),
      {},
      {
        onEvent: () => {
          throw new Error('telemetry bug');
        },
      },
    );
    expect(result).toMatchObject({ status: 'failed', reason: 'rejected' });
    expect(spy).toHaveBeenCalled();
    spy.mockRestore();
  });

  it('rejects bad options with a message naming the option and the allowed values', () => {
    const sink = async () => undefined;
    expect(() => createSurveyDelivery(sink, { timeoutMs: 0 })).toThrow(/timeoutMs must be .*greater than 0/);
    expect(() => createSurveyDelivery(sink, { maxAttempts: 1.5 })).toThrow(/maxAttempts must be an integer of at least 1/);
    expect(() => createSurveyDelivery(sink, { backoffMs: -1 })).toThrow(/backoffMs must be .*at least 0/);
  });

  it('makes RFC 4122 v4 keys even without crypto.randomUUID', () => {
    const v4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    expect(createIdempotencyKey()).toMatch(v4);
    vi.stubGlobal('crypto', { getRandomValues: (a: Uint8Array) => a.fill(0xff) });
    try {
      expect(createIdempotencyKey()).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('caps and jitters the backoff', () => {
    expect(backoffDelay(1, 500, 30_000, () => 0)).toBe(250);
    expect(backoffDelay(1, 500, 30_000, () => 0.999999)).toBe(500);
    expect(backoffDelay(3, 500, 30_000, () => 0.5)).toBe(1500);
    expect(backoffDelay(20, 500, 30_000, () => 1)).toBe(30_000);
  });
});
