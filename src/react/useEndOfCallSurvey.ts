/**
 * `useEndOfCallSurvey`: the survey flow without a view. It owns one flow store (from `core`), renders its snapshot
 * through `useSyncExternalStore`, and runs `onSubmit` exactly once per entry into `submitting`.
 */
import * as React from 'react';
import { createSurveyFlow } from '../core/index.js';
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
}

/** Receives the finished survey. Resolve when it was delivered; reject to offer "Try again". */
export type EndOfCallSurveySubmitHandler = (
  survey: CallSurvey,
  context: SurveySubmitContext,
) => Promise<unknown> | unknown;

/** Options of {@link useEndOfCallSurvey}. */
export interface UseEndOfCallSurveyOptions extends SurveyFlowOptions {
  /** Called once per press of Submit or Try again, with the payload `buildCallSurvey` returned. */
  onSubmit?: EndOfCallSurveySubmitHandler;
  /** Called when the user skips, presses Escape or closes after a failure. Never after a successful submit. */
  onDismiss?: (info: SurveyDismissInfo) => void;
  /**
   * Makes the idempotency key of a survey (one per survey, reused by every Try again).
   * @default `crypto.randomUUID()` where available, else a random base-36 string
   */
  createIdempotencyKey?: () => string;
}

/** What {@link useEndOfCallSurvey} returns: the flow snapshot and one action per event. */
export interface UseEndOfCallSurveyResult {
  /** The current flow snapshot (step, plan, answers, revealed, primaryAction, canContinue, …). */
  state: SurveyFlowState;
  /** The idempotency key of the current survey (passed to `onSubmit` as `context.idempotencyKey`). */
  idempotencyKey: string;
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
  /** Starts a fresh survey: new plan, empty answers, new idempotency key. */
  reset(): void;
  /** Sends any flow event. */
  send(event: SurveyEvent): void;
}

function defaultIdempotencyKey(): string {
  const cryptoApi = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  if (cryptoApi?.randomUUID) return cryptoApi.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}-${Math.random().toString(36).slice(2)}`;
}

function createFlow(options: UseEndOfCallSurveyOptions): SurveyFlow {
  const flowOptions: SurveyFlowOptions = {};
  if (options.config !== undefined) flowOptions.config = options.config;
  if (options.random !== undefined) flowOptions.random = options.random;
  if (options.comments !== undefined) flowOptions.comments = options.comments;
  return createSurveyFlow(flowOptions);
}

/**
 * The End of Call Survey flow as a hook, for apps that draw their own UI (the `EndOfCallSurvey` dialog uses it).
 *
 * - The flow store is created once, from the first render's `config`, `random` and `comments`; call `reset()` for a
 *   new survey.
 * - `onSubmit` runs exactly once per entry into `submitting` (one per Submit, one per Try again) with the flow's
 *   payload and `{ idempotencyKey, improvementSuggestions }`; its promise sends `submitSucceeded` / `submitFailed`.
 *   A result that arrives after unmount or `reset()` is ignored.
 * - The latest `onSubmit` / `onDismiss` are used (no need to memoize them).
 */
export function useEndOfCallSurvey(options: UseEndOfCallSurveyOptions = {}): UseEndOfCallSurveyResult {
  const flowRef = React.useRef<SurveyFlow | null>(null);
  const flow: SurveyFlow = flowRef.current ?? (flowRef.current = createFlow(options));

  const optionsRef = React.useRef(options);
  optionsRef.current = options;

  const keyRef = React.useRef<string | null>(null);
  if (keyRef.current === null) keyRef.current = (options.createIdempotencyKey ?? defaultIdempotencyKey)();

  /** Bumped on reset and unmount: a submit result from an older generation is dropped. */
  const generationRef = React.useRef(0);
  /** The `attempts` value whose `onSubmit` has already run in this generation. */
  const handledAttemptRef = React.useRef(0);

  const state = React.useSyncExternalStore(flow.subscribe, flow.getSnapshot, flow.getSnapshot);

  const runSubmitIfEntered = React.useCallback(() => {
    const snapshot = flow.getSnapshot();
    if (snapshot.step !== 'submitting' || snapshot.survey === undefined) return;
    if (snapshot.attempts === handledAttemptRef.current) return;
    handledAttemptRef.current = snapshot.attempts;
    const generation = generationRef.current;
    const context: SurveySubmitContext = { idempotencyKey: keyRef.current ?? defaultIdempotencyKey() };
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
        if (generationRef.current === generation) flow.send({ type: 'submitSucceeded', response });
      },
      (error: unknown) => {
        if (generationRef.current === generation) flow.send({ type: 'submitFailed', error });
      },
    );
  }, [flow]);

  React.useEffect(() => {
    const generationAtMount = ++generationRef.current;
    const unsubscribe = flow.subscribe(runSubmitIfEntered);
    runSubmitIfEntered();
    return () => {
      unsubscribe();
      // Drop any result still in flight for this mount.
      if (generationRef.current === generationAtMount) generationRef.current++;
    };
  }, [flow, runSubmitIfEntered]);

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
        optionsRef.current.onDismiss?.({ step: before.step, reason });
        return true;
      },
      reset: () => {
        generationRef.current++;
        handledAttemptRef.current = 0;
        keyRef.current = (optionsRef.current.createIdempotencyKey ?? defaultIdempotencyKey)();
        flow.send({ type: 'reset' });
      },
    }),
    [flow],
  );

  return { state, idempotencyKey: keyRef.current, send, ...actions };
}
