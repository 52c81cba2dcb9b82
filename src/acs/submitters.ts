/**
 * Submitters for the ACS Calling SDK: straight to a `Call` (`call.feature(Features.CallSurvey).submitSurvey`) or
 * through communication-react's `CallAdapter.submitSurvey`. This is the only module of the kit that imports
 * `@azure/communication-calling` at runtime.
 */
import { SurveyArgumentError, SurveyError } from '../core/errors.js';
import { Features } from '@azure/communication-calling';
import type { CallSurvey, CallSurveyFeature, CallSurveyResponse } from '@azure/communication-calling';
import type { SurveySubmitContext, SurveySubmitter } from '../delivery/index.js';

/** What an ACS submitter resolves with: the SDK response's ids (`id` is the `SurveyId` column in Azure Monitor). */
export interface AcsSurveySubmitResponse {
  id: string;
  callId?: string;
  localParticipantId?: string;
}

/**
 * The part of a Calling SDK `Call` / `TeamsCall` the submitter uses; a real call of `@azure/communication-calling`
 * 1.x or 2.x fits. Typed structurally (a factory whose `callApiCtor` builds the survey feature), not with this
 * package's copy of `Features.CallSurvey`, so a call typed by another SDK version is accepted.
 */
export interface SurveyableCall {
  feature(factory: {
    readonly callApiCtor: new (context: never) => Pick<CallSurveyFeature, 'name' | 'dispose' | 'submitSurvey'>;
  }): Pick<CallSurveyFeature, 'submitSurvey'>;
}

/** The part of communication-react's `CallAdapter` the submitter uses; a real adapter fits. */
export interface SurveyableCallAdapter {
  submitSurvey(survey: CallSurvey): Promise<CallSurveyResponse | undefined>;
}

/**
 * The adapter had no call to submit for (`submitSurvey` resolved `undefined`): it was never sent. Not retryable —
 * the adapter will not find a call by waiting.
 */
export class NoCallToSurveyError extends SurveyError {
  override readonly name = 'NoCallToSurveyError';
  declare readonly code: 'SURVEY_NO_CALL';
  /** Read by the delivery engine: never retry. */
  readonly retryable = false;
  constructor() {
    super(
      'SURVEY_NO_CALL',
      'The call adapter has no call to submit the survey for (adapter.submitSurvey resolved undefined). ' +
        'Submit while the adapter still holds the call that just ended.',
    );
  }
}

/** Per call (or adapter): the promise the next submit must wait for. The SDK shares one listener between submits. */
const queues = new WeakMap<object, Promise<void>>();

/**
 * Runs `submit` after every earlier submit on `owner` has settled (or been abandoned by its timeout), so that
 * concurrent surveys on one call never overlap. An attempt aborted while it waits is never sent.
 */
function serialized<T>(owner: object, signal: AbortSignal | undefined, submit: () => Promise<T>): Promise<T> {
  const previous = queues.get(owner) ?? Promise.resolve();
  const run = previous.then(() => {
    if (signal?.aborted) throw signal.reason ?? new SurveyError('SURVEY_ABORTED', 'The survey attempt was aborted before it was sent.');
    return submit();
  });
  // The next submit may start when this one settles, or when its attempt is abandoned (timed out): a hung SDK
  // promise must not block every later survey on the call.
  const done = new Promise<void>((resolve) => {
    const onAbort = () => resolve();
    const settle = () => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    };
    run.then(settle, settle);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
  queues.set(owner, done);
  return run;
}

function toResponse(response: CallSurveyResponse): AcsSurveySubmitResponse {
  return {
    id: response.id,
    ...(response.callId === undefined ? {} : { callId: response.callId }),
    ...(response.localParticipantId === undefined ? {} : { localParticipantId: response.localParticipantId }),
  };
}

function checkSurvey(survey: unknown): void {
  if (typeof survey !== 'object' || survey === null) {
    throw new SurveyArgumentError('survey', `survey must be a CallSurvey object; got ${survey === null ? 'null' : typeof survey}.`);
  }
}

/**
 * A {@link SurveySubmitter} that sends to the ACS Calling SDK: `call.feature(Features.CallSurvey).submitSurvey`.
 * Submits on one call are serialized (the SDK shares one listener between concurrent submits). Use it while the app
 * still holds the `Call` that ended; the SDK cannot submit after a page reload.
 */
export function submitterForCall(call: SurveyableCall): SurveySubmitter {
  if (typeof call !== 'object' || call === null || typeof call.feature !== 'function') {
    throw new SurveyArgumentError('call', 'call must be a Calling SDK Call (an object with feature()) (submitterForCall).');
  }
  return (survey: CallSurvey, context: SurveySubmitContext) => {
    checkSurvey(survey);
    return serialized(call, context?.signal, () => call.feature(Features.CallSurvey).submitSurvey(survey)).then(
      toResponse,
    );
  };
}

/**
 * A {@link SurveySubmitter} that sends through communication-react's `CallAdapter.submitSurvey` (the call that just
 * ended). When the adapter resolves `undefined` (no call) it rejects with {@link NoCallToSurveyError}.
 */
export function submitterForCallAdapter(adapter: SurveyableCallAdapter): SurveySubmitter {
  if (typeof adapter !== 'object' || adapter === null || typeof adapter.submitSurvey !== 'function') {
    throw new SurveyArgumentError(
      'adapter',
      'adapter must be a CallAdapter (an object with submitSurvey()).',
    );
  }
  return (survey: CallSurvey, context: SurveySubmitContext) => {
    checkSurvey(survey);
    return serialized(adapter, context?.signal, () => adapter.submitSurvey(survey)).then((response) => {
      if (response === undefined) throw new NoCallToSurveyError();
      return toResponse(response);
    });
  };
}
