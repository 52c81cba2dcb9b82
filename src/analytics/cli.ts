/**
 * The `end-of-call-survey` command line (`bin/end-of-call-survey.js` calls `main`). All logic is in `runCli`, which
 * takes its I/O as a parameter so tests run it in-process.
 */
import { open as openFileHandle } from 'node:fs/promises';
import { stat } from 'node:fs/promises';
import { compareSurveySummaries } from './compare.js';
import type { SurveyComparison } from './compare.js';
import { formatSurveyComparisonTable, formatSurveySummaryTable } from './format.js';
import { surveySummaryKql } from './kql.js';
import { diagnoseSurvey, surveyLookupKql } from './lookup.js';
import type { SurveyDoctorInput, SurveyDoctorReport } from './lookup.js';
import type { SurveySummaryKqlOptions } from './kql.js';
import { CATEGORY_COLUMNS } from './columns.js';
import { readSurveyExport, SURVEY_EXPORT_FORMATS } from './parse/index.js';
import type { SurveyExportFormat, SurveyParseError } from './parse/index.js';
import type { SurveyRecord, SurveySummary } from './types.js';
import { createIndexedSummarizer } from './summarize.js';

/** Where the CLI reads and writes. */
export interface CliIo {
  /** Receives the summary (table or JSON) and `--help`/`--kql` output. */
  stdout: { write(text: string): unknown };
  /** Receives errors, the parse-error digest and (on a TTY) progress. */
  stderr: { write(text: string): unknown; isTTY?: boolean };
  /** Opens a file as a stream of chunks (default: 1 MiB chunks read into one reused buffer). */
  openFile?: (path: string) => AsyncIterable<string | Uint8Array>;
  /** Whether `path` is a readable regular file (default: `fs.stat`). Returns an error message when it is not. */
  checkFile?: (path: string) => Promise<string | undefined>;
}

/** The columns the summary reads (the CLI decodes only these). */
const SUMMARY_COLUMNS: readonly (keyof SurveyRecord)[] = [
  'CallId',
  ...Object.values(CATEGORY_COLUMNS).flatMap((c) => [c.score, c.lowerBound, c.upperBound, c.threshold, c.issues]),
];

/** Rows between progress updates (progress is written only when stderr is a TTY). */
export const PROGRESS_EVERY_ROWS = 100_000;
/** Parse errors listed individually; the rest are counted. */
export const MAX_LISTED_ERRORS = 10;

/** The `--help` text. */
export const CLI_HELP = `Usage: end-of-call-survey summarize <export-file> [options]
       end-of-call-survey summarize --kql [--start DATE] [--end DATE] [--resource-id ID]
       end-of-call-survey doctor --survey-id ID | --call-id ID [--sent-at DATE] [--sdk-version V]
                          [--setting-created-at DATE] [--resource ID] [--error 400/45100] [--survey JSON] [--json]
       end-of-call-survey compare <A> <B> [--label-a NAME] [--label-b NAME] [--alpha 0.05] [--json] [--format F]

doctor: "why is my survey missing?" — walks the checklist (submit error, SDK version, "Call Survey" diagnostic
setting created before sending, 2 h latency) and prints the KQL that looks the survey up. Exit 1 when a check fails.

compare: B compared with A per shared (category, scale). A and B are exports in any format below or saved
summaries (the output of summarize --json). Welch's t test (t distribution), two-proportion z-test on the
low-score share, Mann–Whitney U, Holm-adjusted p-values, minimum detectable differences at 80 % power.

Summarizes an ACSCallSurvey export (the seed's End of Call Survey Summary): per category and scale the
responses, mean, median, standard deviation, low-score share and distribution; issue tags by frequency.
The file is streamed: memory does not grow with its size.

Options:
  --format auto|csv|json|jsonl
                           Input format (default auto: detected from the first bytes). Reads the portal/Excel
                           CSV, the az CLI's JSON array, JSON Lines, Azure Storage diagnostic-setting blobs
                           (PT1H.json), Event Hubs {"records": [...]} batches and Log Analytics {"tables": [...]}
  --total-calls N          Total calls in the period (default: distinct CallId values in the file)
  --json                   Print the summary as JSON (the SurveySummary shape) instead of tables
  --kql                    Print the Log Analytics (KQL) query that computes the same summary, and exit
  --start DATE, --end DATE, --resource-id ID
                           Filters for --kql (ISO 8601 dates; an ACS resource id)
  -h, --help               Show this help

Progress is shown on stderr every ${PROGRESS_EVERY_ROWS.toLocaleString('en-US')} rows, only when stderr is a terminal.
Rows that cannot be read are skipped and listed on stderr (the first ${MAX_LISTED_ERRORS}, with line numbers).
Diagnostic-setting records of other log categories (CallSummary, …) are skipped and counted on stderr.
Exit codes: 0 summary printed; 1 the file had no readable rows; 2 usage or file error.
`;

