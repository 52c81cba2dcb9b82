/**
 * Watching a call end, framework-free: from a communication-react `CallAdapter` (`on('callEnded')` plus its state)
 * or a Calling SDK `Call` (`on('stateChanged')` → `'Disconnected'`). Duck-typed at runtime (only `import type` from
 * `@azure`): any object with the same members works, which keeps tests and stories free of the SDK.
 */

/** Which media a call used, as far as the kit could see (or the app said). */
export interface CallModalities {
  /** Camera video was sent or received. */
  video: boolean;
  /** A screen was shared (locally or by a remote participant). */
  screenshare: boolean;
}

/** What the kit knows about a call that just ended. */
export interface EndedCallInfo {
  callId: string;
  /** The local participant (the adapter's `userId.rawId`, or the call's `info.participantId`), when known. */
  participantId?: string;
  /** Whether the call ever reached `Connected` (`true` when the source offers no way to tell). */
  connected: boolean;
  modalities: CallModalities;
  /** The end reason's `code` / `subCode`, when the source reported them. */
  endReason?: { code?: number; subCode?: number };
  /** Seconds from when the call was first seen `Connected` to its end, when the kit saw it connect. */
  durationSeconds?: number;
}

/** A video stream as both the SDK objects and the declarative state describe it. */
export interface SurveyTriggerStream {
  mediaStreamType?: string;
  isAvailable?: boolean;
  /** `on('isAvailableChanged', …)` (SDK objects); read at runtime, typed loosely so overloaded SDK methods fit. */
  readonly on?: unknown;
  readonly off?: unknown;
}

/** A local stream: only its type is read. */
export interface SurveyTriggerLocalStream {
  mediaStreamType?: string;
}

export interface SurveyTriggerParticipant {
  videoStreams?: readonly SurveyTriggerStream[] | Record<string | number, SurveyTriggerStream>;
  /** `on('videoStreamsUpdated', …)` (SDK objects). */
  readonly on?: unknown;
  readonly off?: unknown;
}

/**
 * The members of a Calling SDK `Call` (or communication-react's declarative `CallState`) the kit reads. A real
 * `Call` fits.
 */
export interface SurveyTriggerCall {
  readonly id: string;
  readonly state: string;
  readonly callEndReason?: { code?: number; subCode?: number };
  readonly isScreenSharingOn?: boolean;
  readonly isLocalVideoStarted?: boolean;
  readonly localVideoStreams?: readonly SurveyTriggerLocalStream[];
  readonly remoteParticipants?: readonly SurveyTriggerParticipant[] | Record<string, SurveyTriggerParticipant>;
  readonly screenShareRemoteParticipant?: string;
  readonly info?: { readonly participantId?: string };
  /** `on('stateChanged' | 'localVideoStreamsUpdated' | …, listener)`; typed loosely so the SDK's overloads fit. */
  readonly on?: unknown;
  readonly off?: unknown;
}

/** The `callEnded` payload (communication-react's `CallAdapterCallEndedEvent`). */
export interface SurveyTriggerCallEndedEvent {
  callId: string;
  code?: number;
  subCode?: number;
}

/** The adapter state members the kit reads (a subset of communication-react's `CallAdapterState`). */
export interface SurveyTriggerAdapterState {
  userId?: { rawId?: string; communicationUserId?: string } | unknown;
  call?: SurveyTriggerCall;
  endedCall?: SurveyTriggerCall;
}

/**
 * The members of communication-react's `CallAdapter` the kit uses. A real `CallAdapter` fits; a fake needs only
 * `on`/`off` for `'callEnded'` (without `getState`/`onStateChange` every ended call counts as connected and no
 * modality is observed — pass `modalities` then).
 */
export interface SurveyTriggerAdapter {
  on(event: 'callEnded', listener: (event: SurveyTriggerCallEndedEvent) => void): void;
  off(event: 'callEnded', listener: (event: SurveyTriggerCallEndedEvent) => void): void;
  getState?(): SurveyTriggerAdapterState;
  onStateChange?(handler: (state: SurveyTriggerAdapterState) => void): void;
  offStateChange?(handler: (state: SurveyTriggerAdapterState) => void): void;
}

function valuesOf<T>(collection: readonly T[] | Record<string | number, T> | undefined): T[] {
  if (!collection) return [];
  return Array.isArray(collection) ? [...collection] : Object.values(collection as Record<string, T>);
}

interface Observation {
  connected: boolean;
  /** When the call was first seen Connected (epoch ms). */
  connectedAt?: number;
  video: boolean;
  screenshare: boolean;
}

function observe(call: SurveyTriggerCall | undefined, seen: Observation): void {
  if (!call) return;
  if (call.state === 'Connected') {
    seen.connected = true;
    seen.connectedAt ??= Date.now();
  }
  if (call.isLocalVideoStarted) seen.video = true;
  if (call.isScreenSharingOn || call.screenShareRemoteParticipant) seen.screenshare = true;
  for (const stream of call.localVideoStreams ?? []) {
    if (stream.mediaStreamType === 'ScreenSharing') seen.screenshare = true;
    else seen.video = true;
  }
  for (const participant of valuesOf(call.remoteParticipants)) {
    for (const stream of valuesOf(participant.videoStreams)) {
      if (!stream.isAvailable) continue;
      if (stream.mediaStreamType === 'ScreenSharing') seen.screenshare = true;
      else if (stream.mediaStreamType === 'Video') seen.video = true;
    }
  }
}

