/**
 * The "In a calling app" demo: communication-react's calling UI (Fluent v8, inside its `FluentThemeProvider`) with the
 * kit's survey opening when the call ends — `useSurveyTrigger` on a fake `CallAdapter`, delivery through
 * `submitterForCallAdapter` + `useSurveySubmission`, and a visible log. Demo text here is story chrome.
 */
import * as React from 'react';
import {
  CameraButton,
  ControlBar,
  DEFAULT_COMPONENT_ICONS,
  EndCallButton,
  FluentThemeProvider,
  MicrophoneButton,
  VideoGallery,
  darkTheme,
  lightTheme,
} from '@azure/communication-react';
import { registerIcons } from '@fluentui/react';
import { Button, FluentProvider, Subtitle2, makeStyles, shorthands, tokens } from '@fluentui/react-components';
import { createV9Theme } from '@fluentui/react-migration-v8-v9';
import { EndOfCallSurvey, createMemoryStore, useSurveySubmission, useSurveyTrigger } from '../../../src/index.js';
import type { SurveyTelemetryEvent } from '../../../src/index.js';
import { submitterForCallAdapter } from '../../../src/acs/index.js';
import { v9ThemeFromV8 } from '../../../src/theme/index.js';
import { createFakeCallAdapter } from './fakeCallAdapter.js';
import type { FakeSubmitBehaviour } from './fakeCallAdapter.js';

registerIcons({ icons: DEFAULT_COMPONENT_ICONS });

/** Props of {@link CallingAppDemo}. */
export interface CallingAppDemoProps {
  /** Use communication-react's dark theme (and the dark v9 bridge for the survey). */
  dark?: boolean;
  /** How the fake adapter's `submitSurvey` answers. */
  submit?: FakeSubmitBehaviour;
  /** Share of calls surveyed (the trigger's policy). */
  sampleRate?: number;
}

const useStyles = makeStyles({
  root: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 2fr) minmax(0, 1fr)',
    gap: tokens.spacingHorizontalL,
    padding: tokens.spacingHorizontalL,
    minHeight: '100vh',
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
  stage: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minHeight: '28rem' },
  gallery: { position: 'relative', flexGrow: 1, minHeight: '20rem' },
  idle: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
  },
  log: {
    margin: 0,
    padding: tokens.spacingHorizontalM,
    listStyleType: 'none',
    backgroundColor: tokens.colorNeutralBackground1,
    ...shorthands.border(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke1),
    borderRadius: tokens.borderRadiusMedium,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: 'anywhere',
    maxHeight: '80vh',
    overflowY: 'auto',
  },
});

const REMOTE = [
  { userId: 'remote-ada', displayName: 'Ada Lovelace', isMuted: false },
  { userId: 'remote-grace', displayName: 'Grace Hopper', isMuted: true },
];

function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A calling screen whose End call opens the survey. */
export function CallingAppDemo({ dark = false, submit = 'succeed', sampleRate = 1 }: CallingAppDemoProps) {
  const styles = useStyles();
  const [log, setLog] = React.useState<string[]>([]);
  const append = React.useCallback((line: string) => setLog((previous) => [...previous, line]), []);
  const [adapter] = React.useState(() => createFakeCallAdapter(append, submit));
  const [storage] = React.useState(() => createMemoryStore());
  const [random] = React.useState(() => seeded(7));
  const [inCall, setInCall] = React.useState(false);
  const [camera, setCamera] = React.useState(false);
  const [microphone, setMicrophone] = React.useState(true);

  React.useEffect(() => {
    adapter.joinCall();
    setInCall(true);
  }, [adapter]);

  const trigger = useSurveyTrigger({ adapter, storage, policy: { sampleRate } });
  const onEvent = React.useCallback(
    (event: SurveyTelemetryEvent) =>
      append(
        `onEvent ${event.type}${event.surveyId ? ` surveyId=${event.surveyId}` : ''}${event.reason ? ` reason=${event.reason}` : ''} attempts=${event.attempts}`,
      ),
    [append],
  );
  const submitter = React.useMemo(() => submitterForCallAdapter(adapter), [adapter]);
  const submission = useSurveySubmission(submitter, { onEvent, timeoutMs: 5000, backoffMs: 300 });

  const { reportShown, reset } = submission;
  React.useEffect(() => {
    if (trigger.open) {
      reset();
      reportShown();
    }
  }, [trigger.open, reportShown, reset]);

  const v8Theme = dark ? darkTheme : lightTheme;
  const surveyTheme = React.useMemo(() => v9ThemeFromV8(v8Theme, createV9Theme), [v8Theme]);

  return (
    <div className={styles.root}>
      <FluentThemeProvider fluentTheme={v8Theme}>
        <main className={styles.stage} aria-label="Calling app">
          {inCall ? (
            <>
              <div className={styles.gallery}>
                <VideoGallery
                  layout="default"
                  localParticipant={{ userId: 'local-user', displayName: 'You', isMuted: !microphone }}
                  remoteParticipants={REMOTE}
                />
              </div>
              <ControlBar layout="horizontal">
                <CameraButton
                  checked={camera}
                  onClick={() => {
                    adapter.setCamera(!camera);
                    setCamera(!camera);
                  }}
                />
                <MicrophoneButton checked={microphone} onClick={() => setMicrophone(!microphone)} />
                <EndCallButton
                  onHangUp={async () => {
                    adapter.endCall();
                    setInCall(false);
                    setCamera(false);
                  }}
                />
              </ControlBar>
            </>
          ) : (
            <div className={styles.idle}>
              <Subtitle2 as="h2">The call has ended</Subtitle2>
              <Button
                appearance="primary"
                onClick={() => {
                  adapter.joinCall();
                  setInCall(true);
                }}
              >
                Join another call
              </Button>
            </div>
          )}
        </main>
      </FluentThemeProvider>
      <aside aria-label="Event log">
        <Subtitle2 as="h2">Event log</Subtitle2>
        <ol className={styles.log} aria-live="polite">
          {log.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ol>
        <p>
          Status: <output aria-label="Submission status">{submission.status}</output>
        </p>
      </aside>
      <FluentProvider theme={surveyTheme}>
        <EndOfCallSurvey
          {...trigger.dialogProps}
          onSubmit={submission.onSubmit}
          onDismiss={submission.onDismiss}
          random={random}
        />
      </FluentProvider>
    </div>
  );
}
