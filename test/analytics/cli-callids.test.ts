import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runCli } from '../../src/analytics/cli.js';
import { parseSurveyExport, summarizeSurveys } from '../../src/analytics/index.js';
import type { SurveySummary } from '../../src/analytics/index.js';
import { createSeededRandom } from '../../src/core/random.js';

// The CLI's CSV path hands a CallId cell that is a canonical GUID to the summarizer's call index as bytes (no
// string); any other id is decoded as before. The summary must equal summarizeSurveys over the parsed records
// (the string path), whatever the ids and however the file is split into chunks.

const guid = (random: () => number) => {
  let hex = '';
  for (let i = 0; i < 4; i++) hex += Math.floor(random() * 4294967296).toString(16).padStart(8, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
};

const random = createSeededRandom(3);
const pool = Array.from({ length: 12 }, () => guid(random));
/** CSV cells of CallId: GUIDs (repeated, not only consecutively), case variants, quoted, and ids that are no GUID. */
const CALL_CELLS = [
  ...pool,
  ...pool.slice(0, 3).map((id) => id.toUpperCase()),
  pool[0]!.slice(0, 10) + pool[0]!.slice(10).toUpperCase(), // mixed case
  `"${pool[1]!}"`, // quoted: the same id as unquoted
  `"${pool[2]!.slice(0, 35)}"""`, // quoted with an escaped quote: no GUID
  `" ${pool[3]!}"`, // a leading space: no GUID (37 characters)
  pool[4]!.slice(0, 35) + 'é', // 36 characters, 37 bytes
  pool[5]!.slice(0, 34) + 'é', // 35 characters, 36 bytes with the dashes in place
  pool[6]!.slice(0, 35) + 'g', // not hex
  'c1',
  'call-2',
];

// Every test's rows: an overall score (9 is rejected), an optional audio score, and the file's chunk sizes.
const SCORE = fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 1, max: 5 }) }, { weight: 1, arbitrary: fc.constant(9) });
const AUDIO = fc.option(fc.integer({ min: 0, max: 1 }), { nil: undefined });
const CHUNK_SIZES = fc.array(fc.integer({ min: 1, max: 97 }), { minLength: 1, maxLength: 5 });

const row = fc.record({
  call: fc.nat({ max: CALL_CELLS.length - 1 }),
  score: SCORE,
  audio: AUDIO,
  tags: fc.constantFrom('', 'Echo', '"Echo, LowVolume"'),
});

async function summarizeWithCli(text: string, chunkSizes: readonly number[], extra: string[] = []): Promise<{ code: number; summary?: SurveySummary }> {
  const bytes = new TextEncoder().encode(text);
  let stdout = '';
  const code = await runCli(['summarize', 'export', '--json', ...extra], {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: () => true },
    checkFile: async () => undefined,
    async *openFile() {
      // Split anywhere, even inside a GUID, a quoted cell or a UTF-8 character.
      let p = 0;
      for (let k = 0; p < bytes.length; k++) {
        const n = chunkSizes[k % chunkSizes.length]!;
        yield bytes.slice(p, p + n);
        p += n;
      }
    },
  });
  return code === 0 ? { code, summary: JSON.parse(stdout) as SurveySummary } : { code };
}

/**
 * Runs the CLI on `text` (chunked) and expects the summary of the string path: `summarizeSurveys` over what
 * `parseSurveyExport` reads, and with no `totalCalls` as many calls as distinct ids. An input without records goes
 * to `whenEmpty` with the CLI's result.
 */
async function expectStringPathSummary(
  text: string,
  format: 'csv' | 'json' | 'jsonl',
  chunkSizes: readonly number[],
  total: boolean,
  whenEmpty: (got: { code: number; summary?: SurveySummary }) => void,
): Promise<void> {
  const { records } = parseSurveyExport(text, format);
  const got = await summarizeWithCli(text, chunkSizes, total ? ['--total-calls', '7'] : []);
  if (records.length === 0) {
    whenEmpty(got);
    return;
  }
  expect(got.code).toBe(0);
  expect(got.summary).toEqual(summarizeSurveys(records, total ? { totalCalls: 7 } : {}));
  if (!total) expect(got.summary!.totalCalls).toBe(new Set(records.map((r) => r.CallId)).size);
}

/** Only rejected rows: the CLI fails (exit 1). */
const rejectsAll = (got: { code: number }) => expect(got.code).toBe(1);

