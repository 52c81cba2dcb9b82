import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import {
  SURVEY_CATEGORIES,
  SURVEY_ISSUES,
  createSeededRandom,
  createSurveyFlow,
  defineSurveyConfig,
  initialSurveyFlowState,
  planIssuesStep,
  surveyFlowReducer,
  validateCallSurvey,
} from '../../src/core/index.js';
import type {
  Issue,
  SurveyCategory,
  SurveyConfigInput,
  SurveyEvent,
  SurveyFlowOptions,
  SurveyFlowState,
} from '../../src/core/index.js';

function flowWith(options: SurveyFlowOptions = {}) {
  const flow = createSurveyFlow({ random: createSeededRandom(7), ...options });
  const send = (...events: SurveyEvent[]) => {
    for (const e of events) flow.send(e);
    return flow.getSnapshot();
  };
  return { flow, send, state: () => flow.getSnapshot() };
}

describe('survey flow: step 1', () => {
  it('starts at the overall question with nothing to submit', () => {
    const { state } = flowWith();
    expect(state().step).toBe('rating');
    expect(state().formStep).toBe('rating');
    expect(state().canContinue).toBe(false);
    expect(state().overallIsLow).toBeUndefined();
    expect(state().answers).toEqual({});
  });

  it('a score above the cutoff submits; at the cutoff it goes next', () => {
    const { send } = flowWith();
    expect(send({ type: 'rate', category: 'overallRating', score: 3 })).toMatchObject({ primaryAction: 'submit', canContinue: true, overallIsLow: false });
    expect(send({ type: 'rate', category: 'overallRating', score: 2 })).toMatchObject({ primaryAction: 'next', overallIsLow: true });
    expect(send({ type: 'rate', category: 'overallRating', score: 1 }).primaryAction).toBe('next');
  });

  it('submits only the overall rating from step 1', () => {
    const { send } = flowWith();
    const s = send({ type: 'rate', category: 'overallRating', score: 5 }, { type: 'submit' });
    expect(s.step).toBe('submitting');
    expect(s.attempts).toBe(1);
    expect(s.survey).toStrictEqual({ overallRating: { score: 5, scale: { lowerBound: 1, upperBound: 5, lowScoreThreshold: 2 } } });
  });

  it('ignores a submit without a score and a submit while the button says Next', () => {
    const { send, state } = flowWith();
    const before = state();
    expect(send({ type: 'submit' })).toBe(before);
    const low = send({ type: 'rate', category: 'overallRating', score: 1 });
    expect(send({ type: 'submit' })).toBe(low);
  });

  it('ignores scores outside the scale, fractional scores and other categories in step 1', () => {
    const { send, state } = flowWith();
    const before = state();
    for (const score of [0, 6, 2.5, Number.NaN]) expect(send({ type: 'rate', category: 'overallRating', score })).toBe(before);
    expect(send({ type: 'rate', category: 'audioRating', score: 0 })).toBe(before);
  });

  it('goes straight to submit for a low score when step 2 has nothing to ask', () => {
    const { send } = flowWith({ config: { audioRating: false, videoRating: false, screenshareRating: false, overallRating: { issues: false } } });
    const s = send({ type: 'rate', category: 'overallRating', score: 1 });
    expect(s.overallIsLow).toBe(true);
    expect(s.primaryAction).toBe('submit');
    expect(send({ type: 'next' })).toBe(s);
  });

  it('custom scale 0–10 with cutoff 6: 6 is low, 7 is not', () => {
    const { send } = flowWith({ config: { overallRating: { scale: { lowerBound: 0, upperBound: 10, lowScoreThreshold: 6 } } } });
    expect(send({ type: 'rate', category: 'overallRating', score: 6 }).primaryAction).toBe('next');
    expect(send({ type: 'rate', category: 'overallRating', score: 7 }).primaryAction).toBe('submit');
  });
});

