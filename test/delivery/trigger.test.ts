import { describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_REMOVED_END_REASONS,
  DEFAULT_SURVEY_SAMPLE_RATE,
  DEFAULT_SURVEY_TRIGGER_POLICY,
  decideSurvey,
} from '../../src/delivery/index.js';
import type { EndedCallInfo, SurveyDecisionInput } from '../../src/delivery/index.js';
import { SurveyArgumentError } from '../../src/core/index.js';

const day = 24 * 60 * 60 * 1000;
const info = (over: Partial<EndedCallInfo> = {}): EndedCallInfo => ({
  callId: 'c1',
  participantId: 'p1',
  connected: true,
  modalities: { video: true, screenshare: false },
  durationSeconds: 120,
  ...over,
});
const decide = (over: Partial<SurveyDecisionInput> = {}) =>
  decideSurvey({ info: info(), policy: { sampleRate: 1 }, key: 'c1:p1', now: 10 * day, ...over });

describe('decideSurvey', () => {
  it('defaults to a 10 % sample (the Skype / Teams anchor), not every call', () => {
    expect(DEFAULT_SURVEY_SAMPLE_RATE).toBe(0.1);
    expect(DEFAULT_SURVEY_TRIGGER_POLICY).toEqual({ sampleRate: 0.1 });
    let opened = 0;
    for (let i = 0; i < 2000; i++) {
      if (decideSurvey({ info: info(), key: `call-${i}:p1`, now: 0 }).decision === 'open') opened++;
    }
    expect(opened / 2000).toBeGreaterThan(0.07);
    expect(opened / 2000).toBeLessThan(0.13);
  });

  it('opens a sampled, connected call with a reason', () => {
    expect(decide()).toEqual({ decision: 'open', reason: 'sampled' });
  });

  it('never surveys a call that did not connect, even when forced by alwaysWhen', () => {
    const detail = decide({
      info: info({ connected: false, endReason: { code: 500 } }),
      policy: { sampleRate: 1, alwaysWhen: ['callEndedUnexpectedly'] },
    });
    expect(detail.decision).toBe('not-connected');
  });

  it('suppresses a participant removed from the call (code 0 / subCode 5300) and accepts app end codes', () => {
    expect(DEFAULT_REMOVED_END_REASONS).toEqual([{ code: 0, subCode: 5300 }]);
    expect(decide({ info: info({ endReason: { code: 0, subCode: 5300 } }) })).toMatchObject({
      decision: 'removed',
      reason: expect.stringContaining('0/5300'),
    });
    expect(decide({ info: info({ endReason: { code: 0, subCode: 0 } }) }).decision).toBe('open');
    expect(decide({ info: info({ endReason: { code: 0, subCode: 5300 } }), removedEndReasons: [] }).decision).toBe('open');
    expect(
      decide({ info: info({ endReason: { code: 487, subCode: 5854 } }), removedEndReasons: [{ subCode: 5854 }] }).decision,
    ).toBe('removed');
  });

  it('suppresses calls shorter than minCallDurationSeconds (an unknown duration is not suppressed)', () => {
    expect(decide({ info: info({ durationSeconds: 9.5 }), minCallDurationSeconds: 10 })).toMatchObject({
      decision: 'too-short',
      reason: expect.stringContaining('less than 10 s'),
    });
    expect(decide({ info: info({ durationSeconds: 10 }), minCallDurationSeconds: 10 }).decision).toBe('open');
    const { durationSeconds: _omit, ...unknown } = info();
    expect(decide({ info: unknown, minCallDurationSeconds: 10 }).decision).toBe('open');
    expect(() => decide({ minCallDurationSeconds: -1 })).toThrow(SurveyArgumentError);
    expect(() => decide({ minCallDurationSeconds: Number.NaN })).toThrow(/minCallDurationSeconds/);
  });

  it('tells the cooldown apart from the sample', () => {
    const policy = { sampleRate: 1, cooldownDays: 7 };
    expect(decide({ policy, lastSurveyedAt: 5 * day })).toMatchObject({ decision: 'cooldown' });
    expect(decide({ policy, lastSurveyedAt: 2 * day }).decision).toBe('open');
    expect(decide({ policy: { sampleRate: 0, cooldownDays: 7 }, lastSurveyedAt: 5 * day }).decision).toBe('not-sampled');
    expect(decide({ policy: { sampleRate: 0 } })).toMatchObject({ decision: 'not-sampled', reason: expect.stringContaining('0') });
  });

  it('asks the app veto last, with the call, its signals and the cooldown record', () => {
    const veto = vi.fn(() => false);
    expect(decide({ shouldSurvey: veto, lastSurveyedAt: 1 })).toMatchObject({ decision: 'vetoed' });
    expect(veto).toHaveBeenCalledWith({
      info: info(),
      signals: expect.objectContaining({ video: true, screenshare: false, callEndedUnexpectedly: false }),
      lastSurveyedAt: 1,
    });
    const notAsked = vi.fn(() => false);
    expect(decide({ policy: { sampleRate: 0 }, shouldSurvey: notAsked }).decision).toBe('not-sampled');
    expect(notAsked).not.toHaveBeenCalled();
    expect(decide({ shouldSurvey: () => true }).decision).toBe('open');
  });

  it('reports nothing-to-ask after every other rule', () => {
    expect(decide({ hasSomethingToAsk: () => false }).decision).toBe('nothing-to-ask');
    expect(decide({ hasSomethingToAsk: () => false, shouldSurvey: () => false }).decision).toBe('vetoed');
  });

  it('checks the policy even for a suppressed call', () => {
    expect(() => decide({ info: info({ connected: false }), policy: { sampleRate: 2 } })).toThrow(/sampleRate/);
  });

  it('lets alwaysWhen force past the sample but not past removal or the veto', () => {
    const policy = { sampleRate: 0, alwaysWhen: ['callEndedUnexpectedly'] };
    expect(decide({ policy, info: info({ endReason: { code: 410, subCode: 3112 } }) }).decision).toBe('open');
    expect(decide({ policy, info: info({ endReason: { code: 410 } }), shouldSurvey: () => false }).decision).toBe('vetoed');
  });
});
