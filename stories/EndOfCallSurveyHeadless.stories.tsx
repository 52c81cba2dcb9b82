import * as React from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { Button, Card, Checkbox, Subtitle1, makeStyles, tokens } from '@fluentui/react-components';
import { DEFAULT_SURVEY_STRINGS, SurveyRating, useEndOfCallSurvey } from '../src/index.js';
import { createSeededRandom } from '../src/core/index.js';
import type { CallSurvey, Issue } from '../src/core/index.js';
import { EventLog } from './support/SurveyDemo.js';
import type { DemoLogEntry } from './support/SurveyDemo.js';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalXL,
    minHeight: '100vh',
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
  card: { maxWidth: '40rem' },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

/**
 * An inline (non-dialog) survey card drawn by the app itself on top of `useEndOfCallSurvey`: the same flow, payload
 * and submit rules as the dialog, with the app's own layout.
 */
function InlineSurveyCard() {
  const styles = useStyles();
  const strings = DEFAULT_SURVEY_STRINGS;
  const [log, setLog] = React.useState<DemoLogEntry[]>([]);
  const random = React.useMemo(() => createSeededRandom(4), []);
  const survey = useEndOfCallSurvey({
    random,
    config: { videoRating: false, screenshareRating: false },
    onSubmit: (payload: CallSurvey, context) => {
      setLog((l) => [...l, { kind: 'onSubmit', detail: { survey: payload, context } }]);
      return new Promise((resolve) => setTimeout(resolve, 300));
    },
    onDismiss: (info) => setLog((l) => [...l, { kind: 'onDismiss', detail: info }]),
  });
  const { state } = survey;
  const headingId = 'inline-survey-question';
  const busy = state.step === 'submitting';

  let body: React.ReactNode;
  if (state.step === 'submitted') body = <p>{strings.thankYou}</p>;
  else if (state.step === 'dismissed') body = <p>(skipped)</p>;
  else if (state.formStep === 'rating') {
    body = (
      <>
        <Subtitle1 as="h2" id={headingId}>
          {strings.overallPrompt}
        </Subtitle1>
        <SurveyRating
          scale={state.config.overallRating!.scale}
          value={state.answers.overallRating?.score}
          onChange={(score) => survey.rate('overallRating', score)}
          labelledBy={headingId}
          strings={strings}
          disabled={busy}
        />
      </>
    );
  } else {
    body = (
      <>
        <Subtitle1 as="h2" id={headingId}>
          {strings.issuesPrompt}
        </Subtitle1>
        {state.plan.map(({ category, issues }) => {
          const labels = strings.issues[category] as Readonly<Record<string, string>>;
          const selected: readonly Issue[] = state.answers[category]?.issues ?? [];
          return (
            <div key={category} role="group" aria-label={strings.categoryNames[category]}>
              {category !== 'overallRating' ? (
                <Checkbox
                  label={strings.categoryProblem[category]}
                  checked={state.revealed.includes(category)}
                  disabled={busy}
                  onChange={(_ev, data) => survey.toggleCategory(category, data.checked === true)}
                />
              ) : null}
              {state.revealed.includes(category)
                ? issues.map((issue) => (
                    <Checkbox
                      key={issue}
                      label={labels[issue]}
                      checked={selected.includes(issue)}
                      disabled={busy}
                      onChange={(_ev, data) => survey.toggleIssue(category, issue, data.checked === true)}
                    />
                  ))
                : null}
            </div>
          );
        })}
      </>
    );
  }

  const open = state.step === 'rating' || state.step === 'issues' || state.step === 'submitting' || state.step === 'failed';
  return (
    <main className={styles.root}>
      <Card className={styles.card} aria-busy={busy || undefined} data-step={state.step}>
        {body}
        {open ? (
          <div className={styles.row}>
            <Button disabled={busy} onClick={() => survey.dismiss('skip')}>
              {strings.skip}
            </Button>
            {state.formStep === 'issues' ? (
              <Button disabled={busy} onClick={() => survey.back()}>
                {strings.back}
              </Button>
            ) : null}
            <Button
              appearance="primary"
              disabledFocusable={busy || !state.canContinue}
              onClick={() => (state.primaryAction === 'next' ? survey.next() : survey.submit())}
            >
              {state.primaryAction === 'next' ? strings.next : strings.submit}
            </Button>
          </div>
        ) : (
          <div className={styles.row}>
            <Button onClick={() => survey.reset()}>Start over</Button>
          </div>
        )}
      </Card>
      <EventLog entries={log} />
    </main>
  );
}

const meta = {
  title: 'Components/EndOfCallSurvey/Headless hook',
  component: InlineSurveyCard,
  parameters: {
    docs: {
      description: {
        component:
          '`useEndOfCallSurvey(options)` is the dialog\'s flow without the view. This story draws an inline card with it; the payload rules are the same.',
      },
    },
  },
} satisfies Meta<typeof InlineSurveyCard>;

export default meta;
type Story = StoryObj<typeof meta>;

/** An inline card on the headless hook; the play function walks the low path. */
export const InlineCard: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('radio', { name: 'Bad' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Next' }));
    await userEvent.click(await canvas.findByRole('checkbox', { name: 'Audio' }));
    await userEvent.click(
      await canvas.findByRole('checkbox', { name: DEFAULT_SURVEY_STRINGS.issues.audioRating.Echo }),
    );
    await userEvent.click(canvas.getByRole('button', { name: 'Submit' }));
    await canvas.findByText(DEFAULT_SURVEY_STRINGS.thankYou);
    await waitFor(() => expect(canvas.getByRole('log')).toHaveTextContent('"Echo"'));
  },
};