describe('survey flow: step 2', () => {
  function atIssues(options: SurveyFlowOptions = {}) {
    const f = flowWith(options);
    f.send({ type: 'rate', category: 'overallRating', score: 1 }, { type: 'next' });
    return f;
  }

  it('pre-answers two-point categories with "no issue" and reveals only overall tags', () => {
    const { state } = atIssues();
    const s = state();
    expect(s.step).toBe('issues');
    expect(s.answers).toEqual({ overallRating: { score: 1 }, audioRating: { score: 1 }, videoRating: { score: 1 }, screenshareRating: { score: 1 } });
    expect(s.revealed).toEqual(['overallRating']);
    expect(s.primaryAction).toBe('submit');
    expect(s.canContinue).toBe(true);
  });

  it('uses the plan computed once at creation (same as planIssuesStep with the same seed)', () => {
    const { state, send } = atIssues();
    const plan = state().plan;
    expect(plan).toEqual(planIssuesStep(state().config, createSeededRandom(7)));
    send({ type: 'back' }, { type: 'next' });
    expect(state().plan).toBe(plan);
  });

  it('ticking a category reveals its tags; unticking hides them and drops them from the payload', () => {
    const { send, state } = atIssues();
    send({ type: 'toggleCategory', category: 'audioRating', bad: true });
    expect(state().answers.audioRating?.score).toBe(0);
    expect(state().revealed).toContain('audioRating');
    send({ type: 'toggleIssue', category: 'audioRating', issue: 'Echo', selected: true });
    send({ type: 'toggleCategory', category: 'audioRating', bad: false });
    expect(state().revealed).not.toContain('audioRating');
    send({ type: 'submit' });
    expect(state().survey?.audioRating).toStrictEqual({ score: 1, scale: { lowerBound: 0, upperBound: 1, lowScoreThreshold: 0 } });
  });

  it('re-ticking a category restores its ticked tags', () => {
    const { send, state } = atIssues();
    send(
      { type: 'toggleCategory', category: 'videoRating', bad: true },
      { type: 'toggleIssue', category: 'videoRating', issue: 'Freezes', selected: true },
      { type: 'toggleCategory', category: 'videoRating', bad: false },
      { type: 'toggleCategory', category: 'videoRating', bad: true },
      { type: 'toggleIssue', category: 'overallRating', issue: 'HadToRejoin', selected: true },
      { type: 'submit' },
    );
    expect(state().survey).toStrictEqual({
      overallRating: { score: 1, issues: ['HadToRejoin'], scale: { lowerBound: 1, upperBound: 5, lowScoreThreshold: 2 } },
      audioRating: { score: 1, scale: { lowerBound: 0, upperBound: 1, lowScoreThreshold: 0 } },
      videoRating: { score: 0, issues: ['Freezes'], scale: { lowerBound: 0, upperBound: 1, lowScoreThreshold: 0 } },
      screenshareRating: { score: 1, scale: { lowerBound: 0, upperBound: 1, lowScoreThreshold: 0 } },
    });
  });

  it('ignores tags of a hidden category, tags not offered, and tags of other categories', () => {
    const { send, state } = atIssues({ config: { audioRating: { issues: ['Echo'] } } });
    const before = state();
    expect(send({ type: 'toggleIssue', category: 'audioRating', issue: 'Echo', selected: true })).toBe(before);
    const ticked = send({ type: 'toggleCategory', category: 'audioRating', bad: true });
    expect(send({ type: 'toggleIssue', category: 'audioRating', issue: 'LowVolume', selected: true })).toBe(ticked);
    expect(send({ type: 'toggleIssue', category: 'audioRating', issue: 'Freezes', selected: true })).toBe(ticked);
    expect(send({ type: 'toggleIssue', category: 'audioRating', issue: 'Echo', selected: false })).toBe(ticked);
  });

  it('a wider scale in step 2 is rated by the user; unrated it is absent from the payload', () => {
    const config: SurveyConfigInput = { audioRating: { scale: { lowerBound: 0, upperBound: 10, lowScoreThreshold: 6 } } };
    const { send, state } = atIssues({ config });
    expect(state().answers.audioRating).toBeUndefined();
    expect(send({ type: 'toggleCategory', category: 'audioRating', bad: true }).answers.audioRating).toBeUndefined();
    send({ type: 'rate', category: 'audioRating', score: 6 });
    expect(state().revealed).toContain('audioRating');
    send({ type: 'rate', category: 'audioRating', score: 7 });
    expect(state().revealed).not.toContain('audioRating');
    const noAudio = atIssues({ config });
    noAudio.send({ type: 'submit' });
    expect(noAudio.state().survey).not.toHaveProperty('audioRating');
  });

  it('a category marked bad that offers no tags is revealed (for a comment box) and sent without issues', () => {
    const { send, state } = atIssues({ config: { videoRating: { issues: false } } });
    send({ type: 'toggleCategory', category: 'videoRating', bad: true });
    expect(state().revealed).toContain('videoRating');
    send({ type: 'submit' });
    expect(state().survey?.videoRating).toStrictEqual({ score: 0, scale: { lowerBound: 0, upperBound: 1, lowScoreThreshold: 0 } });
  });

  it('back keeps the answers; coming back does not overwrite them', () => {
    const { send, state } = atIssues();
    send({ type: 'toggleCategory', category: 'screenshareRating', bad: true }, { type: 'back' });
    expect(state().step).toBe('rating');
    expect(state().overallIsLow).toBe(true);
    send({ type: 'next' });
    expect(state().answers.screenshareRating?.score).toBe(0);
  });

  it('after going back and rating well, only overall is submitted', () => {
    const { send, state } = atIssues();
    send({ type: 'toggleCategory', category: 'audioRating', bad: true }, { type: 'back' }, { type: 'rate', category: 'overallRating', score: 4 }, { type: 'submit' });
    expect(Object.keys(state().survey ?? {})).toEqual(['overallRating']);
  });

  it('starts at step 2 when overall is not asked, and cannot go back', () => {
    const { state, send } = flowWith({ config: { overallRating: false } });
    expect(state().step).toBe('issues');
    expect(state().answers).toEqual({ audioRating: { score: 1 }, videoRating: { score: 1 }, screenshareRating: { score: 1 } });
    expect(state().canContinue).toBe(true);
    const before = state();
    expect(send({ type: 'back' })).toBe(before);
  });

  it('with overall not asked and only wider scales, needs one rating before submitting', () => {
    const { state, send } = flowWith({ config: { overallRating: false, videoRating: false, screenshareRating: false, audioRating: { scale: { lowerBound: 1, upperBound: 5, lowScoreThreshold: 2 } } } });
    expect(state().canContinue).toBe(false);
    expect(send({ type: 'rate', category: 'audioRating', score: 4 }).canContinue).toBe(true);
  });
});

