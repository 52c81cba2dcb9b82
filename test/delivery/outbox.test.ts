import { describe, expect, it, vi } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import {
  DEFAULT_OUTBOX_KEY,
  createHttpBeaconSender,
  createMemoryStore,
  createSurveyDelivery,
  createSurveyOutbox,
  useSurveySubmission,
} from '../../src/index.js';
import type {
  SurveyOutboxEntry,
  SurveyOutboxProblem,
  SurveySubmitter,
} from '../../src/index.js';
import { deferred, notSent, validSurvey } from './helpers.js';

describe('createSurveyOutbox', () => {
  it('writes the survey (with its key and comments) before sending and removes it once delivered', async () => {
    const storage = createMemoryStore();
    const outbox = createSurveyOutbox({ storage });
    let seenDuringSend: SurveyOutboxEntry[] = [];
    const sink: SurveySubmitter = async () => {
      seenDuringSend = outbox.entries();
      return { id: 'ok' };
    };
    const result = await createSurveyDelivery(sink, { outbox }).deliver(validSurvey(), {
      idempotencyKey: 'k1',
      improvementSuggestions: { overallRating: 'echo' },
    });
    expect(result.status).toBe('submitted');
    expect(seenDuringSend).toEqual([
      expect.objectContaining({
        idempotencyKey: 'k1',
        survey: validSurvey(),
        improvementSuggestions: { overallRating: 'echo' },
        state: 'pending',
      }),
    ]);
    expect(outbox.entries()).toEqual([]);
    expect(storage.getItem(DEFAULT_OUTBOX_KEY)).toBeNull();
  });

  it('with a failing sink and reloads in between, every survey arrives exactly once', async () => {
    const storage = createMemoryStore();
    const arrived = new Map<string, number>();
    // A server that is down for some keys on some page loads; 408/45101 means "not recorded".
    const sinkFor =
      (down: (key: string) => boolean): SurveySubmitter =>
      async (_survey, context) => {
        if (down(context.idempotencyKey)) throw notSent();
        arrived.set(context.idempotencyKey, (arrived.get(context.idempotencyKey) ?? 0) + 1);
        return { id: `id-${context.idempotencyKey}` };
      };
    const keys = Array.from({ length: 30 }, (_, i) => `survey-${i}`);

    // Page 1: everything with an even number fails.
    const page1 = createSurveyOutbox({ storage });
    const delivery = createSurveyDelivery(
      sinkFor((k) => Number(k.split('-')[1]) % 2 === 0),
      { outbox: page1, maxAttempts: 1 },
    );
    for (const key of keys) await delivery.deliver(validSurvey(), { idempotencyKey: key });
    expect(page1.entries()).toHaveLength(15);

    // Page 2 (reload): a new outbox over the same storage; multiples of 4 still fail.
    const page2 = createSurveyOutbox({ storage });
    const flush2 = await page2.flush(sinkFor((k) => Number(k.split('-')[1]) % 4 === 0), { maxAttempts: 1 });
    expect(flush2).toMatchObject({ submitted: 7, failed: 8 });

    // Page 3: the server is back.
    const page3 = createSurveyOutbox({ storage });
    const flush3 = await page3.flush(sinkFor(() => false));
    expect(flush3).toMatchObject({ submitted: 8, failed: 0 });
    expect(page3.entries()).toEqual([]);

    // Page 4: nothing left to send.
    expect((await createSurveyOutbox({ storage }).flush(sinkFor(() => false))).results).toHaveLength(0);
    expect([...arrived.keys()].sort()).toEqual([...keys].sort());
    expect([...arrived.values()].every((n) => n === 1)).toBe(true);
  });

  it('skips and reports corrupt entries without throwing', () => {
    const storage = createMemoryStore({
      [DEFAULT_OUTBOX_KEY]: JSON.stringify([
        { idempotencyKey: 'good', survey: validSurvey(), createdAt: 1, state: 'pending' },
        { idempotencyKey: '', survey: validSurvey(), createdAt: 1, state: 'pending' },
        { idempotencyKey: 'no-survey', createdAt: 1, state: 'pending' },
        42,
      ]),
    });
    const problems: SurveyOutboxProblem[] = [];
    const outbox = createSurveyOutbox({ storage, onProblem: (p) => problems.push(p) });
    expect(outbox.entries().map((e) => e.idempotencyKey)).toEqual(['good']);
    expect(problems.map((p) => p.kind)).toEqual(['corrupt', 'corrupt', 'corrupt']);
    expect(problems[0]?.message).toMatch(/entry 1 .* idempotencyKey must be a non-empty string/);
    expect(problems[1]?.message).toMatch(/survey must be an object/);
    // Reported once: the corrupt entries are gone from storage.
    outbox.entries();
    expect(problems).toHaveLength(3);
  });

  it('reports unreadable JSON and a failing storage instead of throwing', async () => {
    const problems: SurveyOutboxProblem[] = [];
    const broken = createSurveyOutbox({
      storage: createMemoryStore({ [DEFAULT_OUTBOX_KEY]: '{not json' }),
      onProblem: (p) => problems.push(p),
    });
    expect(broken.entries()).toEqual([]);
    expect(problems[0]).toMatchObject({ kind: 'corrupt', value: '{not json' });

    const full = createSurveyOutbox({
      storage: {
        getItem: () => null,
        setItem: () => {
          throw new Error('QuotaExceededError');
        },
        removeItem: () => {},
      },
      onProblem: (p) => problems.push(p),
    });
    const result = await createSurveyDelivery(async () => ({ id: 'x' }), { outbox: full }).deliver(validSurvey());
    expect(result.status).toBe('submitted');
    expect(problems.some((p) => p.kind === 'storage')).toBe(true);
  });

  it('keeps unconfirmed entries away from non-idempotent sinks; flushes them to idempotent ones', async () => {
    const storage = createMemoryStore({
      [DEFAULT_OUTBOX_KEY]: JSON.stringify([
        { idempotencyKey: 'maybe', survey: validSurvey(), createdAt: 1, state: 'unconfirmed' },
      ]),
    });
    const sink = vi.fn<SurveySubmitter>(async () => ({ id: 'x' }));
    expect(await createSurveyOutbox({ storage }).flush(sink)).toMatchObject({ skipped: 1, submitted: 0 });
    expect(sink).not.toHaveBeenCalled();
    expect(await createSurveyOutbox({ storage }).flush(sink, { idempotent: true })).toMatchObject({ submitted: 1 });
    expect(sink).toHaveBeenCalledWith(validSurvey(), expect.objectContaining({ idempotencyKey: 'maybe' }));
  });

  it('does not flush an entry this page is still delivering', async () => {
    const storage = createMemoryStore();
    const outbox = createSurveyOutbox({ storage });
    const gate = deferred<{ id: string }>();
    const live = vi.fn<SurveySubmitter>(() => gate.promise);
    const pending = createSurveyDelivery(live, { outbox }).deliver(validSurvey(), { idempotencyKey: 'live' });
    const other = vi.fn<SurveySubmitter>(async () => ({ id: 'dup' }));
    expect(await outbox.flush(other)).toMatchObject({ skipped: 1 });
    expect(other).not.toHaveBeenCalled();
    gate.resolve({ id: 'live' });
    expect((await pending).status).toBe('submitted');
  });

  it('on pagehide hands waiting surveys to the beacon and marks them unconfirmed', async () => {
    const storage = createMemoryStore();
    const beacon = vi.fn(() => true);
    const outbox = createSurveyOutbox({ storage, beacon });
    const target = new EventTarget();
    const detach = outbox.attachPageHide(target);
    // A survey still in flight as the user closes the tab.
    void createSurveyDelivery(() => new Promise(() => {}), { outbox }).deliver(validSurvey(), { idempotencyKey: 'k' });
    target.dispatchEvent(new Event('pagehide'));
    expect(beacon).toHaveBeenCalledWith(expect.objectContaining({ idempotencyKey: 'k', survey: validSurvey() }));
    expect(outbox.entries()).toEqual([expect.objectContaining({ idempotencyKey: 'k', state: 'unconfirmed' })]);
    // Only pending entries are beaconed: a second pagehide sends nothing new.
    target.dispatchEvent(new Event('pagehide'));
    expect(beacon).toHaveBeenCalledTimes(1);
    detach();
  });

  it('the HTTP beacon uses sendBeacon, and fetch keepalive when sendBeacon refuses', async () => {
    const entry: SurveyOutboxEntry = {
      idempotencyKey: 'k',
      survey: validSurvey(),
      improvementSuggestions: { audioRating: 'echo' },
      createdAt: 5,
      state: 'pending',
    };
    const sendBeacon = vi.fn((_url: string, _data: Blob | string) => true);
    const fetch = vi.fn(async (_url: string, _init: RequestInit) => ({}));
    expect(createHttpBeaconSender('/surveys', { sendBeacon, fetch })(entry)).toBe(true);
    expect(sendBeacon).toHaveBeenCalledTimes(1);
    const blob = sendBeacon.mock.calls[0]?.[1] as Blob;
    expect(JSON.parse(await blob.text())).toEqual({
      idempotencyKey: 'k',
      survey: validSurvey(),
      improvementSuggestions: { audioRating: 'echo' },
      createdAt: 5,
    });
    expect(fetch).not.toHaveBeenCalled();

    sendBeacon.mockReturnValue(false);
    expect(createHttpBeaconSender('/surveys', { sendBeacon, fetch })(entry)).toBe(true);
    expect(fetch).toHaveBeenCalledWith('/surveys', expect.objectContaining({ method: 'POST', keepalive: true }));
  });

  it('useSurveySubmission({ outbox }) stores the survey while sending and beacons it on the window pagehide', async () => {
    const storage = createMemoryStore();
    const beacon = vi.fn(() => true);
    const outbox = createSurveyOutbox({ storage, beacon });
    const gate = deferred<{ id: string }>();
    const { result, unmount } = renderHook(() => useSurveySubmission(() => gate.promise, { outbox }));
    let promise!: Promise<unknown>;
    act(() => {
      promise = result.current.onSubmit(validSurvey(), { idempotencyKey: 'hook-key' });
    });
    expect(outbox.entries()).toEqual([expect.objectContaining({ idempotencyKey: 'hook-key', state: 'pending' })]);
    window.dispatchEvent(new Event('pagehide'));
    expect(beacon).toHaveBeenCalledWith(expect.objectContaining({ idempotencyKey: 'hook-key' }));
    await act(async () => {
      gate.resolve({ id: 'done' });
      await promise;
    });
    // Delivered after all (the page stayed): removed.
    expect(outbox.entries()).toEqual([]);
    unmount();
    window.dispatchEvent(new Event('pagehide'));
    expect(beacon).toHaveBeenCalledTimes(1);
  });
});
