'use client';

/**
 * `useEndOfCallSurvey`: the survey flow without a view. It owns one flow store (from `core`), renders its snapshot
 * through `useSyncExternalStore`, and runs `onSubmit` exactly once per entry into `submitting`.
 */
import * as React from 'react';
import { createSurveyFlow, defineSurveyConfig } from '../core/index.js';
import { createIdempotencyKey as newIdempotencyKey } from '../delivery/index.js';
import type {
  SurveyDismissReason,
  SurveyEvent,
  SurveyFlow,
  SurveyFlowOptions,
  SurveyFlowState,
  SurveyStep,
} from '../core/flow.types.js';
import type { CallSurvey, Issue, SurveyCategory, SurveySubmitContext } from '../core/types.js';

/** What `onDismiss` receives: the step the user left and how. */
export interface SurveyDismissInfo {
  /**
   * The step shown when the user left: `'rating'`, `'issues'`, `'failed'` (Close after a failure), or `'submitting'`
   * (Escape while sending: the survey was already handed to `onSubmit`, which keeps going).
   */
  step: SurveyStep;
  /** `'skip'` (the Skip button), `'escape'` (the Escape key) or `'close'` (Close after a failure). */
  reason: SurveyDismissReason;
  /** When this survey was shown (epoch ms): telemetry reports the time from there to the dismissal. */
  shownAt?: number;
}

/** Receives the finished survey. Resolve when it was delivered; reject to offer "Try again". */
export type EndOfCallSurveySubmitHandler = (
  survey: CallSurvey,
  context: SurveySubmitContext,
) => Promise<unknown> | unknown;

/** What a new survey may take from {@link UseEndOfCallSurveyResult.reset}: each option given replaces the hook's. */
export type SurveyResetOptions = SurveyFlowOptions;

/** Options of {@link useEndOfCallSurvey}. */
export interface UseEndOfCallSurveyOptions extends SurveyFlowOptions {
  /** Called once per press of Submit or Try again, with the payload `buildCallSurvey` returned. */
  onSubmit?: EndOfCallSurveySubmitHandler;
  /** Called when the user skips, presses Escape or closes after a failure. Never after a successful submit. */
  onDismiss?: (info: SurveyDismissInfo) => void;
  /**
   * Makes the idempotency key of a survey (one per survey, reused by every Try again).
   * @default `createIdempotencyKey` (`crypto.randomUUID()` where available, else a random version-4 id)
   */
  createIdempotencyKey?: () => string;
  /**
   * Identifies the survey: each new value starts a **new survey on that same render**, from that render's `config`,
   * `random` and `comments` (no answers, a new plan, a new idempotency key). The `EndOfCallSurvey` dialog passes
   * its opening count. Leave it undefined for one survey per mount (then `reset()` starts the next one).
   */
  surveyKey?: unknown;
  /** The clock for `shownAt` (tests). @default Date.now */
  now?: () => number;
}

