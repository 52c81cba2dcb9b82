/**
 * Fault injection: 1,000+ surveys per sink through the delivery engine, with a seeded random deciding each attempt:
 * success, 408/45101 (not sent), 400/45100 (invalid), a hang that never settles, or a success that only comes after
 * the timeout. Fake timers make it fast.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CallSurvey } from '../../src/core/types.js';
import { createSurveyDelivery } from '../../src/delivery/index.js';
import type {
  SurveyDeliveryResult,
  SurveySubmitter,
  SurveyTelemetryEvent,
} from '../../src/delivery/index.js';
import { submitterForCall, submitterForCallAdapter } from '../../src/acs/index.js';
import { invalidSdk, invalidSurvey, notSent, seededRandom, validSurvey } from './helpers.js';

vi.mock('@azure/communication-calling', () => ({ Features: { CallSurvey: { fake: 'CallSurvey' } } }));

const N = 1000;
const TIMEOUT = 15_000;

type Behaviour = 'ok' | 'not-sent' | 'invalid' | 'hang' | 'late-ok';

/** ~30 % transient (408/45101), ~4 % invalid (400/45100), ~10 % hangs (half never settle, half succeed late). */
function drawBehaviour(random: () => number): Behaviour {
  const r = random();
  if (r < 0.3) return 'not-sent';
  if (r < 0.34) return 'invalid';
  if (r < 0.39) return 'hang';
  if (r < 0.44) return 'late-ok';
  return 'ok';
}

/**
 * The sink's side of the world. `received` counts, per survey, how many times the sink may have recorded it:
 * a success, a hang (pessimistic: the event may have gone out) and a late success all count; a 408/45101 or a
 * 400/45100 does not.
 */
class FaultySink {
  readonly calls = new Map<number, Behaviour[]>();
  readonly received = new Map<number, number>();
  constructor(
    private readonly random: () => number,
    private readonly idOf: (survey: CallSurvey) => number,
  ) {}
  submit = (survey: CallSurvey): Promise<{ id: string; callId: string; localParticipantId: string }> => {
    const n = this.idOf(survey);
    const behaviour = drawBehaviour(this.random);
    this.calls.set(n, [...(this.calls.get(n) ?? []), behaviour]);
    const response = { id: `survey-id-${n}`, callId: `call-${n}`, localParticipantId: 'me', ...survey };
    const count = () => this.received.set(n, (this.received.get(n) ?? 0) + 1);
    switch (behaviour) {
      case 'ok':
        count();
        return Promise.resolve(response);
      case 'not-sent':
        return Promise.reject(notSent());
      case 'invalid':
        return Promise.reject(invalidSdk());
      case 'hang':
        count();
        return new Promise(() => {});
      case 'late-ok':
        count();
        return new Promise((resolve) => setTimeout(() => resolve(response), TIMEOUT + 2_000));
    }
  };
}

interface Figures {
  simulated: number;
  submitted: number;
  failed: number;
  unconfirmed: number;
  duplicates: number;
  sdkCalls: number;
}

async function runAll(
  surveys: CallSurvey[],
  makeSubmitter: (index: number) => SurveySubmitter,
  options: { idempotent: boolean; events: SurveyTelemetryEvent[] },
): Promise<SurveyDeliveryResult[]> {
  const jitter = seededRandom(99);
  const pending = surveys.map((survey, i) =>
    createSurveyDelivery(makeSubmitter(i), {
      idempotent: options.idempotent,
      random: jitter,
      onEvent: (event) => options.events.push(event),
    }).deliver(survey, { idempotencyKey: `key-${i}` }),
  );
  await vi.runAllTimersAsync();
  return Promise.all(pending);
}