class UsageError extends Error {}

interface ParsedArgs {
  command: 'summarize' | 'compare' | 'doctor';
  doctor: SurveyDoctorInput & { callSummary?: boolean };
  file?: string;
  /** `compare`'s two files. */
  files: string[];
  labelA?: string;
  labelB?: string;
  alpha?: number;
  format?: SurveyExportFormat;
  totalCalls?: number;
  json: boolean;
  kql: boolean;
  help: boolean;
  kqlOptions: SurveySummaryKqlOptions;
}

function parseArgs(argv: readonly string[]): ParsedArgs {
  const args: ParsedArgs = { command: 'summarize', doctor: {}, files: [], json: false, kql: false, help: false, kqlOptions: {} };
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i]!;
    if (!raw.startsWith('-') || raw === '-') {
      positional.push(raw);
      continue;
    }
    const eq = raw.indexOf('=');
    const name = eq > 0 ? raw.slice(0, eq) : raw;
    const value = (): string => {
      if (eq > 0) return raw.slice(eq + 1);
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) throw new UsageError(`${name} needs a value`);
      i++;
      return next;
    };
    switch (name) {
      case '-h':
      case '--help':
        args.help = true;
        break;
      case '--json':
        args.json = true;
        break;
      case '--kql':
        args.kql = true;
        break;
      case '--format': {
        const f = value();
        if (!SURVEY_EXPORT_FORMATS.includes(f as SurveyExportFormat)) {
          throw new UsageError(`--format must be one of ${SURVEY_EXPORT_FORMATS.join(', ')}; got ${JSON.stringify(f)}`);
        }
        args.format = f as SurveyExportFormat;
        break;
      }
      case '--total-calls': {
        const v = value();
        if (!/^\d+$/.test(v) || !Number.isSafeInteger(Number(v))) {
          throw new UsageError(`--total-calls must be a non-negative integer; got ${JSON.stringify(v)}`);
        }
        args.totalCalls = Number(v);
        break;
      }
      case '--start':
        args.kqlOptions.start = value();
        break;
      case '--end':
        args.kqlOptions.end = value();
        break;
      case '--resource-id':
        args.kqlOptions.resourceId = value();
        break;
      case '--survey-id':
        args.doctor.surveyId = value();
        break;
      case '--call-id':
        args.doctor.callId = value();
        break;
      case '--sent-at':
        args.doctor.sentAt = value();
        break;
      case '--sdk-version':
        args.doctor.sdkVersion = value();
        break;
      case '--setting-created-at':
        args.doctor.diagnosticSettingCreatedAt = value();
        break;
      case '--resource':
        args.doctor.expectedResourceId = value();
        break;
      case '--error': {
        const v = value();
        const m = /^(\d{3})(?:\/(\d+))?$/.exec(v);
        if (!m) throw new UsageError(`--error must be CODE or CODE/SUBCODE as the SDK reports it, e.g. 400/45100 or 408/45101; got ${JSON.stringify(v)}`);
        args.doctor.submitError = { code: Number(m[1]), ...(m[2] ? { subCode: Number(m[2]) } : {}) };
        break;
      }
      case '--survey': {
        const v = value();
        try {
          args.doctor.survey = JSON.parse(v);
        } catch {
          throw new UsageError(`--survey must be the submitted payload as JSON, e.g. '{"overallRating":{"score":4}}'; got ${JSON.stringify(v)}`);
        }
        break;
      }
      case '--label-a':
        args.labelA = value();
        break;
      case '--label-b':
        args.labelB = value();
        break;
      case '--alpha': {
        const v = value();
        const n = Number(v);
        if (!/^(0?\.\d+)$/.test(v) || !(n > 0 && n < 1)) {
          throw new UsageError(`--alpha must be a number between 0 and 1 (exclusive), e.g. 0.05; got ${JSON.stringify(v)}`);
        }
        args.alpha = n;
        break;
      }
      default:
        throw new UsageError(`unknown option ${name}`);
    }
  }
  if (args.help) return args;
  const [command, file, ...extra] = positional;
  if (command === 'doctor') {
    args.command = 'doctor';
    if (positional.length > 1) throw new UsageError(`unexpected argument ${JSON.stringify(positional[1])}`);
    if (args.doctor.surveyId === undefined && args.doctor.callId === undefined) {
      throw new UsageError('doctor needs --survey-id ID (the submitted event\'s surveyId) or --call-id ID');
    }
    return args;
  }
  if (command === 'compare') {
    args.command = 'compare';
    if (args.kql) throw new UsageError('--kql is an option of summarize, not compare');
    const files = positional.slice(1);
    if (files.length !== 2) {
      throw new UsageError(`compare needs two files (A and B); got ${files.length}`);
    }
    args.files = files;
    return args;
  }
  if (command !== 'summarize') {
    throw new UsageError(
      command === undefined ? 'missing command (summarize, compare or doctor)' : `unknown command ${JSON.stringify(command)}; expected summarize, compare or doctor`,
    );
  }
  if (extra.length) throw new UsageError(`unexpected argument ${JSON.stringify(extra[0])}`);
  if (file !== undefined) args.file = file;
  if (!args.kql && file === undefined) throw new UsageError('missing <export-file>');
  return args;
}

