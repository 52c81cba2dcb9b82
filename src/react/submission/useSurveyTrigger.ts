import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { defineSurveyConfig, isDefinedSurveyConfig, shouldSurvey } from '../../core/index.js';
import type { SurveyConfig, SurveyConfigInput, SurveyPolicy, SurveySignals } from '../../core/index.js';
import { watchAdapterCallEnd, watchCallEnd } from './callEnd.js';
import type { CallModalities, EndedCallInfo, SurveyTriggerAdapter, SurveyTriggerCall } from './callEnd.js';
import { defaultSurveyStore } from './outbox.js';
import type { SurveyKeyValueStore } from './outbox.js';

/** The sampling / burnout policy: core's `SurveyPolicy` (`{ sampleRate, cooldownDays?, alwaysWhen? }`). */
export type SurveyTriggerPolicy = SurveyPolicy;

/** The default storage key of the cooldown record (a JSON object: who → last time surveyed, epoch ms). */
export const DEFAULT_COOLDOWN_KEY = 'end-of-call-survey:last-surveyed';

/** Options of {@link useSurveyTrigger}. Pass `adapter` or `call` (or neither and call `openSurvey` yourself). */
export interface UseSurveyTriggerOptions {
  /** A communication-react `CallAdapter` (or anything with `on`/`off('callEnded')`). */
  adapter?: SurveyTriggerAdapter;
  /** A Calling SDK `Call`: the survey opens when it reaches `Disconnected`. */
  call?: SurveyTriggerCall;
  /** Sampling and cooldown. @default { sampleRate: 1 } (every connected call) */
  policy?: SurveyTriggerPolicy;
  /** Where the cooldown is remembered. @default localStorage, or memory where there is no window */
  storage?: SurveyKeyValueStore;
  /** The storage key of the cooldown record. @default 'end-of-call-survey:last-surveyed' */
  storageKey?: string;
  /**
   * Whose cooldown this is (e.g. the ACS user id). @default the ended call's participant id, else `'local'`
   */
  userKey?: string;
  /** The survey's base config; video / screen share are left out for calls that did not use them. */
  config?: SurveyConfigInput | SurveyConfig;
  /** What the call used, when the app knows better than the kit's observation (each field overrides it). */
  modalities?: Partial<CallModalities>;
  /**
   * Facts about the call for the policy's `alwaysWhen`, merged over the ones the kit derives: `callEndedUnexpectedly`
   * (an end reason with a non-zero code), `endReasonCode`, `endReasonSubCode`, `video`, `screenshare`.
   */
  signals?: SurveySignals | ((info: EndedCallInfo) => SurveySignals);
  /** The clock (tests). @default Date.now */
  now?: () => number;
  /** Told about every ended call and the decision (for telemetry / debugging). */
  onCallEnded?: (info: EndedCallInfo, decision: SurveyTriggerDecision) => void;
}

/** Why the survey did or did not open for an ended call. */
export type SurveyTriggerDecision = 'open' | 'not-connected' | 'not-sampled' | 'nothing-to-ask';

/** The dialog props {@link useSurveyTrigger} controls. */
export interface SurveyTriggerDialogProps {
  open: boolean;
  config: SurveyConfig;
  onOpenChange: (event: unknown, data: { open: boolean }) => void;
}

/** What {@link useSurveyTrigger} returns. Spread `dialogProps` into `<EndOfCallSurvey>`. */
export interface UseSurveyTriggerResult extends SurveyTriggerDialogProps {
  /** `{ open, config, onOpenChange }`, ready to spread. */
  dialogProps: SurveyTriggerDialogProps;
  /** The call the open (or last) survey is about. */
  callInfo: EndedCallInfo | undefined;
  /** The decision for the last ended call. */
  decision: SurveyTriggerDecision | undefined;
  /** Opens the survey now (for a call the kit did not watch), bypassing sampling; records the cooldown. */
  openSurvey: (info?: Partial<EndedCallInfo>) => void;
  /** Closes the survey. */
  close: () => void;
}

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

