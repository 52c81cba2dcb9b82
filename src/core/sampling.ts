/**
 * Burnout control (the seed: "don't survey all call participants"): a deterministic, hash-based sample with an
 * optional cooldown and signals that force a survey.
 */
import { SurveyPolicyError } from './errors.js';
import { describeWithType, isRecord } from './describe.js';

/** Named facts about the call (e.g. `{ poorNetwork: true, droppedCall: false }`) that a policy can react to. */
export type SurveySignals = Readonly<Record<string, unknown>>;

/** Who gets a survey. */
export interface SurveyPolicy {
  /** Fraction of keys surveyed, from 0 (never) to 1 (always). The same key always gets the same answer. */
  sampleRate: number;
  /** Do not survey again within this many days of `context.lastSurveyedAt` (a fraction is fine). @default 0 */
  cooldownDays?: number;
  /**
   * Signals that force a survey past the sample: a list of signal names (any of them truthy in `context.signals`
   * forces it), or a predicate over the signals. A forced survey still respects the cooldown (burnout wins).
   */
  alwaysWhen?: readonly string[] | ((signals: SurveySignals) => boolean);
}

/** The participant and call a decision is about. */
export interface SurveyContext {
  /** Stable identity of one decision, e.g. `${callId}:${participantId}`. */
  key: string;
  /** When this participant was last surveyed (epoch milliseconds or `Date`). */
  lastSurveyedAt?: number | Date;
  /** Now (epoch milliseconds or `Date`). @default Date.now() */
  now?: number | Date;
  /** Facts about the call for `alwaysWhen`. */
  signals?: SurveySignals;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A 32-bit hash of a string mapped to `[0, 1)`: FNV-1a over the UTF-16 code units, then the murmur3 finalizer
 * (so nearby keys such as `call-1`, `call-2` land far apart).
 */
export function hashToUnitInterval(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) / 4294967296;
}

function toMillis(path: string, value: unknown): number {
  const ms = value instanceof Date ? value.getTime() : value;
  if (typeof ms !== 'number' || !Number.isFinite(ms)) {
    throw new SurveyPolicyError(
      path,
      `${path} must be epoch milliseconds or a valid Date; got ${value instanceof Date ? 'an invalid Date' : describeWithType(value)}`,
    );
  }
  return ms;
}

/**
 * Whether to show the survey for this context. Order: cooldown (never within `cooldownDays` of the last survey),
 * then `alwaysWhen` (forces a survey), then the sample (`hash(key) < sampleRate`, deterministic per key: one
 * participant gets one decision per call; `0` never and `1` always).
 *
 * @throws SurveyPolicyError naming the field (`sampleRate`, `cooldownDays`, `alwaysWhen`, `context.key`,
 * `context.now`, `context.lastSurveyedAt`, `context.signals`) for invalid input.
 */
export function shouldSurvey(policy: SurveyPolicy, context: SurveyContext): boolean {
  if (!isRecord(policy)) {
    throw new SurveyPolicyError('policy', `policy must be an object { sampleRate, cooldownDays?, alwaysWhen? }; got ${describeWithType(policy)}`);
  }
  const { sampleRate, cooldownDays = 0, alwaysWhen } = policy;
  if (typeof sampleRate !== 'number' || Number.isNaN(sampleRate) || sampleRate < 0 || sampleRate > 1) {
    throw new SurveyPolicyError('sampleRate', `sampleRate must be a number from 0 to 1; got ${describeWithType(sampleRate)}`);
  }
  if (typeof cooldownDays !== 'number' || !Number.isFinite(cooldownDays) || cooldownDays < 0) {
    throw new SurveyPolicyError(
      'cooldownDays',
      `cooldownDays must be a finite number of days, 0 or more; got ${describeWithType(cooldownDays)}`,
    );
  }
  if (alwaysWhen !== undefined && typeof alwaysWhen !== 'function' && !Array.isArray(alwaysWhen)) {
    throw new SurveyPolicyError(
      'alwaysWhen',
      `alwaysWhen must be a list of signal names or a function (signals) => boolean; got ${describeWithType(alwaysWhen)}`,
    );
  }
  if (!isRecord(context)) {
    throw new SurveyPolicyError('context', `context must be an object { key, lastSurveyedAt?, now?, signals? }; got ${describeWithType(context)}`);
  }
  if (typeof context.key !== 'string' || context.key === '') {
    throw new SurveyPolicyError(
      'context.key',
      `context.key must be a non-empty string (e.g. callId + participantId); got ${describeWithType(context.key)}`,
    );
  }
  const signals = context.signals ?? {};
  if (!isRecord(signals)) {
    throw new SurveyPolicyError('context.signals', `context.signals must be an object of named facts; got ${describeWithType(signals)}`);
  }
  if (context.lastSurveyedAt !== undefined && cooldownDays > 0) {
    const now = context.now === undefined ? Date.now() : toMillis('context.now', context.now);
    const last = toMillis('context.lastSurveyedAt', context.lastSurveyedAt);
    if (now - last < cooldownDays * DAY_MS) return false;
  }
  if (alwaysWhen !== undefined) {
    const forced =
      typeof alwaysWhen === 'function' ? alwaysWhen(signals) === true : alwaysWhen.some((name) => Boolean(signals[name]));
    if (forced) return true;
  }
  return hashToUnitInterval(context.key) < sampleRate;
}
