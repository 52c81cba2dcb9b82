/**
 * Story helper: a simple fake call stage (participant tiles and a "Leave" button) that opens the survey when the
 * user leaves, the way a calling app would after `callEnded`.
 */
import * as React from 'react';
import { Avatar, Body1, Button, Subtitle1, makeStyles, shorthands, tokens } from '@fluentui/react-components';
import { EndOfCallSurvey } from '../../src/index.js';
import { EventLog, surveyPropsOf, useDemoSurvey } from './SurveyDemo.js';
import type { SurveyDemoProps } from './SurveyDemo.js';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalL,
    minHeight: '100vh',
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
  },
  stage: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 12rem), 1fr))',
    gap: tokens.spacingHorizontalM,
  },
  tile: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    justifyContent: 'center',
    gap: tokens.spacingVerticalS,
    minHeight: '8rem',
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    ...shorthands.border(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke2),
  },
  controls: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap', alignItems: 'center' },
});

const PARTICIPANTS = ['Ada Lovelace', 'Grace Hopper', 'Alan Turing'];

/** A fake call stage; "Leave" ends the call and opens the survey. */
export function MockCallingScreen(props: SurveyDemoProps) {
  const styles = useStyles();
  const demo = useDemoSurvey({ ...props, initiallyOpen: false });
  const [inCall, setInCall] = React.useState(true);
  return (
    <main className={styles.root}>
      <Subtitle1 as="h1">{inCall ? 'Team sync — in call' : 'You left the call'}</Subtitle1>
      {inCall ? (
        <ul className={styles.stage} aria-label="Participants">
          {PARTICIPANTS.map((name) => (
            <li key={name} className={styles.tile}>
              <Avatar name={name} size={56} />
              <Body1>{name}</Body1>
            </li>
          ))}
        </ul>
      ) : null}
      <div className={styles.controls}>
        {/* One button element (its text changes), so focus can return to it when the survey closes. */}
        <Button
          appearance={inCall ? 'primary' : 'secondary'}
          onClick={() => {
            if (inCall) {
              setInCall(false);
              demo.setOpen(true);
            } else setInCall(true);
          }}
        >
          {inCall ? 'Leave' : 'Rejoin'}
        </Button>
      </div>
      <EndOfCallSurvey {...surveyPropsOf(props)} {...demo.dialogProps} />
      <EventLog entries={demo.log} />
    </main>
  );
}