/** What {@link useEndOfCallSurvey} returns: the flow snapshot and one action per event. */
export interface UseEndOfCallSurveyResult {
  /** The current flow snapshot (step, plan, answers, revealed, primaryAction, canContinue, stepNumber, fresh, …). */
  state: SurveyFlowState;
  /** The idempotency key of the current survey (passed to `onSubmit` as `context.idempotencyKey`). */
  idempotencyKey: string;
  /** When the current survey started (epoch ms; passed to `onSubmit` as `context.shownAt`). */
  shownAt: number;
  /** Sets a category's score. */
  rate(category: SurveyCategory, score: number): void;
  /** Ticks (`bad: true`) or clears a two-point category. */
  toggleCategory(category: SurveyCategory, bad: boolean): void;
  /** Selects or clears one issue tag. */
  toggleIssue(category: SurveyCategory, issue: Issue, selected: boolean): void;
  /** Sets a category's free-text comment (kept only when comments are enabled). */
  comment(category: SurveyCategory, text: string): void;
  /** Step 1 → step 2. */
  next(): void;
  /** Step 2 → step 1. */
  back(): void;
  /** Builds the payload and calls `onSubmit` (ignored when not submittable or already submitting). */
  submit(): void;
  /** After a failure: calls `onSubmit` again with the identical survey and key. */
  retry(): void;
  /**
   * Leaves the survey. Calls `onDismiss` and returns `true` when the flow accepted the dismissal (it is ignored after
   * success). While submitting it only leaves: the running `onSubmit` is not cancelled, and its result is ignored.
   */
  dismiss(reason: SurveyDismissReason): boolean;
  /**
   * Starts a new survey: new plan, empty answers, new idempotency key, step 1 (step 2 when overall is not asked).
   * It reads the hook's **latest** `config`, `random` and `comments` (never the ones of the first render); each of
   * `options` replaces the hook's for this survey. A result of the previous survey that arrives later is ignored.
   *
   * @throws SurveyConfigError for an invalid `options.config` (or hook `config`); the current survey then stays.
   */
  reset(options?: SurveyResetOptions): void;
  /** Sends any flow event. */
  send(event: SurveyEvent): void;
}

function flowOptionsOf(options: SurveyFlowOptions): SurveyFlowOptions {
  const flowOptions: SurveyFlowOptions = {};
  if (options.config !== undefined) flowOptions.config = options.config;
  if (options.random !== undefined) flowOptions.random = options.random;
  if (options.comments !== undefined) flowOptions.comments = options.comments;
  return flowOptions;
}

/** One survey of the hook: its flow store and the per-survey facts outside the flow (mutated by `reset`). */
interface SurveyRecord {
  readonly key: unknown;
  readonly flow: SurveyFlow;
  idempotencyKey: string;
  shownAt: number;
  /** The `attempts` value whose `onSubmit` has already run. */
  handledAttempt: number;
  /** Bumped on reset and unmount: a submit result from an older generation is dropped. */
  generation: number;
}

function startSurvey(options: UseEndOfCallSurveyOptions): SurveyRecord {
  return {
    key: options.surveyKey,
    flow: createSurveyFlow(flowOptionsOf(options)),
    idempotencyKey: (options.createIdempotencyKey ?? newIdempotencyKey)(),
    shownAt: (options.now ?? Date.now)(),
    handledAttempt: 0,
    generation: 0,
  };
}

/**
 * The End of Call Survey flow as a hook, for apps that draw their own UI (the `EndOfCallSurvey` dialog uses it).
 *
 * **Every survey is a new survey.** The first survey starts from the first render's `config`, `random` and
 * `comments`. A new one starts (no answers, a new randomized plan, a new idempotency key) when
 * - `surveyKey` changes: on that same render, from that render's options, or
 * - `reset(options?)` is called: from the latest options, each of `options` replacing the hook's.
 * Changing `config`, `random` or `comments` alone never touches the survey in progress (the user's answers are
 * never lost silently): the change applies to the next survey.
 *
 * - `onSubmit` runs exactly once per entry into `submitting` (one per Submit, one per Try again) with the flow's
 *   payload and `{ idempotencyKey, shownAt, shownPlan?, improvementSuggestions? }`; its promise sends
 *   `submitSucceeded` / `submitFailed`. A result that arrives after unmount or a new survey is ignored.
 * - The latest `onSubmit` / `onDismiss` are used (no need to memoize them).
 */
