/**
 * Deterministic, realistic sample surveys for stories, docs, tests and benchmarks.
 */
import { SurveyArgumentError } from '../core/errors.js';
import { SURVEY_ISSUES } from '../core/types.js';
import type { SurveyCategory } from '../core/types.js';
import { CATEGORY_COLUMNS, emptySurveyRecord } from './columns.js';
import type { SurveyRecord } from './types.js';
import { createSeededRandom } from '../core/random.js';

/** Options of `generateSampleSurveys`. */
export interface SampleSurveyOptions {
  /** `_ResourceId` of every row (default a fictitious ACS resource). */
  resourceId?: string;
  /**
   * Share of overall scores at or below the threshold, 0–1 (default 0.12): tune it to simulate a better or worse
   * release in a two-resource experiment.
   */
  lowScoreRate?: number;
  /** Share of rows sent without `scale` (empty bound columns), 0–1 (default 0.2). */
  unscaledRate?: number;
  /** Share of rows whose overall score uses a custom 0–10 scale with threshold 6, 0–1 (default 0.03). */
  customScaleRate?: number;
  /** First `TimeGenerated` (default 2026-01-05T00:00:00Z); rows spread over 28 days. */
  start?: Date;
}

function guid(random: () => number): string {
  let hex = '';
  for (let i = 0; i < 4; i++) hex += Math.floor(random() * 4294967296).toString(16).padStart(8, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function pickTags(random: () => number, category: SurveyCategory, max: number): string | null {
  const all = SURVEY_ISSUES[category];
  const count = 1 + Math.floor(random() * max);
  const chosen: string[] = [];
  for (let i = 0; i < count; i++) {
    // Earlier tags (the common problems) are likelier: squared uniform skews towards index 0.
    const r = random();
    const tag = all[Math.floor(r * r * all.length)]!;
    if (!chosen.includes(tag)) chosen.push(tag);
  }
  return chosen.join(',');
}

/**
 * `n` realistic `ACSCallSurvey` rows, deterministic per `seed`: most calls are good; a low overall score leads to
 * step 2 (audio/video/screen-share on 0–1 with issue tags, correlated with the low score); some rows were sent
 * without bounds; a few use a custom 0–10 overall scale; one to three surveyed participants per call.
 */
export function generateSampleSurveys(n: number, seed: number, options: SampleSurveyOptions = {}): SurveyRecord[] {
  if (!Number.isInteger(n) || n < 0) throw new SurveyArgumentError('n', `n must be a non-negative integer; got ${n}`);
  const random = createSeededRandom(seed);
  const lowRate = options.lowScoreRate ?? 0.12;
  const unscaledRate = options.unscaledRate ?? 0.2;
  const customRate = options.customScaleRate ?? 0.03;
  for (const [name, v] of [
    ['lowScoreRate', lowRate],
    ['unscaledRate', unscaledRate],
    ['customScaleRate', customRate],
  ] as const) {
    if (!(v >= 0 && v <= 1)) throw new SurveyArgumentError(`options.${name}`, `options.${name} must be from 0 to 1; got ${v}`);
  }
  const resourceId =
    options.resourceId ??
    '/subscriptions/00000000-0000-0000-0000-000000000000/resourcegroups/contoso/providers/microsoft.communication/communicationservices/contoso-acs';
  const start = (options.start ?? new Date('2026-01-05T00:00:00Z')).getTime();
  const span = 28 * 24 * 3600 * 1000;
  const records: SurveyRecord[] = [];
  let callId = guid(random);
  let participantsLeft = 0;
  for (let i = 0; i < n; i++) {
    if (participantsLeft <= 0) {
      callId = guid(random);
      participantsLeft = 1 + Math.floor(random() * 3);
    }
    participantsLeft--;
    const record: SurveyRecord = {
      ...emptySurveyRecord(),
      TimeGenerated: new Date(start + Math.floor((i / Math.max(1, n)) * span + random() * 60000)).toISOString(),
      CallId: callId,
      CorrelationId: callId,
      ParticipantId: guid(random),
      SurveyId: guid(random),
      OperationName: 'CallSurvey',
      OperationVersion: '1.0',
      _ResourceId: resourceId,
      Type: 'ACSCallSurvey',
    };
    const low = random() < lowRate;
    const custom = random() < customRate;
    const unscaled = !custom && random() < unscaledRate;
    const o = CATEGORY_COLUMNS.overallRating;
    if (custom) {
      record[o.lowerBound] = 0;
      record[o.upperBound] = 10;
      record[o.threshold] = 6;
      record[o.score] = low ? Math.floor(random() * 7) : 7 + Math.floor(random() * 4);
    } else {
      if (!unscaled) {
        record[o.lowerBound] = 1;
        record[o.upperBound] = 5;
        record[o.threshold] = 2;
      }
      record[o.score] = low ? 1 + Math.floor(random() * 2) : random() < 0.25 ? 3 : random() < 0.45 ? 4 : 5;
    }
    if (low) {
      if (random() < 0.25) record[o.issues] = pickTags(random, 'overallRating', 1);
      for (const category of ['audioRating', 'videoRating', 'screenshareRating'] as const) {
        const cols = CATEGORY_COLUMNS[category];
        // Screen sharing happens in fewer calls; audio is asked almost always.
        const asked = random() < (category === 'audioRating' ? 0.95 : category === 'videoRating' ? 0.7 : 0.3);
        if (!asked) continue;
        record[cols.lowerBound] = 0;
        record[cols.upperBound] = 1;
        record[cols.threshold] = 0;
        const bad = random() < (category === 'audioRating' ? 0.65 : 0.45);
        record[cols.score] = bad ? 0 : 1;
        if (bad && random() < 0.85) record[cols.issues] = pickTags(random, category, 2);
      }
    }
    records.push(record);
  }
  return records;
}
