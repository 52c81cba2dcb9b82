import { describe, expect, it, vi } from 'vitest';
import type { CallSurvey, CallSurveyResponse } from '@azure/communication-calling';
import { NoCallToSurveyError, submitterForCall, submitterForCallAdapter } from '../../src/acs/index.js';
import { act, renderHook } from '@testing-library/react';
import {
  createSurveyDelivery,
  isRetryableSurveyError,
  useSurveySubmission,
} from '../../src/index.js';
import { deferred, validSurvey } from '../delivery/helpers.js';

const FAKE_FEATURE = vi.hoisted(() => ({ fakeFactory: 'CallSurvey' }));
vi.mock('@azure/communication-calling', () => ({ Features: { CallSurvey: FAKE_FEATURE } }));

function response(id: string, survey: CallSurvey): CallSurveyResponse {
  return { ...survey, id, callId: 'call-1', localParticipantId: 'me' };
}

function fakeCall(submitSurvey: (survey: CallSurvey) => Promise<CallSurveyResponse>) {
  const feature = vi.fn((_factory: unknown) => ({ submitSurvey: vi.fn(submitSurvey) }));
  return { call: { feature }, feature };
}

const ctx = { idempotencyKey: 'k' };

describe('submitterForCall', () => {
  it('submits through call.feature(Features.CallSurvey) and maps the response to its ids', async () => {
    const { call, feature } = fakeCall(async (survey) => response('survey-1', survey));
    await expect(submitterForCall(call)(validSurvey(), ctx)).resolves.toEqual({
      id: 'survey-1',
      callId: 'call-1',
      localParticipantId: 'me',
    });
    expect(feature).toHaveBeenCalledWith(FAKE_FEATURE);
  });

  it('serializes concurrent surveys on one call: the second starts only after the first settles', async () => {
    const gates = [deferred<CallSurveyResponse>(), deferred<CallSurveyResponse>()];
    const started: number[] = [];
    let n = 0;
    const { call } = fakeCall(() => {
      const i = n++;
      started.push(i);
      return gates[i]!.promise;
    });
    const submit = submitterForCall(call);
    const first = submit(validSurvey(4), ctx);
    const second = submitterForCall(call)(validSurvey(5), ctx);
    await Promise.resolve();
    await Promise.resolve();
    expect(started).toEqual([0]);
    gates[0]!.reject(Object.assign(new Error('not sent'), { code: 408, subCode: 45101 }));
    await expect(first).rejects.toMatchObject({ code: 408 });
    await vi.waitFor(() => expect(started).toEqual([0, 1]));
    gates[1]!.resolve(response('two', validSurvey(5)));
    await expect(second).resolves.toMatchObject({ id: 'two' });
  });

  it('different calls do not wait for each other', async () => {
    const hung = fakeCall(() => new Promise(() => {}));
    const fine = fakeCall(async (s) => response('fine', s));
    void submitterForCall(hung.call)(validSurvey(), ctx);
    await expect(submitterForCall(fine.call)(validSurvey(), ctx)).resolves.toMatchObject({ id: 'fine' });
  });

  it('a hung submit blocks the next one only until its attempt times out; an aborted queued attempt is never sent', async () => {
    const sent: number[] = [];
    let n = 0;
    const { call } = fakeCall((survey) => {
      sent.push(n++);
      return n === 1 ? new Promise(() => {}) : Promise.resolve(response('later', survey));
    });
    const submit = submitterForCall(call);
    const firstAttempt = new AbortController();
    void submit(validSurvey(), { ...ctx, signal: firstAttempt.signal });
    await vi.waitFor(() => expect(sent).toEqual([0]));
    const queuedAttempt = new AbortController();
    const queued = submit(validSurvey(), { ...ctx, signal: queuedAttempt.signal });
    const third = submit(validSurvey(), ctx);
    await Promise.resolve();
    // Still blocked behind the hung first submit.
    expect(sent).toEqual([0]);
    queuedAttempt.abort(new Error('timed out while queued'));
    firstAttempt.abort(new Error('timed out'));
    await expect(queued).rejects.toThrow('timed out while queued');
    await expect(third).resolves.toMatchObject({ id: 'later' });
    expect(sent).toEqual([0, 1]);
  });

  it('a double click and a rapid resubmit through useSurveySubmission give one SDK call', async () => {
    const gate = deferred<CallSurveyResponse>();
    const { call, feature } = fakeCall(() => gate.promise);
    const { result } = renderHook(() => useSurveySubmission(submitterForCall(call)));
    let first!: Promise<unknown>;
    act(() => {
      first = result.current.onSubmit(validSurvey(), { idempotencyKey: 'same' });
      void result.current.onSubmit(validSurvey(), { idempotencyKey: 'same' });
    });
    act(() => {
      void result.current.onSubmit(validSurvey(3));
    });
    await act(async () => {
      gate.resolve(response('once', validSurvey()));
      await first;
    });
    await act(async () => {
      await result.current.onSubmit(validSurvey(), { idempotencyKey: 'same' });
    });
    expect(feature).toHaveBeenCalledTimes(1);
    expect(result.current.status).toBe('submitted');
  });

  it('rejects a non-call with a clear error', () => {
    expect(() => submitterForCall({} as never)).toThrow(/call must be a Calling SDK Call/);
  });
});

describe('submitterForCallAdapter', () => {
  it('submits through adapter.submitSurvey and maps the response', async () => {
    const submitSurvey = vi.fn(async (s: CallSurvey) => response('via-adapter', s));
    await expect(submitterForCallAdapter({ submitSurvey })(validSurvey(), ctx)).resolves.toMatchObject({
      id: 'via-adapter',
    });
    expect(submitSurvey).toHaveBeenCalledWith(validSurvey());
  });

  it('undefined (no call) is a not-retryable error', async () => {
    const submitSurvey = vi.fn(async () => undefined);
    const error = await submitterForCallAdapter({ submitSurvey })(validSurvey(), ctx).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NoCallToSurveyError);
    expect(isRetryableSurveyError(error, true)).toBe(false);
    const result = await createSurveyDelivery(submitterForCallAdapter({ submitSurvey }), { idempotent: true }).deliver(
      validSurvey(),
    );
    expect(result).toMatchObject({ status: 'failed', reason: 'rejected', attempts: 1 });
  });

  it('serializes concurrent submits on one adapter', async () => {
    const gate = deferred<CallSurveyResponse | undefined>();
    const submitSurvey = vi.fn((_s: CallSurvey) => (submitSurvey.mock.calls.length === 1 ? gate.promise : Promise.resolve(response('b', validSurvey()))));
    const submit = submitterForCallAdapter({ submitSurvey });
    const a = submit(validSurvey(), ctx);
    const b = submit(validSurvey(), ctx);
    await Promise.resolve();
    await Promise.resolve();
    expect(submitSurvey).toHaveBeenCalledTimes(1);
    gate.resolve(response('a', validSurvey()));
    await expect(a).resolves.toMatchObject({ id: 'a' });
    await expect(b).resolves.toMatchObject({ id: 'b' });
    expect(submitSurvey).toHaveBeenCalledTimes(2);
  });
});
