/**
 * Parsing `ACSCallSurvey` exports — the portal / Excel CSV (`csv.ts`), the `az` CLI's JSON array, Event Hubs
 * batches and Log Analytics REST responses (`json.ts`), JSON Lines and Azure Storage `PT1H.json` blobs
 * (`jsonl.ts`) — whole-text or streaming, with `auto` detection (`detect.ts`). Every tokenizer works on bytes and
 * delivers rows to a sink synchronously; parsing never throws: a bad row is left out and reported with the 1-based
 * line where it starts, and records of other diagnostic-setting categories are skipped and counted.
 */
import { SurveyArgumentError } from '../../core/errors.js';
import type { SurveyRecord } from '../types.js';
import { concatBytes, firstNonSpace } from './bytes.js';
import { CsvTokenizer } from './csv.js';
import { detectFormat } from './detect.js';
import { JsonTokenizer } from './json.js';
import { JsonlTokenizer } from './jsonl.js';
import { SURVEY_EXPORT_FORMATS } from './types.js';
import type {
  ParseSink,
  SurveyExportFormat,
  SurveyParseError,
  SurveyParseEvent,
  SurveyParseResult,
  Tokenizer,
  TokenizerOptions,
} from './types.js';

export type { DetectedSurveyExportFormat } from './detect.js';
export { detectSurveyExportFormat } from './detect.js';
export { DIAGNOSTIC_RECORD_FIELDS } from './fields.js';
export type { ParseSink, SurveyExportFormat, SurveyParseError, SurveyParseEvent, SurveyParseResult, TokenizerOptions };
export { SURVEY_EXPORT_FORMATS };
export { formatSurveyCsv, SURVEY_COLUMNS, surveyCsvHeader, surveyCsvRow } from './writer.js';

function formatError(format: unknown): string | undefined {
  return SURVEY_EXPORT_FORMATS.includes(format as SurveyExportFormat)
    ? undefined
    : `format must be one of ${SURVEY_EXPORT_FORMATS.join(', ')}; got ${String(format)}`;
}

/** Refuses an explicit format the data plainly is not, naming what it looks like. */
class CheckedCsv implements Tokenizer {
  private head: Uint8Array | undefined = new Uint8Array(0);
  private inner: Tokenizer | undefined;
  constructor(
    private readonly sink: ParseSink,
    private readonly options: TokenizerOptions,
  ) {}
  push(bytes: Uint8Array): void {
    if (this.inner) return this.inner.push(bytes);
    if (!this.head) return;
    this.head = concatBytes(this.head, bytes);
    this.decide(false);
  }
  end(): void {
    if (!this.inner && this.head) this.decide(true);
    this.inner?.end();
  }
  private decide(atEnd: boolean): void {
    const head = this.head!;
    const first = firstNonSpace(head);
    if (first < 0 && !atEnd) return;
    const c = first < 0 ? -1 : head[first];
    if (c === 123 || c === 91) {
      const detected = detectFormat(head, true)!;
      this.sink.error(1, `expected CSV with a header row; this looks like ${detected.looksLike}: use format ${detected.format} or auto`);
      this.sink.stop();
      this.head = undefined;
      return;
    }
    this.inner = new CsvTokenizer(this.sink, this.options);
    this.head = undefined;
    this.inner.push(head);
  }
}

/** `auto`: waits for the first bytes, then hands everything to the tokenizer of the detected format. */
class AutoTokenizer implements Tokenizer {
  private head: Uint8Array = new Uint8Array(0);
  private inner: Tokenizer | undefined;
  detected: string | undefined;
  constructor(
    private readonly sink: ParseSink,
    private readonly options: TokenizerOptions,
  ) {}
  push(bytes: Uint8Array): void {
    if (this.inner) return this.inner.push(bytes);
    this.head = concatBytes(this.head, bytes);
    this.decide(false);
  }
  end(): void {
    if (!this.inner) this.decide(true);
    if (this.inner) this.inner.end();
    else this.sink.error(1, 'the input is empty (expected a CSV, JSON or JSON Lines export)');
  }
  private decide(atEnd: boolean): void {
    const detected = detectFormat(this.head, atEnd);
    if (!detected) return;
    const h = this.head;
    if ((h[0] === 0x50 && h[1] === 0x4b && h[2] === 3 && h[3] === 4) || h.subarray(0, 512).includes(0)) {
      this.sink.error(1, 'this looks like a binary file (an Excel .xlsx workbook?), not an export: save it as CSV (UTF-8)');
      this.sink.stop();
      this.inner = { push() {}, end() {} };
      return;
    }
    this.detected = detected.looksLike;
    this.inner = createTokenizer(detected.format, this.sink, this.options);
    const head = this.head;
    this.head = new Uint8Array(0);
    this.inner.push(head);
  }
}

