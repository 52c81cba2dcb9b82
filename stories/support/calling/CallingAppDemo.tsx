/**
 * The "In a calling app" demo: communication-react's real `CallComposite` (Fluent v8, its own theme provider) on a
 * fake `CallAdapter`, with its built-in survey off and the kit's survey opening when the call ends —
 * `useSurveyTrigger` on the adapter, delivery through `submitterForCallAdapter` + `useSurveySubmission`, the
 * README wiring `<EndOfCallSurvey {...trigger.dialogProps} {...submission.dialogProps} />`, and a visible log.
 * Demo text here is story chrome.
 */
import * as React from 'react';
import { CallComposite, darkTheme, lightTheme } from '@azure/communication-react';
import { initializeIcons, setIconOptions } from '@fluentui/react';
import { FluentProvider, Subtitle2, makeStyles, shorthands, tokens } from '@fluentui/react-components';
import { createV9Theme } from '@fluentui/react-migration-v8-v9';
import { EndOfCallSurvey, createMemoryStore, useSurveySubmission, useSurveyTrigger } from '../../../src/index.js';
import type { SurveyTelemetryEvent } from '../../../src/index.js';
import { submitterForCallAdapter } from '../../../src/acs/index.js';
import { v9ThemeFromV8 } from '../../../src/theme/index.js';
import { createFakeCallAdapter } from './fakeCallAdapter.js';
import type { FakeSubmitBehaviour } from './fakeCallAdapter.js';

// Icons as communication-react documents them: Fluent v8's icon font once for the app (the composite's dialogs use
// it, e.g. the Close "Cancel" glyph of "Leave the call?"), and the composite registers its own DEFAULT_COMPOSITE_ICONS
// each time it mounts, so Fluent's "icons were re-registered" warning is switched off (a remount, not a conflict).
initializeIcons();
setIconOptions({ disableWarnings: true });

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
  // The page is exactly the viewport: one row, so the composite's box gets a definite height.
  root: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 2fr) minmax(0, 1fr)',
    gridTemplateRows: 'minmax(0, 1fr)',
    gap: tokens.spacingHorizontalL,
    padding: tokens.spacingHorizontalL,
    height: '100vh',
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
  // The composite fills its parent (width and height 100 %): the parent has an explicit size.
  stage: { position: 'relative', height: '100%', width: '100%', minHeight: 0, overflow: 'hidden' },
  aside: { display: 'flex', flexDirection: 'column', minHeight: 0 },
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
    flexGrow: 1,
    minHeight: 0,
    overflowY: 'auto',
  },
});

function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A calling screen (the real CallComposite) whose End call opens the survey. */
export function CallingAppDemo({ dark = false, submit = 'succeed', sampleRate = 1 }: CallingAppDemoProps) {
  const styles = useStyles();
  const [log, setLog] = React.useState<string[]>([]);
  const append = React.useCallback((line: string) => setLog((previous) => [...previous, line]), []);
  // The fake joins its call while it is made (during this component's first render): those lines wait for the
  // mount, every later one goes straight to the log, so the log keeps the order of events.
  const [{ adapter, connectLog }] = React.useState(() => {
    const early: string[] = [];
    let sink: (line: string) => void = (line) => void early.push(line);
    const fake = createFakeCallAdapter((line) => sink(line), submit);
    return {
      adapter: fake,
      connectLog(to: (line: string) => void) {
        sink = to;
        early.splice(0).forEach(to);
      },
    };
  });
  React.useEffect(() => connectLog(append), [connectLog, append]);
  const [storage] = React.useState(() => createMemoryStore());
  const [random] = React.useState(() => seeded(7));

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

  const v8Theme = dark ? darkTheme : lightTheme;
  const surveyTheme = React.useMemo(() => v9ThemeFromV8(v8Theme, createV9Theme), [v8Theme]);

  return (
    <div className={styles.root}>
      <main className={styles.stage} aria-label="Calling app" data-testid="composite-box">
        <CallComposite adapter={adapter} fluentTheme={v8Theme} options={{ surveyOptions: { disableSurvey: true } }} />
      </main>
      <aside className={styles.aside} aria-label="Event log">
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
        <EndOfCallSurvey {...trigger.dialogProps} {...submission.dialogProps} random={random} />
      </FluentProvider>
    </div>
  );
}
