/**
 * Story helpers: a real, interactive survey opened by a button (and open initially), with a visible log of what
 * `onSubmit` and `onDismiss` received. Demo text here is story chrome, not part of the kit.
 */
import * as React from 'react';
import { Button, Subtitle2, makeStyles, shorthands, tokens } from '@fluentui/react-components';
import { EndOfCallSurvey } from '../../src/index.js';
import type { EndOfCallSurveyProps } from '../../src/index.js';
import { createSeededRandom } from '../../src/core/index.js';
import type { CallSurvey, SurveySubmitContext } from '../../src/core/index.js';

/** How the demo's `onSubmit` behaves. */
export type DemoSubmitBehaviour = 'succeed' | 'slow' | 'fail-once' | 'fail-always' | 'never-settles';

/** Props of {@link SurveyDemo}: the dialog's props (minus the handlers it logs) plus demo controls. */
export interface SurveyDemoProps extends Omit<EndOfCallSurveyProps, 'open' | 'onOpenChange' | 'onSubmit' | 'onDismiss' | 'random'> {
  /** Seed of the random source that orders step 2. */
  seed?: number;
  /** How `onSubmit` behaves. */
  submit?: DemoSubmitBehaviour;
  /** Delay of a `slow` submit in ms. */
  slowMs?: number;
  /** Whether the survey is open when the story loads. */
  initiallyOpen?: boolean;
  /** The opener button's text. */
  openerLabel?: string;
}

/** The demo page and its event log; shared by every story helper. */
export const useDemoStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalXL,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground2,
    minHeight: '100vh',
    boxSizing: 'border-box',
  },
  log: {
    margin: 0,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground1,
    ...shorthands.border(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke1),
    borderRadius: tokens.borderRadiusMedium,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    listStyleType: 'none',
  },
  entry: { margin: 0, paddingBlock: tokens.spacingVerticalXS },
});

/** One line of the event log. */
export interface DemoLogEntry {
  kind: 'onSubmit' | 'onDismiss' | 'onSubmit rejected';
  detail: unknown;
}

/** The event log as a list (role=log). */
export function EventLog({ entries, label = 'Event log' }: { entries: readonly DemoLogEntry[]; label?: string }) {
  const styles = useDemoStyles();
  return (
    <section aria-label={label}>
      <Subtitle2 as="h2">{label}</Subtitle2>
      <div role="log" className={styles.log}>
        {entries.length === 0 ? <p className={styles.entry}>(nothing yet)</p> : null}
        {entries.map((entry, i) => (
          <p key={i} className={styles.entry}>
            {`${entry.kind}: ${JSON.stringify(entry.detail, null, 1)}`}
          </p>
        ))}
      </div>
    </section>
  );
}

/** A state hook for demos: open state, log and the logging handlers. */
export function useDemoSurvey({ seed = 1, submit = 'succeed', slowMs = 2500, initiallyOpen = true }: SurveyDemoProps) {
  const [open, setOpen] = React.useState(initiallyOpen);
  const [log, setLog] = React.useState<DemoLogEntry[]>([]);
  const random = React.useMemo(() => createSeededRandom(seed), [seed]);
  const attempts = React.useRef(0);
  const onSubmit = React.useCallback(
    (survey: CallSurvey, context: SurveySubmitContext) => {
      attempts.current += 1;
      const attempt = attempts.current;
      setLog((l) => [...l, { kind: 'onSubmit', detail: { survey, context } }]);
      const fail = submit === 'fail-always' || (submit === 'fail-once' && attempt === 1);
      const delay = submit === 'slow' ? slowMs : 400;
      return new Promise((resolve, reject) => {
        if (submit === 'never-settles') return;
        setTimeout(() => {
          if (fail) {
            setLog((l) => [...l, { kind: 'onSubmit rejected', detail: { attempt } }]);
            reject(new Error('Simulated network failure'));
          } else resolve({ id: `demo-survey-${attempt}` });
        }, delay);
      });
    },
    [submit, slowMs],
  );
  const onDismiss = React.useCallback((info: unknown) => setLog((l) => [...l, { kind: 'onDismiss', detail: info }]), []);
  const onOpenChange = React.useCallback((_ev: unknown, data: { open: boolean }) => setOpen(data.open), []);
  /** Spread onto `<EndOfCallSurvey>`: the open state and the logging handlers. */
  const dialogProps = { open, onOpenChange, random, onSubmit, onDismiss };
  return { open, setOpen, log, random, onSubmit, onDismiss, dialogProps };
}

/** The dialog's own props out of a {@link SurveyDemoProps} (the demo controls removed). */
export function surveyPropsOf(props: SurveyDemoProps) {
  const { seed: _seed, submit: _submit, slowMs: _slow, initiallyOpen: _initial, openerLabel: _opener, ...surveyProps } = props;
  return surveyProps;
}

/** A button that opens the survey, the survey itself, and the log of its callbacks. */
export function SurveyDemo(props: SurveyDemoProps) {
  const styles = useDemoStyles();
  const demo = useDemoSurvey(props);
  return (
    <main className={styles.root}>
      <div>
        <Button appearance="primary" onClick={() => demo.setOpen(true)}>
          {props.openerLabel ?? 'Open the survey'}
        </Button>
      </div>
      <EndOfCallSurvey {...surveyPropsOf(props)} {...demo.dialogProps} />
      <EventLog entries={demo.log} />
    </main>
  );
}
