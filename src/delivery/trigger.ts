/**
 * The trigger's framework-free logic: which signals an ended call gives the policy, the per-call config, and the
 * cooldown record. `useSurveyTrigger` (in `react/`) is the hook over it.
 */
import { defineSurveyConfig, isDefinedSurveyConfig } from '../core/index.js';
import type { SurveyConfig, SurveyConfigInput, SurveyPolicy, SurveySignals } from '../core/index.js';
import type { CallModalities, EndedCallInfo } from './callEnd.js';
import type { SurveyKeyValueStore } from './outbox.js';

/** The sampling / burnout policy: core's `SurveyPolicy` (`{ sampleRate, cooldownDays?, alwaysWhen? }`). */
export type SurveyTriggerPolicy = SurveyPolicy;

/** The default storage key of the cooldown record (a JSON object: who → last time surveyed, epoch ms). */
export const DEFAULT_COOLDOWN_KEY = 'end-of-call-survey:last-surveyed';

/** Why the survey did or did not open for an ended call. */
export type SurveyTriggerDecision = 'open' | 'not-connected' | 'not-sampled' | 'nothing-to-ask';

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

