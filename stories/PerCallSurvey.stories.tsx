import { useMemo, useRef, useState } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { EndOfCallSurvey, createMemoryStore, useSurveySubmission, useSurveyTrigger } from '../src/index.js';
import type {
  SurveySubmitter,
  SurveyTriggerAdapter,
  SurveyTriggerAdapterState,
  SurveyTriggerCallEndedEvent,
} from '../src/index.js';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  log: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, margin: 0 },
});

/** A minimal CallAdapter: state with the current call, and callEnded. */
function createDemoAdapter() {
  const ended = new Set<(e: SurveyTriggerCallEndedEvent) => void>();
  const handlers = new Set<(s: SurveyTriggerAdapterState) => void>();
  let state: SurveyTriggerAdapterState = { userId: { rawId: '8:acs:demo-user' } };
  const set = (next: SurveyTriggerAdapterState) => {
    state = next;
    for (const h of handlers) h(state);
  };
  const adapter: SurveyTriggerAdapter & { start(id: string, media: boolean): void; end(): void } = {
    on: (_e, l) => void ended.add(l),
    off: (_e, l) => void ended.delete(l),
    getState: () => state,
    onStateChange: (h) => void handlers.add(h),
    offStateChange: (h) => void handlers.delete(h),
    start(id, media) {
      set({
        ...state,
        call: {
          id,
          state: 'Connected',
          isScreenSharingOn: media,
          localVideoStreams: media ? [{ mediaStreamType: 'Video' }] : [],
        } as never,
      });
    },
    end() {
      const id = (state.call as { id?: string } | undefined)?.id ?? '';
      set({ ...state, call: undefined });
      for (const l of [...ended]) l({ callId: id, code: 0, subCode: 0 });
    },
  };
  return adapter;
}

/**
 * The README's wiring over calls in a row: `useSurveyTrigger` + `<EndOfCallSurvey {...trigger.dialogProps}
 * {...submission.dialogProps}>`. Each call's survey asks only about what that call used: after an audio-only call,
 * step 2 has no Video or Screen share.
 */
function PerCallSurveyDemo() {
  const styles = useStyles();
  const adapter = useMemo(createDemoAdapter, []);
  const storage = useMemo(createMemoryStore, []);
  const calls = useRef(0);
  const [log, setLog] = useState<string[]>([]);
  const add = (line: string) => setLog((previous) => [...previous, line]);
  const trigger = useSurveyTrigger({ adapter, storage, policy: { sampleRate: 1 } });
  const sink: SurveySubmitter = async (survey) => {
    add(`received ${Object.keys(survey).sort().join(',')}`);
    return { id: `demo-${calls.current}` };
  };
  const submission = useSurveySubmission(sink, {
    onEvent: (event) => add(`event ${event.type} msSinceShown=${event.msSinceShown ?? '?'}`),
  });
  const start = (media: boolean) => {
    calls.current += 1;
    adapter.start(`call-${calls.current}`, media);
    add(`call-${calls.current} started (${media ? 'audio, video, screen share' : 'audio only'})`);
  };
  return (
    <div className={styles.root}>
      <div className={styles.row}>
        <Button onClick={() => start(true)}>Start a video call with screen share</Button>
        <Button onClick={() => start(false)}>Start an audio-only call</Button>
        <Button appearance="primary" onClick={() => adapter.end()}>
          End call
        </Button>
      </div>
      <pre className={styles.log} aria-label="Log">
        {log.join('\n')}
      </pre>
      <EndOfCallSurvey {...trigger.dialogProps} {...submission.dialogProps} />
    </div>
  );
}

const meta = {
  title: 'Integration/Per-call survey',
  component: PerCallSurveyDemo,
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof PerCallSurveyDemo>;
export default meta;
type Story = StoryObj<typeof meta>;

async function rateLowAndShowStep2(canvasElement: HTMLElement) {
  const body = within(canvasElement.ownerDocument.body);
  const dialog = await body.findByRole('dialog');
  await userEvent.click(await within(dialog).findByRole('radio', { name: /poor/i }));
  await userEvent.click(within(dialog).getByRole('button', { name: 'Next' }));
  await within(dialog).findByRole('checkbox', { name: 'Audio' });
  return dialog;
}

/** Two calls in a row: all modalities, then audio only. The second survey asks no Video or Screen share. */
export const TwoCallsInARow: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const body = within(canvasElement.ownerDocument.body);
    await userEvent.click(canvas.getByRole('button', { name: 'Start a video call with screen share' }));
    await userEvent.click(canvas.getByRole('button', { name: 'End call' }));
    let dialog = await rateLowAndShowStep2(canvasElement);
    await expect(within(dialog).getByRole('checkbox', { name: 'Video' })).toBeInTheDocument();
    await expect(within(dialog).getByRole('checkbox', { name: 'Screen share' })).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Audio' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Submit' }));
    await waitFor(() => expect(body.queryByRole('dialog')).toBeNull(), { timeout: 5000 });

    await userEvent.click(canvas.getByRole('button', { name: 'Start an audio-only call' }));
    await userEvent.click(canvas.getByRole('button', { name: 'End call' }));
    dialog = await rateLowAndShowStep2(canvasElement);
    await expect(within(dialog).queryByRole('checkbox', { name: 'Video' })).toBeNull();
    await expect(within(dialog).queryByRole('checkbox', { name: 'Screen share' })).toBeNull();
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Audio' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Submit' }));
    await waitFor(() => expect(body.queryByRole('dialog')).toBeNull(), { timeout: 5000 });

    const log = canvas.getByLabelText('Log').textContent ?? '';
    await expect(log).toMatch(/received audioRating,overallRating,screenshareRating,videoRating/);
    await expect(log).toMatch(/received audioRating,overallRating\n/);
    await expect(log.match(/event shown/g)).toHaveLength(2);
    await expect(log.match(/event submitted msSinceShown=\d+/g)).toHaveLength(2);
  },
};
