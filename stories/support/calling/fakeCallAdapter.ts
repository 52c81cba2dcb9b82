/**
 * A fake communication-react `CallAdapter` for the "In a calling app" story, complete enough for the real
 * `CallComposite` 1.34 (shaped after communication-react's own `_MockCallAdapter` for its snapshot tests): the
 * `call` page of a connected call with two remote participants, mute / unmute, End call (`leaveCall` → the
 * `leftCall` page, `endedCall` and a `callEnded` event) and `submitSurvey`, which answers like the SDK after a
 * short delay. No ACS connection; members the composite does not need in this demo resolve and do nothing.
 */
import type { CallSurvey, CallSurveyResponse } from '@azure/communication-calling';
import type { CallAdapter, CallAdapterState, CallState, RemoteParticipantState } from '@azure/communication-react';

/** How the fake's `submitSurvey` behaves. */
export type FakeSubmitBehaviour = 'succeed' | 'not-sent-once' | 'hang';

/** The fake adapter: a `CallAdapter` plus what the demo reads. */
export interface FakeCallAdapter extends CallAdapter {
  /** How many surveys reached `submitSurvey`. */
  submitted(): number;
}

const REMOTE: ReadonlyArray<{ id: string; displayName: string; isMuted: boolean }> = [
  { id: '8:acs:remote-ada', displayName: 'Ada Lovelace', isMuted: false },
  { id: '8:acs:remote-grace', displayName: 'Grace Hopper', isMuted: true },
];

function remoteParticipants(): Record<string, RemoteParticipantState> {
  const out: Record<string, RemoteParticipantState> = {};
  for (const p of REMOTE) {
    out[p.id] = {
      identifier: { kind: 'communicationUser', communicationUserId: p.id },
      displayName: p.displayName,
      state: 'Connected',
      videoStreams: {},
      isMuted: p.isMuted,
      isSpeaking: false,
    };
  }
  return out;
}

function connectedCall(id: string): CallState {
  return {
    id,
    kind: 'Call' as CallState['kind'],
    callerInfo: { displayName: 'You', identifier: { kind: 'communicationUser', communicationUserId: '8:acs:demo-user' } },
    state: 'Connected',
    direction: 'Outgoing',
    isMuted: false,
    isScreenSharingOn: false,
    localVideoStreams: [],
    remoteParticipants: remoteParticipants(),
    remoteParticipantsEnded: {},
    transcription: { isTranscriptionActive: false },
    captionsFeature: {
      captions: [],
      supportedSpokenLanguages: [],
      supportedCaptionLanguages: [],
      currentCaptionLanguage: '',
      currentSpokenLanguage: '',
      isCaptionsFeatureActive: false,
      startCaptionsInProgress: false,
      captionsKind: 'Captions',
    },
    realTimeTextFeature: { realTimeTexts: {} },
    optimalVideoCount: { maxRemoteVideoStreams: 4 },
    recording: { isRecordingActive: false },
    pptLive: { isActive: false },
    raiseHand: { raisedHands: [] },
    togetherMode: { isActive: false, streams: {}, seatingPositions: {} },
    startTime: new Date(),
    endTime: undefined,
    diagnostics: { network: { latest: {} }, media: { latest: {} } },
    transfer: { acceptedTransfers: {} },
  } as CallState;
}

function initialState(): CallAdapterState {
  return {
    displayName: 'You',
    isLocalPreviewMicrophoneEnabled: true,
    page: 'configuration',
    userId: { kind: 'communicationUser', communicationUserId: '8:acs:demo-user' },
    devices: {
      isSpeakerSelectionAvailable: true,
      cameras: [],
      microphones: [{ id: 'microphone1', name: 'Microphone', deviceType: 'Microphone', isSystemDefault: true }],
      speakers: [{ id: 'speaker1', name: 'Speaker', deviceType: 'Speaker', isSystemDefault: true }],
      selectedMicrophone: { id: 'microphone1', name: 'Microphone', deviceType: 'Microphone', isSystemDefault: true },
      selectedSpeaker: { id: 'speaker1', name: 'Speaker', deviceType: 'Speaker', isSystemDefault: true },
      unparentedViews: [],
      deviceAccess: { video: true, audio: true },
    },
    isTeamsCall: false,
    isTeamsMeeting: false,
    isRoomsCall: false,
    latestErrors: {},
    latestNotifications: {},
  } as CallAdapterState;
}

