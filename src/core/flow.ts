/**
 * The survey flow: a pure reducer over `SurveyFlowState` plus a tiny store for `useSyncExternalStore`.
 * Views render the state and send events; they never build payloads or compare scores with thresholds.
 */
import { SurveyArgumentError } from './errors.js';
import { SURVEY_CATEGORIES } from './types.js';
import type {
  CallSurvey,
  CategoryAnswer,
  Issue,
  IssuesStepGroup,
  SurveyAnswers,
  SurveyCategory,
  SurveyComments,
  SurveyConfig,
} from './types.js';
import type {
  SurveyEvent,
  SurveyFlow,
  SurveyFlowOptions,
  SurveyFlowState,
  SurveyFormStep,
  SurveyStep,
} from './flow.types.js';
import { defineSurveyConfig } from './config.js';
import { planIssuesStep } from './plan.js';
import { assembleCallSurvey } from './payload.js';
import { isLowScore, isScoreInScale, isTwoPointScale } from './scale.js';

type LooseAnswers = Partial<Record<SurveyCategory, CategoryAnswer>>;

/** The fields of the state that are not derived. */
type CoreState = Omit<
  SurveyFlowState,
  'overallIsLow' | 'primaryAction' | 'canContinue' | 'revealed' | 'fresh' | 'totalSteps' | 'stepNumber'
>;

function isFormStep(step: SurveyStep): step is SurveyFormStep {
  return step === 'rating' || step === 'issues';
}

function groupOf(state: CoreState, category: SurveyCategory): IssuesStepGroup | undefined {
  return state.plan.find((g) => g.category === category);
}

function overallIsLowOf(config: SurveyConfig, answers: SurveyAnswers): boolean | undefined {
  const entry = config.overallRating;
  const answer = answers.overallRating;
  if (entry === undefined || answer === undefined) return undefined;
  return isLowScore(entry.scale, answer.score);
}

/**
 * Whether a step-2 category is marked low, so its tags are visible (and belong in the payload). A category that
 * offers no tags counts too (a view may show a comment box for it).
 */
function isRevealed(state: CoreState, category: SurveyCategory): boolean {
  if (state.formStep !== 'issues') return false;
  const group = groupOf(state, category);
  const entry = state.config[category];
  if (group === undefined || entry === undefined) return false;
  if (category === 'overallRating') return overallIsLowOf(state.config, state.answers) === true;
  const answer = state.answers[category];
  if (answer === undefined) return false;
  return isTwoPointScale(entry.scale) ? answer.score === entry.scale.lowerBound : isLowScore(entry.scale, answer.score);
}

function derive(core: CoreState): SurveyFlowState {
  const overallIsLow = overallIsLowOf(core.config, core.answers);
  const primaryAction: 'next' | 'submit' =
    core.formStep === 'rating' && overallIsLow === true && core.plan.length > 0 ? 'next' : 'submit';
  let canContinue = false;
  if (isFormStep(core.step)) {
    canContinue =
      core.step === 'rating'
        ? core.answers.overallRating !== undefined
        : SURVEY_CATEGORIES.some((c) => core.answers[c] !== undefined);
  }
  const revealed = Object.freeze(
    core.plan.map((g) => g.category).filter((c) => isRevealed(core, c)),
  );
  const overallAsked = core.config.overallRating !== undefined;
  const totalSteps: 1 | 2 = overallAsked && core.plan.length > 0 ? 2 : 1;
  const stepNumber: 1 | 2 = core.formStep === 'issues' && overallAsked ? 2 : 1;
  return Object.freeze({
    ...core,
    overallIsLow,
    primaryAction,
    canContinue,
    revealed,
    fresh: isFresh(core),
    totalSteps,
    stepNumber,
  });
}

/** Whether nothing was answered, typed or sent yet (the "no issue" defaults of two-point categories aside). */
function isFresh(core: CoreState): boolean {
  const startStep: SurveyFormStep = core.config.overallRating !== undefined ? 'rating' : 'issues';
  if (core.step !== startStep || core.attempts !== 0 || Object.keys(core.comments).length > 0) return false;
  for (const category of SURVEY_CATEGORIES) {
    const answer = core.answers[category];
    if (answer === undefined) continue;
    const entry = core.config[category];
    const isDefault =
      category !== 'overallRating' &&
      entry !== undefined &&
      isTwoPointScale(entry.scale) &&
      answer.score === entry.scale.upperBound &&
      (answer.issues === undefined || answer.issues.length === 0);
    if (!isDefault) return false;
  }
  return true;
}

