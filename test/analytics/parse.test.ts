import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  formatSurveyCsv,
  generateSampleSurveys,
  parseSurveyExport,
  parseSurveyExportStream,
  SURVEY_COLUMNS,
  surveyCsvHeader,
  surveyCsvRow,
} from '../../src/analytics/index.js';
import type { SurveyExportFormat, SurveyParseResult, SurveyRecord } from '../../src/analytics/index.js';
import { GOLDEN_CSV, GOLDEN_HEADER, GOLDEN_ROWS } from './golden.js';

async function parseStream(chunks: (string | Uint8Array)[], format: SurveyExportFormat): Promise<SurveyParseResult> {
  const result: SurveyParseResult = { records: [], errors: [] };
  for await (const e of parseSurveyExportStream(chunks, format)) {
    if (e.type === 'record') result.records.push(e.record);
    else if (e.type === 'error') result.errors.push(e.error);
    else {
      const skipped = (result.skipped ??= {});
      skipped[e.category] = (skipped[e.category] ?? 0) + 1;
    }
  }
  return result;
}

/** Splits `text` at the given (sorted, deduplicated) positions. */
function chunk(text: string, cuts: number[]): string[] {
  const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
  const out: string[] = [];
  let prev = 0;
  for (const p of points) {
    out.push(text.slice(prev, p));
    prev = p;
  }
  out.push(text.slice(prev));
  return out;
}

/** Splits `bytes` at the given positions. */
function chunkBytes(bytes: Uint8Array, cuts: number[]): Uint8Array[] {
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const out: Uint8Array[] = [];
  let prev = 0;
  for (const p of points) {
    out.push(bytes.slice(prev, p));
    prev = p;
  }
  out.push(bytes.slice(prev));
  return out;
}

const HEADER = 'CallId,OverallRatingScore,OverallRatingScoreLowerBound,OverallRatingScoreUpperBound,OverallRatingScoreThreshold,OverallCallIssues';

