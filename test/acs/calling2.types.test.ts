/**
 * Type-level: `submitterForCall` and `useSurveyTrigger({ call })` accept a call typed by `@azure/communication-calling`
 * 2.x as well as the installed 1.46. The 2.x types are a structural copy of its `Call` members the kit uses (the
 * feature factory contract `feature<T extends CallFeature>(factory: CallFeatureFactory<T>): T` and the call's state),
 * declared here so that nothing of 1.46 leaks into them.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Call as Call146 } from '@azure/communication-calling';
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
