import { describe, expect, it, vi } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import {
  DEFAULT_COOLDOWN_KEY,
  createMemoryStore,
  surveyConfigForCall,
  useSurveyTrigger,
  watchCallEnd,
} from '../../src/index.js';
import type {
  SurveyTriggerAdapterState,
  SurveyTriggerCall,
  SurveyTriggerCallEndedEvent,
} from '../../src/index.js';

type Handler = (...args: never[]) => void;

class Emitter {
  private handlers = new Map<string, Set<Handler>>();
  on(event: string, handler: Handler) {
    if (!this.handlers.has(event)) this.handlers.set(event, new Set());
    this.handlers.get(event)?.add(handler);
  }
  off(event: string, handler: Handler) {
    this.handlers.get(event)?.delete(handler);
  }
  emit(event: string, ...args: unknown[]) {
    for (const handler of [...(this.handlers.get(event) ?? [])]) (handler as (...a: unknown[]) => void)(...args);
  }
  count(event: string) {
    return this.handlers.get(event)?.size ?? 0;
  }
}

/** A fake communication-react CallAdapter: state + callEnded. */
class FakeAdapter {
  private emitter = new Emitter();
  private stateHandlers = new Set<(s: SurveyTriggerAdapterState) => void>();
  state: SurveyTriggerAdapterState = { userId: { rawId: '8:acs:me' } };
  on = (event: 'callEnded', l: (e: SurveyTriggerCallEndedEvent) => void) => this.emitter.on(event, l);
  off = (event: 'callEnded', l: (e: SurveyTriggerCallEndedEvent) => void) => this.emitter.off(event, l);
  getState = () => this.state;
  onStateChange = (h: (s: SurveyTriggerAdapterState) => void) => void this.stateHandlers.add(h);
  offStateChange = (h: (s: SurveyTriggerAdapterState) => void) => void this.stateHandlers.delete(h);
  setCall(call: Partial<SurveyTriggerCall> & { id: string; state: string }) {
    this.state = { ...this.state, call: call as SurveyTriggerCall };
    for (const h of this.stateHandlers) h(this.state);
  }
  end(callId: string, code = 0) {
    const ended = this.state.call;
    this.state = { ...this.state, call: undefined, ...(ended ? { endedCall: { ...ended, state: 'Disconnected' } } : {}) };
    for (const h of this.stateHandlers) h(this.state);
    this.emitter.emit('callEnded', { callId, code, subCode: 0 });
  }
  listeners() {
    return this.emitter.count('callEnded');
  }
}

/** A fake Calling SDK Call. */
class FakeCall extends Emitter implements SurveyTriggerCall {
  state = 'Connecting';
  isScreenSharingOn = false;
  isLocalVideoStarted = false;
  localVideoStreams: Array<{ mediaStreamType: string }> = [];
  remoteParticipants: Array<Emitter & { videoStreams: Array<Emitter & { mediaStreamType: string; isAvailable: boolean }> }> = [];
  info = { participantId: 'participant-1' };
  constructor(readonly id: string) {
    super();
  }
  setState(state: string) {
    this.state = state;
    this.emit('stateChanged');
  }
}

/** Tests of the watching and config rules survey every call; the 10 % default has its own test. */
const everyCall = { sampleRate: 1 };

const connectedWithVideo = (id: string) => ({
  id,
  state: 'Connected',
  localVideoStreams: [{ mediaStreamType: 'Video' }],
  remoteParticipants: {},
});

