/**
 * The kit's vocabulary, which is the ACS Calling SDK's own: category keys, issue tags and rating scales.
 * Only `import type` from the SDK: this module (like all of `core/`) has no runtime dependency on it.
 */
import type {
  AudioIssue,
  CallSurvey,
  OverallIssue,
  RatingScale,
  ScreenshareIssue,
  VideoIssue,
} from '@azure/communication-calling';

/** The SDK's own survey types, re-exported as types only (no runtime dependency on the SDK). */
export type { AudioIssue, CallSurvey, OverallIssue, RatingScale, ScreenshareIssue, VideoIssue };

/** The four survey categories, named exactly as the SDK's `CallSurvey` keys. */
export type SurveyCategory = 'overallRating' | 'audioRating' | 'videoRating' | 'screenshareRating';

/** Every category in the canonical order (the order of the SDK's `CallSurvey` interface). */
export const SURVEY_CATEGORIES: readonly SurveyCategory[] = Object.freeze([
  'overallRating',
  'audioRating',
  'videoRating',
  'screenshareRating',
] as const);

/** The SDK issue-tag union of one category. */
export interface IssuesByCategory {
  overallRating: OverallIssue;
  audioRating: AudioIssue;
  videoRating: VideoIssue;
  screenshareRating: ScreenshareIssue;
}
/** The issue tags of category `C` (e.g. `IssueFor<'audioRating'>` = `AudioIssue`). */
export type IssueFor<C extends SurveyCategory> = IssuesByCategory[C];
/** Any issue tag of any category. */
export type Issue = OverallIssue | AudioIssue | VideoIssue | ScreenshareIssue;

/** Every issue tag the SDK accepts, per category, in the SDK's declaration order. */
export const SURVEY_ISSUES: { readonly [C in SurveyCategory]: readonly IssueFor<C>[] } = Object.freeze({
  overallRating: Object.freeze([
    'CallCannotJoin',
    'CallCannotInvite',
    'HadToRejoin',
    'CallEndedUnexpectedly',
    'OtherIssues',
  ] as const),
  audioRating: Object.freeze([
    'NoLocalAudio',
    'NoRemoteAudio',
    'Echo',
    'AudioNoise',
    'LowVolume',
    'AudioStoppedUnexpectedly',
    'DistortedSpeech',
    'AudioInterruption',
    'OtherIssues',
  ] as const),
  videoRating: Object.freeze([
    'NoVideoReceived',
    'NoVideoSent',
    'LowQuality',
    'Freezes',
    'StoppedUnexpectedly',
    'DarkVideoReceived',
    'AudioVideoOutOfSync',
    'OtherIssues',
  ] as const),
  screenshareRating: Object.freeze([
    'NoContentLocal',
    'NoContentRemote',
    'CannotPresent',
    'LowQuality',
    'Freezes',
    'StoppedUnexpectedly',
    'LargeDelay',
    'OtherIssues',
  ] as const),
});

/** One asked category after validation: its full scale and the tags offered (possibly none). */
export interface CategoryConfig<C extends SurveyCategory = SurveyCategory> {
  readonly scale: Readonly<RatingScale>;
  readonly issues: readonly IssueFor<C>[];
}

/** A validated, frozen survey configuration. A missing key means the category is not asked. */
export type SurveyConfig = Readonly<{ [C in SurveyCategory]?: CategoryConfig<C> }>;

/** What an app writes: `false` = not asked; otherwise a partial scale and the tags (`false` = none). */
export type CategoryConfigInput<C extends SurveyCategory = SurveyCategory> =
  | false
  | {
      scale?: Partial<RatingScale>;
      issues?: readonly IssueFor<C>[] | false;
    };

/** Input to `defineSurveyConfig`; omitted categories take the seed's defaults. */
export type SurveyConfigInput = { [C in SurveyCategory]?: CategoryConfigInput<C> };

/** One category's answer. */
export interface CategoryAnswer<C extends SurveyCategory = SurveyCategory> {
  score: number;
  issues?: readonly IssueFor<C>[];
}

/** The user's answers, per category. */
export type SurveyAnswers = { [C in SurveyCategory]?: CategoryAnswer<C> };

/** One group of step 2, in display order. */
export interface IssuesStepGroup<C extends SurveyCategory = SurveyCategory> {
  category: C;
  issues: readonly IssueFor<C>[];
}

/** Free-text comments; same shape as communication-react's `CallSurveyImprovementSuggestions`.
 * Never sent to ACS: it travels beside the payload. */
export type SurveyComments = { [C in SurveyCategory]?: string };

/** What travels with a survey to `onSubmit` / a `SurveySubmitter`, beside (never inside) the SDK payload. */
export interface SurveySubmitContext {
  /**
   * One per survey: the same on every attempt of a delivery and on every "Try again" of the same survey, so a sink
   * that deduplicates can drop repeats.
   */
  idempotencyKey: string;
  /** Free-text comments per category (when comments are enabled). Never sent to ACS. */
  improvementSuggestions?: SurveyComments;
  /** When the survey was shown (epoch ms; set by the dialog / `useEndOfCallSurvey`), for time-to-answer telemetry. */
  shownAt?: number;
  /**
   * Step 2 in the order the user saw it (categories, and tags within each), when step 2 was shown; absent after a
   * step-1-only survey. Lets analytics study order (primacy) bias of the randomized plan.
   */
  shownPlan?: readonly IssuesStepGroup[];
  /** 1-based number of this attempt within one delivery (set by `useSurveySubmission`). */
  attempt?: number;
  /** Aborted when the attempt times out (set by `useSurveySubmission`); sinks that can cancel should honour it. */
  signal?: AbortSignal;
}