describe('parseSurveyExport: CSV', () => {
  it('reads the portal export (BOM, CRLF, "TimeGenerated [UTC]", quoted issues)', () => {
    const { records, errors } = parseSurveyExport(GOLDEN_CSV, 'csv');
    expect(errors).toEqual([]);
    expect(records[0]).toMatchObject({
      TimeGenerated: '2026-01-05T10:00:00Z',
      CallId: 'c1',
      SurveyId: 's1',
      OverallRatingScore: 5,
      OverallRatingScoreLowerBound: 1,
      OverallCallIssues: null,
    });
    expect(records[2]!.AudioIssues).toBe(' Echo, AudioNoise,Echo');
    expect(records[3]!.OverallRatingScoreLowerBound).toBeNull();
  });

  it('reads unquoted LF files and quoted fields with commas, doubled quotes and newlines', () => {
    const text = `${HEADER}\n"a,1",5,1,5,2,\n"b ""x""",2,1,5,2,"HadToRejoin,\nOtherIssues"\nc,3,,,,\n`;
    const { records, errors } = parseSurveyExport(text, 'csv');
    expect(errors).toEqual([]);
    expect(records.map((r) => r.CallId)).toEqual(['a,1', 'b "x"', 'c']);
    expect(records[1]!.OverallCallIssues).toBe('HadToRejoin,\nOtherIssues');
  });

  it('requires CallId and a score column (one error on line 1)', () => {
    expect(parseSurveyExport('SurveyId,OverallRatingScore\nx,5\n', 'csv')).toEqual({
      records: [],
      errors: [{ line: 1, message: expect.stringMatching(/missing required column CallId/) }],
    });
    const noScore = parseSurveyExport('CallId,SurveyId\nx,y\nz,w\n', 'csv');
    expect(noScore.records).toEqual([]);
    expect(noScore.errors).toHaveLength(1);
    expect(noScore.errors[0]!.line).toBe(1);
    expect(noScore.errors[0]!.message).toMatch(/one of OverallRatingScore, AudioRatingScore/);
  });

  it('reports bad rows with the line where they start, keeps the good ones', () => {
    const text = [
      HEADER, // 1
      'ok1,5,1,5,2,', // 2
      'bad-text,five,1,5,2,', // 3: text in a score column
      'bad-float,4.5,1,5,2,', // 4: non-integer
      'bad-range,101,0,100,50,', // 5: outside 0–100
      '"multi', // 6: quoted newline: the row starts on line 6
      'line",9,1,5,2,', // 7: score outside the row's 1–5 scale
      'bad"quote,3,1,5,2,', // 8: a quote inside an unquoted field
      'short,3,1', // 9: truncated
      'long,3,1,5,2,,extra', // 10: too many fields
      ',3,1,5,2,', // 11: empty CallId
      'inv,3,4,2,3,', // 12: lower >= upper
      'ok2,1,,,,"CallCannotJoin"', // 13
      '"after"x,2,1,5,2,', // 14: text after a closing quote
      'ok3,2,1,5,2,', // 15
      '"never closed,1,1,5,2,', // 16 (to the end)
    ].join('\r\n');
    const { records, errors } = parseSurveyExport(text, 'csv');
    expect(records.map((r) => r.CallId)).toEqual(['ok1', 'ok2', 'ok3']);
    expect(errors.map((e) => e.line)).toEqual([3, 4, 5, 6, 8, 9, 10, 11, 12, 14, 16]);
    const byLine = new Map(errors.map((e) => [e.line, e.message]));
    expect(byLine.get(3)).toBe('OverallRatingScore must be an integer from 0 to 100 or empty; got "five"');
    expect(byLine.get(4)).toMatch(/OverallRatingScore must be an integer from 0 to 100/);
    expect(byLine.get(5)).toMatch(/OverallRatingScore must be an integer from 0 to 100 or empty; got "101"/);
    expect(byLine.get(6)).toBe("OverallRatingScore must be from 1 to 5 (the row's scale); got 9");
    expect(byLine.get(8)).toMatch(/broken quotes in column CallId/);
    expect(byLine.get(9)).toMatch(/truncated row: 3 fields, the header has 6 \(missing OverallRatingScoreUpperBound/);
    expect(byLine.get(10)).toMatch(/7 fields, the header has 6/);
    expect(byLine.get(11)).toMatch(/CallId must be a non-empty string/);
    expect(byLine.get(12)).toMatch(/OverallRatingScoreUpperBound must be greater than OverallRatingScoreLowerBound/);
    expect(byLine.get(14)).toMatch(/broken quotes in column CallId: text after a closing quote/);
    expect(byLine.get(16)).toMatch(/a quoted field is never closed/);
  });

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '1', ',', '"', '\n', '\r', ' ') }), (tail) => {
        const r = parseSurveyExport(`${HEADER}\n${tail}`, 'csv');
        expect(Array.isArray(r.records)).toBe(true);
        for (const e of r.errors) expect(e.line).toBeGreaterThanOrEqual(1);
      }),
    );
  });
});