async function defaultCheckFile(path: string): Promise<string | undefined> {
  try {
    const s = await stat(path);
    return s.isFile() ? undefined : `${path} is not a file`;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? `no such file: ${path}` : `cannot read ${path} (${code ?? (e as Error).message})`;
  }
}

/**
 * Runs the CLI with `argv` (without `node` and the script) and returns the exit code: 0 summary printed, 1 no
 * readable rows, 2 usage or file error. Never throws for user errors.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let args: ParsedArgs;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`end-of-call-survey: ${e.message}\nRun 'end-of-call-survey --help' for usage.\n`);
      return 2;
    }
    throw e;
  }
  if (args.help) {
    io.stdout.write(CLI_HELP);
    return 0;
  }
  if (args.kql) {
    try {
      io.stdout.write(surveySummaryKql(args.kqlOptions) + '\n');
      return 0;
    } catch (e) {
      io.stderr.write(`end-of-call-survey: ${(e as Error).message}\n`);
      return 2;
    }
  }
  if (args.command === 'compare') return runCompare(args, io);
  if (args.command === 'doctor') return runDoctor(args, io);
  const result = await summarizeExport(args.file!, args.format ?? 'auto', args.totalCalls, io);
  if ('code' in result) return result.code;
  const summary = result.summary;
  io.stdout.write(args.json ? JSON.stringify(summary, null, 2) + '\n' : formatSurveySummaryTable(summary));
  return 0;
}

/** Streams one export file into a summary (progress, parse-error digest and skipped categories on stderr). */
async function summarizeExport(
  file: string,
  format: SurveyExportFormat,
  totalCalls: number | undefined,
  io: CliIo,
): Promise<{ summary: SurveySummary } | { code: number }> {
  const problem = await (io.checkFile ?? defaultCheckFile)(file);
  if (problem) {
    io.stderr.write(`end-of-call-survey: ${problem}\n`);
    return { code: 2 };
  }
  const open = io.openFile ?? readFileChunks;
  const { summarizer, callIds, addWithCall } = createIndexedSummarizer(totalCalls === undefined ? {} : { totalCalls });
  const listed: SurveyParseError[] = [];
  let errorCount = 0;
  let rows = 0;
  const tty = io.stderr.isTTY === true;
  const progress = (): void => {
    if (tty && ++rows % PROGRESS_EVERY_ROWS === 0) {
      io.stderr.write(`\rend-of-call-survey: ${rows.toLocaleString('en-US')} rows read…`);
    }
  };
  let skipped: Record<string, number>;
  try {
    // One reused record object per row (the summarizer keeps nothing of it), only the columns it reads decoded
    // (a GUID CallId goes to the summarizer's call index as bytes), rows delivered synchronously per chunk.
    ({ skipped } = await readSurveyExport(
      open(file),
      format,
      {
        record: (record, _line, call) => {
          addWithCall(record, call);
          progress();
        },
        error: (line, message) => {
          errorCount++;
          if (listed.length < MAX_LISTED_ERRORS) listed.push({ line, message });
          progress();
        },
      },
      { reuseRecord: true, columns: SUMMARY_COLUMNS, callIds },
    ));
  } catch (e) {
    if (tty && rows >= PROGRESS_EVERY_ROWS) io.stderr.write('\r\x1b[K');
    io.stderr.write(`end-of-call-survey: cannot read ${file}: ${(e as Error).message}\n`);
    return { code: 2 };
  }
  if (tty && rows >= PROGRESS_EVERY_ROWS) io.stderr.write('\r\x1b[K');
  const skippedCategories = Object.entries(skipped);
  if (skippedCategories.length > 0) {
    const total = skippedCategories.reduce((sum, [, n]) => sum + n, 0);
    io.stderr.write(
      `end-of-call-survey: ${total.toLocaleString('en-US')} record${total === 1 ? '' : 's'} of other log categories skipped (${skippedCategories
        .map(([category, n]) => `${category}: ${n.toLocaleString('en-US')}`)
        .join(', ')})\n`,
    );
  }
  if (errorCount > 0) {
    io.stderr.write(
      `end-of-call-survey: ${errorCount.toLocaleString('en-US')} row${errorCount === 1 ? '' : 's'} of ${file} skipped${errorCount > listed.length ? ` (first ${listed.length} shown)` : ''}:\n` +
        listed.map((e) => `  line ${e.line}: ${e.message}\n`).join(''),
    );
  }
  if (summarizer.surveys === 0 && errorCount > 0) {
    io.stderr.write(`end-of-call-survey: ${file}: no readable rows; nothing to summarize\n`);
    return { code: 1 };
  }
  return { summary: summarizer.result() };
}