describe('survey flow: submitting and after', () => {
  function submitted() {
    const f = flowWith();
    f.send({ type: 'rate', category: 'overallRating', score: 4 }, { type: 'submit' });
    return f;
  }

  it('a second submit while submitting changes nothing (one onSubmit per press)', () => {
    const { send, state } = submitted();
    const s = state();
    expect(send({ type: 'submit' })).toBe(s);
    expect(send({ type: 'rate', category: 'overallRating', score: 1 })).toBe(s);
    expect(send({ type: 'retry' })).toBe(s);
  });

  it('the user can leave while submitting (never stuck); the late result is ignored and nothing is re-sent', () => {
    const { send, state } = submitted();
    const survey = state().survey;
    const left = send({ type: 'dismiss', reason: 'escape' });
    expect(left).toMatchObject({ step: 'dismissed', dismissReason: 'escape', attempts: 1 });
    expect(left.survey).toBe(survey);
    expect(send({ type: 'submitSucceeded', response: { id: 'late' } })).toBe(left);
    expect(send({ type: 'submitFailed', error: new Error('late') })).toBe(left);
    expect(send({ type: 'retry' })).toBe(left);
    expect(send({ type: 'submit' })).toBe(left);
  });

  it('success stores the response; nothing dismisses a submitted survey', () => {
    const { send } = submitted();
    const s = send({ type: 'submitSucceeded', response: { id: 'abc' } });
    expect(s.step).toBe('submitted');
    expect(s.response).toEqual({ id: 'abc' });
    expect(send({ type: 'dismiss', reason: 'close' })).toBe(s);
    expect(send({ type: 'retry' })).toBe(s);
  });

  it('failure stores the error; retry re-sends the identical survey; close dismisses', () => {
    const { send, state } = submitted();
    const survey = state().survey;
    const error = new Error('boom');
    expect(send({ type: 'submitFailed', error })).toMatchObject({ step: 'failed', error, formStep: 'rating' });
    const retried = send({ type: 'retry' });
    expect(retried.step).toBe('submitting');
    expect(retried.survey).toBe(survey);
    expect(retried.attempts).toBe(2);
    expect(retried.error).toBeUndefined();
    send({ type: 'submitFailed', error });
    expect(send({ type: 'dismiss', reason: 'close' })).toMatchObject({ step: 'dismissed', dismissReason: 'close' });
  });

  it('skip and Escape dismiss from either question step', () => {
    expect(flowWith().send({ type: 'dismiss', reason: 'skip' })).toMatchObject({ step: 'dismissed', dismissReason: 'skip' });
    const f = flowWith();
    f.send({ type: 'rate', category: 'overallRating', score: 1 }, { type: 'next' });
    expect(f.send({ type: 'dismiss', reason: 'escape' })).toMatchObject({ step: 'dismissed', dismissReason: 'escape' });
  });

  it('reset starts a new survey with a new plan from the same random source', () => {
    const random = createSeededRandom(99);
    const flow = createSurveyFlow({ random });
    const firstPlan = flow.getSnapshot().plan;
    flow.send({ type: 'rate', category: 'overallRating', score: 4 });
    flow.send({ type: 'submit' });
    flow.send({ type: 'reset' });
    const s = flow.getSnapshot();
    expect(s).toMatchObject({ step: 'rating', answers: {}, attempts: 0, survey: undefined });
    const expectedRandom = createSeededRandom(99);
    planIssuesStep(s.config, expectedRandom);
    expect(s.plan).toEqual(planIssuesStep(s.config, expectedRandom));
    expect(s.plan).not.toEqual(firstPlan);
  });
});