describe('useSurveyTrigger with a CallAdapter', () => {
  it('without a policy surveys about one call in ten (DEFAULT_SURVEY_SAMPLE_RATE), reporting each decision', () => {
    const onCallEnded = vi.fn();
    let opened = 0;
    for (let i = 0; i < 300; i++) {
      const adapter = new FakeAdapter();
      const { result, unmount } = renderHook(() => useSurveyTrigger({ adapter, storage: createMemoryStore(), onCallEnded }));
      act(() => adapter.setCall(connectedWithVideo(`call-${i}`)));
      act(() => adapter.end(`call-${i}`));
      if (result.current.open) opened++;
      expect(result.current.decisionDetail?.decision).toBe(result.current.open ? 'open' : 'not-sampled');
      unmount();
    }
    expect(opened / 300).toBeGreaterThan(0.04);
    expect(opened / 300).toBeLessThan(0.18);
    expect(onCallEnded).toHaveBeenCalledTimes(300);
  });

  it('suppresses removed participants, short calls and vetoed calls, with the reason', () => {
    let now = 0;
    const spy = vi.spyOn(Date, 'now').mockImplementation(() => now);
    try {
      const onCallEnded = vi.fn();
      const onEvent = vi.fn();
      const adapter = new FakeAdapter();
      const veto = vi.fn((context: { info: { callId: string } }) => context.info.callId !== 'vetoed');
      const { result } = renderHook(() =>
        useSurveyTrigger({
          adapter,
          storage: createMemoryStore(),
          policy: everyCall,
          minCallDurationSeconds: 30,
          shouldSurvey: veto,
          onCallEnded,
          onEvent,
        }),
      );
      const run = (id: string, seconds: number, code = 0, subCode = 0) => {
        act(() => adapter.setCall(connectedWithVideo(id)));
        now += seconds * 1000;
        act(() => {
          adapter.state = { ...adapter.state, call: undefined };
          (adapter as unknown as { emitter: Emitter }).emitter.emit('callEnded', { callId: id, code, subCode });
        });
        return result.current.decision;
      };
      expect(run('removed', 60, 0, 5300)).toBe('removed');
      expect(run('short', 5)).toBe('too-short');
      expect(result.current.decisionDetail?.reason).toMatch(/less than 30 s/);
      expect(run('vetoed', 60)).toBe('vetoed');
      expect(result.current.open).toBe(false);
      expect(run('fine', 60)).toBe('open');
      expect(result.current.open).toBe(true);
      expect(onCallEnded.mock.calls.map((c) => c[1])).toEqual(['removed', 'too-short', 'vetoed', 'open']);
      expect(onCallEnded.mock.calls[3]?.[0]).toMatchObject({ callId: 'fine', durationSeconds: 60 });
      // The same decisions as telemetry events, each with its call, reason and duration.
      expect(onEvent.mock.calls.map(([e]) => [e.type, e.decision, e.callId, e.durationSeconds])).toEqual([
        ['decision', 'removed', 'removed', 60],
        ['decision', 'too-short', 'short', 5],
        ['decision', 'vetoed', 'vetoed', 60],
        ['decision', 'open', 'fine', 60],
      ]);
      expect(onEvent.mock.calls[1]?.[0].reason).toMatch(/less than 30 s/);
    } finally {
      spy.mockRestore();
    }
  });

  it('opens for a connected call and leaves out the modalities the call never used', () => {
    const adapter = new FakeAdapter();
    const { result } = renderHook(() => useSurveyTrigger({ adapter, storage: createMemoryStore(), policy: everyCall }));
    expect(result.current.open).toBe(false);
    act(() => adapter.setCall({ id: 'c1', state: 'Connecting' }));
    act(() => adapter.setCall(connectedWithVideo('c1')));
    act(() => adapter.end('c1'));
    expect(result.current.open).toBe(true);
    expect(result.current.decision).toBe('open');
    expect(result.current.callInfo).toMatchObject({ callId: 'c1', participantId: '8:acs:me', connected: true });
    expect(Object.keys(result.current.config).sort()).toEqual(['overallRating', 'audioRating', 'videoRating'].sort());
    expect(result.current.dialogProps).toEqual({
      open: true,
      config: result.current.config,
      onOpenChange: result.current.onOpenChange,
    });
    act(() => result.current.onOpenChange(undefined, { open: false }));
    expect(result.current.open).toBe(false);
  });

  it('never opens for a call that did not connect', () => {
    const adapter = new FakeAdapter();
    const onCallEnded = vi.fn();
    const { result } = renderHook(() => useSurveyTrigger({ adapter, storage: createMemoryStore(), policy: everyCall, onCallEnded }));
    act(() => adapter.setCall({ id: 'c1', state: 'Connecting' }));
    act(() => adapter.end('c1'));
    expect(result.current.open).toBe(false);
    expect(onCallEnded).toHaveBeenCalledWith(expect.objectContaining({ connected: false }), 'not-connected', {
      decision: 'not-connected',
      reason: 'the call never connected',
    });
  });

  it('follows the sample rate', () => {
    const adapter = new FakeAdapter();
    const { result } = renderHook(() =>
      useSurveyTrigger({ adapter, storage: createMemoryStore(), policy: { sampleRate: 0 } }),
    );
    act(() => adapter.setCall(connectedWithVideo('c1')));
    act(() => adapter.end('c1'));
    expect(result.current.open).toBe(false);
    expect(result.current.decision).toBe('not-sampled');
  });

  it('samples about sampleRate of many calls, the same decision for the same call', () => {
    const decisions: boolean[] = [];
    for (let i = 0; i < 400; i++) {
      const adapter = new FakeAdapter();
      const { result, unmount } = renderHook(() =>
        useSurveyTrigger({ adapter, storage: createMemoryStore(), policy: { sampleRate: 0.25 } }),
      );
      act(() => adapter.setCall(connectedWithVideo(`call-${i}`)));
      act(() => adapter.end(`call-${i}`));
      decisions.push(result.current.open);
      unmount();
    }
    const rate = decisions.filter(Boolean).length / decisions.length;
    expect(rate).toBeGreaterThan(0.15);
    expect(rate).toBeLessThan(0.35);
  });

  it('remembers the cooldown in storage, across mounts', () => {
    const storage = createMemoryStore();
    let now = Date.UTC(2026, 0, 1);
    const day = 24 * 60 * 60 * 1000;
    const run = (callId: string) => {
      const adapter = new FakeAdapter();
      const { result, unmount } = renderHook(() =>
        useSurveyTrigger({ adapter, storage, policy: { sampleRate: 1, cooldownDays: 7 }, now: () => now }),
      );
      act(() => adapter.setCall(connectedWithVideo(callId)));
      act(() => adapter.end(callId));
      const open = result.current.open;
      unmount();
      return open;
    };
    expect(run('a')).toBe(true);
    expect(JSON.parse(storage.getItem(DEFAULT_COOLDOWN_KEY) ?? '{}')).toEqual({ '8:acs:me': now });
    now += 3 * day;
    expect(run('b')).toBe(false);
    now += 5 * day;
    expect(run('c')).toBe(true);
  });

  it('forces a survey past the sample for a call that ended unexpectedly (alwaysWhen)', () => {
    const adapter = new FakeAdapter();
    const { result } = renderHook(() =>
      useSurveyTrigger({
        adapter,
        storage: createMemoryStore(),
        policy: { sampleRate: 0, alwaysWhen: ['callEndedUnexpectedly'] },
      }),
    );
    act(() => adapter.setCall(connectedWithVideo('normal')));
    act(() => adapter.end('normal'));
    expect(result.current.open).toBe(false);
    act(() => adapter.setCall(connectedWithVideo('dropped')));
    act(() => adapter.end('dropped', 410));
    expect(result.current.open).toBe(true);
    expect(result.current.callInfo).toMatchObject({ callId: 'dropped', endReason: { code: 410 } });
  });

  it('rejects a bad policy up front, naming the field', () => {
    const adapter = new FakeAdapter();
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() =>
      renderHook(() => useSurveyTrigger({ adapter, storage: createMemoryStore(), policy: { sampleRate: 2 } })),
    ).toThrow(/sampleRate must be a number from 0 to 1/);
    spy.mockRestore();
  });

  it('takes the modalities the app reports over what it observed', () => {
    const adapter = new FakeAdapter();
    const { result } = renderHook(() =>
      useSurveyTrigger({ adapter, storage: createMemoryStore(), policy: everyCall, modalities: { video: false, screenshare: true } }),
    );
    act(() => adapter.setCall(connectedWithVideo('c1')));
    act(() => adapter.end('c1'));
    expect(Object.keys(result.current.config).sort()).toEqual(['overallRating', 'audioRating', 'screenshareRating'].sort());
  });

  it('openSurvey() opens for a call the kit did not watch, with the modalities given, and starts the cooldown', () => {
    const storage = createMemoryStore();
    const { result } = renderHook(() => useSurveyTrigger({ storage, userKey: 'user-1', now: () => 1000 }));
    act(() => result.current.openSurvey({ callId: 'external', modalities: { video: false, screenshare: false } }));
    expect(result.current.open).toBe(true);
    expect(Object.keys(result.current.config).sort()).toEqual(['audioRating', 'overallRating']);
    expect(JSON.parse(storage.getItem(DEFAULT_COOLDOWN_KEY) ?? '{}')).toEqual({ 'user-1': 1000 });
    act(() => result.current.close());
    expect(result.current.open).toBe(false);
  });

  it('unsubscribes on unmount', () => {
    const adapter = new FakeAdapter();
    const { unmount } = renderHook(() => useSurveyTrigger({ adapter, storage: createMemoryStore() }));
    expect(adapter.listeners()).toBe(1);
    unmount();
    expect(adapter.listeners()).toBe(0);
  });
});

