import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DEFAULT_SURVEY_CONFIG,
  SURVEY_CATEGORIES,
  SURVEY_ISSUES,
  createSeededRandom,
  defineSurveyConfig,
  planIssuesStep,
} from '../../src/core/index.js';
import type { SurveyCategory, SurveyConfigInput } from '../../src/core/index.js';

/** Pearson's chi-square statistic of observed counts against a uniform expectation. */
function chiSquare(counts: Map<string, number>, categories: number, total: number): number {
  const expected = total / categories;
  let sum = 0;
  for (const observed of counts.values()) sum += (observed - expected) ** 2 / expected;
  // Outcomes never seen count too.
  sum += (categories - counts.size) * expected;
  return sum;
}

function count(map: Map<string, number>, key: string) {
  map.set(key, (map.get(key) ?? 0) + 1);
}

describe('planIssuesStep', () => {
  it('shows every asked non-overall category and overall only when it has tags', () => {
    const withOverallTags = planIssuesStep(DEFAULT_SURVEY_CONFIG, createSeededRandom(1));
    expect(withOverallTags.map((g) => g.category).sort()).toEqual([...SURVEY_CATEGORIES].sort());
    const noOverallTags = planIssuesStep(defineSurveyConfig({ overallRating: { issues: false } }), createSeededRandom(1));
    expect(noOverallTags.map((g) => g.category).sort()).toEqual(['audioRating', 'screenshareRating', 'videoRating']);
  });

  it('keeps a category with no tags as a question of its own', () => {
    const plan = planIssuesStep(defineSurveyConfig({ videoRating: { issues: false } }), createSeededRandom(2));
    expect(plan.find((g) => g.category === 'videoRating')?.issues).toEqual([]);
  });

  it('leaves out unasked categories; overall-only without tags plans nothing', () => {
    expect(planIssuesStep(defineSurveyConfig({ audioRating: false, videoRating: false, screenshareRating: false, overallRating: { issues: false } }))).toEqual([]);
    const plan = planIssuesStep(defineSurveyConfig({ audioRating: false }), createSeededRandom(3));
    expect(plan.map((g) => g.category)).not.toContain('audioRating');
  });

  it("offers each category's configured tags exactly, with 'OtherIssues' last", () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const plan = planIssuesStep(DEFAULT_SURVEY_CONFIG, createSeededRandom(seed));
        for (const group of plan) {
          expect([...group.issues].sort()).toEqual([...SURVEY_ISSUES[group.category]].sort());
          expect(group.issues.at(-1)).toBe('OtherIssues');
        }
      }),
      { numRuns: 300, seed: 1 },
    );
  });

  it("does not add 'OtherIssues' when the config does not offer it", () => {
    const plan = planIssuesStep(defineSurveyConfig({ audioRating: { issues: ['Echo', 'LowVolume'] } }), createSeededRandom(4));
    expect([...(plan.find((g) => g.category === 'audioRating')?.issues ?? [])].sort()).toEqual(['Echo', 'LowVolume']);
  });

  it('is deterministic for a seed and differs across seeds', () => {
    const a = planIssuesStep(DEFAULT_SURVEY_CONFIG, createSeededRandom(42));
    const b = planIssuesStep(DEFAULT_SURVEY_CONFIG, createSeededRandom(42));
    expect(a).toEqual(b);
    const distinct = new Set<string>();
    for (let seed = 0; seed < 20; seed++) distinct.add(JSON.stringify(planIssuesStep(DEFAULT_SURVEY_CONFIG, createSeededRandom(seed))));
    expect(distinct.size).toBeGreaterThan(15);
  });

  it('never mutates the config', () => {
    const input: SurveyConfigInput = { audioRating: { issues: ['Echo', 'LowVolume', 'OtherIssues', 'AudioNoise'] } };
    const config = defineSurveyConfig(input);
    const before = JSON.stringify(config);
    planIssuesStep(config, createSeededRandom(9));
    expect(JSON.stringify(config)).toBe(before);
  });

  it('tolerates a random source that returns 1, a negative number or NaN', () => {
    for (const value of [1, -0.5, Number.NaN]) {
      const plan = planIssuesStep(DEFAULT_SURVEY_CONFIG, () => value);
      expect(plan).toHaveLength(4);
      for (const group of plan) expect(group.issues.at(-1)).toBe('OtherIssues');
    }
  });
});

describe('planIssuesStep is uniform (chi-square, fixed seed: deterministic)', () => {
  const runs = 24_000;
  const random = createSeededRandom(20_240_601);
  const groupOrders = new Map<string, number>();
  const firstTags = new Map<SurveyCategory, Map<string, number>>(SURVEY_CATEGORIES.map((c) => [c, new Map()]));
  for (let i = 0; i < runs; i++) {
    const plan = planIssuesStep(DEFAULT_SURVEY_CONFIG, random);
    count(groupOrders, plan.map((g) => g.category).join('>'));
    for (const g of plan) count(firstTags.get(g.category)!, g.issues[0]!);
  }

  it('every order of the four groups appears about equally often', () => {
    // 24 orders, 23 degrees of freedom: p = 0.001 critical value is 49.7; 60 is generous.
    expect(groupOrders.size).toBe(24);
    expect(chiSquare(groupOrders, 24, runs)).toBeLessThan(60);
  });

  for (const category of SURVEY_CATEGORIES) {
    it(`every tag of ${category} (except OtherIssues) comes first about equally often`, () => {
      const k = SURVEY_ISSUES[category].length - 1;
      const counts = firstTags.get(category)!;
      expect(counts.has('OtherIssues')).toBe(false);
      expect(counts.size).toBe(k);
      // k - 1 <= 7 degrees of freedom: p = 0.001 critical value is at most 24.3; 30 is generous.
      expect(chiSquare(counts, k, runs)).toBeLessThan(30);
    });
  }

  it('the test itself can detect a biased shuffle', () => {
    // A random source that favours small values must fail the same bound.
    const biased = createSeededRandom(1);
    const orders = new Map<string, number>();
    for (let i = 0; i < runs; i++) {
      const r = biased();
      count(orders, planIssuesStep(DEFAULT_SURVEY_CONFIG, () => (biased() < 0.2 ? r * 0.5 : biased())).map((g) => g.category).join('>'));
    }
    expect(chiSquare(orders, 24, runs)).toBeGreaterThan(60);
  });
});

describe('createSeededRandom', () => {
  it('returns numbers in [0, 1) and repeats for a seed', () => {
    const a = createSeededRandom(5);
    const b = createSeededRandom(5);
    for (let i = 0; i < 1000; i++) {
      const x = a();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
      expect(b()).toBe(x);
    }
  });
  it('rejects a seed that is not a finite number', () => {
    expect(() => createSeededRandom(Number.NaN)).toThrow(/seed must be a finite number/);
  });
});