describe('survey flow: a new survey (reset with options) and derived step fields', () => {
  it('reset with options re-plans from the new config and random, and validates the config', () => {
    const flow = createSurveyFlow({ random: createSeededRandom(1) });
    flow.send({ type: 'rate', category: 'overallRating', score: 1 });
    flow.send({ type: 'next' });
    expect(flow.getSnapshot().fresh).toBe(false);
    flow.send({ type: 'reset', options: { config: { videoRating: false, screenshareRating: false }, random: createSeededRandom(5) } });
    const s = flow.getSnapshot();
    expect(s).toMatchObject({ step: 'rating', answers: {}, fresh: true, issuesShown: false });
    expect(s.plan.map((g) => g.category).sort()).toEqual(['audioRating', 'overallRating']);
    expect(s.plan).toEqual(planIssuesStep(s.config, createSeededRandom(5)));
    // An invalid config is a no-op (the reducer never throws).
    const before = flow.getSnapshot();
    flow.send({ type: 'reset', options: { config: { overallRating: { scale: { lowerBound: 9, upperBound: 2 } } } } });
    expect(flow.getSnapshot()).toBe(before);
  });

  it('reset with comments turns them on for the new survey only', () => {
    const flow = createSurveyFlow();
    expect(flow.getSnapshot().commentsEnabled).toBe(false);
    flow.send({ type: 'reset', options: { comments: true } });
    expect(flow.getSnapshot().commentsEnabled).toBe(true);
  });

  it('stepNumber / totalSteps / fresh / issuesShown are derived from the state', () => {
    const flow = createSurveyFlow({ random: createSeededRandom(3) });
    expect(flow.getSnapshot()).toMatchObject({ stepNumber: 1, totalSteps: 2, fresh: true, issuesShown: false });
    flow.send({ type: 'rate', category: 'overallRating', score: 1 });
    expect(flow.getSnapshot()).toMatchObject({ stepNumber: 1, fresh: false });
    flow.send({ type: 'next' });
    expect(flow.getSnapshot()).toMatchObject({ stepNumber: 2, totalSteps: 2, issuesShown: true });
    flow.send({ type: 'back' });
    expect(flow.getSnapshot()).toMatchObject({ stepNumber: 1, issuesShown: true });

    const noOverall = createSurveyFlow({ config: { overallRating: false } });
    // Starts at step 2 with the "no issue" defaults: still fresh, a single step.
    expect(noOverall.getSnapshot()).toMatchObject({ step: 'issues', stepNumber: 1, totalSteps: 1, fresh: true, issuesShown: true });
    noOverall.send({ type: 'toggleCategory', category: 'audioRating', bad: true });
    expect(noOverall.getSnapshot().fresh).toBe(false);

    const onlyOverall = createSurveyFlow({ config: { audioRating: false, videoRating: false, screenshareRating: false, overallRating: { issues: false } } });
    expect(onlyOverall.getSnapshot().totalSteps).toBe(1);
  });
});

