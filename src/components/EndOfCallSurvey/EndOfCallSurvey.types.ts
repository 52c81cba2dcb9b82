import type * as React from 'react';
import type { Issue, IssuesStepGroup, RatingScale, SurveyCategory, SurveyConfig, SurveyConfigInput } from '../../core/types.js';
import type { SurveyFlowState } from '../../core/flow.types.js';
import type { SurveyStrings, SurveyStringsOverride } from '../../strings/SurveyStrings.js';
import type {
  EndOfCallSurveySubmitHandler,
  SurveyDismissInfo,
  UseEndOfCallSurveyResult,
} from '../../react/useEndOfCallSurvey.js';

/** The event behind an open change: the Fluent Dialog's event, a button click, or `undefined` for the timed close after success. */
export type EndOfCallSurveyOpenChangeEvent = React.SyntheticEvent | Event | undefined;

/** What `onOpenChange` receives beside the event. */
export interface EndOfCallSurveyOpenChangeData {
  /** The requested open state. */
  open: boolean;
  /** Why: `'submitted'` (closing after success) or the dismissal reason. */
  reason: 'submitted' | SurveyDismissInfo['reason'];
}

/** What `onShown` receives when a survey opens. */
export interface SurveyShownInfo {
  /** When the survey was shown (epoch ms); `onSubmit`'s context and `onDismiss` carry the same value. */
  shownAt: number;
  /** Step 2 in the order it will be shown (categories, and tags within each). */
  plan: readonly IssuesStepGroup[];
  /** The survey's config (validated). */
  config: SurveyConfig;
}

/** Props of {@link EndOfCallSurvey}. */
export interface EndOfCallSurveyProps {
  /**
   * Whether the dialog is open (controlled). Leave it undefined to let the dialog manage it from `defaultOpen`.
   * **Each opening is a new survey**: the render on which `open` turns true starts a fresh flow from that render's
   * `config`, `random`, `comments` and `strings` (no answers, a new randomized plan, a new idempotency key, step 1 —
   * or step 2 when overall is not asked).
   */
  open?: boolean;
  /**
   * Initial open state when `open` is not controlled.
   * @default false
   */
  defaultOpen?: boolean;
  /** Called when the dialog wants to open or close: `{ open: false }` after Skip, Escape, Close, or after success. */
  onOpenChange?: (ev: EndOfCallSurveyOpenChangeEvent, data: EndOfCallSurveyOpenChangeData) => void;
  /**
   * What to ask: a `SurveyConfigInput` (merged with the defaults and validated) or a `SurveyConfig`.
   * Read when the dialog opens: a change while it is open never touches the survey on screen (the user's answers
   * stay) and applies from the next opening. The same holds for `random` and `comments`.
   * @default DEFAULT_SURVEY_CONFIG
   */
  config?: SurveyConfigInput | SurveyConfig;
  /**
   * Receives the survey (exactly what `buildCallSurvey` returns) and `{ idempotencyKey, improvementSuggestions }`.
   * Called once per press of Submit or Try again. Reject to show the error with "Try again".
   */
  onSubmit?: EndOfCallSurveySubmitHandler;
  /**
   * Called on Skip (`reason: 'skip'`), Escape (`'escape'`, also while sending: `step: 'submitting'`, the send goes on)
   * and Close after a failure (`'close'`); never after success.
   */
  onDismiss?: (info: SurveyDismissInfo) => void;
  /**
   * Overrides for any visible word; `issues` merges per category and tag.
   * @default DEFAULT_SURVEY_STRINGS (en-US)
   */
  strings?: SurveyStringsOverride;
  /**
   * The random source for step 2's order (categories and tags). Pass a seeded one for stories and tests.
   * @default Math.random
   */
  random?: () => number;
  /**
   * Offers an optional comment box per category; the text goes to `onSubmit` as `context.improvementSuggestions`,
   * never into the ACS payload.
   * @default false
   */
  comments?: boolean;
  /**
   * Called once per opening, after the fresh survey is on screen: `shownAt` (epoch ms) and the randomized step-2
   * plan. `useSurveySubmission(…).dialogProps` wires it to the `shown` telemetry event.
   */
  onShown?: (info: SurveyShownInfo) => void;
  /**
   * How long the thank-you stays before the dialog asks to close, in milliseconds.
   * @default 2000
   */
  closeDelayMs?: number;
  /** Extra class for the dialog surface, merged last. */
  className?: string;
}