function durationOf(seen: Observation): { durationSeconds?: number } {
  return seen.connectedAt === undefined ? {} : { durationSeconds: Math.max(0, (Date.now() - seen.connectedAt) / 1000) };
}

function participantIdFromUser(userId: unknown): string | undefined {
  if (typeof userId !== 'object' || userId === null) return undefined;
  const { rawId, communicationUserId } = userId as { rawId?: unknown; communicationUserId?: unknown };
  if (typeof rawId === 'string' && rawId) return rawId;
  if (typeof communicationUserId === 'string' && communicationUserId) return communicationUserId;
  return undefined;
}

/**
 * Calls `listener` once when `call` reaches `Disconnected`, with what was seen during the call. Returns the
 * unsubscribe function.
 */
export function watchCallEnd(call: SurveyTriggerCall, listener: (info: EndedCallInfo) => void): () => void {
  const seen: Observation = { connected: false, video: false, screenshare: false };
  const cleanups: Array<() => void> = [];
  const watchedParticipants = new Set<SurveyTriggerParticipant>();
  const watchedStreams = new Set<SurveyTriggerStream>();
  let ended = false;

  type Subscribe = (event: string, listener: () => void) => void;
  const subscribe = (target: { readonly on?: unknown; readonly off?: unknown }, event: string, handler: () => void) => {
    if (typeof target.on !== 'function') return;
    (target.on as Subscribe).call(target, event, handler);
    cleanups.push(() => {
      if (typeof target.off === 'function') (target.off as Subscribe).call(target, event, handler);
    });
  };

  const watchStreams = () => {
    for (const participant of valuesOf(call.remoteParticipants)) {
      if (!watchedParticipants.has(participant)) {
        watchedParticipants.add(participant);
        subscribe(participant, 'videoStreamsUpdated', refresh);
      }
      for (const stream of valuesOf(participant.videoStreams)) {
        if (watchedStreams.has(stream)) continue;
        watchedStreams.add(stream);
        subscribe(stream, 'isAvailableChanged', refresh);
      }
    }
  };

  function refresh(): void {
    if (ended) return;
    observe(call, seen);
    watchStreams();
    if (call.state === 'Disconnected') {
      ended = true;
      const reason = call.callEndReason;
      const participantId = call.info?.participantId;
      stop();
      listener({
        callId: call.id,
        ...(participantId ? { participantId } : {}),
        connected: seen.connected,
        modalities: { video: seen.video, screenshare: seen.screenshare },
        ...(reason ? { endReason: { ...reason } } : {}),
        ...durationOf(seen),
      });
    }
  }

  function stop(): void {
    for (const cleanup of cleanups.splice(0)) cleanup();
  }

  for (const event of [
    'stateChanged',
    'localVideoStreamsUpdated',
    'isScreenSharingOnChanged',
    'isLocalVideoStartedChanged',
    'remoteParticipantsUpdated',
  ]) {
    subscribe(call, event, refresh);
  }
  refresh();
  return () => {
    ended = true;
    stop();
  };
}

/**
 * Calls `listener` on every `callEnded` of `adapter`, with what its state showed during that call (it resets after
 * each end). Returns the unsubscribe function.
 */
export function watchAdapterCallEnd(
  adapter: SurveyTriggerAdapter,
  listener: (info: EndedCallInfo) => void,
): () => void {
  const canObserve = typeof adapter.onStateChange === 'function' && typeof adapter.getState === 'function';
  let seen: Observation = { connected: false, video: false, screenshare: false };
  const onState = (state: SurveyTriggerAdapterState) => observe(state.call, seen);
  const onEnded = (event: SurveyTriggerCallEndedEvent) => {
    const state = adapter.getState?.();
    observe(state?.call, seen);
    observe(state?.endedCall, seen);
    const participantId = participantIdFromUser(state?.userId);
    const result: EndedCallInfo = {
      callId: event.callId,
      ...(participantId ? { participantId } : {}),
      connected: canObserve ? seen.connected : true,
      modalities: { video: seen.video, screenshare: seen.screenshare },
      ...(event.code !== undefined || event.subCode !== undefined
        ? { endReason: { ...(event.code !== undefined ? { code: event.code } : {}), ...(event.subCode !== undefined ? { subCode: event.subCode } : {}) } }
        : {}),
      ...durationOf(seen),
    };
    seen = { connected: false, video: false, screenshare: false };
    listener(result);
  };
  if (canObserve) {
    adapter.onStateChange?.(onState);
    observe(adapter.getState?.().call, seen);
  }
  adapter.on('callEnded', onEnded);
  return () => {
    adapter.off('callEnded', onEnded);
    if (canObserve) adapter.offStateChange?.(onState);
  };
}
