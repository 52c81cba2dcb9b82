/**
 * The README's trigger wiring end to end: useSurveyTrigger + <EndOfCallSurvey {...trigger.dialogProps}> +
 * useSurveySubmission on a fake CallAdapter and on a fake Call, over two calls in a row (audio + video + screen
 * share, then audio only). Asserts what step 2 shows (by role and name) and what the sink and onEvent receive.
 */
import { useMemo } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { EndOfCallSurvey } from '../../src/components/index.js';
import { DEFAULT_SURVEY_STRINGS } from '../../src/strings/index.js';
import { createMemoryStore, useSurveySubmission, useSurveyTrigger } from '../../src/index.js';
import type {
  SurveySubmitter,
  SurveyTelemetryEvent,
  SurveyTriggerAdapter,
  SurveyTriggerAdapterState,
  SurveyTriggerCall,
  SurveyTriggerCallEndedEvent,
} from '../../src/index.js';

const S = DEFAULT_SURVEY_STRINGS;
type Listener = (...args: unknown[]) => void;

class FakeAdapter implements SurveyTriggerAdapter {
  private ended = new Set<(e: SurveyTriggerCallEndedEvent) => void>();
  private stateHandlers = new Set<(s: SurveyTriggerAdapterState) => void>();
  state: SurveyTriggerAdapterState = { userId: { rawId: '8:acs:me' } };
  on = (_e: 'callEnded', l: (e: SurveyTriggerCallEndedEvent) => void) => void this.ended.add(l);
  off = (_e: 'callEnded', l: (e: SurveyTriggerCallEndedEvent) => void) => void this.ended.delete(l);
  getState = () => this.state;
  onStateChange = (h: (s: SurveyTriggerAdapterState) => void) => void this.stateHandlers.add(h);
  offStateChange = (h: (s: SurveyTriggerAdapterState) => void) => void this.stateHandlers.delete(h);
  set(call: Record<string, unknown>) {
    this.state = { ...this.state, call: call as unknown as SurveyTriggerCall };
    for (const h of this.stateHandlers) h(this.state);
  }
  end(callId: string) {
    this.state = { ...this.state, call: undefined };
    for (const h of this.stateHandlers) h(this.state);
    for (const l of [...this.ended]) l({ callId, code: 0, subCode: 0 });
  }
}

class FakeCall implements SurveyTriggerCall {
  private handlers = new Map<string, Set<Listener>>();
  state = 'Connecting';
  isScreenSharingOn = false;
  isLocalVideoStarted = false;
  localVideoStreams: Array<{ mediaStreamType: string }> = [];
  remoteParticipants: never[] = [];
  info = { participantId: 'participant-1' };
  constructor(readonly id: string) {}
  on(event: string, l: Listener) {
    if (!this.handlers.has(event)) this.handlers.set(event, new Set());
    this.handlers.get(event)?.add(l);
  }
  off(event: string, l: Listener) {
    this.handlers.get(event)?.delete(l);
  }
  emit(event: string) {
    for (const l of [...(this.handlers.get(event) ?? [])]) l();
  }
}

function AdapterScreen({ adapter, sink, onEvent }: { adapter: FakeAdapter; sink: SurveySubmitter; onEvent: (e: SurveyTelemetryEvent) => void }) {
  const trigger = useSurveyTrigger({ adapter, policy: { sampleRate: 1 }, storage: createMemoryStore() });
  const submission = useSurveySubmission(sink, { onEvent });
  return (
    <FluentProvider theme={webLightTheme}>
      <EndOfCallSurvey {...trigger.dialogProps} {...submission.dialogProps} />
    </FluentProvider>
  );
}

function CallScreen({ call, sink, onEvent }: { call: FakeCall; sink: SurveySubmitter; onEvent: (e: SurveyTelemetryEvent) => void }) {
  const trigger = useSurveyTrigger({ call, policy: { sampleRate: 1 }, storage: createMemoryStore() });
  const submitter = useMemo(() => sink, [sink]);
  const submission = useSurveySubmission(submitter, { onEvent });
  return (
    <FluentProvider theme={webLightTheme}>
      <EndOfCallSurvey {...trigger.dialogProps} {...submission.dialogProps} />
    </FluentProvider>
  );
}

/** Rates the call "Poor" (low), goes to step 2, and returns the category checkboxes step 2 shows. */
async function lowRatingToStep2(user: ReturnType<typeof userEvent.setup>) {
  const dialog = await screen.findByRole('dialog');
  await user.click(within(dialog).getByRole('radio', { name: new RegExp(S.ratingLabels[1] ?? 'Poor') }));
  await user.click(within(dialog).getByRole('button', { name: S.next }));
  await within(dialog).findByRole('checkbox', { name: 'Audio' });
  return dialog;
}