/** Entering step 2: every two-point category of the plan without an answer gets `upperBound` ("no issue"). */
function enterIssues(core: CoreState): CoreState {
  let answers = core.answers as LooseAnswers;
  for (const group of core.plan) {
    const entry = core.config[group.category];
    if (group.category === 'overallRating' || entry === undefined || !isTwoPointScale(entry.scale)) continue;
    if (answers[group.category] !== undefined) continue;
    answers = { ...answers, [group.category]: Object.freeze({ score: entry.scale.upperBound }) };
  }
  return {
    ...core,
    step: 'issues',
    formStep: 'issues',
    issuesShown: true,
    answers: Object.freeze(answers) as SurveyAnswers,
  };
}

function freezePlan(plan: IssuesStepGroup[]): readonly IssuesStepGroup[] {
  return Object.freeze(plan.map((g) => Object.freeze({ category: g.category, issues: Object.freeze([...g.issues]) })));
}

function fresh(config: SurveyConfig, random: () => number, commentsEnabled: boolean): SurveyFlowState {
  const core: CoreState = {
    step: 'rating',
    formStep: 'rating',
    config,
    plan: freezePlan(planIssuesStep(config, random)),
    answers: Object.freeze({}),
    comments: Object.freeze({}),
    commentsEnabled,
    survey: undefined,
    error: undefined,
    attempts: 0,
    response: undefined,
    dismissReason: undefined,
    random,
    issuesShown: false,
  };
  return derive(config.overallRating !== undefined ? core : enterIssues(core));
}

/**
 * The state a flow starts in: the config defined once (`defineSurveyConfig`), step 2 planned once with the injected
 * `random`, step `rating` when overall is asked, else `issues` (with two-point categories pre-answered "no issue").
 *
 * @throws SurveyConfigError for an invalid `options.config`.
 */
export function initialSurveyFlowState(options: SurveyFlowOptions = {}): SurveyFlowState {
  const random = options.random ?? Math.random;
  if (typeof random !== 'function') {
    throw new SurveyArgumentError('random', `random must be a function returning numbers in [0, 1); got ${typeof random}`);
  }
  return fresh(defineSurveyConfig(options.config), random, options.comments === true);
}

function setAnswer(state: SurveyFlowState, category: SurveyCategory, answer: CategoryAnswer): SurveyFlowState {
  const answers = Object.freeze({ ...(state.answers as LooseAnswers), [category]: Object.freeze(answer) });
  return derive({ ...state, answers: answers as SurveyAnswers });
}

/** The answers the payload is built from: only overall from step 1; tags only of revealed categories. */
function payloadAnswers(state: SurveyFlowState): SurveyAnswers {
  const out: LooseAnswers = {};
  const source = state.answers as LooseAnswers;
  for (const category of SURVEY_CATEGORIES) {
    const answer = source[category];
    if (answer === undefined) continue;
    if (state.formStep === 'rating' && category !== 'overallRating') continue;
    const keepTags = state.revealed.includes(category) && answer.issues !== undefined && answer.issues.length > 0;
    out[category] = keepTags ? { score: answer.score, issues: answer.issues } : { score: answer.score };
  }
  return out as SurveyAnswers;
}

function rate(state: SurveyFlowState, category: SurveyCategory, score: unknown): SurveyFlowState {
  const entry = state.config[category];
  if (entry === undefined || !isScoreInScale(entry.scale, score)) return state;
  if (state.step === 'rating') {
    if (category !== 'overallRating') return state;
  } else if (state.step === 'issues') {
    if (category === 'overallRating' || groupOf(state, category) === undefined) return state;
  } else {
    return state;
  }
  const current = state.answers[category];
  if (current?.score === score) return state;
  return setAnswer(state, category, { ...current, score });
}

/**
 * The survey flow's reducer: pure in the sense that it never mutates `state` and returns the same object when an
 * event changes nothing (an event that does not apply in the current step is ignored, never thrown on).
 * See `SurveyEvent` for the events; `reset` re-plans step 2 with `state.random`.
 */