describe('survey flow: comments', () => {
  it('are ignored unless enabled', () => {
    const { send, state } = flowWith();
    const before = state();
    expect(send({ type: 'comment', category: 'overallRating', text: 'choppy' })).toBe(before);
    expect(state().comments).toEqual({});
  });
  it('are kept when enabled and never put in the survey', () => {
    const { send, state } = flowWith({ comments: true });
    send({ type: 'comment', category: 'overallRating', text: 'choppy' }, { type: 'rate', category: 'overallRating', score: 4 }, { type: 'submit' });
    expect(state().comments).toEqual({ overallRating: 'choppy' });
    expect(JSON.stringify(state().survey)).not.toContain('choppy');
  });
  it('an empty comment removes it', () => {
    const { send } = flowWith({ comments: true });
    send({ type: 'comment', category: 'audioRating', text: 'echo' });
    expect(send({ type: 'comment', category: 'audioRating', text: '' }).comments).toEqual({});
  });
});

describe('survey flow: the store', () => {
  it('returns the same snapshot until something changes and notifies only on change', () => {
    const { flow } = flowWith();
    const listener = vi.fn();
    const unsubscribe = flow.subscribe(listener);
    const first = flow.getSnapshot();
    expect(flow.getSnapshot()).toBe(first);
    flow.send({ type: 'next' });
    flow.send({ type: 'rate', category: 'overallRating', score: 9 });
    expect(listener).not.toHaveBeenCalled();
    expect(flow.getSnapshot()).toBe(first);
    flow.send({ type: 'rate', category: 'overallRating', score: 3 });
    expect(listener).toHaveBeenCalledTimes(1);
    flow.send({ type: 'rate', category: 'overallRating', score: 3 });
    expect(listener).toHaveBeenCalledTimes(1);
    unsubscribe();
    flow.send({ type: 'rate', category: 'overallRating', score: 4 });
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('never throws from send, whatever it is given', () => {
    const junkEvent = fc.oneof(
      fc.anything(),
      fc.record({ type: fc.constantFrom('rate', 'toggleCategory', 'toggleIssue', 'comment', 'dismiss', 'submitFailed', 'next', 'submit'), category: fc.anything(), score: fc.anything(), bad: fc.anything(), issue: fc.anything(), selected: fc.anything(), text: fc.anything(), reason: fc.anything() }, { requiredKeys: ['type'] }),
    );
    fc.assert(
      fc.property(fc.array(junkEvent, { maxLength: 30 }), (events) => {
        const flow = createSurveyFlow({ random: createSeededRandom(1), comments: true });
        flow.send({ type: 'rate', category: 'overallRating', score: 1 });
        flow.send({ type: 'next' });
        for (const event of events) expect(() => flow.send(event as SurveyEvent)).not.toThrow();
        expect(['rating', 'issues', 'submitting', 'submitted', 'failed', 'dismissed']).toContain(flow.getSnapshot().step);
      }),
      { numRuns: 300, seed: 8 },
    );
  });

  it('ignores a dismiss with an unknown reason', () => {
    const { flow } = flowWith();
    const before = flow.getSnapshot();
    flow.send({ type: 'dismiss', reason: 'bored' } as unknown as SurveyEvent);
    expect(flow.getSnapshot()).toBe(before);
  });

  it('throws an invalid config at creation, naming the path', () => {
    expect(() => createSurveyFlow({ config: { audioRating: { scale: { lowScoreThreshold: 3 } } } })).toThrow(/audioRating\.scale\.lowScoreThreshold/);
  });

  it('never mutates a state (the reducer returns new frozen objects)', () => {
    const state = initialSurveyFlowState({ random: createSeededRandom(1) });
    expect(Object.isFrozen(state)).toBe(true);
    const next = surveyFlowReducer(state, { type: 'rate', category: 'overallRating', score: 2 });
    expect(next).not.toBe(state);
    expect(state.answers).toEqual({});
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Property test: random valid configs and random event sequences.

const scaleArb = fc.oneof(
  fc.constant({ lowerBound: 0, upperBound: 1, lowScoreThreshold: 0 }),
  fc.constant({ lowerBound: 1, upperBound: 5, lowScoreThreshold: 2 }),
  fc.constant({ lowerBound: 0, upperBound: 10, lowScoreThreshold: 6 }),
  fc
    .integer({ min: 0, max: 98 })
    .chain((lb) => fc.integer({ min: lb + 1, max: Math.min(100, lb + 12) }).map((ub) => [lb, ub] as const))
    .chain(([lb, ub]) => fc.integer({ min: lb, max: ub }).map((th) => ({ lowerBound: lb, upperBound: ub, lowScoreThreshold: th }))),
);
function categoryArb(category: SurveyCategory) {
  return fc.oneof(
    fc.constant(false as const),
    fc.record({
      scale: scaleArb,
      issues: fc.oneof(
        { weight: 1, arbitrary: fc.constant(false as const) },
        { weight: 3, arbitrary: fc.subarray([...(SURVEY_ISSUES[category] as readonly Issue[])], { minLength: 1 }) },
      ),
    }),
  );
}
const configArb = fc
  .record({
    overallRating: categoryArb('overallRating'),
    audioRating: categoryArb('audioRating'),
    videoRating: categoryArb('videoRating'),
    screenshareRating: categoryArb('screenshareRating'),
  })
  .filter((c) => Object.values(c).some((v) => v !== false))
  .map((c) => c as SurveyConfigInput);

const allIssues = [...new Set(SURVEY_CATEGORIES.flatMap((c) => SURVEY_ISSUES[c] as readonly Issue[]))];
const categoryPick = fc.constantFrom(...SURVEY_CATEGORIES);
const eventArb: fc.Arbitrary<SurveyEvent> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ type: fc.constant('rate' as const), category: categoryPick, score: fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 0, max: 6 }) }, fc.integer({ min: -1, max: 13 }), fc.integer({ min: 0, max: 100 }), fc.constant(2.5)) }) },
  { weight: 4, arbitrary: fc.record({ type: fc.constant('rate' as const), category: fc.constant('overallRating' as const), score: fc.integer({ min: 0, max: 6 }) }) },
  { weight: 5, arbitrary: fc.record({ type: fc.constant('toggleCategory' as const), category: categoryPick, bad: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('toggleIssue' as const), category: categoryPick, issue: fc.constantFrom(...allIssues), selected: fc.boolean() }) },
  {
    weight: 8,
    arbitrary: categoryPick.chain((category) =>
      fc.record({
        type: fc.constant('toggleIssue' as const),
        category: fc.constant(category),
        issue: fc.constantFrom(...(SURVEY_ISSUES[category] as readonly Issue[])),
        selected: fc.oneof({ weight: 3, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
      }),
    ),
  },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('comment' as const), category: categoryPick, text: fc.string({ maxLength: 5 }) }) },
  { weight: 4, arbitrary: fc.constant({ type: 'next' as const }) },
  { weight: 1, arbitrary: fc.constant({ type: 'back' as const }) },
  { weight: 5, arbitrary: fc.constant({ type: 'submit' as const }) },
  { weight: 3, arbitrary: fc.constant({ type: 'submitSucceeded' as const }) },
  { weight: 2, arbitrary: fc.constant({ type: 'submitFailed' as const, error: new Error('x') }) },
  { weight: 2, arbitrary: fc.constant({ type: 'retry' as const }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('dismiss' as const), reason: fc.constantFrom('skip' as const, 'escape' as const, 'close' as const) }) },
  { weight: 2, arbitrary: fc.constant({ type: 'reset' as const }) },
);

