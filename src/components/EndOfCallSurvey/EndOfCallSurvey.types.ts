import type * as React from 'react';
import type { SurveyConfig, SurveyConfigInput } from '../../core/types.js';
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

/** Props of {@link EndOfCallSurvey}. */
export interface EndOfCallSurveyProps {
  /**
   * Whether the dialog is open (controlled). Leave it undefined to let the dialog manage it from `defaultOpen`.
   * Opening again after a close starts a fresh survey (new plan, empty answers).
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
   * Read once per survey (when the component mounts).
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
}

/** The state `renderEndOfCallSurvey_unstable` draws: the flow snapshot, merged strings, ids and handlers. */
export interface EndOfCallSurveyState {
  /** Whether the dialog is open. */
  open: boolean;
  /** The flow snapshot. */
  flow: SurveyFlowState;
  /** The headless hook's actions. */
  survey: UseEndOfCallSurveyResult;
  /** Complete strings (defaults + overrides). */
  strings: SurveyStrings;
  /** Question step on screen (`flow.formStep`). */
  formStep: SurveyFlowState['formStep'];
  /** Inputs are disabled (submitting or failed). */
  inputsDisabled: boolean;
  /** Sending has lasted `CLOSE_WHILE_SENDING_AFTER_MS`: the view offers an enabled "Close" in place of "Skip". */
  closeWhileSending: boolean;
  /** Whether overall is asked (shows "Back" in step 2). */
  overallAsked: boolean;
  /** How many question steps this survey can have (1 or 2), for announcements. */
  totalSteps: number;
  /** The text of the polite live region. */
  announcement: string;
  ids: EndOfCallSurveyIds;
  /** The heading that receives focus when the step changes. */
  headingRef: React.RefObject<HTMLHeadingElement>;
  /** The "Try again" button, focused when sending failed. */
  retryRef: React.RefObject<HTMLButtonElement>;
  /** Class names after `useEndOfCallSurveyStyles_unstable`. */
  classNames: EndOfCallSurveyClassNames;
  className: string | undefined;
  /** Handlers the view binds. */
  onDialogOpenChange: (ev: React.SyntheticEvent | Event, data: { open: boolean; type: string }) => void;
  onPrimary: (ev: React.MouseEvent) => void;
  onSkip: (ev: React.MouseEvent) => void;
  onBack: (ev: React.MouseEvent) => void;
  onRetry: (ev: React.MouseEvent) => void;
  onClose: (ev: React.MouseEvent) => void;
}

/** The classes of every part (static class name + Griffel classes). */
export interface EndOfCallSurveyClassNames {
  surface: string;
  body: string;
  content: string;
  heading: string;
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
