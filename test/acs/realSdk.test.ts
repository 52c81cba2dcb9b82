/** The one test that loads the REAL Calling SDK (MediaStream is stubbed in test/setup.ts). */
import { describe, expect, expectTypeOf, it, vi } from 'vitest';
import { Features } from '@azure/communication-calling';
import type { Call, CallSurvey, TeamsCall } from '@azure/communication-calling';
import type { CallAdapter } from '@azure/communication-react';
import { submitterForCall } from '../../src/acs/index.js';
import type { SurveyableCall, SurveyableCallAdapter, SurveyTriggerAdapter, SurveyTriggerCall } from '../../src/acs/index.js';
import { validSurvey } from '../delivery/helpers.js';

describe('submitterForCall with the real @azure/communication-calling', () => {
  it('passes the real Features.CallSurvey factory to call.feature', async () => {
    expect(Features.CallSurvey).toBeDefined();
    const submitSurvey = vi.fn(async (survey: CallSurvey) => ({ ...survey, id: 'real', callId: 'c', localParticipantId: 'p' }));
    const feature = vi.fn((_factory: unknown) => ({ submitSurvey }));
    // A fake call (the type check proves a real Call fits the submitter's parameter).
    const call = { feature } as unknown as Call;
    await expect(submitterForCall(call)(validSurvey(), { idempotencyKey: 'k' })).resolves.toMatchObject({ id: 'real' });
    expect(feature).toHaveBeenCalledTimes(1);
    expect(feature.mock.calls[0]?.[0]).toBe(Features.CallSurvey);
    expect(submitSurvey).toHaveBeenCalledWith(validSurvey());
  }, 60_000);
});

describe('the SDK and communication-react objects fit the kit (checked by tsc)', () => {
  it('a real Call, TeamsCall and CallAdapter are accepted where the kit takes them', () => {
    expectTypeOf<Call>().toExtend<SurveyableCall>();
    expectTypeOf<TeamsCall>().toExtend<SurveyableCall>();
    expectTypeOf<CallAdapter>().toExtend<SurveyableCallAdapter>();
    expectTypeOf<CallAdapter>().toExtend<SurveyTriggerAdapter>();
    expectTypeOf<Call>().toExtend<SurveyTriggerCall>();
  });
});