function createTokenizer(format: SurveyExportFormat, sink: ParseSink, options: TokenizerOptions): Tokenizer {
  switch (format) {
    case 'csv':
      return new CheckedCsv(sink, options);
    case 'json':
      return new JsonTokenizer(sink, options);
    case 'jsonl':
      return new JsonlTokenizer(sink, options);
    default:
      return new AutoTokenizer(sink, options);
  }
}

const encoder = new TextEncoder();

/**
 * The low-level reader: bytes or text in (split anywhere, even inside a UTF-8 character or a surrogate pair),
 * results out through `sink`, synchronously and in input order. Strips a leading BOM. Used by the CLI with
 * `{ reuseRecord: true, columns }`; `SurveyExportParser`, `parseSurveyExport` and `parseSurveyExportStream` are
 * built on it.
 */
export class SurveyExportReader {
  private readonly tokenizer: Tokenizer;
  private bomChecked = false;
  private bomHead: Uint8Array = new Uint8Array(0);
  private highSurrogate = '';
  private stopped = false;

  constructor(format: SurveyExportFormat, sink: ParseSink, options: TokenizerOptions = {}) {
    const problem = formatError(format);
    if (problem) throw new SurveyArgumentError('format', problem);
    this.tokenizer = createTokenizer(format, { ...sink, stop: () => {
      this.stopped = true;
      sink.stop();
    } }, options);
  }

  /** The reader will ignore further input (a required column is missing, or the shape is wrong). */
  get done(): boolean {
    return this.stopped;
  }

  push(chunk: string | Uint8Array): void {
    if (this.stopped) return;
    let bytes: Uint8Array;
    if (typeof chunk === 'string') {
      let text = this.highSurrogate + chunk;
      this.highSurrogate = '';
      const last = text.charCodeAt(text.length - 1);
      if (last >= 0xd800 && last <= 0xdbff) {
        this.highSurrogate = text.slice(-1);
        text = text.slice(0, -1);
      }
      bytes = encoder.encode(text);
    } else bytes = chunk;
    if (!this.bomChecked) {
      const head = concatBytes(this.bomHead, bytes);
      if (head.length < 3 && (head.length === 0 || head[0] === 0xef) && (head.length < 2 || head[1] === 0xbb)) {
        this.bomHead = head.slice();
        return;
      }
      this.bomChecked = true;
      this.bomHead = new Uint8Array(0);
      bytes = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? head.subarray(3) : head;
    }
    if (bytes.length) this.tokenizer.push(bytes);
  }

  end(): void {
    if (this.highSurrogate) {
      const rest = this.highSurrogate;
      this.highSurrogate = '';
      this.pushBytes(encoder.encode(rest));
    }
    if (!this.bomChecked) {
      this.bomChecked = true;
      if (this.bomHead.length) this.pushBytes(this.bomHead);
    }
    if (!this.stopped) this.tokenizer.end();
    this.stopped = true;
  }

  private pushBytes(bytes: Uint8Array): void {
    if (!this.stopped) this.tokenizer.push(bytes);
  }
}

/**
 * Incremental parser: `push(chunk)` any number of times, then `end()`. Each call returns the records, errors and
 * skipped-category notices completed by that input, in order. Results equal `parseSurveyExport` on the
 * concatenated input for any chunking.
 */
export class SurveyExportParser {
  /** The format being parsed (`auto` detects it from the first bytes). */
  readonly format: SurveyExportFormat;
  private readonly reader: SurveyExportReader;
  private out: SurveyParseEvent[] = [];

  constructor(format: SurveyExportFormat) {
    this.format = format;
    this.reader = new SurveyExportReader(format, {
      record: (record, line) => this.out.push({ type: 'record', record, line }),
      error: (line, message) => this.out.push({ type: 'error', error: { line, message } }),
      skip: (category, line) => this.out.push({ type: 'skipped', category, line }),
      stop: () => {},
    });
  }

