/**
 * Seeded randomness for reproducible plans (stories, tests, screenshots).
 */

/**
 * A deterministic pseudo-random source (mulberry32) returning numbers in `[0, 1)`, like `Math.random`.
 * The same seed always gives the same sequence. The seed's integer part modulo 2^32 is used.
 *
 * @example
 * const plan = planIssuesStep(config, createSeededRandom(42));
 */
import { SurveyArgumentError } from './errors.js';
export function createSeededRandom(seed: number): () => number {
  if (typeof seed !== 'number' || !Number.isFinite(seed)) {
    throw new SurveyArgumentError('seed', `seed must be a finite number (createSeededRandom); got ${String(seed)}`);
  }
  let state = Math.trunc(seed) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An index in `[0, n)` from one draw of `random`; out-of-range or NaN draws are clamped, never thrown on. */
export function pickIndex(random: () => number, n: number): number {
  const r = random();
  if (!(r > 0)) return 0; // NaN, negative, 0
  return Math.min(n - 1, Math.floor(r * n));
}

/** Fisher–Yates shuffle in place: uniform for a uniform `random`, deterministic for a given one. */
export function shuffleInPlace<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = pickIndex(random, i + 1);
    const a = items[i] as T;
    items[i] = items[j] as T;
    items[j] = a;
  }
  return items;
}