describe('summarize CLI: GUID call ids read from bytes', () => {
  it('gives the summary of the string path for any ids and chunking; rejected rows add no call (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(row, { minLength: 1, maxLength: 40 }),
        CHUNK_SIZES,
        fc.boolean(),
        async (rows, chunkSizes, total) => {
          const lines = rows.map(
            (r) => `${CALL_CELLS[r.call]!},${r.score},,,,${r.audio ?? ''},${r.audio === undefined ? '' : '0'},${r.audio === undefined ? '' : '1'},${r.audio === undefined ? '' : '0'},${r.audio === undefined ? '' : r.tags}`,
          );
          const csv =
            'CallId,OverallRatingScore,OverallRatingScoreLowerBound,OverallRatingScoreUpperBound,OverallRatingScoreThreshold,AudioRatingScore,AudioRatingScoreLowerBound,AudioRatingScoreUpperBound,AudioRatingScoreThreshold,AudioIssues\r\n' +
            lines.join('\r\n') +
            '\r\n';
          await expectStringPathSummary(csv, 'csv', chunkSizes, total, rejectsAll);
        },
      ),
      { numRuns: 150 },
    );
  });

  // The same for PT1H.json lines (a storage diagnostic setting): the record scanner hands an unescaped GUID CallId
  // string to the index as bytes; an escaped one, a non-GUID one and a record the general path reads go as strings.
  const JSON_CALLS = [
    ...pool.map((id) => JSON.stringify(id)),
    ...pool.slice(0, 3).map((id) => JSON.stringify(id.toUpperCase())),
    JSON.stringify(pool[0]!.slice(0, 10) + pool[0]!.slice(10).toUpperCase()), // mixed case
    `"\\u00${pool[1]!.charCodeAt(0).toString(16)}${pool[1]!.slice(1)}"`, // escaped first digit: the same id as pool[1]
    JSON.stringify(pool[4]!.slice(0, 35) + 'é'), // 36 characters, 37 bytes
    JSON.stringify(pool[6]!.slice(0, 35) + 'g'), // not hex
    '"c1"',
  ];
  const jsonRow = fc.record({
    call: fc.nat({ max: JSON_CALLS.length - 1 }),
    score: SCORE,
    audio: AUDIO,
    tags: fc.constantFrom('', 'Echo', 'Echo, LowVolume'),
    general: fc.boolean(), // a repeated key: the scanner leaves the record to JSON.parse
    category: fc.constantFrom('CallSurvey', 'CallSurvey', 'CallSurvey', 'StorageRead'),
  });

  it('PT1H.json: gives the summary of the string path for any ids and chunking; rejected records add no call (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(jsonRow, { minLength: 1, maxLength: 40 }),
        CHUNK_SIZES,
        fc.boolean(),
        async (rows, chunkSizes, total) => {
          const lines = rows.map((r) => {
            const audio = r.audio === undefined ? '' : `,"AudioRatingScore":${r.audio},"AudioRatingScoreLowerBound":0,"AudioRatingScoreUpperBound":1,"AudioRatingScoreThreshold":0,"AudioIssues":${JSON.stringify(r.tags)}`;
            const repeat = r.general ? `"OverallRatingScore":${r.score},` : '';
            return `{"time":"2026-01-05T00:00:00Z","category":"${r.category}","operationName":"CallSurvey","properties":{${repeat}"CallId":${JSON_CALLS[r.call]!},"OverallRatingScore":${r.score}${audio}}}`;
          });
          const text = lines.join('\n') + '\n';
          await expectStringPathSummary(text, 'jsonl', chunkSizes, total, (got) => {
            // Only other categories (exit 0, an empty summary) or only rejected records (exit 1).
            if (got.code === 0) expect(got.summary!.surveys).toBe(0);
            else expect(got.code).toBe(1);
          });
        },
      ),
      { numRuns: 150 },
    );
  });

  // Flat rows (Log Analytics JSON Lines, an `az monitor log-analytics query` array): the flat-row scanner hands an
  // unescaped GUID CallId to the index as bytes too, after the first row (which the general path reads).
  const flatRow = fc.record({
    call: fc.nat({ max: JSON_CALLS.length - 1 }),
    score: SCORE,
    audio: AUDIO,
    tags: fc.constantFrom('', 'Echo', 'Echo, LowVolume'),
    general: fc.boolean(), // a repeated column: the scanner leaves the row to JSON.parse
    strings: fc.boolean(), // every value a string, as az writes them
  });

  it('flat JSON Lines and az arrays: the summary of the string path for any ids and chunking (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(flatRow, { minLength: 1, maxLength: 40 }),
        CHUNK_SIZES,
        fc.boolean(),
        fc.boolean(),
        async (rows, chunkSizes, total, array) => {
          const n = (v: number, r: { strings: boolean }) => (r.strings ? `"${v}"` : String(v));
          const objects = rows.map((r) => {
            const audio =
              r.audio === undefined
                ? ''
                : `,"AudioRatingScore":${n(r.audio, r)},"AudioRatingScoreLowerBound":${n(0, r)},"AudioRatingScoreUpperBound":${n(1, r)},"AudioRatingScoreThreshold":${n(0, r)},"AudioIssues":${JSON.stringify(r.tags)}`;
            const repeat = r.general ? `"OverallRatingScore [x]":${r.score},` : '';
            return `{"TenantId":"t","TimeGenerated":"2026-01-05T00:00:00Z",${repeat}"CallId":${JSON_CALLS[r.call]!},"OverallRatingScore":${n(r.score, r)}${audio},"Type":"ACSCallSurvey"}`;
          });
          const text = array ? `[\n${objects.join(',\n')}\n]\n` : objects.join('\n') + '\n';
          await expectStringPathSummary(text, array ? 'json' : 'jsonl', chunkSizes, total, rejectsAll);
        },
      ),
      { numRuns: 150 },
    );
  });
});