/** Ids that tie labels to controls. */
export interface EndOfCallSurveyIds {
  heading: string;
  liveRegion: string;
  stepCounter: string;
  hint: string;
}

/** Props of a plain element slot (spread onto the element). */
export type EndOfCallSurveySlot<E extends HTMLElement = HTMLElement> = React.HTMLAttributes<E> & {
  ref?: React.Ref<E>;
  'data-step'?: string;
  'data-category'?: string;
};

/** Props of a button slot (spread onto a Fluent `Button`). */
export interface EndOfCallSurveyButtonSlot {
  children: string;
  appearance?: 'primary' | 'secondary';
  disabledFocusable?: boolean;
  onClick: (ev: React.MouseEvent) => void;
  ref?: React.Ref<HTMLButtonElement>;
}

/** Props of a checkbox (spread onto a Fluent `Checkbox`). */
export interface EndOfCallSurveyCheckboxSlot {
  label: string;
  checked: boolean;
  disabled: boolean;
  'aria-describedby'?: string;
  onChange: (ev: React.ChangeEvent<HTMLInputElement>, data: { checked: boolean | 'mixed' }) => void;
}

/** Props of a rating control (spread onto `SurveyRating`). */
export interface EndOfCallSurveyRatingSlot {
  scale: RatingScale;
  value: number | undefined;
  onChange: (score: number) => void;
  labelledBy: string;
  strings: SurveyStrings;
  disabled: boolean;
}

/** Props of a comment box: its label (and the class name of its wrapper) and the `Textarea` props. */
export interface EndOfCallSurveyCommentSlot {
  field: { label: string; className: string };
  textarea: {
    value: string;
    placeholder: string;
    disabled: boolean;
    resize: 'vertical';
    onChange: (ev: React.ChangeEvent<HTMLTextAreaElement>, data: { value: string }) => void;
  };
}

/** One issue tag of a revealed category. */
export interface EndOfCallSurveyTagView extends EndOfCallSurveyCheckboxSlot {
  /** The SDK tag. */
  issue: Issue;
  /** Whether it is selected (same as `checked`). */
  selected: boolean;
}

/**
 * One group of step 2, derived from the flow: what control it shows, whether its tags are revealed, and ready props.
 */
export interface EndOfCallSurveyGroupView {
  category: SurveyCategory;
  /**
   * `'checkbox'` for a two-point scale (ticked = a problem), `'rating'` for a wider scale, `'tags'` for overall (rated in
   * step 1; here only its tags).
   */
  control: 'checkbox' | 'rating' | 'tags';
  /** The group's root (`data-category`). */
  root: EndOfCallSurveySlot<HTMLDivElement>;
  /** The group title (`'rating'` and `'tags'` controls). */
  title: EndOfCallSurveySlot<HTMLHeadingElement> | undefined;
  /** The category checkbox (`'checkbox'`): checked = a problem. */
  checkbox: EndOfCallSurveyCheckboxSlot | undefined;
  /** The category's own rating (`'rating'`). */
  rating: EndOfCallSurveyRatingSlot | undefined;
  /** Whether the category is marked low, so its tags (and comment box) are shown. */
  revealed: boolean;
  /** Whether it is checked (`'checkbox'`) / rated low (`'rating'`). */
  checked: boolean;
  /** The tag group (`role="group"`), when revealed and the category offers tags. */
  tagGroup: EndOfCallSurveySlot<HTMLDivElement> | undefined;
  /** The tags in the shown (randomized) order; empty when not revealed. */
  tags: readonly EndOfCallSurveyTagView[];
  /** The comment box, when comments are on and the category is revealed. */
  comment: EndOfCallSurveyCommentSlot | undefined;
}

