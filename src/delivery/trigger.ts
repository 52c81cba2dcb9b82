/**
 * The trigger's framework-free logic: which signals an ended call gives the policy, the per-call config, and the
 * cooldown record. `useSurveyTrigger` (in `react/`) is the hook over it.
 */
import { defineSurveyConfig, isDefinedSurveyConfig, shouldSurvey } from '../core/index.js';
import type { SurveyConfig, SurveyConfigInput, SurveyPolicy, SurveySignals } from '../core/index.js';
import { SurveyArgumentError } from '../core/errors.js';
import type { CallModalities, EndedCallInfo } from './callEnd.js';
import type { SurveyKeyValueStore } from './outbox.js';

/** The sampling / burnout policy: core's `SurveyPolicy` (`{ sampleRate, cooldownDays?, alwaysWhen? }`). */
export type SurveyTriggerPolicy = SurveyPolicy;

/** The default storage key of the cooldown record (a JSON object: who → last time surveyed, epoch ms). */
export const DEFAULT_COOLDOWN_KEY = 'end-of-call-survey:last-surveyed';

/** Why the survey did or did not open for an ended call. */
export type SurveyTriggerDecision =
  | 'open'
  | 'not-connected'
  | 'removed'
  | 'too-short'
  | 'cooldown'
  | 'not-sampled'
  | 'vetoed'
  | 'nothing-to-ask';

/** The signals the kit derives from an ended call (see {@link UseSurveyTriggerOptions.signals}). */
export function callSignals(info: EndedCallInfo): SurveySignals {
  const code = info.endReason?.code;
  return {
    callEndedUnexpectedly: code !== undefined && code !== 0,
    endReasonCode: code,
    endReasonSubCode: info.endReason?.subCode,
    video: info.modalities.video,
    screenshare: info.modalities.screenshare,
  };
}

/**
 * The survey config for a call that used `modalities`: the base config without `videoRating` when no video was
 * used and without `screenshareRating` when no screen was shared. Throws core's `SurveyConfigError` when nothing
 * would be left to ask.
 */
export function surveyConfigForCall(
  base: SurveyConfigInput | SurveyConfig | undefined,
  modalities: CallModalities,
): SurveyConfig {
  const input: Record<string, unknown> = {};
  if (base && isDefinedSurveyConfig(base)) {
    // A validated config: a missing key means "not asked", which an input expresses as `false`.
    for (const category of ['overallRating', 'audioRating', 'videoRating', 'screenshareRating'] as const) {
      input[category] = base[category] ?? false;
    }
  } else if (base) {
    Object.assign(input, base);
  }
  if (!modalities.video) input.videoRating = false;
  if (!modalities.screenshare) input.screenshareRating = false;
  return defineSurveyConfig(input as SurveyConfigInput);
}

export function readCooldowns(storage: SurveyKeyValueStore, key: string): Record<string, number> {
  try {
    const raw = storage.getItem(key);
    if (!raw) return {};
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
    const out: Record<string, number> = {};
    for (const [who, at] of Object.entries(parsed)) if (typeof at === 'number' && Number.isFinite(at)) out[who] = at;
    return out;
  } catch {
    return {};
  }
}

export function writeCooldown(storage: SurveyKeyValueStore, key: string, who: string, at: number): void {
  try {
    storage.setItem(key, JSON.stringify({ ...readCooldowns(storage, key), [who]: at }));
  } catch {
    // A full or blocked storage only loses the cooldown.
  }
}


/**
 * The sample rate `useSurveyTrigger` uses when the app gives no policy: one call in ten (the Skype / Teams anchor for
 * end-of-call surveys; surveying every call burns users out and biases the answers).
 */
export const DEFAULT_SURVEY_SAMPLE_RATE = 0.1;

/** The default policy of `useSurveyTrigger`: `{ sampleRate: DEFAULT_SURVEY_SAMPLE_RATE }`. */
export const DEFAULT_SURVEY_TRIGGER_POLICY: SurveyTriggerPolicy = Object.freeze({ sampleRate: DEFAULT_SURVEY_SAMPLE_RATE });

/** An ACS call end reason (`callEndReason` / `callEnded` event): `code` and `subCode`. */
export interface CallEndReasonCode {
  code?: number;
  subCode?: number;
}

/**
 * End reasons that mean the local participant was removed from the call (not a call to ask about quality):
 * ACS `code 0, subCode 5300` ("removed from the call by another participant"; communication-react's CallComposite
 * shows its "removed" page for the same code).
 */
export const DEFAULT_REMOVED_END_REASONS: readonly CallEndReasonCode[] = Object.freeze([{ code: 0, subCode: 5300 }]);