function checkAccounting(results: SurveyDeliveryResult[], events: SurveyTelemetryEvent[], invalidIndexes: Set<number>) {
  expect(results).toHaveLength(N);
  // Every survey ends in exactly one final state, with its reason, and exactly one matching event.
  const byKey = new Map<string, SurveyTelemetryEvent[]>();
  for (const event of events) byKey.set(event.idempotencyKey ?? '?', [...(byKey.get(event.idempotencyKey ?? '?') ?? []), event]);
  results.forEach((result, i) => {
    expect(result.idempotencyKey).toBe(`key-${i}`);
    const own = byKey.get(`key-${i}`) ?? [];
    expect(own).toHaveLength(1);
    expect(own[0]?.type).toBe(result.status);
    expect(own[0]?.attempts).toBe(result.attempts);
    if (result.status === 'submitted') {
      expect(result.reason).toBeUndefined();
      expect(own[0]?.surveyId).toBe(`survey-id-${i}`);
    }
    if (result.status === 'unconfirmed') expect(result.reason).toBe('timeout');
    if (result.status === 'failed') {
      expect(['invalid', 'rejected', 'attempts-exhausted']).toContain(result.reason);
      expect(own[0]?.error).toBe(result.error);
    }
    if (invalidIndexes.has(i)) {
      expect(result).toMatchObject({ status: 'failed', reason: 'invalid', attempts: 0 });
    }
  });
  expect(events).toHaveLength(N);
}

function figures(results: SurveyDeliveryResult[], sink: FaultySink, duplicates: number): Figures {
  return {
    simulated: results.length,
    submitted: results.filter((r) => r.status === 'submitted').length,
    failed: results.filter((r) => r.status === 'failed').length,
    unconfirmed: results.filter((r) => r.status === 'unconfirmed').length,
    duplicates,
    sdkCalls: [...sink.calls.values()].reduce((sum, calls) => sum + calls.length, 0),
  };
}

function makeSurveys(random: () => number): { surveys: CallSurvey[]; index: Map<CallSurvey, number>; invalid: Set<number> } {
  const surveys: CallSurvey[] = [];
  const index = new Map<CallSurvey, number>();
  const invalid = new Set<number>();
  for (let i = 0; i < N; i++) {
    // ~2 % are invalid payloads the kit must stop before the sink.
    const bad = random() < 0.02;
    const survey = bad ? invalidSurvey() : validSurvey(1 + Math.floor(random() * 5));
    if (bad) invalid.add(i);
    surveys.push(survey);
    index.set(survey, i);
  }
  return { surveys, index, invalid };
}