export function useEndOfCallSurvey(options: UseEndOfCallSurveyOptions = {}): UseEndOfCallSurveyResult {
  const [stored, setStored] = React.useState<SurveyRecord>(() => startSurvey(options));
  let record = stored;
  if (!Object.is(stored.key, options.surveyKey)) {
    // A new survey on this very render (React's "adjust state while rendering" pattern): the view never shows the
    // previous survey's state, not even for one frame.
    record = startSurvey(options);
    setStored(record);
  }
  const { flow } = record;

  const optionsRef = React.useRef(options);
  optionsRef.current = options;

  const state = React.useSyncExternalStore(flow.subscribe, flow.getSnapshot, flow.getSnapshot);

  const runSubmitIfEntered = React.useCallback(() => {
    const snapshot = flow.getSnapshot();
    if (snapshot.step !== 'submitting' || snapshot.survey === undefined) return;
    if (snapshot.attempts === record.handledAttempt) return;
    record.handledAttempt = snapshot.attempts;
    const generation = record.generation;
    const context: SurveySubmitContext = { idempotencyKey: record.idempotencyKey, shownAt: record.shownAt };
    if (snapshot.issuesShown) context.shownPlan = snapshot.plan;
    if (snapshot.commentsEnabled) {
      const suggestions = Object.fromEntries(
        Object.entries(snapshot.comments).filter(([, text]) => typeof text === 'string' && text.trim() !== ''),
      );
      if (Object.keys(suggestions).length > 0) context.improvementSuggestions = suggestions;
    }
    const onSubmit = optionsRef.current.onSubmit;
    let result: Promise<unknown>;
    try {
      result = Promise.resolve(onSubmit ? onSubmit(snapshot.survey, context) : undefined);
    } catch (error) {
      result = Promise.reject(error);
    }
    result.then(
      (response) => {
        if (record.generation === generation) flow.send({ type: 'submitSucceeded', response });
      },
      (error: unknown) => {
        if (record.generation === generation) flow.send({ type: 'submitFailed', error });
      },
    );
  }, [flow, record]);

  React.useEffect(() => {
    const generationAtMount = ++record.generation;
    const unsubscribe = flow.subscribe(runSubmitIfEntered);
    runSubmitIfEntered();
    return () => {
      unsubscribe();
      // Drop any result still in flight for this mount (or this survey, when a new one replaces it).
      if (record.generation === generationAtMount) record.generation++;
    };
  }, [flow, record, runSubmitIfEntered]);

  const send = React.useCallback((event: SurveyEvent) => flow.send(event), [flow]);

  const actions = React.useMemo(
    () => ({
      rate: (category: SurveyCategory, score: number) => flow.send({ type: 'rate', category, score }),
      toggleCategory: (category: SurveyCategory, bad: boolean) => flow.send({ type: 'toggleCategory', category, bad }),
      toggleIssue: (category: SurveyCategory, issue: Issue, selected: boolean) =>
        flow.send({ type: 'toggleIssue', category, issue, selected }),
      comment: (category: SurveyCategory, text: string) => flow.send({ type: 'comment', category, text }),
      next: () => flow.send({ type: 'next' }),
      back: () => flow.send({ type: 'back' }),
      submit: () => flow.send({ type: 'submit' }),
      retry: () => flow.send({ type: 'retry' }),
      dismiss: (reason: SurveyDismissReason): boolean => {
        const before = flow.getSnapshot();
        if (before.step === 'dismissed') return false;
        flow.send({ type: 'dismiss', reason });
        if (flow.getSnapshot().step !== 'dismissed') return false;
        optionsRef.current.onDismiss?.({ step: before.step, reason, shownAt: record.shownAt });
        return true;
      },
      reset: (resetOptions: SurveyResetOptions = {}) => {
        const latest = optionsRef.current;
        const merged = { ...flowOptionsOf(latest), ...flowOptionsOf(resetOptions) };
        // Validate here, so a bad config throws to the caller (the reducer itself never throws).
        const config = merged.config === undefined ? undefined : defineSurveyConfig(merged.config);
        record.generation++;
        record.handledAttempt = 0;
        record.idempotencyKey = (latest.createIdempotencyKey ?? newIdempotencyKey)();
        record.shownAt = (latest.now ?? Date.now)();
        const next: SurveyFlowOptions = { config: config ?? defineSurveyConfig() };
        if (merged.random !== undefined) next.random = merged.random;
        next.comments = merged.comments === true;
        flow.send({ type: 'reset', options: next });
      },
    }),
    [flow, record],
  );

  return { state, idempotencyKey: record.idempotencyKey, shownAt: record.shownAt, send, ...actions };
}