export function surveyFlowReducer(state: SurveyFlowState, event: SurveyEvent): SurveyFlowState {
  if (typeof event !== 'object' || event === null) return state; // plain-JS callers: never throw
  switch (event.type) {
    case 'rate':
      return rate(state, event.category, event.score);

    case 'toggleCategory': {
      if (state.step !== 'issues' || event.category === 'overallRating' || typeof event.bad !== 'boolean') return state;
      const entry = state.config[event.category];
      if (entry === undefined || !isTwoPointScale(entry.scale) || groupOf(state, event.category) === undefined) {
        return state;
      }
      const score = event.bad ? entry.scale.lowerBound : entry.scale.upperBound;
      const current = state.answers[event.category];
      if (current?.score === score) return state;
      return setAnswer(state, event.category, { ...current, score });
    }

    case 'toggleIssue': {
      if (state.step !== 'issues' || !state.revealed.includes(event.category)) return state;
      const group = groupOf(state, event.category);
      if (group === undefined || !(group.issues as readonly Issue[]).includes(event.issue)) return state;
      const current = (state.answers as LooseAnswers)[event.category];
      const existing: readonly Issue[] = current?.issues ?? [];
      const has = existing.includes(event.issue);
      if (typeof event.selected !== 'boolean' || has === event.selected) return state;
      const issues = event.selected ? [...existing, event.issue] : existing.filter((t) => t !== event.issue);
      const score = current?.score ?? state.config[event.category]?.scale.lowerBound ?? 0;
      return setAnswer(state, event.category, { score, issues: Object.freeze(issues) });
    }

    case 'comment': {
      if (!state.commentsEnabled || !isFormStep(state.step) || state.config[event.category] === undefined) {
        return state;
      }
      if (typeof event.text !== 'string') return state;
      const current = state.comments[event.category];
      if ((current ?? '') === event.text) return state;
      const comments: SurveyComments = { ...state.comments };
      if (event.text === '') delete comments[event.category];
      else comments[event.category] = event.text;
      return derive({ ...state, comments: Object.freeze(comments) });
    }

    case 'next':
      if (state.step !== 'rating' || state.primaryAction !== 'next') return state;
      return derive(enterIssues(state));

    case 'back':
      if (state.step !== 'issues' || state.config.overallRating === undefined) return state;
      return derive({ ...state, step: 'rating', formStep: 'rating' });

    case 'submit': {
      if (!isFormStep(state.step) || !state.canContinue || state.primaryAction !== 'submit') return state;
      // What `buildCallSurvey` returns, without its checks: every answer in state fits the config by construction.
      const survey: CallSurvey = assembleCallSurvey(state.config, payloadAnswers(state));
      return derive({ ...state, step: 'submitting', survey, error: undefined, attempts: state.attempts + 1 });
    }

    case 'submitSucceeded':
      if (state.step !== 'submitting') return state;
      return derive({ ...state, step: 'submitted', response: event.response, error: undefined });

    case 'submitFailed':
      if (state.step !== 'submitting') return state;
      return derive({ ...state, step: 'failed', error: event.error });

    case 'retry':
      if (state.step !== 'failed' || state.survey === undefined) return state;
      return derive({ ...state, step: 'submitting', error: undefined, attempts: state.attempts + 1 });

    case 'dismiss':
      // Also from `submitting`, so a view is never stuck behind an `onSubmit` that does not settle: leaving closes
      // the view without cancelling anything (the running `onSubmit` keeps going; its result is then ignored here).
      if (state.step === 'submitted' || state.step === 'dismissed') return state;
      if (event.reason !== 'skip' && event.reason !== 'escape' && event.reason !== 'close') return state;
      return derive({ ...state, step: 'dismissed', dismissReason: event.reason });

    case 'reset': {
      const options = typeof event.options === 'object' && event.options !== null ? event.options : {};
      const random = options.random ?? state.random;
      if (typeof random !== 'function') return state;
      let config = state.config;
      if (options.config !== undefined) {
        try {
          config = defineSurveyConfig(options.config);
        } catch {
          return state; // never throws: callers validate first (useEndOfCallSurvey's reset does)
        }
      }
      const comments = options.comments === undefined ? state.commentsEnabled : options.comments === true;
      return fresh(config, random, comments);
    }

    default:
      return state;
  }
}

/**
 * Creates the survey flow store: `getSnapshot()` returns the same object until an event changes something (as
 * `useSyncExternalStore` requires), `send(event)` never throws for an event that does not apply (it is ignored and
 * listeners are not notified), and `subscribe(listener)` returns its unsubscribe function.
 *
 * @throws SurveyConfigError for an invalid `options.config` (at creation, never from `send`).
 */
export function createSurveyFlow(options: SurveyFlowOptions = {}): SurveyFlow {
  let state = initialSurveyFlowState(options);
  const listeners = new Set<() => void>();
  return {
    getSnapshot: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    send(event) {
      const next = surveyFlowReducer(state, event);
      if (next === state) return;
      state = next;
      for (const listener of [...listeners]) listener();
    },
  };
}