async function tickAudioAndSubmit(user: ReturnType<typeof userEvent.setup>, dialog: HTMLElement) {
  await user.click(within(dialog).getByRole('checkbox', { name: 'Audio' }));
  await user.click(within(dialog).getByRole('button', { name: S.submit }));
  await screen.findByRole('heading', { name: S.thankYou });
}

const categoriesShown = (dialog: HTMLElement) =>
  ['Audio', 'Video', 'Screen share'].filter((name) => within(dialog).queryByRole('checkbox', { name }) !== null);

function expectTwoCallsDelivered(sink: ReturnType<typeof vi.fn<SurveySubmitter>>, events: SurveyTelemetryEvent[]) {
  expect(sink).toHaveBeenCalledTimes(2);
  const [first, second] = sink.mock.calls;
  expect(first?.[0]).toMatchObject({ audioRating: { score: 0 }, videoRating: { score: 1 }, screenshareRating: { score: 1 } });
  expect(second?.[0]).toMatchObject({ audioRating: { score: 0 } });
  expect(second?.[0]).not.toHaveProperty('videoRating');
  expect(second?.[0]).not.toHaveProperty('screenshareRating');
  expect(second?.[1].shownPlan?.map((g) => g.category).sort()).toEqual(['audioRating', 'overallRating']);
  expect(first?.[1].idempotencyKey).not.toBe(second?.[1].idempotencyKey);
  // One `shown` per opening without any reportShown(), and every event timed from it.
  expect(events.map((e) => e.type)).toEqual(['shown', 'submitted', 'shown', 'submitted']);
  for (const event of events) expect(event.msSinceShown).toEqual(expect.any(Number));
  expect(events[3]?.shownPlan).toEqual(second?.[1].shownPlan);
  expect(events[2]?.shownPlan).toEqual(second?.[1].shownPlan);
}

describe('the README trigger wiring over two calls', () => {
  it('on a CallAdapter: after an audio-only call step 2 asks no Video or Screen share', async () => {
    const user = userEvent.setup();
    const adapter = new FakeAdapter();
    const sink = vi.fn<SurveySubmitter>(async () => ({ id: 'survey' }));
    const events: SurveyTelemetryEvent[] = [];
    render(<AdapterScreen adapter={adapter} sink={sink} onEvent={(e) => events.push(e)} />);
    expect(screen.queryByRole('dialog')).toBeNull();

    act(() =>
      adapter.set({ id: 'c1', state: 'Connected', isScreenSharingOn: true, localVideoStreams: [{ mediaStreamType: 'Video' }] }),
    );
    act(() => adapter.end('c1'));
    let dialog = await lowRatingToStep2(user);
    expect(categoriesShown(dialog).sort()).toEqual(['Audio', 'Screen share', 'Video']);
    await tickAudioAndSubmit(user, dialog);
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).toBeNull(), { timeout: 4000 });

    act(() => adapter.set({ id: 'c2', state: 'Connected' }));
    act(() => adapter.end('c2'));
    dialog = await lowRatingToStep2(user);
    expect(categoriesShown(dialog)).toEqual(['Audio']);
    await tickAudioAndSubmit(user, dialog);
    expectTwoCallsDelivered(sink, events);
  }, 15000);

  it('on a Call: the same two calls', async () => {
    const user = userEvent.setup();
    const sink = vi.fn<SurveySubmitter>(async () => ({ id: 'survey' }));
    const events: SurveyTelemetryEvent[] = [];
    const first = new FakeCall('call-1');
    const view = render(<CallScreen call={first} sink={sink} onEvent={(e) => events.push(e)} />);
    act(() => {
      first.state = 'Connected';
      first.isScreenSharingOn = true;
      first.localVideoStreams = [{ mediaStreamType: 'Video' }];
      first.emit('stateChanged');
    });
    act(() => {
      first.state = 'Disconnected';
      first.emit('stateChanged');
    });
    let dialog = await lowRatingToStep2(user);
    expect(categoriesShown(dialog).sort()).toEqual(['Audio', 'Screen share', 'Video']);
    await tickAudioAndSubmit(user, dialog);
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).toBeNull(), { timeout: 4000 });

    const second = new FakeCall('call-2');
    view.rerender(<CallScreen call={second} sink={sink} onEvent={(e) => events.push(e)} />);
    act(() => {
      second.state = 'Connected';
      second.emit('stateChanged');
    });
    act(() => {
      second.state = 'Disconnected';
      second.emit('stateChanged');
    });
    dialog = await lowRatingToStep2(user);
    expect(categoriesShown(dialog)).toEqual(['Audio']);
    await tickAudioAndSubmit(user, dialog);
    expectTwoCallsDelivered(sink, events);
  }, 15000);
});