/** Whether a category's tags should be visible, stated from the contract (not from the implementation). */
function shouldReveal(s: SurveyFlowState, category: SurveyCategory): boolean {
  const entry = s.config[category];
  const group = s.plan.find((g) => g.category === category);
  if (s.formStep !== 'issues' || entry === undefined || group === undefined) return false;
  const score = category === 'overallRating' ? s.answers.overallRating?.score : s.answers[category]?.score;
  if (score === undefined) return false;
  if (category === 'overallRating') return score <= entry.scale.lowScoreThreshold;
  return entry.scale.upperBound - entry.scale.lowerBound === 1 ? score === entry.scale.lowerBound : score <= entry.scale.lowScoreThreshold;
}

describe('survey flow properties', () => {
  it('every payload is valid (also strict), keeps the answers and never holds an unasked or copied category', () => {
    let payloads = 0;
    let withTags = 0;
    fc.assert(
      fc.property(configArb, fc.integer(), fc.array(eventArb, { minLength: 20, maxLength: 80 }), (input, seed, events) => {
        const flow = createSurveyFlow({ config: input, random: createSeededRandom(seed), comments: true });
        const config = defineSurveyConfig(input);
        for (const event of events) {
          // A finished survey is followed by a new one (as when the dialog opens again after a call).
          if (flow.getSnapshot().step === 'submitted' || flow.getSnapshot().step === 'dismissed') flow.send({ type: 'reset' });
          const before = flow.getSnapshot();
          flow.send(event);
          const after = flow.getSnapshot();

          // Accepted score events set exactly the given score.
          if (after !== before && event.type === 'rate') expect(after.answers[event.category]?.score).toBe(event.score);
          if (after !== before && event.type === 'toggleCategory') {
            const scale = config[event.category]!.scale;
            expect(after.answers[event.category]?.score).toBe(event.bad ? scale.lowerBound : scale.upperBound);
          }
          // Derived fields follow the contract.
          expect([...after.revealed].sort()).toEqual(SURVEY_CATEGORIES.filter((c) => shouldReveal(after, c)).sort());
          // A survey is built only on submit and kept identical through retries.
          if (event.type === 'retry' && after !== before) expect(after.survey).toBe(before.survey);
          if (before.step === 'submitting' && event.type === 'submit') expect(after).toBe(before);

          if (event.type === 'submit' && after !== before) {
            payloads++;
            const survey = after.survey!;
            expect(after.step).toBe('submitting');
            expect(validateCallSurvey(survey)).toEqual([]);
            expect(validateCallSurvey(survey, { strict: true })).toEqual([]);
            const sent = Object.keys(survey) as SurveyCategory[];
            // Unasked categories are absent; from step 1 only overall is sent.
            for (const c of sent) expect(config[c]).toBeDefined();
            const expected = SURVEY_CATEGORIES.filter(
              (c) => before.answers[c] !== undefined && (before.formStep === 'issues' || c === 'overallRating'),
            );
            expect(sent).toEqual(expected);
            for (const c of sent) {
              const rating = survey[c]!;
              // Score given = score sent (never copied from overall); the scale is the config's.
              expect(rating.score).toBe(before.answers[c]!.score);
              expect(rating.scale).toEqual(config[c]!.scale);
              // Ticked tags of revealed categories are sent; tags of hidden ones never are.
              const ticked = (before.answers[c]!.issues ?? []) as readonly Issue[];
              const expectedTags = shouldReveal(before, c) ? (config[c]!.issues as readonly Issue[]).filter((t) => ticked.includes(t)) : [];
              expect((rating.issues ?? []) as readonly Issue[]).toEqual(expectedTags);
              if (expectedTags.length > 0) withTags++;
            }
            // Comments never travel inside the payload.
            for (const text of Object.values(after.comments)) if (text && text.length > 3) expect(JSON.stringify(survey)).not.toContain(JSON.stringify(text));
          }
        }
      }),
      { numRuns: 600, seed: 424242 },
    );
    // The sequences must actually reach submit (tags are covered by the targeted property below).
    expect(payloads).toBeGreaterThan(150);
    expect(withTags).toBeGreaterThan(0);
  });

  const decisionArb = fc.record({
    first: fc.integer({ min: 0, max: 1000 }),
    last: fc.option(fc.integer({ min: 0, max: 1000 }), { freq: 2 }),
    rated: fc.boolean(),
    tags: fc.array(fc.integer({ min: 0, max: 8 }), { minLength: 1, maxLength: 4 }),
  });

  it('a user who marks categories, ticks tags and changes their mind gets exactly their final answers sent', () => {
    let withTags = 0;
    fc.assert(
      fc.property(configArb, fc.integer(), fc.integer({ min: 0, max: 1000 }), fc.array(decisionArb, { minLength: 4, maxLength: 4 }), (input, seed, overallPick, decisions) => {
        const config = defineSurveyConfig(input);
        const flow = createSurveyFlow({ config, random: createSeededRandom(seed) });
        const expected: Record<string, { score: number; issues?: Issue[] }> = {};
        const overall = config.overallRating;
        if (overall !== undefined) {
          const { lowerBound, lowScoreThreshold } = overall.scale;
          const score = lowerBound + (overallPick % (lowScoreThreshold - lowerBound + 1)); // a low score
          flow.send({ type: 'rate', category: 'overallRating', score });
          expected.overallRating = { score };
          if (flow.getSnapshot().plan.length === 0) {
            flow.send({ type: 'submit' });
            expect(flow.getSnapshot().survey).toStrictEqual({ overallRating: { score, scale: { ...overall.scale } } });
            return;
          }
          flow.send({ type: 'next' });
        }
        const state = flow.getSnapshot();
        expect(state.step).toBe('issues');
        state.plan.forEach((group, index) => {
          const d = decisions[index]!;
          const entry = config[group.category]!;
          const { lowerBound, upperBound, lowScoreThreshold } = entry.scale;
          const size = upperBound - lowerBound + 1;
          const twoPoint = size === 2;
          const lowAt = (score: number) => (twoPoint ? score === lowerBound : score <= lowScoreThreshold);
          const chosen = [...new Set(d.tags.filter((i) => i < group.issues.length).map((i) => group.issues[i]!))];
          if (group.category === 'overallRating') {
            for (const tag of chosen) flow.send({ type: 'toggleIssue', category: group.category, issue: tag, selected: true });
            if (chosen.length > 0) expected.overallRating!.issues = (entry.issues as Issue[]).filter((t) => chosen.includes(t));
            return;
          }
          const apply = (score: number) =>
            twoPoint
              ? flow.send({ type: 'toggleCategory', category: group.category, bad: score === lowerBound })
              : flow.send({ type: 'rate', category: group.category, score });
          let score: number | undefined = twoPoint ? upperBound : undefined; // pre-answered "no issue"
          if (twoPoint || d.rated) {
            score = lowerBound + (d.first % size);
            apply(score);
          }
          const ticked = score !== undefined && lowAt(score) ? chosen : [];
          // Ticking tags of a category that is not marked low changes nothing.
          for (const tag of chosen) flow.send({ type: 'toggleIssue', category: group.category, issue: tag, selected: true });
          if (score !== undefined && d.last !== null) {
            score = lowerBound + (d.last % size);
            apply(score);
          }
          if (score !== undefined) {
            const tags = lowAt(score) ? (entry.issues as Issue[]).filter((t) => ticked.includes(t)) : [];
            expected[group.category] = tags.length > 0 ? { score, issues: tags } : { score };
          }
        });
        flow.send({ type: 'submit' });
        const after = flow.getSnapshot();
        if (Object.keys(expected).length === 0) {
          expect(after.step).toBe('issues'); // nothing answered: nothing to submit
          return;
        }
        expect(after.step).toBe('submitting');
        const survey = after.survey!;
        const simplified = Object.fromEntries(
          Object.entries(survey).map(([c, r]) => [c, r.issues ? { score: r.score, issues: [...r.issues] } : { score: r.score }]),
        );
        expect(simplified).toEqual(expected);
        expect(validateCallSurvey(survey, { strict: true })).toEqual([]);
        if (Object.values(expected).some((r) => r.issues)) withTags++;
      }),
      { numRuns: 500, seed: 99 },
    );
    expect(withTags).toBeGreaterThan(100);
  });
});