/** Whether a parsed JSON value is a saved `SurveySummary` (what `summarize --json` prints). */
function isSavedSummary(value: unknown): value is SurveySummary {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v = value as Record<string, unknown>;
  return typeof v.totalCalls === 'number' && typeof v.surveys === 'number' && Array.isArray(v.categories) && Array.isArray(v.issues);
}

/** Reads a file fully as text (saved summaries are small). */
async function readText(open: (path: string) => AsyncIterable<string | Uint8Array>, file: string): Promise<string> {
  const decoder = new TextDecoder();
  let text = '';
  for await (const chunk of open(file)) text += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
  return text + decoder.decode();
}

/** A summary from `file`: a saved summary (`summarize --json` output) or any export format, streamed. */
async function loadSummary(file: string, args: ParsedArgs, io: CliIo): Promise<{ summary: SurveySummary } | { code: number }> {
  const problem = await (io.checkFile ?? defaultCheckFile)(file);
  if (problem) {
    io.stderr.write(`end-of-call-survey: ${problem}\n`);
    return { code: 2 };
  }
  const open = io.openFile ?? readFileChunks;
  if (args.format === undefined || args.format === 'auto' || args.format === 'json') {
    // A saved summary is one JSON object with totalCalls, surveys, categories and issues: look at the first chunk.
    let head = '';
    for await (const chunk of open(file)) {
      head = typeof chunk === 'string' ? chunk : new TextDecoder().decode(chunk.subarray(0, 1 << 16));
      break;
    }
    if (/^\uFEFF?\s*\{/.test(head) && head.includes('"totalCalls"') && head.includes('"categories"')) {
      let value: unknown;
      try {
        value = JSON.parse((await readText(open, file)).replace(/^\uFEFF/, ''));
      } catch {
        value = undefined;
      }
      if (isSavedSummary(value)) return { summary: value };
    }
  }
  return summarizeExport(file, args.format ?? 'auto', args.totalCalls, io);
}

/** `doctor`: the checklist for one survey, and the KQL to look it up in the workspace. */
function runDoctor(args: ParsedArgs, io: CliIo): number {
  let report: SurveyDoctorReport;
  try {
    report = diagnoseSurvey(args.doctor);
  } catch (e) {
    io.stderr.write(`end-of-call-survey: ${(e as Error).message}\n`);
    return 2;
  }
  const { surveyId, callId } = args.doctor;
  const query = surveyLookupKql(surveyId !== undefined ? { surveyId } : { callId: callId! });
  if (args.json) io.stdout.write(JSON.stringify({ ...report, lookupKql: query }, null, 2) + '\n');
  else {
    const mark = { pass: 'ok  ', fail: 'FAIL', warn: 'warn', skip: '--  ' } as const;
    io.stdout.write(
      `Survey doctor: ${report.verdict}\n` +
        report.checks.map((c) => `  ${mark[c.status]} ${c.id}: ${c.message}\n`).join('') +
        `\nLook it up in Log Analytics (or with lookupSurvey):\n${query}\n`,
    );
  }
  return report.verdict === 'problem' ? 1 : 0;
}

/** `compare A B`: the comparison of two summaries (B compared with A). */
async function runCompare(args: ParsedArgs, io: CliIo): Promise<number> {
  const [fileA, fileB] = args.files;
  const a = await loadSummary(fileA!, args, io);
  if ('code' in a) return a.code;
  const b = await loadSummary(fileB!, args, io);
  if ('code' in b) return b.code;
  let comparison: SurveyComparison;
  try {
    comparison = compareSurveySummaries(a.summary, b.summary, {
      labelA: args.labelA ?? 'A',
      labelB: args.labelB ?? 'B',
      ...(args.alpha === undefined ? {} : { alpha: args.alpha }),
    });
  } catch (e) {
    io.stderr.write(`end-of-call-survey: ${(e as Error).message}\n`);
    return 2;
  }
  io.stdout.write(args.json ? JSON.stringify(comparison, null, 2) + '\n' : formatSurveyComparisonTable(comparison));
  return 0;
}

/** Entry point for `bin/end-of-call-survey.js`: runs the CLI on the process' streams and returns the exit code. */
export function main(argv: readonly string[]): Promise<number> {
  return runCli(argv, { stdout: process.stdout, stderr: process.stderr });
}

/**
 * A file as 1 MiB chunks read into TWO reused buffers (every tokenizer copies what it keeps of a chunk): the next
 * chunk is read while the current one is parsed, so the parse does not wait for the read. A new buffer per chunk
 * would leave up to V8's external-memory GC trigger (64 MiB) of dead chunks resident.
 */
async function* readFileChunks(path: string): AsyncGenerator<Uint8Array> {
  const handle = await openFileHandle(path, 'r');
  const buffers = [new Uint8Array(1 << 20), new Uint8Array(1 << 20)];
  let next = 0;
  // Marked handled at once (a read failing while the consumer is busy is still thrown where it is awaited).
  const read = (i: number): Promise<{ bytesRead: number }> => {
    const p = handle.read(buffers[i]!, 0, 1 << 20, null);
    p.catch(() => {});
    return p;
  };
  let pending: Promise<{ bytesRead: number }> | undefined = read(0);
  try {
    for (;;) {
      const { bytesRead } = await pending!;
      pending = undefined;
      if (bytesRead === 0) return;
      const chunk = buffers[next]!.subarray(0, bytesRead);
      next ^= 1;
      pending = read(next);
      yield chunk;
    }
  } finally {
    await pending?.catch(() => {});
    await handle.close();
  }
}