/** What {@link decideSurvey} is given about one ended call. */
export interface SurveyDecisionInput {
  info: EndedCallInfo;
  /** @default DEFAULT_SURVEY_TRIGGER_POLICY */
  policy?: SurveyTriggerPolicy | undefined;
  /** The sampling key (e.g. `callId:participantId`). */
  key: string;
  now: number;
  lastSurveyedAt?: number | undefined;
  /** Signals for the policy's `alwaysWhen` (see {@link callSignals}). */
  signals?: SurveySignals | undefined;
  /** Calls shorter than this (seconds, when the duration is known) are not surveyed. @default 0 */
  minCallDurationSeconds?: number | undefined;
  /** End reasons meaning "removed from the call". @default DEFAULT_REMOVED_END_REASONS */
  removedEndReasons?: readonly CallEndReasonCode[] | undefined;
  /** The app's veto, asked last (after sampling): `false` suppresses the survey. */
  shouldSurvey?: ((context: SurveyVetoContext) => boolean) | undefined;
  /** Whether the per-call config leaves something to ask. @default () => true */
  hasSomethingToAsk?: (() => boolean) | undefined;
}

/** What the app's `shouldSurvey` veto sees. */
export interface SurveyVetoContext {
  info: EndedCallInfo;
  signals: SurveySignals;
  lastSurveyedAt?: number;
}

/** Why the survey did or did not open, with what the reason is about. */
export interface SurveyTriggerDecisionDetail {
  decision: SurveyTriggerDecision;
  /** A sentence for logs / debugging. */
  reason: string;
}

function matchesEndReason(reason: CallEndReasonCode | undefined, list: readonly CallEndReasonCode[]): boolean {
  if (!reason) return false;
  return list.some(
    (r) => (r.code === undefined || r.code === reason.code) && (r.subCode === undefined || r.subCode === reason.subCode),
  );
}

/**
 * Decides whether an ended call is surveyed, in this order: never connected → removed from the call (end code) →
 * shorter than `minCallDurationSeconds` → cooldown → not sampled → the app's veto → nothing left to ask → open.
 * Pure: the same input gives the same decision. Throws core's `SurveyPolicyError` for a bad policy and a
 * `RangeError` for a bad `minCallDurationSeconds`.
 */
export function decideSurvey(input: SurveyDecisionInput): SurveyTriggerDecisionDetail {
  const policy = input.policy ?? DEFAULT_SURVEY_TRIGGER_POLICY;
  const min = input.minCallDurationSeconds ?? 0;
  if (typeof min !== 'number' || !Number.isFinite(min) || min < 0) {
    throw new SurveyArgumentError('minCallDurationSeconds', `minCallDurationSeconds must be a finite number of seconds, 0 or more; got ${String(min)}`);
  }
  const { info } = input;
  const signals: SurveySignals = { ...callSignals(info), ...input.signals };
  // Validates the policy even for calls that are suppressed before sampling.
  const sampledIgnoringCooldown = shouldSurvey(policy, { key: input.key, now: input.now, signals });
  if (!info.connected) return { decision: 'not-connected', reason: 'the call never connected' };
  if (matchesEndReason(info.endReason, input.removedEndReasons ?? DEFAULT_REMOVED_END_REASONS)) {
    return {
      decision: 'removed',
      reason: `the participant was removed from the call (end code ${info.endReason?.code}/${info.endReason?.subCode})`,
    };
  }
  if (min > 0 && info.durationSeconds !== undefined && info.durationSeconds < min) {
    return { decision: 'too-short', reason: `the call lasted ${info.durationSeconds} s, less than ${min} s` };
  }
  if (input.lastSurveyedAt !== undefined) {
    const withCooldown = shouldSurvey(policy, {
      key: input.key,
      now: input.now,
      lastSurveyedAt: input.lastSurveyedAt,
      signals,
    });
    if (sampledIgnoringCooldown && !withCooldown) {
      return { decision: 'cooldown', reason: `surveyed within the last ${policy.cooldownDays ?? 0} days` };
    }
  }
  if (!sampledIgnoringCooldown) return { decision: 'not-sampled', reason: `not in the ${policy.sampleRate} sample` };
  if (input.shouldSurvey) {
    const context: SurveyVetoContext = {
      info,
      signals,
      ...(input.lastSurveyedAt !== undefined ? { lastSurveyedAt: input.lastSurveyedAt } : {}),
    };
    if (!input.shouldSurvey(context)) return { decision: 'vetoed', reason: 'the app’s shouldSurvey returned false' };
  }
  if (input.hasSomethingToAsk && !input.hasSomethingToAsk()) {
    return { decision: 'nothing-to-ask', reason: 'the per-call config leaves nothing to ask' };
  }
  return { decision: 'open', reason: 'sampled' };
}
