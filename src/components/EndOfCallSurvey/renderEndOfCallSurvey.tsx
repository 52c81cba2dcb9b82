'use client';

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
  Label,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Textarea,
  useId,
} from '@fluentui/react-components';
import { SurveyRating } from '../SurveyRating/index.js';
import type {
  EndOfCallSurveyButtonSlot,
  EndOfCallSurveyCommentSlot,
  EndOfCallSurveyGroupView,
  EndOfCallSurveySlot,
  EndOfCallSurveyState,
} from './EndOfCallSurvey.types.js';

/** A heading whose text is isolated (`<bdi>`), so an English prompt in an RTL page keeps its "?" where it belongs. */
function IsolatedHeading({ as: Tag, slot }: { as: 'h3' | 'h4'; slot: EndOfCallSurveySlot<HTMLHeadingElement> }) {
  const { children, ...rest } = slot;
  return (
    <Tag {...rest}>
      <bdi>{children}</bdi>
    </Tag>
  );
}

/**
 * A labelled comment box: what Fluent's `Field` draws for a vertical label (a grid with the `Label` above the control,
 * tied to it by `for`), without pulling Field's code and styles into every app for this one use.
 */
function Comment({ slot }: { slot: EndOfCallSurveyCommentSlot }) {
  const id = useId('ecs-comment-');
  const { label, className } = slot.field;
  return (
    <div className={className}>
      <Label htmlFor={id}>{label}</Label>
      <Textarea {...slot.textarea} id={id} />
    </div>
  );
}

function SlotButton({ slot }: { slot: EndOfCallSurveyButtonSlot }) {
  return <Button {...slot} />;
}

function Group({ view }: { view: EndOfCallSurveyGroupView }) {
  return (
    <div {...view.root}>
      {view.title ? <IsolatedHeading as="h4" slot={view.title} /> : null}
      {view.checkbox ? <Checkbox {...view.checkbox} /> : null}
      {view.rating ? <SurveyRating {...view.rating} /> : null}
      {view.tagGroup ? (
        <div {...view.tagGroup}>
          {view.tags.map(({ issue, selected: _selected, ...tag }) => (
            <Checkbox key={issue} {...tag} />
          ))}
        </div>
      ) : null}
      {view.comment ? <Comment slot={view.comment} /> : null}
    </div>
  );
}

/** Draws the survey dialog from its state (JSX only, spreading the slots; Fluent's `renderX_unstable` stage). */
export function renderEndOfCallSurvey_unstable(state: EndOfCallSurveyState): React.ReactElement {
  const { status, message } = state;
  return (
    <Dialog {...state.dialog}>
      <DialogSurface {...state.surface}>
        <div {...state.liveRegion} />
        <DialogBody {...state.body}>
          <div {...state.header}>
            <DialogTitle {...state.title} />
            {state.heading ? <IsolatedHeading as="h3" slot={state.heading} /> : null}
            {state.stepCounter ? <p {...state.stepCounter} /> : null}
            {state.thankYou ? <IsolatedHeading as="h3" slot={state.thankYou} /> : null}
            {status ? (
              <div className={status.className}>
                <Spinner {...status.spinner} />
              </div>
            ) : null}
            {message ? (
              <MessageBar {...message.root}>
                <MessageBarBody>
                  <MessageBarTitle>{message.title}</MessageBarTitle>
                  {message.body}
                </MessageBarBody>
                <MessageBarActions>
                  <SlotButton slot={message.retry} />
                  <SlotButton slot={message.close} />
                </MessageBarActions>
              </MessageBar>
            ) : null}
          </div>
          <DialogContent {...state.content}>
            {state.hint ? <p {...state.hint} /> : null}
            {state.rating ? <SurveyRating {...state.rating} /> : null}
            {state.groups.map((view) => (
              <Group key={view.category} view={view} />
            ))}
            {state.overallComment ? <Comment slot={state.overallComment} /> : null}
          </DialogContent>
          {state.actions ? (
            <DialogActions {...state.actions}>
              {state.skip ? <SlotButton slot={state.skip} /> : null}
              {state.close ? <SlotButton slot={state.close} /> : null}
              {state.back ? <SlotButton slot={state.back} /> : null}
              {state.primary ? <SlotButton slot={state.primary} /> : null}
            </DialogActions>
          ) : null}
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
