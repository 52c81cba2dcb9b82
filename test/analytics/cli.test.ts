import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, CLI_HELP, PROGRESS_EVERY_ROWS } from '../../src/analytics/cli.js';
import {
  compareSurveySummaries,
  formatSurveyCsv,
  generateSampleSurveys,
  parseSurveyExport,
  summarizeSurveys,
  surveySummaryKql,
} from '../../src/analytics/index.js';
import type { SurveySummary } from '../../src/analytics/index.js';
import { GOLDEN_CSV } from './golden.js';

const dir = mkdtempSync(join(tmpdir(), 'eocs-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

async function cli(argv: string[], isTTY = false) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t), isTTY },
  });
  return { code, stdout, stderr };
}

describe('end-of-call-survey summarize', () => {
  const records = generateSampleSurveys(2500, 11);
  const csvPath = file('surveys.csv', formatSurveyCsv(records));

  it('--json prints the same summary as summarizeSurveys', async () => {
    const { code, stdout, stderr } = await cli(['summarize', csvPath, '--json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(stdout) as SurveySummary).toEqual(summarizeSurveys(records));
  });

  it('prints readable tables by default', async () => {
    const golden = file('golden.csv', GOLDEN_CSV);
    const { code, stdout } = await cli(['summarize', golden]);
    expect(code).toBe(0);
    expect(stdout).toContain('Total calls: 9    Surveys: 12');
    // Surveys 9, Calls 7 (distinct CallId), % of calls 7/9 = 77.78.
    expect(stdout).toMatch(/Category\s+Range\s+Cutoff\s+Surveys\s+Calls\s+% of calls\s+Mean/);
    expect(stdout).toMatch(/overallRating\s+1-5\s+2\s+9\s+7\s+77\.78\s+3\.44\s+4\.00\s+1\.51\s+3\s+33\.33/);
    expect(stdout).toMatch(/Category\s+Issue\s+Surveys\s+Calls\s+% of calls/);
    expect(stdout).toMatch(/audioRating\s+Echo\s+2\s+2\s+22\.222/);
  });

  it('--total-calls and --format (JSON / JSONL regardless of extension)', async () => {
    const json = file('export.txt', JSON.stringify(records.slice(0, 100)));
    const a = await cli(['summarize', json, '--format', 'json', '--total-calls', '1000', '--json']);
    expect(a.code).toBe(0);
    expect(JSON.parse(a.stdout)).toEqual(summarizeSurveys(records.slice(0, 100), { totalCalls: 1000 }));
    const jsonl = file('export.jsonl', records.slice(0, 50).map((r) => JSON.stringify(r)).join('\n'));
    const b = await cli(['summarize', jsonl, '--total-calls=50', '--json']);
    expect(JSON.parse(b.stdout)).toEqual(summarizeSurveys(records.slice(0, 50), { totalCalls: 50 }));
  });

  it('summarises parse errors on stderr with line numbers and still prints the summary', async () => {
    const lines = GOLDEN_CSV.split('\r\n');
    lines.splice(3, 0, 'bad,row,x');
    for (let i = 0; i < 12; i++) lines.push(`2026-01-05T10:00:00Z,cx${i},s,nine,,,,,,,,,,,,,,`);
    const path = file('broken.csv', lines.join('\r\n'));
    const { code, stdout, stderr } = await cli(['summarize', path, '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).surveys).toBe(12);
    expect(stderr).toContain('13 rows of');
    expect(stderr).toContain('(first 10 shown)');
    expect(stderr).toContain('line 4: truncated row: 3 fields, the header has 18');
    // The golden text ends with CRLF, so line 15 is blank and the appended rows start on line 16.
    expect(stderr).toMatch(/line 16: OverallRatingScore must be an integer from 0 to 100 or empty; got "nine"/);
  });

  it('exit 1 when nothing is readable', async () => {
    const path = file('nothing.csv', 'CallId,Foo\nx,y\n');
    const { code, stderr } = await cli(['summarize', path]);
    expect(code).toBe(1);
    expect(stderr).toContain('line 1: missing required column one of OverallRatingScore');
  });

  it('usage and file errors exit 2 with a clear message', async () => {
    const cases: [string[], RegExp][] = [
      [['summarize', join(dir, 'missing.csv')], /no such file: .*missing\.csv/],
      [['summarize', csvPath, '--verbose'], /unknown option --verbose/],
      [['summarize', csvPath, '--total-calls', 'many'], /--total-calls must be a non-negative integer; got "many"/],
      [['summarize', csvPath, '--total-calls', '-3'], /--total-calls needs a value|--total-calls must be a non-negative integer/],
      [['summarize', csvPath, '--format', 'xml'], /--format must be one of auto, csv, json, jsonl; got "xml"/],
      [['summarize'], /missing <export-file>/],
      [['report', csvPath], /unknown command "report"; expected summarize/],
      [[], /missing command/],
      [['summarize', dir, '--format', 'csv'], /is not a file/],
      [['summarize', '--kql', '--start', 'tomorrow'], /start must be a valid Date/],
    ];
    for (const [argv, message] of cases) {
      const { code, stderr, stdout } = await cli(argv);
      expect({ argv, code, stdout }).toEqual({ argv, code: 2, stdout: '' });
      expect(stderr).toMatch(message);
    }
  });

  it('--help and --kql', async () => {
    const help = await cli(['--help']);
    expect(help).toEqual({ code: 0, stdout: CLI_HELP, stderr: '' });
    expect(help.stdout).toContain('summarize <export-file>');
    const kql = await cli(['summarize', '--kql', '--start', '2026-01-01', '--resource-id', 'r1']);
    expect(kql.code).toBe(0);
    expect(kql.stdout).toBe(surveySummaryKql({ start: '2026-01-01', resourceId: 'r1' }) + '\n');
  });

  it('shows progress on a TTY only, and clears it', async () => {
    const many = generateSampleSurveys(PROGRESS_EVERY_ROWS + 10, 5);
    const path = file('many.csv', formatSurveyCsv(many));
    const tty = await cli(['summarize', path, '--json'], true);
    expect(tty.code).toBe(0);
    expect(tty.stderr).toContain('\rend-of-call-survey: 100,000 rows read…');
    expect(tty.stderr.endsWith('\r\x1b[K')).toBe(true);
    // Streaming: with a chunked source, progress for the first 100,000 rows is written before the last chunk is read.
    const text = readFileSync(path, 'utf8');
    let stderr = '';
    let progressBeforeLastChunk = false;
    const chunkSize = 1 << 16;
    const code = await runCli(['summarize', path, '--json'], {
      stdout: { write: () => true },
      stderr: { write: (t: string) => (stderr += t), isTTY: true },
      openFile: async function* () {
        for (let i = 0; i < text.length; i += chunkSize) {
          if (i + chunkSize >= text.length) progressBeforeLastChunk = stderr.includes('100,000 rows read');
          yield text.slice(i, i + chunkSize);
        }
      },
    });
    expect(code).toBe(0);
    expect(progressBeforeLastChunk).toBe(true);
    const piped = await cli(['summarize', path, '--json'], false);
    expect(piped.stderr).toBe('');
    expect(JSON.parse(piped.stdout)).toEqual(JSON.parse(tty.stdout));
    expect(parseSurveyExport(formatSurveyCsv(many.slice(0, 3)), 'csv').errors).toEqual([]);
  });
});

describe('end-of-call-survey compare', () => {
  const a = generateSampleSurveys(1500, 21, { lowScoreRate: 0.2 });
  const b = generateSampleSurveys(1500, 22, { lowScoreRate: 0.1 });
  const csvA = file('a.csv', formatSurveyCsv(a));
  const jsonlB = file('b.jsonl', b.map((r) => JSON.stringify(r)).join('\n'));

  it('compares two exports of different formats: the same result as compareSurveySummaries', async () => {
    const { code, stdout, stderr } = await cli(['compare', csvA, jsonlB, '--json', '--label-a', 'East', '--label-b', 'West']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(
      JSON.parse(JSON.stringify(compareSurveySummaries(summarizeSurveys(a), summarizeSurveys(b), { labelA: 'East', labelB: 'West' }))),
    );
  });

  it('reads saved summaries (summarize --json output) and prints a table with raw and adjusted p and the verdicts', async () => {
    const saved = file('a-summary.json', (await cli(['summarize', csvA, '--json'])).stdout);
    const { code, stdout } = await cli(['compare', saved, jsonlB]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^B compared with A \(alpha 0\.05; p-values raw \/ Holm-adjusted across categories\)/);
    expect(stdout).toMatch(/Welch p\s+adj\.\s+MDD/);
    expect(stdout).toMatch(/overallRating 1-5: B's low-score share is \d+\.\d points lower \(p < 0\.001\)/);
    expect(stdout).toContain('MDD = minimum detectable difference at 80 % power');
  });

  it('usage errors name the problem', async () => {
    expect((await cli(['compare', csvA])).stderr).toMatch(/compare needs two files \(A and B\); got 1/);
    expect((await cli(['compare', csvA, jsonlB, '--alpha', '2'])).stderr).toMatch(/--alpha must be a number between 0 and 1/);
    const missing = await cli(['compare', csvA, join(dir, 'nope.csv')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/no such file/);
    expect((await cli(['frobnicate'])).stderr).toMatch(/expected summarize, compare or doctor/);
  });
});

describe('end-of-call-survey doctor', () => {
  it('walks the checklist and prints the lookup KQL; exit 1 when a check fails', async () => {
    const ok = await cli(['doctor', '--survey-id', 's-1', '--sdk-version', '1.40.1', '--sent-at', '2020-01-01T00:00:00Z', '--setting-created-at', '2019-12-01T00:00:00Z']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^Survey doctor: unknown\n/);
    expect(ok.stdout).toMatch(/ok {3}sdk-version: /);
    expect(ok.stdout).toContain('| where SurveyId == "s-1"');
    const bad = await cli(['doctor', '--call-id', 'c-1', '--error', '400/45100', '--survey', '{"overallRating":{"score":9}}', '--json']);
    expect(bad.code).toBe(1);
    const report = JSON.parse(bad.stdout);
    expect(report.verdict).toBe('problem');
    expect(report.checks.find((c: { id: string }) => c.id === 'submit').message).toMatch(/400\/45100.*overallRating/);
    expect(report.lookupKql).toContain('| where CallId == "c-1"');
  });

  it('usage errors name the option and the allowed values', async () => {
    expect((await cli(['doctor'])).stderr).toMatch(/doctor needs --survey-id ID .* or --call-id ID/);
    expect((await cli(['doctor', '--survey-id', 's', '--error', 'oops'])).stderr).toMatch(/--error must be CODE or CODE\/SUBCODE .* 400\/45100 or 408\/45101/);
    expect((await cli(['doctor', '--survey-id', 's', '--sent-at', 'soon'])).stderr).toMatch(/sentAt must be epoch milliseconds/);
  });
});