describe('fault injection (1,000 surveys per sink, fake timers)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it.each([
    ['a Call (CallSurvey feature)', 'call'],
    ['a CallAdapter', 'adapter'],
  ] as const)('through %s: every survey accounted for, none counted twice, 400/45100 never retried', async (_label, kind) => {
    const { surveys, index, invalid } = makeSurveys(seededRandom(kind === 'call' ? 1 : 2));
    const sink = new FaultySink(seededRandom(kind === 'call' ? 11 : 12), (survey) => index.get(survey) ?? -1);
    const events: SurveyTelemetryEvent[] = [];
    const makeSubmitter = (i: number): SurveySubmitter =>
      kind === 'call'
        ? submitterForCall({ feature: () => ({ submitSurvey: (survey: CallSurvey) => sink.submit(survey) }) })
        : submitterForCallAdapter({ submitSurvey: (survey: CallSurvey) => sink.submit(survey) });
    const results = await runAll(surveys, makeSubmitter, { idempotent: false, events });

    checkAccounting(results, events, invalid);
    // No invalid payload ever reached the sink.
    for (const i of invalid) expect(sink.calls.has(i)).toBe(false);

    let duplicates = 0;
    results.forEach((result, i) => {
      const calls = sink.calls.get(i) ?? [];
      const received = sink.received.get(i) ?? 0;
      if (received > 1) duplicates += 1;
      expect(calls).toHaveLength(result.attempts);
      // 400/45100 is final; so is a hang or a late success (timeout on a non-idempotent sink).
      calls.slice(0, -1).forEach((behaviour) => expect(behaviour).toBe('not-sent'));
      const lastCall = calls.at(-1);
      if (result.status === 'submitted') {
        expect(lastCall).toBe('ok');
        expect(received).toBe(1);
      }
      if (result.status === 'unconfirmed') expect(['hang', 'late-ok']).toContain(lastCall);
      if (result.status === 'failed' && result.reason === 'rejected') expect(lastCall).toBe('invalid');
      if (result.status === 'failed' && result.reason === 'attempts-exhausted') {
        expect(calls).toEqual(['not-sent', 'not-sent', 'not-sent', 'not-sent']);
        expect(received).toBe(0);
      }
    });
    expect(duplicates).toBe(0);

    const f = figures(results, sink, duplicates);
    console.log(`fault injection via ${kind} (non-idempotent):`, JSON.stringify(f));
    expect(f.submitted + f.failed + f.unconfirmed).toBe(f.simulated);
    // The mix really exercised every path.
    expect(f.submitted).toBeGreaterThan(N / 2);
    expect(f.unconfirmed).toBeGreaterThan(50);
    expect(results.some((r) => r.reason === 'attempts-exhausted')).toBe(true);
    expect(results.some((r) => r.reason === 'rejected')).toBe(true);
    expect(results.some((r) => r.status === 'submitted' && r.attempts > 1)).toBe(true);
  });

  it('a custom idempotent sink: hung attempts are retried and its dedup keeps exactly one copy', async () => {
    const { surveys, index, invalid } = makeSurveys(seededRandom(3));
    const sink = new FaultySink(seededRandom(13), (survey) => index.get(survey) ?? -1);
    const store = new Map<string, CallSurvey[]>();
    let repeatsDropped = 0;
    const keysSeen = new Map<number, Set<string>>();
    const events: SurveyTelemetryEvent[] = [];
    const makeSubmitter = (): SurveySubmitter => async (survey, context) => {
      const n = index.get(survey) ?? -1;
      keysSeen.set(n, new Set([...(keysSeen.get(n) ?? []), context.idempotencyKey]));
      const response = await sink.submit(survey);
      // The sink deduplicates by idempotency key.
      if (store.has(context.idempotencyKey)) repeatsDropped += 1;
      else store.set(context.idempotencyKey, [survey]);
      return response;
    };
    const results = await runAll(surveys, makeSubmitter, { idempotent: true, events });
    checkAccounting(results, events, invalid);

    let retriedAfterHang = 0;
    results.forEach((result, i) => {
      const calls = sink.calls.get(i) ?? [];
      expect(calls).toHaveLength(result.attempts);
      // 400/45100 is never retried, even on an idempotent sink.
      const invalidAt = calls.indexOf('invalid');
      if (invalidAt !== -1) {
        expect(invalidAt).toBe(calls.length - 1);
        expect(result).toMatchObject({ status: 'failed', reason: 'rejected' });
      }
      if (calls.slice(0, -1).some((b) => b === 'hang' || b === 'late-ok')) retriedAfterHang += 1;
      // On an idempotent sink a timeout is retried, never left unconfirmed.
      expect(result.status).not.toBe('unconfirmed');
      if (result.status === 'submitted') expect(store.get(`key-${i}`)).toHaveLength(1);
    });
    const duplicates = [...store.values()].filter((copies) => copies.length > 1).length;
    expect(duplicates).toBe(0);
    expect(retriedAfterHang).toBeGreaterThan(50);
    // One key per survey, the same on every attempt.
    for (const [n, keys] of keysSeen) expect([...keys]).toEqual([`key-${n}`]);
    // Late successes of abandoned attempts did arrive again; only the sink's dedup kept them to one copy.
    expect(repeatsDropped).toBeGreaterThan(0);

    const f = figures(results, sink, duplicates);
    console.log('fault injection via custom idempotent sink:', JSON.stringify({ ...f, retriedAfterHang, repeatsDropped }));
    expect(f.submitted + f.failed + f.unconfirmed).toBe(f.simulated);
    expect(f.unconfirmed).toBe(0);
  });
});