function readCooldowns(storage: SurveyKeyValueStore, key: string): Record<string, number> {
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

function writeCooldown(storage: SurveyKeyValueStore, key: string, who: string, at: number): void {
  try {
    storage.setItem(key, JSON.stringify({ ...readCooldowns(storage, key), [who]: at }));
  } catch {
    // A full or blocked storage only loses the cooldown.
  }
}

/**
 * Opens the survey when a call ends: from a `CallAdapter` (`callEnded`) or a `Call` (`Disconnected`), only for
 * calls that reached `Connected`, subject to `shouldSurvey` (sample rate by `callId + participant`, cooldown
 * remembered in `storage`), with a config that leaves out video / screen share when the call never used them.
 *
 * ```tsx
 * const trigger = useSurveyTrigger({ adapter, policy: { sampleRate: 0.2, cooldownDays: 7 } });
 * <EndOfCallSurvey {...trigger.dialogProps} onSubmit={submission.onSubmit} onDismiss={submission.onDismiss} />
 * ```
 */
export function useSurveyTrigger(options: UseSurveyTriggerOptions = {}): UseSurveyTriggerResult {
  const { adapter, call, policy } = options;
  // Check the policy up front, so a bad one fails loudly here rather than inside an SDK event handler.
  useMemo(() => shouldSurvey(policy ?? { sampleRate: 1 }, { key: 'policy-check' }), [policy]);
  const latest = useRef(options);
  latest.current = options;
  const [storage] = useState<SurveyKeyValueStore>(() => options.storage ?? defaultSurveyStore());
  const [state, setState] = useState<{
    open: boolean;
    callInfo?: EndedCallInfo;
    decision?: SurveyTriggerDecision;
  }>({ open: false });

  const effectiveModalities = useCallback((info: EndedCallInfo): CallModalities => {
    const told = latest.current.modalities ?? {};
    return {
      video: told.video ?? info.modalities.video,
      screenshare: told.screenshare ?? info.modalities.screenshare,
    };
  }, []);

  const remember = useCallback(
    (info: EndedCallInfo) => {
      const opts = latest.current;
      const now = (opts.now ?? Date.now)();
      writeCooldown(storage, opts.storageKey ?? DEFAULT_COOLDOWN_KEY, opts.userKey ?? info.participantId ?? 'local', now);
    },
    [storage],
  );

  const handleEnded = useCallback(
    (info: EndedCallInfo) => {
      const opts = latest.current;
      let decision: SurveyTriggerDecision;
      if (!info.connected) decision = 'not-connected';
      else {
        const who = opts.userKey ?? info.participantId ?? 'local';
        const now = (opts.now ?? Date.now)();
        const lastSurveyedAt = readCooldowns(storage, opts.storageKey ?? DEFAULT_COOLDOWN_KEY)[who];
        const appSignals = typeof opts.signals === 'function' ? opts.signals(info) : opts.signals;
        const sampled = shouldSurvey(opts.policy ?? { sampleRate: 1 }, {
          key: `${info.callId}:${info.participantId ?? who}`,
          now,
          ...(lastSurveyedAt === undefined ? {} : { lastSurveyedAt }),
          signals: { ...callSignals(info), ...appSignals },
        });
        if (!sampled) decision = 'not-sampled';
        else {
          try {
            surveyConfigForCall(opts.config, effectiveModalities(info));
            decision = 'open';
          } catch {
            decision = 'nothing-to-ask';
          }
        }
      }
      if (decision === 'open') remember(info);
      setState((previous) => ({
        open: decision === 'open' ? true : previous.open,
        callInfo: decision === 'open' ? info : (previous.callInfo ?? info),
        decision,
      }));
      opts.onCallEnded?.(info, decision);
    },
    [storage, effectiveModalities, remember],
  );

  useEffect(() => {
    if (!adapter) return undefined;
    return watchAdapterCallEnd(adapter, handleEnded);
  }, [adapter, handleEnded]);

  useEffect(() => {
    if (!call) return undefined;
    return watchCallEnd(call, handleEnded);
  }, [call, handleEnded]);

  const openSurvey = useCallback(
    (partial: Partial<EndedCallInfo> = {}) => {
      const info: EndedCallInfo = {
        callId: partial.callId ?? '',
        connected: true,
        modalities: partial.modalities ?? { video: true, screenshare: true },
        ...(partial.participantId ? { participantId: partial.participantId } : {}),
        ...(partial.endReason ? { endReason: partial.endReason } : {}),
      };
      remember(info);
      setState({ open: true, callInfo: info, decision: 'open' });
    },
    [remember],
  );
  const close = useCallback(() => setState((previous) => ({ ...previous, open: false })), []);
  const onOpenChange = useCallback(
    (_event: unknown, data: { open: boolean }) => setState((previous) => ({ ...previous, open: data.open })),
    [],
  );

  const modalities = state.callInfo ? effectiveModalities(state.callInfo) : undefined;
  const baseConfig = options.config;
  const config = useMemo(() => {
    const used = modalities ?? { video: true, screenshare: true };
    try {
      return surveyConfigForCall(baseConfig, used);
    } catch {
      return surveyConfigForCall(undefined, used);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [baseConfig, modalities?.video, modalities?.screenshare]);

  const dialogProps = useMemo(() => ({ open: state.open, config, onOpenChange }), [state.open, config, onOpenChange]);
  return {
    ...dialogProps,
    dialogProps,
    callInfo: state.callInfo,
    decision: state.decision,
    openSurvey,
    close,
  };
}