/** Makes a fake adapter already in a call; `log` receives a line per call event and per `submitSurvey`. */
export function createFakeCallAdapter(
  log: (line: string) => void,
  behaviour: FakeSubmitBehaviour = 'succeed',
  delayMs = 400,
): FakeCallAdapter {
  const listeners = new Map<string, Set<(...args: never[]) => void>>();
  const stateHandlers = new Set<(state: CallAdapterState) => void>();
  let state = initialState();
  let calls = 0;
  let submits = 0;

  const setState = (next: CallAdapterState) => {
    state = next;
    for (const handler of [...stateHandlers]) handler(state);
  };
  const emit = (event: string, payload: unknown) => {
    for (const listener of [...(listeners.get(event) ?? [])]) (listener as (p: unknown) => void)(payload);
  };
  const setMuted = (isMuted: boolean) => {
    if (!state.call) return;
    setState({ ...state, call: { ...state.call, isMuted } });
    log(isMuted ? 'muted' : 'unmuted');
  };
  const join = () => {
    calls += 1;
    const id = `demo-call-${calls}`;
    const call = connectedCall(id);
    setState({ ...state, page: 'call', call: { ...call, state: 'Connecting' } });
    setState({ ...state, page: 'call', call });
    log(`call ${id} connected`);
    return undefined;
  };
  const done = async (): Promise<void> => {};

  const adapter = {
    // AdapterState
    getState: () => state,
    onStateChange: (handler: (s: CallAdapterState) => void) => void stateHandlers.add(handler),
    offStateChange: (handler: (s: CallAdapterState) => void) => void stateHandlers.delete(handler),
    dispose: () => undefined,
    // Subscribers: callEnded is the one the kit listens to; the composite subscribes to others and gets nothing.
    on: (event: string, listener: (...args: never[]) => void) => {
      const set = listeners.get(event) ?? new Set();
      set.add(listener);
      listeners.set(event, set);
    },
    off: (event: string, listener: (...args: never[]) => void) => void listeners.get(event)?.delete(listener),
    // Call operations
    joinCall: join,
    startCall: join,
    async leaveCall() {
      const current = state.call;
      if (!current) return;
      const callEndReason = { code: 0, subCode: 0 };
      setState({
        ...state,
        page: 'leftCall',
        call: undefined,
        endedCall: { ...current, state: 'Disconnected', endTime: new Date(), callEndReason },
      });
      log(`call ${current.id} ended`);
      emit('callEnded', { callId: current.id, ...callEndReason });
    },
    mute: async () => setMuted(true),
    unmute: async () => setMuted(false),
    startCamera: async () => log('camera: the fake has no camera'),
    stopCamera: done,
    startScreenShare: done,
    stopScreenShare: done,
    raiseHand: done,
    lowerHand: done,
    onReactionClick: done,
    removeParticipant: done,
    addParticipant: done,
    holdCall: done,
    resumeCall: done,
    sendDtmfTone: done,
    createStreamView: async () => undefined,
    disposeStreamView: done,
    disposeScreenShareStreamView: done,
    disposeRemoteVideoStreamView: done,
    disposeLocalVideoStreamView: done,
    createTogetherModeStreamView: async () => undefined,
    startTogetherMode: done,
    setTogetherModeSceneSize: () => undefined,
    disposeTogetherModeStreamView: done,
    startCaptions: done,
    stopCaptions: done,
    setCaptionLanguage: done,
    setSpokenLanguage: done,
    sendRealTimeText: done,
    startVideoBackgroundEffect: done,
    stopVideoBackgroundEffects: done,
    updateBackgroundPickerImages: () => undefined,
    updateSelectedVideoBackgroundEffect: () => undefined,
    startNoiseSuppressionEffect: done,
    stopNoiseSuppressionEffect: done,
    startSpotlight: done,
    stopSpotlight: done,
    stopAllSpotlight: done,
    muteParticipant: done,
    muteAllRemoteParticipants: done,
    forbidAudio: done,
    permitAudio: done,
    forbidOthersAudio: done,
    permitOthersAudio: done,
    forbidVideo: done,
    permitVideo: done,
    forbidOthersVideo: done,
    permitOthersVideo: done,
    returnFromBreakoutRoom: done,
    allowUnsupportedBrowserVersion: () => undefined,
    // Device management
    askDevicePermission: async () => ({ audio: true, video: true }),
    queryCameras: async () => [],
    queryMicrophones: async () => state.devices.microphones,
    querySpeakers: async () => state.devices.speakers,
    setCamera: done,
    setMicrophone: done,
    setSpeaker: done,
    getEnvironmentInfo: async () => ({
      environment: { platform: 'Linux', browser: 'Chrome', browserVersion: '120' },
      isSupportedPlatform: true,
      isSupportedBrowser: true,
      isSupportedBrowserVersion: true,
      isSupportedEnvironment: true,
    }),
    // Survey
    submitted: () => submits,
    submitSurvey(survey: CallSurvey): Promise<CallSurveyResponse | undefined> {
      submits += 1;
      const n = submits;
      const callId = state.endedCall?.id;
      log(`adapter.submitSurvey #${n}: ${JSON.stringify(survey)}`);
      if (!callId) return Promise.resolve(undefined);
      if (behaviour === 'hang') return new Promise(() => {});
      return new Promise((resolve, reject) => {
        setTimeout(() => {
          if (behaviour === 'not-sent-once' && n === 1) {
            reject(
              Object.assign(new Error('Failed to submit survey, timedout. Please try again.'), { code: 408, subCode: 45101 }),
            );
          } else {
            resolve({ ...survey, id: `demo-survey-${n}`, callId, localParticipantId: 'demo-participant' });
          }
        }, delayMs);
      });
    },
  };
  join();
  // Every CallAdapter member is present (the cast only skips the overloaded on/off signatures).
  const complete: Record<Exclude<keyof CallAdapter, keyof typeof adapter>, never> = {};
  void complete;
  return adapter as unknown as FakeCallAdapter;
}
