/**
 * Type-level: `submitterForCall` and `useSurveyTrigger({ call })` accept a call typed by `@azure/communication-calling`
 * 2.x as well as the installed 1.46 — checked against the REAL 2.0.0 declarations (the devDependency alias
 * `@azure/communication-calling-2`, types only: it is never imported at runtime, communication-react stays on 1.x)
 * and, for the runtime send, a structural copy of the 2.x `Call` members the kit uses (the feature factory contract
 * `feature<T extends CallFeature>(factory: CallFeatureFactory<T>): T` and the call's state).
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Call as Call146, TeamsCall as TeamsCall146 } from '@azure/communication-calling';
import type {
  Call as Call200,
  CallSurveyFeature as CallSurveyFeature200,
  TeamsCall as TeamsCall200,
} from '@azure/communication-calling-2';
import { submitterForCall } from '../../src/acs/index.js';
import type { SurveyableCall } from '../../src/acs/index.js';
import type { UseSurveyTriggerOptions } from '../../src/react/index.js';
import type { SurveyTriggerCall } from '../../src/delivery/index.js';

namespace Calling2 {
  export interface Disposable {
    dispose(): void;
  }
  export interface BaseFeature extends Disposable {
    readonly name: string;
  }
  export interface CallFeature extends BaseFeature {}
  export interface CallFeatureContext {
    readonly callId: string;
  }
  export interface FeatureFactory {}
  export interface CallFeatureFactory<T extends CallFeature> extends FeatureFactory {
    readonly callApiCtor: new (context: CallFeatureContext) => T;
  }
  export interface RatingScale {
    lowerBound: number;
    upperBound: number;
    lowScoreThreshold: number;
  }
  export interface CallSurvey {
    overallRating?: { score: number; scale?: RatingScale; issues?: string[] };
    audioRating?: { score: number; scale?: RatingScale; issues?: string[] };
    videoRating?: { score: number; scale?: RatingScale; issues?: string[] };
    screenshareRating?: { score: number; scale?: RatingScale; issues?: string[] };
  }
  export interface CallSurveyResponse {
    readonly id: string;
    readonly callId: string;
    readonly localParticipantId: string;
  }
  export interface CallSurveyFeature extends CallFeature {
    submitSurvey(survey: CallSurvey): Promise<CallSurveyResponse>;
  }
  export type CallState = 'None' | 'Connecting' | 'Ringing' | 'Connected' | 'LocalHold' | 'RemoteHold' | 'InLobby' | 'Disconnecting' | 'Disconnected' | 'EarlyMedia';
  export interface Call {
    readonly id: string;
    readonly state: CallState;
    readonly callEndReason?: { readonly code: number; readonly subCode?: number };
    readonly isScreenSharingOn: boolean;
    readonly isLocalVideoStarted: boolean;
    readonly info: { readonly participantId: string };
    feature<T extends CallFeature>(factory: CallFeatureFactory<T>): T;
    on(event: 'stateChanged', listener: () => void): void;
    off(event: 'stateChanged', listener: () => void): void;
  }
}

describe('@azure/communication-calling 2.x call shape', () => {
  it('the real 2.0.0 Call and TeamsCall are a SurveyableCall and a SurveyTriggerCall, as 1.46 ones are', () => {
    expectTypeOf<Call200>().toExtend<SurveyableCall>();
    expectTypeOf<TeamsCall200>().toExtend<SurveyableCall>();
    expectTypeOf<Call200>().toExtend<SurveyTriggerCall>();
    expectTypeOf<{ call: Call200 }>().toExtend<UseSurveyTriggerOptions>();
    expectTypeOf<{ call: TeamsCall200 }>().toExtend<UseSurveyTriggerOptions>();
    expectTypeOf<TeamsCall146>().toExtend<SurveyableCall>();
    // The kit's structural copy below agrees with the real 2.0.0 survey feature.
    expectTypeOf<CallSurveyFeature200['submitSurvey']>().parameter(0).toExtend<Calling2.CallSurvey>();
    expectTypeOf(submitterForCall).toBeCallableWith({} as Call200);
  });

  it('is a SurveyableCall and a SurveyTriggerCall (as is 1.46)', () => {
    expectTypeOf<Calling2.Call>().toExtend<SurveyableCall>();
    expectTypeOf<Call146>().toExtend<SurveyableCall>();
    expectTypeOf<Calling2.Call>().toExtend<SurveyTriggerCall>();
    expectTypeOf<Call146>().toExtend<SurveyTriggerCall>();
    expectTypeOf<{ call: Calling2.Call }>().toExtend<UseSurveyTriggerOptions>();
  });

  it('submitterForCall takes a 2.x call and sends through its survey feature', async () => {
    const sent: unknown[] = [];
    const call: Calling2.Call = {
      id: 'c2',
      state: 'Disconnected',
      isScreenSharingOn: false,
      isLocalVideoStarted: false,
      info: { participantId: 'p' },
      feature<T extends Calling2.CallFeature>(factory: Calling2.CallFeatureFactory<T>): T {
        void factory;
        const feature: Calling2.CallSurveyFeature = {
          name: 'CallSurvey',
          dispose() {},
          async submitSurvey(survey) {
            sent.push(survey);
            return { id: 'survey-2', callId: 'c2', localParticipantId: 'p' };
          },
        };
        return feature as unknown as T;
      },
      on() {},
      off() {},
    };
    const submit = submitterForCall(call);
    const survey = { overallRating: { score: 4, scale: { lowerBound: 1, upperBound: 5, lowScoreThreshold: 2 } } };
    await expect(submit(survey, { idempotencyKey: 'k' } as never)).resolves.toMatchObject({ id: 'survey-2' });
    expect(sent).toEqual([survey]);
  });
});
