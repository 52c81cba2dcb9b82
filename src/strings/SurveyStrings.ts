/**
 * Every word the survey dialog shows or announces. One interface for the whole kit, overridable per key by the
 * `strings` prop (`Partial<SurveyStrings>`; `issues` is merged per category and tag).
 *
 * Templates use `{placeholder}` slots, filled with {@link formatSurveyString}.
 */
import type { IssuesByCategory, SurveyCategory } from '../core/types.js';

/** The label of every SDK issue tag, per category: `issues[category][tag]`. */
export type SurveyIssueStrings = { [C in SurveyCategory]: { [T in IssuesByCategory[C]]: string } };

/** A partial override of {@link SurveyIssueStrings}: any category, any subset of its tags. */
export type SurveyIssueStringsOverride = { [C in SurveyCategory]?: Partial<SurveyIssueStrings[C]> };

/** Per-category text (one string for each of the four SDK categories). */
export type SurveyCategoryStrings = { [C in SurveyCategory]: string };

/** The strings of the survey dialog. */
export interface SurveyStrings {
  /**
   * The BCP 47 language tag of these strings (e.g. `'de-DE'`): set as `lang` on the dialog surface, so screen readers
   * and hyphenation use the right language (the dialog's portal does not inherit the provider's `lang`). Set it
   * when you override the texts with another language.
   */
  locale: string;
  /** The dialog's title and accessible name, e.g. "Call feedback". */
  title: string;
  /** Step 1 question: the overall rating's prompt and the rating group's accessible name. */
  overallPrompt: string;
  /** Step 2 heading and prompt. */
  issuesPrompt: string;
  /**
   * Step 2 hint under the heading (also the description of every category checkbox): ticking a category reveals its
   * details, and unticked categories count as fine.
   */
  issuesHint: string;
  /** The name of each category (the checkbox of a two-point category, the group name of its tags). Overall's is the name of its tag group. */
  categoryNames: SurveyCategoryStrings;
  /** The "this had a problem" checkbox label of a two-point category. */
  categoryProblem: SurveyCategoryStrings;
  /** The question of a wider-scale category's own rating control in step 2; `{category}` = its name. */
  categoryRatingPrompt: string;
  /** Accessible name of the group of tags revealed under a category; `{category}` = its name. */
  issuesGroupLabel: string;
  /** The label of every SDK issue tag, written for end users: `issues[category][tag]`. */
  issues: SurveyIssueStrings;
  /** Labels of a 1–5 rating (index 0 = 1 = worst … index 4 = 5 = best), after ITU-T P.800: Bad … Excellent. */
  ratingLabels: readonly string[];
  /** Shown when nothing is selected yet in a rating. */
  ratingNoneSelected: string;
  /** Accessible name / visible text of a point on a non-1–5 scale; `{value}`, `{max}`, `{min}`. */
  ratingValueText: string;
  /** The visible text of the selected value; `{label}` = the selected label (e.g. "Selected: Good"). */
  ratingSelected: string;
  /** Anchor under the lowest end of a scale other than 1–5; optional `{value}` = the lowest score. */
  scaleLowAnchor: string;
  /** Anchor under the highest end of a scale other than 1–5; optional `{value}` = the highest score. */
  scaleHighAnchor: string;
  /** Primary button when step 2 follows. */
  next: string;
  /** Primary button that sends the survey. */
  submit: string;
  /** Leaves the survey without sending anything. */
  skip: string;
  /** Returns from step 2 to step 1. */
  back: string;
  /** Re-sends the identical survey after a failure. */
  tryAgain: string;
  /** Closes the dialog after a failure. */
  close: string;
  /** Label of the spinner while the survey is being sent. */
  submitting: string;
  /** Shown after the survey was sent. */
  thankYou: string;
  /** Title of the error message when sending failed. */
  errorTitle: string;
  /** Body of the error message when sending failed. */
  errorMessage: string;
  /** Label of a category's optional comment box; `{category}` = its name. */
  commentLabel: string;
  /** Placeholder of a comment box. */
  commentPlaceholder: string;
  /** Announced when an enabled "Close" replaces "Skip" during a long send. */
  announceCloseAvailable: string;
  /** Announced when the primary button turns into "Next" (a low score: step 2 follows). */
  announcePrimaryNext: string;
  /** Announced when the primary button turns back into "Submit". */
  announcePrimarySubmit: string;
  /**
   * Visible step counter beside the step heading (and the heading's description), shown when the survey has two
   * steps; `{step}`, `{total}`.
   */
  stepCounter: string;
}

/** A partial override of {@link SurveyStrings}; `issues`, `categoryNames` and `categoryProblem` merge per key. */
export type SurveyStringsOverride = Partial<
  Omit<SurveyStrings, 'issues' | 'categoryNames' | 'categoryProblem'>
> & {
  issues?: SurveyIssueStringsOverride;
  categoryNames?: Partial<SurveyCategoryStrings>;
  categoryProblem?: Partial<SurveyCategoryStrings>;
};

/**
 * Fills `{name}` slots of a template. Unknown slots are left as written, so a typo is visible, not silent.
 *
 * @example formatSurveyString('{value} out of {max}', { value: 3, max: 10 }) // "3 out of 10"
 */
export function formatSurveyString(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : slot,
  );
}