describe('parseSurveyExport: JSON and JSONL', () => {
  it('reads az CLI output (numeric strings) and JSON numbers', () => {
    const json = JSON.stringify(
      [
        { TimeGenerated: '2026-01-05T10:00:00Z', CallId: 'a', OverallRatingScore: '4', OverallRatingScoreLowerBound: '1', OverallRatingScoreUpperBound: '5', OverallRatingScoreThreshold: '2', AudioIssues: '' },
        { TimeGenerated: '2026-01-05T10:00:00Z', CallId: 'b', OverallRatingScore: 2, OverallRatingScoreLowerBound: null, AudioRatingScore: 0, AudioRatingScoreLowerBound: 0, AudioRatingScoreUpperBound: 1, AudioRatingScoreThreshold: 0, AudioIssues: 'Echo' },
      ],
      null,
      2,
    );
    const { records, errors } = parseSurveyExport(json, 'json');
    expect(errors).toEqual([]);
    expect(records.map((r) => [r.CallId, r.OverallRatingScore, r.AudioRatingScore, r.AudioIssues])).toEqual([
      ['a', 4, null, null],
      ['b', 2, 0, 'Echo'],
    ]);
  });

  it('JSON: not an array, bad element, truncated — with line numbers', () => {
    expect(parseSurveyExport('{"CallId":"a"}', 'json').errors).toEqual([
      { line: 1, message: expect.stringMatching(/expected a JSON array of row objects/) },
    ]);
    const text = [
      '[', // 1
      '  {"CallId": "a", "OverallRatingScore": 5},', // 2
      '  {"CallId": "b", "OverallRatingScore": "x"},', // 3
      '  {"CallId": "c",', // 4
      '   "OverallRatingScore": 6},', // 5 (element starts on 4; 6 is outside 1–5)
      '  {"CallId": "d", "OverallRatingScore": tru},', // 6 invalid JSON
      '  {"CallId": "e", "OverallRatingScore": 1},', // 7
      '  {"CallId": "f", "Overall', // 8 truncated
    ].join('\n');
    const { records, errors } = parseSurveyExport(text, 'json');
    expect(records.map((r) => r.CallId)).toEqual(['a', 'e']);
    expect(errors.map((e) => e.line)).toEqual([3, 4, 6, 8]);
    expect(errors[0]!.message).toMatch(/OverallRatingScore must be an integer from 0 to 100 or empty; got "x"/);
    expect(errors[2]!.message).toMatch(/not valid JSON/);
    expect(errors[3]!.message).toMatch(/truncated JSON/);
  });

  it('JSON: missing required keys in the first row → one error on line 1', () => {
    const r = parseSurveyExport('[{"SurveyId":"s","OverallRatingScore":3}]', 'json');
    expect(r).toEqual({ records: [], errors: [{ line: 1, message: expect.stringMatching(/missing required column CallId/) }] });
  });

  it('JSONL: one object per line; bad lines reported by number', () => {
    const text = [
      '{"CallId":"a","OverallRatingScore":5}', // 1
      '', // 2 (blank: ignored)
      '{"CallId":"b","OverallRatingScore":', // 3 broken
      '[1,2]', // 4 not an object
      '{"CallId":"c","OverallRatingScore":true}', // 5 wrong type
      '{"OverallRatingScore":3}', // 6 no CallId
      '{"CallId":"d","OverallRatingScore":3}', // 7
    ].join('\r\n');
    const { records, errors } = parseSurveyExport(text, 'jsonl');
    expect(records.map((r) => r.CallId)).toEqual(['a', 'd']);
    expect(errors.map((e) => e.line)).toEqual([3, 4, 5, 6]);
    expect(errors[0]!.message).toMatch(/not valid JSON/);
    expect(errors[1]!.message).toMatch(/expected a row object/);
    expect(errors[2]!.message).toMatch(/OverallRatingScore must be an integer from 0 to 100 or empty; got true/);
    expect(errors[3]!.message).toMatch(/CallId must be a non-empty string/);
  });

  it('rejects an unknown format without throwing', () => {
    const r = parseSurveyExport('x', 'xml' as SurveyExportFormat);
    expect(r.errors[0]!.message).toBe('format must be one of auto, csv, json, jsonl; got xml');
  });
});

describe('streaming parser = whole-text parser (property)', () => {
  const sample = generateSampleSurveys(40, 7);
  const messy: SurveyRecord = {
    ...sample[0]!,
    CallId: 'q"u,o\r\nte',
    ParticipantId: 'Zoë 🎧 Ω',
    OverallCallIssues: 'HadToRejoin,OtherIssues',
  };
  const csv = formatSurveyCsv([messy, ...sample]) + 'broken,"x\r\n' + GOLDEN_ROWS.slice(0, 3).join('\r\n');
  const csvWithHeader = '\uFEFF' + GOLDEN_HEADER + '\r\n' + GOLDEN_ROWS.join('\r\n') + '\r\n' + 'c,"bad\r\n';
  const json = JSON.stringify([...sample.slice(0, 10), { CallId: 'x', OverallRatingScore: 'bad' }], null, 1);
  const jsonl = sample.slice(0, 10).map((r) => JSON.stringify(r)).join('\r\n') + '\n{"CallId":\n';

  for (const [name, text, format] of [
    ['csv', csv, 'csv'],
    ['portal csv', csvWithHeader, 'csv'],
    ['json', json, 'json'],
    ['jsonl', jsonl, 'jsonl'],
  ] as const) {
    it(`${name}: any chunking (strings and UTF-8 bytes) gives the same records and errors`, async () => {
      const whole = parseSurveyExport(text, format);
      expect(whole.records.length).toBeGreaterThan(0);
      expect(whole.errors.length).toBeGreaterThan(0);
      await fc.assert(
        fc.asyncProperty(fc.array(fc.nat(), { maxLength: 12 }), fc.boolean(), async (cuts, asBytes) => {
          // Bytes may be cut inside a multi-byte UTF-8 character; strings anywhere (even between \r and \n).
          const parts = asBytes ? chunkBytes(new TextEncoder().encode(text), cuts) : chunk(text, cuts);
          expect(await parseStream(parts, format)).toEqual(whole);
        }),
        { numRuns: 60 },
      );
    });
  }
});