/** The named parts of the dialog (Fluent's slots): prop bags the render function spreads. `undefined` = not shown. */
export interface EndOfCallSurveySlots {
  /** The `DialogSurface`: `lang`, `data-step`, class. */
  surface: EndOfCallSurveySlot<HTMLDivElement> & { lang: string };
  /** The polite live region (outside the busy body). */
  liveRegion: EndOfCallSurveySlot<HTMLDivElement>;
  /** The `DialogBody`: `aria-busy` while sending. */
  body: EndOfCallSurveySlot<HTMLDivElement>;
  /** The part above the scroll area: title, step heading, counter, error, sending status (never scrolls). */
  header: EndOfCallSurveySlot<HTMLDivElement>;
  /** The dialog title (its accessible name). */
  title: { children: string; dir: 'auto' };
  /** The step heading (focused on every step change and on opening). */
  heading: EndOfCallSurveySlot<HTMLHeadingElement> | undefined;
  /** "Step 1 of 2" (the heading's description), when the survey has two steps. */
  stepCounter: EndOfCallSurveySlot<HTMLParagraphElement> | undefined;
  /** The scroll area (`DialogContent`). */
  content: EndOfCallSurveySlot<HTMLDivElement>;
  /** Step 2's hint (the category checkboxes' description). */
  hint: EndOfCallSurveySlot<HTMLParagraphElement> | undefined;
  /** Step 1's rating. */
  rating: EndOfCallSurveyRatingSlot | undefined;
  /** The overall comment box (step 1, or the end of step 2). */
  overallComment: EndOfCallSurveyCommentSlot | undefined;
  /** The thank-you heading. */
  thankYou: EndOfCallSurveySlot<HTMLHeadingElement> | undefined;
  /** While sending: the status row and its labelled spinner. */
  status: (EndOfCallSurveySlot<HTMLDivElement> & { spinner: { label: string; size: 'tiny' } }) | undefined;
  /** After a failure: the error `MessageBar` and its two buttons. */
  message:
    | {
        root: { intent: 'error'; role: 'alert'; layout: 'multiline'; className: string };
        title: string;
        body: string;
        retry: EndOfCallSurveyButtonSlot;
        close: EndOfCallSurveyButtonSlot;
      }
    | undefined;
  /** The `DialogActions` row. */
  actions: EndOfCallSurveySlot<HTMLDivElement> | undefined;
  skip: EndOfCallSurveyButtonSlot | undefined;
  /** "Close" in place of Skip (long send) or on the thank-you. */
  close: EndOfCallSurveyButtonSlot | undefined;
  back: EndOfCallSurveyButtonSlot | undefined;
  /** "Next" / "Submit". */
  primary: EndOfCallSurveyButtonSlot | undefined;
}

/**
 * The state `renderEndOfCallSurvey_unstable` draws (Fluent's `ComponentState<Slots>` shape): the slots' prop bags, the
 * step-2 group views, the Fluent `Dialog` props, plus the flow snapshot and the headless hook for hosts that re-render.
 */
export interface EndOfCallSurveyState extends EndOfCallSurveySlots {
  /** The Fluent `Dialog`'s own props. */
  dialog: {
    open: boolean;
    modalType: 'modal';
    onOpenChange: (ev: React.SyntheticEvent | Event, data: { open: boolean; type: string }) => void;
  };
  /** Step 2's groups in the shown (randomized) order; empty in step 1. */
  groups: readonly EndOfCallSurveyGroupView[];
  /** Whether the dialog is open. */
  open: boolean;
  /** The flow snapshot (read only; the slots are derived from it). */
  flow: SurveyFlowState;
  /** The headless hook's actions. */
  survey: UseEndOfCallSurveyResult;
  /** Complete strings (defaults + overrides). */
  strings: SurveyStrings;
  /** How many times the dialog has opened (each opening is a new survey). */
  openingCount: number;
  ids: EndOfCallSurveyIds;
  /** Class names after `useEndOfCallSurveyStyles_unstable`. */
  classNames: EndOfCallSurveyClassNames;
  className: string | undefined;
}

/** The classes of every part (static class name + Griffel classes). */
export interface EndOfCallSurveyClassNames {
  surface: string;
  body: string;
  header: string;
  content: string;
  heading: string;
  stepCounter: string;
  hint: string;
  step: string;
  group: string;
  groupTitle: string;
  tags: string;
  comment: string;
  actions: string;
  status: string;
  thankYou: string;
  liveRegion: string;
  message: string;
}