  /** Feeds the next chunk (text, or UTF-8 bytes split anywhere). */
  push(chunk: string | Uint8Array): SurveyParseEvent[] {
    this.reader.push(chunk);
    return this.drain();
  }

  /** Signals the end of input; returns what the last (possibly unterminated) row produced. */
  end(): SurveyParseEvent[] {
    this.reader.end();
    return this.drain();
  }

  private drain(): SurveyParseEvent[] {
    const out = this.out;
    this.out = [];
    return out;
  }
}

/** A sink that collects what `parseSurveyExport` returns (internal; the scanner's differential tests build on it). */
export function collector(): { sink: ParseSink; result: SurveyParseResult } {
  const result: SurveyParseResult = { records: [], errors: [] };
  const sink: ParseSink = {
    record: (record: SurveyRecord) => result.records.push(record),
    error: (line, message) => result.errors.push({ line, message }),
    skip: (category) => {
      const skipped = (result.skipped ??= {});
      skipped[category] = (skipped[category] ?? 0) + 1;
    },
    stop: () => {},
  };
  return { sink, result };
}

/**
 * Parses a whole `ACSCallSurvey` export. Never throws: bad rows are left out of `records` and reported in `errors`
 * with the 1-based line where they start; records of other diagnostic-setting categories are counted in
 * `skipped`. Flat rows need `CallId` and at least one `<P>RatingScore` column (else one error on line 1). Unknown
 * columns are ignored; unknown issue tags are kept (newer SDKs may add tags).
 */
export function parseSurveyExport(text: string | Uint8Array, format: SurveyExportFormat = 'auto'): SurveyParseResult {
  const problem = formatError(format);
  if (problem) return { records: [], errors: [{ line: 1, message: problem }] };
  const { sink, result } = collector();
  const reader = new SurveyExportReader(format, sink);
  reader.push(text);
  reader.end();
  return result;
}

/**
 * Streaming variant of `parseSurveyExport` for large files: yields each record, error and skipped-category notice
 * as soon as its row is complete; memory stays bounded by the longest row. Same results as the whole-text parser
 * for any chunking.
 */
export async function* parseSurveyExportStream(
  chunks: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>,
  format: SurveyExportFormat = 'auto',
): AsyncGenerator<SurveyParseEvent, void, undefined> {
  let parser: SurveyExportParser;
  try {
    parser = new SurveyExportParser(format);
  } catch (e) {
    yield { type: 'error', error: { line: 1, message: (e as Error).message } };
    return;
  }
  for await (const chunk of chunks) {
    yield* parser.push(chunk);
  }
  yield* parser.end();
}

/** Counts of one `readSurveyExport` run. */
export interface SurveyReadCounts {
  records: number;
  errors: number;
  skipped: Record<string, number>;
}

/**
 * Streams `chunks` through a reader and calls `sink` per row, synchronously inside each chunk (no promise per
 * record); `onChunk` runs after each chunk (progress). Returns the counts. Never throws for bad data; errors of
 * the source (e.g. a failing file stream) propagate.
 */
export async function readSurveyExport(
  chunks: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>,
  format: SurveyExportFormat,
  sink: Omit<ParseSink, 'stop' | 'skip'> & Partial<Pick<ParseSink, 'skip'>>,
  options: TokenizerOptions & { onChunk?: (counts: SurveyReadCounts) => void } = {},
): Promise<SurveyReadCounts> {
  const counts: SurveyReadCounts = { records: 0, errors: 0, skipped: {} };
  const problem = formatError(format);
  if (problem) {
    counts.errors++;
    sink.error(1, problem);
    return counts;
  }
  const reader = new SurveyExportReader(
    format,
    {
      record: (record, line, call) => {
        counts.records++;
        sink.record(record, line, call);
      },
      error: (line, message) => {
        counts.errors++;
        sink.error(line, message);
      },
      skip: (category, line) => {
        counts.skipped[category] = (counts.skipped[category] ?? 0) + 1;
        sink.skip?.(category, line);
      },
      stop: () => {},
    },
    options,
  );
  for await (const chunk of chunks) {
    reader.push(chunk);
    options.onChunk?.(counts);
    if (reader.done) break;
  }
  reader.end();
  return counts;
}
