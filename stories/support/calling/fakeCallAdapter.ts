/**
 * A fake communication-react `CallAdapter` for the "In a calling app" story: just the members the kit uses
 * (`on`/`off('callEnded')`, `getState`/`onStateChange`, `submitSurvey`) plus demo controls to join, toggle the
 * camera and hang up. No ACS connection; `submitSurvey` answers like the SDK after a short delay.
 */
import type { CallSurvey, CallSurveyResponse } from '@azure/communication-calling';
import type {
  SurveyTriggerAdapter,
  SurveyTriggerAdapterState,
  SurveyTriggerCall,
  SurveyTriggerCallEndedEvent,
} from '../../../src/index.js';

/** How the fake's `submitSurvey` behaves. */
export type FakeSubmitBehaviour = 'succeed' | 'not-sent-once' | 'hang';

/** The fake adapter: the kit's view of a `CallAdapter` plus demo controls. */
export interface FakeCallAdapter extends SurveyTriggerAdapter {
  getState(): SurveyTriggerAdapterState;
  submitSurvey(survey: CallSurvey): Promise<CallSurveyResponse | undefined>;
  joinCall(): void;
  setCamera(on: boolean): void;
  endCall(): void;
  /** How many surveys reached `submitSurvey`. */
  submitted(): number;
}

/** Makes a fake adapter; `log` receives a line per call event and per `submitSurvey`. */
export function createFakeCallAdapter(
  log: (line: string) => void,
  behaviour: FakeSubmitBehaviour = 'succeed',
  delayMs = 400,
): FakeCallAdapter {
  const ended = new Set<(event: SurveyTriggerCallEndedEvent) => void>();
  const stateHandlers = new Set<(state: SurveyTriggerAdapterState) => void>();
  let state: SurveyTriggerAdapterState = { userId: { rawId: '8:acs:demo-user' } };
  let calls = 0;
  let submits = 0;

  const setState = (next: SurveyTriggerAdapterState) => {
    state = next;
    for (const handler of stateHandlers) handler(state);
  };
  const callState = (id: string, camera: boolean, callStateName = 'Connected'): SurveyTriggerCall => ({
    id,
    state: callStateName,
    isScreenSharingOn: false,
    localVideoStreams: camera ? [{ mediaStreamType: 'Video' }] : [],
    remoteParticipants: {},
  });

  return {
    on: (_event, listener) => void ended.add(listener),
    off: (_event, listener) => void ended.delete(listener),
    getState: () => state,
    onStateChange: (handler) => void stateHandlers.add(handler),
    offStateChange: (handler) => void stateHandlers.delete(handler),
    joinCall() {
      calls += 1;
      const id = `demo-call-${calls}`;
      setState({ ...state, call: callState(id, false, 'Connecting') });
      setState({ ...state, call: callState(id, false) });
      log(`call ${id} connected`);
    },
    setCamera(on) {
      const current = state.call;
      if (!current) return;
      setState({ ...state, call: callState(current.id, on) });
      log(`camera ${on ? 'on' : 'off'}`);
    },
    endCall() {
      const current = state.call;
      if (!current) return;
      setState({ ...state, call: undefined, endedCall: { ...current, state: 'Disconnected' } });
      log(`call ${current.id} ended`);
      for (const listener of [...ended]) listener({ callId: current.id, code: 0, subCode: 0 });
    },
    submitted: () => submits,
    submitSurvey(survey) {
      submits += 1;
      const n = submits;
      const callId = state.endedCall?.id;
      log(`adapter.submitSurvey #${n}: ${JSON.stringify(survey)}`);
      if (!callId) return Promise.resolve(undefined);
      if (behaviour === 'hang') return new Promise(() => {});
      return new Promise((resolve, reject) => {
        setTimeout(() => {
          if (behaviour === 'not-sent-once' && n === 1) {
            reject(Object.assign(new Error('Failed to submit survey, timedout. Please try again.'), { code: 408, subCode: 45101 }));
          } else {
            resolve({ ...survey, id: `demo-survey-${n}`, callId, localParticipantId: 'demo-participant' });
          }
        }, delayMs);
      });
    },
  };
}
