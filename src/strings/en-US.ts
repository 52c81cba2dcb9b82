/**
 * The kit's English (United States) strings and the deep merge used for the `strings` prop.
 */
import { SurveyArgumentError } from '../core/errors.js';
import type { SurveyCategory } from '../core/types.js';
import type {
  SurveyCategoryStrings,
  SurveyIssueStrings,
  SurveyStrings,
  SurveyStringsOverride,
} from './SurveyStrings.js';
import { deepFreezeLocale as deepFreeze } from './locales/freeze.js';

/** The default (en-US) strings. Frozen: override through the `strings` prop or {@link mergeSurveyStrings}. */
export const DEFAULT_SURVEY_STRINGS: Readonly<SurveyStrings> = deepFreeze<SurveyStrings>({
  locale: 'en-US',
  title: 'Call feedback',
  overallPrompt: 'How was the call quality?',
  issuesPrompt: 'What could have been better?',
  issuesHint: 'Tick anything that had a problem to tell us more about it. Anything you leave unticked counts as fine.',
  categoryNames: {
    overallRating: 'The call itself',
    audioRating: 'Audio',
    videoRating: 'Video',
    screenshareRating: 'Screen share',
  },
  categoryProblem: {
    overallRating: 'The call itself',
    audioRating: 'Audio',
    videoRating: 'Video',
    screenshareRating: 'Screen share',
  },
  categoryRatingPrompt: '{category} quality',
  issuesGroupLabel: '{category}: what went wrong?',
  issues: {
    overallRating: {
      CallCannotJoin: "I couldn't join the call",
      CallCannotInvite: "I couldn't add someone to the call",
      HadToRejoin: 'I had to rejoin',
      CallEndedUnexpectedly: 'The call ended unexpectedly',
      OtherIssues: 'Something else went wrong with the call',
    },
    audioRating: {
      NoLocalAudio: "Others couldn't hear me",
      NoRemoteAudio: "I couldn't hear others",
      Echo: 'I heard an echo',
      AudioNoise: 'There was background noise',
      LowVolume: 'The volume was too low',
      AudioStoppedUnexpectedly: 'The audio stopped unexpectedly',
      DistortedSpeech: 'Voices sounded distorted',
      AudioInterruption: 'The audio kept cutting out',
      OtherIssues: 'Another audio problem',
    },
    videoRating: {
      NoVideoReceived: "I couldn't see others' video",
      NoVideoSent: "Others couldn't see my video",
      LowQuality: 'The video was blurry or low quality',
      Freezes: 'The video froze',
      StoppedUnexpectedly: 'The video stopped unexpectedly',
      DarkVideoReceived: "Others' video was too dark",
      AudioVideoOutOfSync: "Sound and picture weren't in sync",
      OtherIssues: 'Another video problem',
    },
    screenshareRating: {
      NoContentLocal: "Others couldn't see my screen",
      NoContentRemote: "I couldn't see the shared screen",
      CannotPresent: "I couldn't share my screen",
      LowQuality: 'The shared screen was blurry',
      Freezes: 'The shared screen froze',
      StoppedUnexpectedly: 'Screen sharing stopped unexpectedly',
      LargeDelay: 'The shared screen lagged behind',
      OtherIssues: 'Another screen sharing problem',
    },
  },
  ratingLabels: ['Bad', 'Poor', 'Fair', 'Good', 'Excellent'],
  ratingNoneSelected: 'No rating selected',
  ratingValueText: '{value} out of {max}',
  ratingSelected: 'Selected: {label}',
  scaleLowAnchor: 'Worst',
  scaleHighAnchor: 'Best',
  next: 'Next',
  submit: 'Submit',
  skip: 'Skip',
  back: 'Back',
  tryAgain: 'Try again',
  close: 'Close',
  submitting: 'Sending…',
  thankYou: 'Thank you for your feedback!',
  errorTitle: "We couldn't send your feedback",
  errorMessage: 'Check your connection and try again.',
  commentLabel: '{category}: anything else? (optional)',
  commentPlaceholder: 'Tell us more',
  announceCloseAvailable: 'Sending is taking a while. You can close the survey now; it will still be sent.',
  announcePrimaryNext: 'Next: one more question follows.',
  announcePrimarySubmit: 'Submit: this sends your answer.',
  stepCounter: 'Step {step} of {total}',
});

function mergeRecord<T extends object>(base: T, override: Partial<T> | undefined): T {
  if (!override) return base;
  const out = { ...base };
  for (const key of Object.keys(override) as (keyof T)[]) {
    const value = override[key];
    if (value !== undefined) out[key] = value as T[keyof T];
  }
  return out;
}

/**
 * Returns complete strings: `base` (default {@link DEFAULT_SURVEY_STRINGS}) with `override` applied. Top-level keys
 * replace; `issues` merges per category and tag, `categoryNames` / `categoryProblem` per category. `undefined` values
 * are ignored. Neither argument is modified.
 *
 * @throws SurveyArgumentError (`path` `strings.ratingLabels`) when `override.ratingLabels` is not an array of strings.
 */
export function mergeSurveyStrings(
  override?: SurveyStringsOverride,
  base: Readonly<SurveyStrings> = DEFAULT_SURVEY_STRINGS,
): SurveyStrings {
  if (!override) return base as SurveyStrings;
  if (
    override.ratingLabels !== undefined &&
    (!Array.isArray(override.ratingLabels) || override.ratingLabels.some((l) => typeof l !== 'string'))
  ) {
    throw new SurveyArgumentError('strings.ratingLabels', 'strings.ratingLabels must be an array of strings (index 0 = the lowest score).');
  }
  const { issues, categoryNames, categoryProblem, ...rest } = override;
  const merged: SurveyStrings = mergeRecord<SurveyStrings>({ ...base }, rest as Partial<SurveyStrings>);
  merged.categoryNames = mergeRecord<SurveyCategoryStrings>(base.categoryNames, categoryNames);
  merged.categoryProblem = mergeRecord<SurveyCategoryStrings>(base.categoryProblem, categoryProblem);
  const mergedIssues = { ...base.issues } as SurveyIssueStrings;
  if (issues) {
    for (const category of Object.keys(issues) as SurveyCategory[]) {
      const tags = issues[category];
      if (tags) {
        (mergedIssues as Record<SurveyCategory, object>)[category] = mergeRecord(
          base.issues[category] as Record<string, string>,
          tags as Partial<Record<string, string>>,
        );
      }
    }
  }
  merged.issues = mergedIssues;
  return merged;
}