describe('useSurveyTrigger with a Call', () => {
  it('opens on Disconnected after Connected, with screen share seen on a remote stream', () => {
    const call = new FakeCall('call-9');
    const { result } = renderHook(() => useSurveyTrigger({ call, storage: createMemoryStore(), policy: everyCall }));
    act(() => call.setState('Connected'));
    const participant = Object.assign(new Emitter(), { videoStreams: [] as Array<Emitter & { mediaStreamType: string; isAvailable: boolean }> });
    act(() => {
      call.remoteParticipants.push(participant);
      call.emit('remoteParticipantsUpdated', { added: [participant], removed: [] });
    });
    const stream = Object.assign(new Emitter(), { mediaStreamType: 'ScreenSharing', isAvailable: false });
    act(() => {
      participant.videoStreams.push(stream);
      participant.emit('videoStreamsUpdated', { added: [stream], removed: [] });
    });
    act(() => {
      stream.isAvailable = true;
      stream.emit('isAvailableChanged');
    });
    act(() => call.setState('Disconnected'));
    expect(result.current.open).toBe(true);
    expect(result.current.callInfo).toMatchObject({
      callId: 'call-9',
      participantId: 'participant-1',
      modalities: { video: false, screenshare: true },
    });
    expect(Object.keys(result.current.config).sort()).toEqual(['overallRating', 'audioRating', 'screenshareRating'].sort());
  });

  it('does not open when the call never connected', () => {
    const call = new FakeCall('call-x');
    const { result } = renderHook(() => useSurveyTrigger({ call, storage: createMemoryStore(), policy: everyCall }));
    act(() => call.setState('Disconnected'));
    expect(result.current.open).toBe(false);
    expect(result.current.decision).toBe('not-connected');
  });

  it('watchCallEnd reports once and removes its listeners', () => {
    const call = new FakeCall('c');
    const listener = vi.fn();
    watchCallEnd(call, listener);
    expect(call.count('stateChanged')).toBe(1);
    call.isLocalVideoStarted = true;
    call.setState('Connected');
    call.setState('Disconnected');
    call.setState('Disconnected');
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener.mock.calls[0]?.[0]).toMatchObject({ connected: true, modalities: { video: true, screenshare: false } });
    expect(call.count('stateChanged')).toBe(0);
  });
});

describe('surveyConfigForCall', () => {
  it('keeps a validated config’s missing categories missing', () => {
    const base = surveyConfigForCall({ audioRating: false }, { video: true, screenshare: true });
    const trimmed = surveyConfigForCall(base, { video: false, screenshare: true });
    expect(Object.keys(trimmed).sort()).toEqual(['overallRating', 'screenshareRating'].sort());
  });
});
