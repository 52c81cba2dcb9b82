/**
 * The survey flow's public types: a finite set of steps (strings, shown on the DOM as `data-step`),
 * the events a view sends, and the snapshot it renders. The implementation is `createSurveyFlow` in
 * `flow.ts` (a pure reducer plus a tiny store with `subscribe`/`getSnapshot` for `useSyncExternalStore`).
 */
import type {
  CallSurvey,
  Issue,
  IssuesStepGroup,
  SurveyAnswers,
  SurveyCategory,
  SurveyComments,
  SurveyConfig,
  SurveyConfigInput,
} from './types.js';

/**
 * - `rating`: step 1, the overall question only.
 * - `issues`: step 2, what could have been better (only after a low overall score, or first when overall
 *   is not asked).
 * - `submitting`: the payload is built and handed to `onSubmit`; inputs are disabled. The user can still leave
 *   (`dismiss`, Escape in the dialog), which closes the view without cancelling the running `onSubmit`.
 * - `submitted`: delivered (or accepted as unconfirmed); the thank-you state.
 * - `failed`: `onSubmit` rejected; offers retry (identical payload) and close.
 * - `dismissed`: the user skipped, pressed Escape or closed.
 */
export type SurveyStep = 'rating' | 'issues' | 'submitting' | 'submitted' | 'failed' | 'dismissed';

/** The two steps that show questions. */
export type SurveyFormStep = 'rating' | 'issues';

/** Why the user left: the Skip button, the Escape key, or Close (also Close after a failure). */
export type SurveyDismissReason = 'skip' | 'escape' | 'close';

/** What a view sends to the flow; an event that does not apply in the current step is ignored. */
export type SurveyEvent =
  /** Set a category's score (a rating control). */
  | { type: 'rate'; category: SurveyCategory; score: number }
  /** Two-point categories in step 2: `bad: true` = ticked = `lowerBound`; `false` = `upperBound`. */
  | { type: 'toggleCategory'; category: SurveyCategory; bad: boolean }
  /** Select or clear one issue tag of a category. */
  | { type: 'toggleIssue'; category: SurveyCategory; issue: Issue; selected: boolean }
  /** Free text for a category (only kept when comments are enabled). */
  | { type: 'comment'; category: SurveyCategory; text: string }
  /** Step 1 → step 2 (only when the overall score is low and step 2 has something to ask). */
  | { type: 'next' }
  /** Step 2 → step 1 (only when overall is asked). */
  | { type: 'back' }
  /** Build the payload with `buildCallSurvey` and enter `submitting`; ignored when not submittable. */
  | { type: 'submit' }
  | { type: 'submitSucceeded'; response?: unknown }
  | { type: 'submitFailed'; error: unknown }
  /** From `failed`: back to `submitting` with the identical payload. */
  | { type: 'retry' }
  | { type: 'dismiss'; reason: SurveyDismissReason }
  /**
   * Start over: a new survey (new plan, empty answers, step 1 — or step 2 when overall is not asked). Without
   * `options` it re-plans with the state's own `config`, `random` and `comments`; each option given replaces the
   * state's one (an invalid `config` makes the event a no-op: validate it first with `defineSurveyConfig`).
   */
  | { type: 'reset'; options?: SurveyFlowOptions };

/** One immutable snapshot of the survey flow (a new object after every change, the same one otherwise). */
export interface SurveyFlowState {
  readonly step: SurveyStep;
  /** The question step last shown (what `submitting`/`failed` should keep on screen). */
  readonly formStep: SurveyFormStep;
  readonly config: SurveyConfig;
  /** Step 2 in display order, fixed once per survey (randomized with the injected `random`). */
  readonly plan: readonly IssuesStepGroup[];
  readonly answers: SurveyAnswers;
  /** Free text per category; empty unless comments are enabled. Never part of `survey`. */
  readonly comments: SurveyComments;
  readonly commentsEnabled: boolean;
  /** The payload handed to `onSubmit` (set on `submit`, kept for `retry`), built only by `buildCallSurvey`. */
  readonly survey: CallSurvey | undefined;
  /** The rejection of the last attempt, in `failed`. */
  readonly error: unknown;
  /** How many times the payload has been handed to `onSubmit` (submit + retries). */
  readonly attempts: number;
  /** The sink's response of a successful submit. */
  readonly response: unknown;
  readonly dismissReason: SurveyDismissReason | undefined;
  /** Derived: whether the overall score is at or below the threshold (`undefined` = not rated / not asked). */
  readonly overallIsLow: boolean | undefined;
  /** Derived: what the primary button of the current form step does. */
  readonly primaryAction: 'next' | 'submit';
  /** Derived: whether the primary action is available now. */
  readonly canContinue: boolean;
  /**
   * Derived: categories whose tags are revealed, in plan order — in step 2, two-point categories ticked bad, wider
   * scales with a low score, and `overallRating` (when it has tags, after a low overall score). A category marked
   * low that offers no tags is listed too. Empty in step 1. Tags of categories not listed are never sent.
   */
  readonly revealed: readonly SurveyCategory[];
  /** The injected random source (`SurveyFlowOptions.random`), used again to re-plan step 2 on `reset`. */
  readonly random: () => number;
  /**
   * Derived: whether this is still a fresh survey — nothing answered, typed or sent yet, on the step it starts with
   * (step 1, or step 2 when overall is not asked; the "no issue" defaults of two-point categories do not count).
   */
  readonly fresh: boolean;
  /** Derived: how many question steps this survey can show: 2 when overall is asked and step 2 has groups, else 1. */
  readonly totalSteps: 1 | 2;
  /** Derived: the 1-based number of the question step on screen (`formStep`): 2 only for step 2 after step 1. */
  readonly stepNumber: 1 | 2;
  /** Whether step 2 has been shown in this survey (then `plan` is the order the user saw). */
  readonly issuesShown: boolean;
}

/** Options of `createSurveyFlow` / `initialSurveyFlowState`. */
export interface SurveyFlowOptions {
  config?: SurveyConfigInput | SurveyConfig;
  /** Defaults to `Math.random`; inject a seeded one for stories and tests. */
  random?: () => number;
  /** Enables free-text comments. */
  comments?: boolean;
}

/** The flow store, shaped for `useSyncExternalStore`. */
export interface SurveyFlow {
  /** The current state; the same object until an event changes something. */
  getSnapshot(): SurveyFlowState;
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** Applies an event; never throws; listeners are only notified when the state changed. */
  send(event: SurveyEvent): void;
}
