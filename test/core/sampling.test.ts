import { describe, expect, it } from 'vitest';
import { SurveyInputError, SurveyPolicyError, shouldSurvey } from '../../src/core/index.js';
import type { SurveyPolicy } from '../../src/core/index.js';

const DAY = 24 * 60 * 60 * 1000;

describe('shouldSurvey sampling', () => {
  for (const rate of [0.01, 0.1, 0.25, 0.5, 0.9]) {
    it(`surveys about ${rate * 100} % of 20,000 keys (±2 %)`, () => {
      let yes = 0;
      for (let i = 0; i < 20_000; i++) if (shouldSurvey({ sampleRate: rate }, { key: `call-${i}:participant-${i % 7}` })) yes++;
      expect(Math.abs(yes / 20_000 - rate)).toBeLessThan(0.02);
    });
  }

  it('0 never surveys and 1 always does', () => {
    for (let i = 0; i < 2000; i++) {
      expect(shouldSurvey({ sampleRate: 0 }, { key: `k${i}` })).toBe(false);
      expect(shouldSurvey({ sampleRate: 1 }, { key: `k${i}` })).toBe(true);
    }
  });

  it('gives the same key the same answer every time', () => {
    for (let i = 0; i < 200; i++) {
      const key = `call-${i}`;
      const first = shouldSurvey({ sampleRate: 0.5 }, { key });
      for (let j = 0; j < 5; j++) expect(shouldSurvey({ sampleRate: 0.5 }, { key })).toBe(first);
    }
  });

  it('a key sampled at one rate stays sampled at a higher rate', () => {
    for (let i = 0; i < 2000; i++) {
      if (shouldSurvey({ sampleRate: 0.2 }, { key: `x${i}` })) expect(shouldSurvey({ sampleRate: 0.6 }, { key: `x${i}` })).toBe(true);
    }
  });
});

describe('shouldSurvey cooldown', () => {
  const now = Date.UTC(2026, 10, 24, 12);
  const policy: SurveyPolicy = { sampleRate: 1, cooldownDays: 7 };
  it('blocks within the cooldown and allows from its end', () => {
    expect(shouldSurvey(policy, { key: 'a', now, lastSurveyedAt: now - 7 * DAY + 1 })).toBe(false);
    expect(shouldSurvey(policy, { key: 'a', now, lastSurveyedAt: now - 7 * DAY })).toBe(true);
    expect(shouldSurvey(policy, { key: 'a', now, lastSurveyedAt: now })).toBe(false);
    expect(shouldSurvey(policy, { key: 'a', now })).toBe(true);
  });
  it('accepts Dates', () => {
    expect(shouldSurvey(policy, { key: 'a', now: new Date(now), lastSurveyedAt: new Date(now - DAY) })).toBe(false);
    expect(shouldSurvey(policy, { key: 'a', now: new Date(now), lastSurveyedAt: new Date(now - 8 * DAY) })).toBe(true);
  });
  it('a cooldown of 0 never blocks', () => {
    expect(shouldSurvey({ sampleRate: 1, cooldownDays: 0 }, { key: 'a', now, lastSurveyedAt: now })).toBe(true);
  });
});

describe('shouldSurvey alwaysWhen', () => {
  const key = Array.from({ length: 100 }, (_, i) => `k${i}`).find((k) => !shouldSurvey({ sampleRate: 0.1 }, { key: k }))!;
  it('a named truthy signal forces a survey past the sample', () => {
    expect(shouldSurvey({ sampleRate: 0.1, alwaysWhen: ['poorNetwork'] }, { key, signals: { poorNetwork: true } })).toBe(true);
    expect(shouldSurvey({ sampleRate: 0.1, alwaysWhen: ['poorNetwork'] }, { key, signals: { poorNetwork: false } })).toBe(false);
    expect(shouldSurvey({ sampleRate: 0.1, alwaysWhen: ['poorNetwork'] }, { key })).toBe(false);
  });
  it('a predicate forces a survey when it returns true', () => {
    const policy: SurveyPolicy = { sampleRate: 0, alwaysWhen: (s) => typeof s.packetLoss === 'number' && s.packetLoss > 0.05 };
    expect(shouldSurvey(policy, { key, signals: { packetLoss: 0.2 } })).toBe(true);
    expect(shouldSurvey(policy, { key, signals: { packetLoss: 0.01 } })).toBe(false);
  });
  it('the cooldown still wins over a forced survey', () => {
    const now = Date.UTC(2026, 0, 1);
    expect(shouldSurvey({ sampleRate: 1, cooldownDays: 1, alwaysWhen: ['x'] }, { key, now, lastSurveyedAt: now, signals: { x: true } })).toBe(false);
  });
});

describe('shouldSurvey input errors', () => {
  const errors: { policy: unknown; context: unknown; path: string }[] = [
    { policy: { sampleRate: 1.5 }, context: { key: 'a' }, path: 'sampleRate' },
    { policy: { sampleRate: -0.1 }, context: { key: 'a' }, path: 'sampleRate' },
    { policy: { sampleRate: Number.NaN }, context: { key: 'a' }, path: 'sampleRate' },
    { policy: { sampleRate: '0.5' }, context: { key: 'a' }, path: 'sampleRate' },
    { policy: { sampleRate: 0.5, cooldownDays: -1 }, context: { key: 'a' }, path: 'cooldownDays' },
    { policy: { sampleRate: 0.5, alwaysWhen: 'poorNetwork' }, context: { key: 'a' }, path: 'alwaysWhen' },
    { policy: { sampleRate: 0.5 }, context: { key: '' }, path: 'context.key' },
    { policy: { sampleRate: 0.5, cooldownDays: 1 }, context: { key: 'a', lastSurveyedAt: new Date('nope') }, path: 'context.lastSurveyedAt' },
    { policy: null, context: { key: 'a' }, path: 'policy' },
  ];
  for (const e of errors) {
    it(`names ${e.path} for ${JSON.stringify(e.policy)} / ${JSON.stringify(e.context)}`, () => {
      let caught: unknown;
      try {
        shouldSurvey(e.policy as SurveyPolicy, e.context as { key: string });
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(SurveyPolicyError);
      expect(caught).toBeInstanceOf(SurveyInputError);
      expect((caught as Error).name).toBe('SurveyPolicyError');
      expect((caught as SurveyPolicyError).path).toBe(e.path);
      expect((caught as SurveyPolicyError).message).toContain(e.path);
    });
  }
});
