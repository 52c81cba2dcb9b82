import * as React from 'react';
import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Textarea,
} from '@fluentui/react-components';
import type { Issue, IssuesStepGroup, SurveyCategory } from '../../core/types.js';
import { formatSurveyString } from '../../strings/SurveyStrings.js';
import { SurveyRating } from '../SurveyRating/SurveyRating.js';
import type { EndOfCallSurveyState } from './EndOfCallSurvey.types.js';

function CommentBox({ state, category }: { state: EndOfCallSurveyState; category: SurveyCategory }) {
  const { strings, flow, survey, classNames, inputsDisabled } = state;
  return (
    <Field
      className={classNames.comment}
      label={formatSurveyString(strings.commentLabel, { category: strings.categoryNames[category] })}
    >
      <Textarea
        value={flow.comments[category] ?? ''}
        placeholder={strings.commentPlaceholder}
        disabled={inputsDisabled}
        resize="vertical"
        onChange={(_ev, data) => survey.comment(category, data.value)}
      />
    </Field>
  );
}

function TagGroup({ state, group }: { state: EndOfCallSurveyState; group: IssuesStepGroup }) {
  const { strings, flow, survey, classNames, inputsDisabled } = state;
  const { category } = group;
  if (group.issues.length === 0 || !flow.revealed.includes(category)) return null;
  const selected: readonly Issue[] = flow.answers[category]?.issues ?? [];
  const labels = strings.issues[category] as Readonly<Record<string, string>>;
  return (
    <div
      role="group"
      aria-label={formatSurveyString(strings.issuesGroupLabel, { category: strings.categoryNames[category] })}
      className={classNames.tags}
    >
      {group.issues.map((issue) => (
        <Checkbox
          key={issue}
          label={labels[issue] ?? issue}
          checked={selected.includes(issue)}
          disabled={inputsDisabled}
          onChange={(_ev, data) => survey.toggleIssue(category, issue, data.checked === true)}
        />
      ))}
    </div>
  );
}

function IssuesGroup({ state, group, index }: { state: EndOfCallSurveyState; group: IssuesStepGroup; index: number }) {
  const { strings, flow, survey, classNames, inputsDisabled, ids } = state;
  const { category } = group;
  const scale = flow.config[category]?.scale;
  if (!scale) return null;
  const name = strings.categoryNames[category];
  const answer = flow.answers[category];
  const twoPoint = scale.upperBound - scale.lowerBound === 1;
  const promptId = `${ids.heading}-group-${index}`;

  let control: React.ReactNode;
  if (category === 'overallRating') {
    // Overall was rated in step 1; here it only offers its own tags.
    control = (
      <h4 id={promptId} className={classNames.groupTitle}>
        {name}
      </h4>
    );
  } else if (twoPoint) {
    control = (
      <Checkbox
        label={strings.categoryProblem[category]}
        checked={answer?.score === scale.lowerBound}
        disabled={inputsDisabled}
        onChange={(_ev, data) => survey.toggleCategory(category, data.checked === true)}
      />
    );
  } else {
    control = (
      <>
        <h4 id={promptId} className={classNames.groupTitle}>
          {formatSurveyString(strings.categoryRatingPrompt, { category: name })}
        </h4>
        <SurveyRating
          scale={scale}
          value={answer?.score}
          onChange={(score) => survey.rate(category, score)}
          labelledBy={promptId}
          strings={strings}
          disabled={inputsDisabled}
        />
      </>
    );
  }

  return (
    <div className={classNames.group} data-category={category}>
      {control}
      <TagGroup state={state} group={group} />
      {flow.commentsEnabled && category !== 'overallRating' && flow.revealed.includes(category) ? (
        <CommentBox state={state} category={category} />
      ) : null}
    </div>
  );
}

function RatingStep({ state }: { state: EndOfCallSurveyState }) {
  const { strings, flow, survey, classNames, inputsDisabled, ids, headingRef } = state;
  const scale = flow.config.overallRating?.scale;
  return (
    <div className={classNames.step}>
      <h3 id={ids.heading} ref={headingRef} tabIndex={-1} className={classNames.heading}>
        {strings.overallPrompt}
      </h3>
      {scale ? (
        <SurveyRating
          scale={scale}
          value={flow.answers.overallRating?.score}
          onChange={(score) => survey.rate('overallRating', score)}
          labelledBy={ids.heading}
          strings={strings}
          disabled={inputsDisabled}
        />
      ) : null}
      {flow.commentsEnabled ? <CommentBox state={state} category="overallRating" /> : null}
    </div>
  );
}