describe('CSV round trip (property)', () => {
  const cell = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', ',', '"', '\n', '\r\n', 'é', '7') });
  it('formatSurveyCsv → parseSurveyExport gives the records back', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            CallId: cell.filter((s) => s.trim() !== ''),
            SurveyId: cell,
            score: fc.integer({ min: 1, max: 5 }),
            issues: cell,
          }),
          { minLength: 1, maxLength: 20 },
        ),
        (rows) => {
          const records: SurveyRecord[] = rows.map((r) => ({
            TimeGenerated: '2026-01-05T10:00:00Z',
            CallId: r.CallId,
            SurveyId: r.SurveyId === '' ? null : r.SurveyId,
            OverallRatingScore: r.score,
            OverallCallIssues: r.issues.trim() === '' ? null : r.issues,
          }));
          const { records: back, errors } = parseSurveyExport(formatSurveyCsv(records), 'csv');
          expect(errors).toEqual([]);
          expect(back.map((b) => [b.CallId, b.SurveyId, b.OverallRatingScore, b.OverallCallIssues])).toEqual(
            records.map((b) => [b.CallId, b.SurveyId, b.OverallRatingScore, b.OverallCallIssues]),
          );
        },
      ),
    );
  });

  it('the default header lists every ACSCallSurvey column the kit knows', () => {
    expect(SURVEY_COLUMNS).toHaveLength(31);
    expect(formatSurveyCsv([]).startsWith('TimeGenerated,CallId,')).toBe(true);
  });
});

describe('CSV tokenizer fast paths (property)', () => {
  // Plain rows take a native LF search and a four-bytes-at-a-time comma scan over 4-byte-aligned chunks; rows
  // with quotes or a lone CR, and unaligned chunks, take the byte loop. Every mix must read the same records.
  const sample = generateSampleSurveys(30, 11).map((r, i) =>
    i % 7 === 3 ? { ...r, OverallCallIssues: 'NoLocalAudio,Echo', ParticipantId: 'a b!#$%&()*+' } : r,
  );
  const rows = sample.map((r) => surveyCsvRow(r).slice(0, -2));
  const reference = parseSurveyExport(formatSurveyCsv(sample), 'csv');

  it('reads the same records for any line ends (LF, CRLF, CR), chunking and chunk alignment', async () => {
    expect(reference.errors).toEqual([]);
    expect(reference.records).toHaveLength(sample.length);
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom('\n', '\r\n', '\r'), { minLength: rows.length + 1, maxLength: rows.length + 1 }),
        fc.array(fc.nat(), { maxLength: 10 }),
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 11, maxLength: 11 }),
        async (ends, cuts, offsets) => {
          const text = surveyCsvHeader().slice(0, -2) + ends[0] + rows.map((row, i) => row + ends[i + 1]).join('');
          const parts = chunkBytes(new TextEncoder().encode(text), cuts).map((part, i) => {
            // The same bytes at a byte offset of 0–3 inside a larger buffer.
            const offset = offsets[i % offsets.length]!;
            const holder = new Uint8Array(part.length + offset);
            holder.set(part, offset);
            return holder.subarray(offset);
          });
          expect(parseSurveyExport(text, 'csv')).toEqual(reference);
          expect(await parseStream(parts, 'csv')).toEqual(reference);
        },
      ),
      { numRuns: 80 },
    );
  });

  it('still reports a quote inside an unquoted field and a short row after plain rows', () => {
    const text = [surveyCsvHeader().slice(0, -2), rows[0], 'x"y' + rows[1]!.slice(rows[1]!.indexOf(',')), rows[2]!.split(',').slice(0, 5).join(','), rows[3]].join('\n') + '\n';
    const r = parseSurveyExport(text, 'csv');
    expect(r.records.map((x) => x.CallId)).toEqual([sample[0]!.CallId, sample[3]!.CallId]);
    expect(r.errors.map((e) => [e.line, e.message.split(':')[0]])).toEqual([
      [3, 'broken quotes in column TimeGenerated'],
      [4, 'truncated row'],
    ]);
  });
});
