'use client';

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { SurveyConfig, SurveyConfigInput, SurveySignals } from '../core/index.js';
import {
  DEFAULT_COOLDOWN_KEY,
  DEFAULT_SURVEY_TRIGGER_POLICY,
  decideSurvey,
  defaultSurveyStore,
  readCooldowns,
  surveyConfigForCall,
  watchAdapterCallEnd,
  watchCallEnd,
  writeCooldown,
} from '../delivery/index.js';
import type {
  CallModalities,
  EndedCallInfo,
  SurveyKeyValueStore,
  SurveyTriggerAdapter,
  SurveyTriggerCall,
  CallEndReasonCode,
  SurveyTriggerDecision,
  SurveyTriggerDecisionDetail,
  SurveyTriggerPolicy,
  SurveyVetoContext,
} from '../delivery/index.js';

/** Options of {@link useSurveyTrigger}. Pass `adapter` or `call` (or neither and call `openSurvey` yourself). */
export interface UseSurveyTriggerOptions {
  /** A communication-react `CallAdapter` (or anything with `on`/`off('callEnded')`). */
  adapter?: SurveyTriggerAdapter;
  /** A Calling SDK `Call`: the survey opens when it reaches `Disconnected`. */
  call?: SurveyTriggerCall;
  /**
   * Sampling and cooldown. @default { sampleRate: 0.1 } (`DEFAULT_SURVEY_TRIGGER_POLICY`: one connected call in ten,
   * the Skype / Teams anchor; pass `{ sampleRate: 1 }` to survey every call)
   */
  policy?: SurveyTriggerPolicy;
  /** Calls shorter than this many seconds (from first seen `Connected`) are not surveyed. @default 0 */
  minCallDurationSeconds?: number;
  /** End reasons meaning "removed from the call" (not surveyed). @default `[{ code: 0, subCode: 5300 }]` */
  removedEndReasons?: readonly CallEndReasonCode[];
  /** The app's veto, asked after sampling: return `false` to suppress this call's survey (decision `'vetoed'`). */
  shouldSurvey?: (context: SurveyVetoContext) => boolean;
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
  /** Told about every ended call and the decision (for telemetry / debugging); the third argument has the reason. */
  onCallEnded?: (info: EndedCallInfo, decision: SurveyTriggerDecision, detail: SurveyTriggerDecisionDetail) => void;
  /**
   * Telemetry: one `decision` event per ended call, surveyed or not (`'open'`, `'not-sampled'`, `'removed'`, …), with
   * the reason, so the share of calls surveyed and why the others were not can be counted next to
   * `useSurveySubmission`'s events. A throwing handler is logged and ignored.
   */
  onEvent?: (event: SurveyTriggerEvent) => void;
}

/** What {@link UseSurveyTriggerOptions.onEvent} receives for each ended call. */
export interface SurveyTriggerEvent {
  type: 'decision';
  decision: SurveyTriggerDecision;
  /** A sentence for logs (the decision's reason). */
  reason: string;
  callId: string;
  /** Seconds the call was connected, when known. */
  durationSeconds?: number;
  /** When the decision was made (ms since the epoch). */
  at: number;
}

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
  /** The decision for the last ended call with its reason (a sentence for logs). */
  decisionDetail: SurveyTriggerDecisionDetail | undefined;
  /** Opens the survey now (for a call the kit did not watch), bypassing sampling; records the cooldown. */
  openSurvey: (info?: Partial<EndedCallInfo>) => void;
  /** Closes the survey. */
  close: () => void;
}

/**
 * Opens the survey when a call ends: from a `CallAdapter` (`callEnded`) or a `Call` (`Disconnected`), only for
 * calls that reached `Connected`, subject to `decideSurvey` (removed / too-short calls suppressed, sample rate by
 * `callId + participant` — 10 % by default —, cooldown remembered in `storage`, the app's `shouldSurvey` veto), with a config that leaves out video / screen share when the call never used them.
 *
 * ```tsx
 * const trigger = useSurveyTrigger({ adapter, policy: { sampleRate: 0.2, cooldownDays: 7 } });
 * <EndOfCallSurvey {...trigger.dialogProps} onSubmit={submission.onSubmit} onDismiss={submission.onDismiss} />
 * ```
 */
export function useSurveyTrigger(options: UseSurveyTriggerOptions = {}): UseSurveyTriggerResult {
  const { adapter, call, policy } = options;
  // Check the policy up front, so a bad one fails loudly here rather than inside an SDK event handler.
  useMemo(
    () =>
      decideSurvey({
        info: { callId: '', connected: false, modalities: { video: false, screenshare: false } },
        policy: policy ?? DEFAULT_SURVEY_TRIGGER_POLICY,
        key: 'policy-check',
        now: 0,
        minCallDurationSeconds: options.minCallDurationSeconds,
      }),
    [policy, options.minCallDurationSeconds],
  );
  const latest = useRef(options);
  latest.current = options;
  const [storage] = useState<SurveyKeyValueStore>(() => options.storage ?? defaultSurveyStore());
  const [state, setState] = useState<{
    open: boolean;
    callInfo?: EndedCallInfo;
    decision?: SurveyTriggerDecisionDetail;
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
      const who = opts.userKey ?? info.participantId ?? 'local';
      const now = (opts.now ?? Date.now)();
      const lastSurveyedAt = readCooldowns(storage, opts.storageKey ?? DEFAULT_COOLDOWN_KEY)[who];
      const appSignals = typeof opts.signals === 'function' ? opts.signals(info) : opts.signals;
      const detail = decideSurvey({
        info,
        policy: opts.policy ?? DEFAULT_SURVEY_TRIGGER_POLICY,
        key: `${info.callId}:${info.participantId ?? who}`,
        now,
        lastSurveyedAt,
        signals: appSignals,
        minCallDurationSeconds: opts.minCallDurationSeconds,
        removedEndReasons: opts.removedEndReasons,
        shouldSurvey: opts.shouldSurvey,
        hasSomethingToAsk: () => {
          try {
            surveyConfigForCall(opts.config, effectiveModalities(info));
            return true;
          } catch {
            return false;
          }
        },
      });
      const { decision } = detail;
      if (decision === 'open') remember(info);
      setState((previous) => ({
        open: decision === 'open' ? true : previous.open,
        callInfo: decision === 'open' ? info : (previous.callInfo ?? info),
        decision: detail,
      }));
      opts.onCallEnded?.(info, decision, detail);
      if (opts.onEvent) {
        const event: SurveyTriggerEvent = { type: 'decision', decision, reason: detail.reason, callId: info.callId, at: now };
        if (info.durationSeconds !== undefined) event.durationSeconds = info.durationSeconds;
        try {
          opts.onEvent(event);
        } catch (error) {
          console.error('end-of-call-survey: onEvent threw', error);
        }
      }
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
      setState({ open: true, callInfo: info, decision: { decision: 'open', reason: 'opened by openSurvey()' } });
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
    decision: state.decision?.decision,
    decisionDetail: state.decision,
    openSurvey,
    close,
  };
}