function IssuesStep({ state }: { state: EndOfCallSurveyState }) {
  const { strings, flow, classNames, ids, headingRef } = state;
  const hasCheckboxCategory = flow.plan.some((group) => {
    const scale = flow.config[group.category]?.scale;
    return group.category !== 'overallRating' && scale !== undefined && scale.upperBound - scale.lowerBound === 1;
  });
  return (
    <div className={classNames.step}>
      <h3 id={ids.heading} ref={headingRef} tabIndex={-1} className={classNames.heading}>
        {strings.issuesPrompt}
      </h3>
      {hasCheckboxCategory ? <p className={classNames.hint}>{strings.issuesHint}</p> : null}
      {flow.plan.map((group, index) => (
        <IssuesGroup key={group.category} state={state} group={group} index={index} />
      ))}
      {flow.commentsEnabled && flow.config.overallRating ? (
        <CommentBox state={state} category="overallRating" />
      ) : null}
    </div>
  );
}

/** Draws the survey dialog from its state (JSX only; Fluent's `renderX_unstable` stage). */
export function renderEndOfCallSurvey_unstable(state: EndOfCallSurveyState): React.ReactElement {
  const { strings, flow, classNames, ids, headingRef, retryRef } = state;
  const step = flow.step;
  const submitting = step === 'submitting';
  const submitted = step === 'submitted';
  const failed = step === 'failed';
  const showForm = !submitted && step !== 'dismissed';

  return (
    <Dialog open={state.open} modalType="modal" onOpenChange={state.onDialogOpenChange}>
      <DialogSurface className={classNames.surface} aria-busy={submitting ? true : undefined} data-step={step}>
        <DialogBody className={classNames.body}>
          <DialogTitle>{strings.title}</DialogTitle>
          <DialogContent className={classNames.content}>
            <div id={ids.liveRegion} role="status" aria-live="polite" aria-atomic="true" className={classNames.liveRegion}>
              {state.announcement}
            </div>
            {submitted ? (
              <h3 ref={headingRef} tabIndex={-1} className={classNames.thankYou}>
                {strings.thankYou}
              </h3>
            ) : null}
            {showForm && state.formStep === 'rating' ? <RatingStep state={state} /> : null}
            {showForm && state.formStep === 'issues' ? <IssuesStep state={state} /> : null}
            {submitting ? (
              <div className={classNames.status}>
                <Spinner size="tiny" label={strings.submitting} />
              </div>
            ) : null}
            {failed ? (
              <MessageBar intent="error" role="alert" layout="multiline" className={classNames.message}>
                <MessageBarBody>
                  <MessageBarTitle>{strings.errorTitle}</MessageBarTitle>
                  {strings.errorMessage}
                </MessageBarBody>
                <MessageBarActions>
                  <Button ref={retryRef} appearance="primary" onClick={state.onRetry}>
                    {strings.tryAgain}
                  </Button>
                  <Button onClick={state.onClose}>{strings.close}</Button>
                </MessageBarActions>
              </MessageBar>
            ) : null}
          </DialogContent>
          {showForm && !failed ? (
            <DialogActions className={classNames.actions}>
              {state.closeWhileSending ? (
                <Button onClick={state.onClose}>{strings.close}</Button>
              ) : (
                <Button disabledFocusable={submitting} onClick={state.onSkip}>
                  {strings.skip}
                </Button>
              )}
              {state.formStep === 'issues' && state.overallAsked ? (
                <Button disabledFocusable={submitting} onClick={state.onBack}>
                  {strings.back}
                </Button>
              ) : null}
              <Button
                appearance="primary"
                disabledFocusable={submitting || !flow.canContinue}
                onClick={state.onPrimary}
              >
                {flow.primaryAction === 'next' ? strings.next : strings.submit}
              </Button>
            </DialogActions>
          ) : null}
          {submitted ? (
            <DialogActions className={classNames.actions}>
              <Button appearance="primary" onClick={state.onClose}>
                {strings.close}
              </Button>
            </DialogActions>
          ) : null}
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
