/**
 * What every format shares: the column kinds, converting one value, the row rules, and THE table that maps the
 * fields of an Azure Monitor diagnostic-setting record (storage blob / Event Hubs) to `SurveyRecord` columns.
 */
import { SURVEY_CATEGORIES } from '../../core/types.js';
import type { SurveyCategory } from '../../core/types.js';
import { isRecord } from '../../core/describe.js';
import {
  CATEGORY_COLUMNS,
  emptySurveyRecord,
  recordScale,
  recordScaleKey,
  scaleKeyLowerBound,
  scaleKeyThreshold,
  scaleKeyUpperBound,
  SURVEY_INT_COLUMNS,
  SURVEY_ISSUE_COLUMNS,
  SURVEY_STRING_COLUMNS,
} from '../columns.js';
import type { SurveyIntColumn, SurveyIssueColumn, SurveyRecord, SurveyStringColumn } from '../types.js';
import type { CallIdIndex } from '../distinct.js';
import type { ParseSink } from './types.js';

export type ColumnKind = 'int' | 'issues' | 'string';

export const COLUMN_KIND = new Map<string, ColumnKind>([
  ...SURVEY_INT_COLUMNS.map((c) => [c, 'int'] as const),
  ...SURVEY_ISSUE_COLUMNS.map((c) => [c, 'issues'] as const),
  ...SURVEY_STRING_COLUMNS.map((c) => [c, 'string'] as const),
]);

export const SCORE_COLUMNS: readonly SurveyIntColumn[] = SURVEY_CATEGORIES.map((c) => CATEGORY_COLUMNS[c].score);

/**
 * Diagnostic-setting records (Azure Storage `PT1H.json` lines, Event Hubs `records[]`), as in the ACS docs'
 * "End of call survey logs" page and the Azure Monitor resource-log common schema:
 * `{ time, resourceId, category: "CallSurvey", operationName, operationVersion, correlationId, properties: {…} }`.
 * Field → `SurveyRecord` column. Top-level names are matched case-insensitively (the docs' sample writes
 * `TimeGenerated`, `Category`, `ResourceId`, `OperationName`; Azure Monitor writes `time`, `category`, …);
 * `properties` names exactly, plus the three short names of the docs' property table.
 */
export const DIAGNOSTIC_RECORD_FIELDS: {
  readonly top: Readonly<Record<string, SurveyStringColumn>>;
  readonly properties: Readonly<Record<string, keyof SurveyRecord>>;
} = Object.freeze({
  /** Keys in lower case. `category` selects the record (`CallSurvey`), it is no column. */
  top: Object.freeze({
    time: 'TimeGenerated',
    timegenerated: 'TimeGenerated',
    resourceid: '_ResourceId',
    _resourceid: '_ResourceId',
    operationname: 'OperationName',
    operationversion: 'OperationVersion',
    correlationid: 'CorrelationId',
    tenantid: 'TenantId',
  } as const),
  properties: Object.freeze({
    // Every ACSCallSurvey column under its own name (CallId, SurveyId, ParticipantId, CorrelationId, the
    // <P>RatingScore / LowerBound / UpperBound / Threshold ints and the four issue lists) …
    ...Object.fromEntries([...COLUMN_KIND.keys()].map((c) => [c, c as keyof SurveyRecord])),
    // … and the docs' property-table spellings of the screen-share scale.
    ScreenshareLowerBound: 'ScreenshareRatingScoreLowerBound',
    ScreenshareUpperBound: 'ScreenshareRatingScoreUpperBound',
    ScreenshareRatingThreshold: 'ScreenshareRatingScoreThreshold',
  }),
});

const hasOwn = Object.prototype.hasOwnProperty;

/** `table[key]` when it is the table's own field (`constructor`, `__proto__`, `toString` … are no columns). */
function ownField<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return hasOwn.call(table, key) ? table[key] : undefined;
}

/** The diagnostic-setting category of survey records. */
export const SURVEY_LOG_CATEGORY = 'CallSurvey';

/** `TimeGenerated [UTC]` (the portal's header) → `TimeGenerated`; trims whitespace. */
export function normalizeHeader(name: string): string {
  return name.trim().replace(/\s*\[[^\]]*\]$/, '');
}

const INT_PATTERN = /^[+-]?\d+$/;

/** Converts one cell; returns an error message instead of throwing. */
export function setCell(record: SurveyRecord, column: string, kind: ColumnKind, value: unknown): string | undefined {
  if (kind === 'int') {
    if (value === null || value === undefined) {
      record[column as SurveyIntColumn] = null;
      return undefined;
    }
    let n: number;
    if (typeof value === 'number') n = value;
    else if (typeof value === 'string') {
      const t = value.trim();
      if (t === '') {
        record[column as SurveyIntColumn] = null;
        return undefined;
      }
      n = INT_PATTERN.test(t) ? Number(t) : NaN;
    } else n = NaN;
    if (!Number.isInteger(n) || n < 0 || n > 100) {
      return `${column} must be an integer from 0 to 100 or empty; got ${JSON.stringify(value)}`;
    }
    record[column as SurveyIntColumn] = n;
    return undefined;
  }
  if (value === null || value === undefined) return undefined;
  if (typeof value !== 'string' && typeof value !== 'number') {
    return `${column} must be a ${kind === 'issues' ? 'comma-separated string of issue tags' : 'string'} or empty; got ${JSON.stringify(value)}`;
  }
  const text = String(value);
  setText(record, column, kind, text);
  return undefined;
}

/** Stores a decoded text cell of a string or issue column. */
export function setText(record: SurveyRecord, column: string, kind: ColumnKind, text: string): void {
  if (kind === 'issues') {
    record[column as SurveyIssueColumn] = text.trim() === '' ? null : text;
  } else if (column === 'CallId') {
    record.CallId = text;
  } else {
    record[column as Exclude<SurveyStringColumn, 'CallId'>] = text === '' ? null : text;
  }
}

/** An empty int cell in the array `assignIntColumns` reads. */
export const NO_INT = -1;

/**
 * Stores the int cells `v` (in `SURVEY_INT_COLUMNS` order, `NO_INT` = empty) into `r`. Written out column by
 * column so each store is monomorphic: a store through a computed column name is megamorphic, and this runs
 * for every row of a CSV.
 */
export function assignIntColumns(r: SurveyRecord, v: Int16Array): void {
  r.OverallRatingScore = v[0]! < 0 ? null : v[0]!;
  r.OverallRatingScoreLowerBound = v[1]! < 0 ? null : v[1]!;
  r.OverallRatingScoreUpperBound = v[2]! < 0 ? null : v[2]!;
  r.OverallRatingScoreThreshold = v[3]! < 0 ? null : v[3]!;
  r.AudioRatingScore = v[4]! < 0 ? null : v[4]!;
  r.AudioRatingScoreLowerBound = v[5]! < 0 ? null : v[5]!;
  r.AudioRatingScoreUpperBound = v[6]! < 0 ? null : v[6]!;
  r.AudioRatingScoreThreshold = v[7]! < 0 ? null : v[7]!;
  r.VideoRatingScore = v[8]! < 0 ? null : v[8]!;
  r.VideoRatingScoreLowerBound = v[9]! < 0 ? null : v[9]!;
  r.VideoRatingScoreUpperBound = v[10]! < 0 ? null : v[10]!;
  r.VideoRatingScoreThreshold = v[11]! < 0 ? null : v[11]!;
  r.ScreenshareRatingScore = v[12]! < 0 ? null : v[12]!;
  r.ScreenshareRatingScoreLowerBound = v[13]! < 0 ? null : v[13]!;
  r.ScreenshareRatingScoreUpperBound = v[14]! < 0 ? null : v[14]!;
  r.ScreenshareRatingScoreThreshold = v[15]! < 0 ? null : v[15]!;
}

/** One category's rule: the score within its row's scale (empty bounds = 1–5, threshold 2). */
function checkScore(
  category: SurveyCategory,
  score: number | null | undefined,
  lowerBound: number | null | undefined,
  upperBound: number | null | undefined,
  threshold: number | null | undefined,
): string | undefined {
  if (score === null || score === undefined) return undefined;
  const key = recordScaleKey(lowerBound, upperBound, threshold);
  if (key >= 0) {
    const lo = scaleKeyLowerBound(key);
    const hi = scaleKeyUpperBound(key);
    const th = scaleKeyThreshold(key);
    if (lo < hi && th >= lo && th <= hi && score >= lo && score <= hi) return undefined;
  }
  const { lowerBound: lower, upperBound: upper, lowScoreThreshold: low } = recordScale(lowerBound, upperBound, threshold);
  const cols = CATEGORY_COLUMNS[category];
  if (lower >= upper) return `${cols.upperBound} must be greater than ${cols.lowerBound} (${lower}); got ${upper}`;
  if (low < lower || low > upper) {
    return `${cols.threshold} must be from ${lower} to ${upper} (the row's scale); got ${low}`;
  }
  return `${cols.score} must be from ${lower} to ${upper} (the row's scale); got ${score}`;
}

/**
 * Row-level rules: a call id, and each score within its row's scale (empty bounds = 1–5, threshold 2). The
 * columns are read by name, not through `CATEGORY_COLUMNS`, so every property load stays monomorphic (this runs
 * once per row on the CLI's hot path).
 */
export function checkRecord(r: SurveyRecord): string | undefined {
  if (r.CallId.trim() === '') return 'CallId must be a non-empty string';
  return (
    checkScore(
      'overallRating',
      r.OverallRatingScore,
      r.OverallRatingScoreLowerBound,
      r.OverallRatingScoreUpperBound,
      r.OverallRatingScoreThreshold,
    ) ??
    checkScore('audioRating', r.AudioRatingScore, r.AudioRatingScoreLowerBound, r.AudioRatingScoreUpperBound, r.AudioRatingScoreThreshold) ??
    checkScore('videoRating', r.VideoRatingScore, r.VideoRatingScoreLowerBound, r.VideoRatingScoreUpperBound, r.VideoRatingScoreThreshold) ??
    checkScore(
      'screenshareRating',
      r.ScreenshareRatingScore,
      r.ScreenshareRatingScoreLowerBound,
      r.ScreenshareRatingScoreUpperBound,
      r.ScreenshareRatingScoreThreshold,
    )
  );
}

export function missingColumnsMessage(columns: ReadonlySet<string>): string | undefined {
  const missing: string[] = [];
  if (!columns.has('CallId')) missing.push('CallId');
  if (!SCORE_COLUMNS.some((c) => columns.has(c))) missing.push(`one of ${SCORE_COLUMNS.join(', ')}`);
  return missing.length ? `missing required column ${missing.join(' and ')}` : undefined;
}

/** A diagnostic-setting record: an object with a `properties` object and a `category` (any case). */
export function diagnosticCategory(row: Record<string, unknown>): string | undefined {
  if (!isRecord(row.properties)) return undefined;
  for (const key of Object.keys(row)) {
    if (key.toLowerCase() === 'category') {
      const c = row[key];
      return typeof c === 'string' ? c : JSON.stringify(c);
    }
  }
  return undefined;
}

/**
 * Turns parsed JSON values (flat `ACSCallSurvey` row objects, diagnostic-setting records) into records for a sink.
 * The first flat row must have `CallId` and a score column, else one error on line 1 and the parse stops.
 */
export class ObjectRows {
  /** The first flat row's keys were checked (the record scanner reads flat rows only after that). */
  columnsChecked = false;
  stopped = false;
  constructor(private readonly sink: ParseSink) {}

  /** One JSON value that should be a row object (flat or diagnostic record). */
  value(value: unknown, line: number, where = ''): void {
    if (this.stopped) return;
    if (!isRecord(value)) {
      this.sink.error(
        line,
        `expected a row object with CallId and score columns${where}; got ${Array.isArray(value) ? 'an array' : JSON.stringify(value)}`,
      );
      return;
    }
    const category = diagnosticCategory(value);
    if (category !== undefined) {
      this.diagnostic(value, category, line, where);
      return;
    }
    if (!this.columnsChecked) {
      this.columnsChecked = true;
      const problem = missingColumnsMessage(new Set(Object.keys(value).map(normalizeHeader)));
      if (problem) {
        this.sink.error(1, `${problem} (first row's keys: ${Object.keys(value).join(', ')})`);
        this.stopped = true;
        this.sink.stop();
        return;
      }
    }
    const record = emptySurveyRecord();
    for (const key of Object.keys(value)) {
      const column = normalizeHeader(key);
      const kind = COLUMN_KIND.get(column);
      if (!kind) continue;
      const problem = setCell(record, column, kind, value[key]);
      if (problem) {
        this.sink.error(line, problem + where);
        return;
      }
    }
    if (value.CallId === undefined || value.CallId === null) {
      this.sink.error(line, `CallId must be a non-empty string; the row has none${where}`);
      return;
    }
    this.finish(record, line, where);
  }

  /** A row given as an array of cells with the column names of a Log Analytics table. */
  cells(columns: readonly string[], row: unknown, line: number, where: string): void {
    if (this.stopped) return;
    if (!Array.isArray(row)) {
      this.sink.error(line, `expected a row array of ${columns.length} cells${where}; got ${JSON.stringify(row)}`);
      return;
    }
    if (row.length !== columns.length) {
      this.sink.error(line, `${row.length} cells, the table has ${columns.length} columns${where}`);
      return;
    }
    const record = emptySurveyRecord();
    for (let i = 0; i < columns.length; i++) {
      const column = columns[i]!;
      const kind = COLUMN_KIND.get(column);
      if (!kind) continue;
      const problem = setCell(record, column, kind, row[i]);
      if (problem) {
        this.sink.error(line, problem + where);
        return;
      }
    }
    this.finish(record, line, where);
  }

  private diagnostic(value: Record<string, unknown>, category: string, line: number, where: string): void {
    if (category.toLowerCase() !== SURVEY_LOG_CATEGORY.toLowerCase()) {
      this.sink.skip(category, line);
      return;
    }
    const record = emptySurveyRecord();
    for (const key of Object.keys(value)) {
      const column = ownField(DIAGNOSTIC_RECORD_FIELDS.top, key.toLowerCase());
      if (!column) continue;
      const problem = setCell(record, column, 'string', value[key]);
      if (problem) {
        this.sink.error(line, `${key}: ${problem}${where}`);
        return;
      }
    }
    const properties = value.properties as Record<string, unknown>;
    let scores = 0;
    for (const key of Object.keys(properties)) {
      const column = ownField(DIAGNOSTIC_RECORD_FIELDS.properties, key);
      if (!column) continue;
      const kind = COLUMN_KIND.get(column)!;
      const problem = setCell(record, column, kind, properties[key]);
      if (problem) {
        this.sink.error(line, `properties.${problem}${where}`);
        return;
      }
      if (kind === 'int' && (SCORE_COLUMNS as readonly string[]).includes(column)) scores++;
    }
    if (properties.CallId === undefined || properties.CallId === null) {
      this.sink.error(line, `properties.CallId must be a non-empty string; the CallSurvey record has none${where}`);
      return;
    }
    if (scores === 0) {
      this.sink.error(line, `the CallSurvey record has no ${SCORE_COLUMNS.join(', ')} in properties${where}`);
      return;
    }
    this.finish(record, line, where);
  }

  /**
   * The row rules, then the record or its error (also used by the byte-level record scanner, which passes the
   * `callIds` that holds the record's GUID call id as pending bytes: it is looked up only for a valid record).
   */
  finish(record: SurveyRecord, line: number, where: string, callIds?: CallIdIndex): void {
    const problem = checkRecord(record);
    if (problem) this.sink.error(line, problem + where);
    else this.sink.record(record, line, callIds?.commitParsed());
  }
}
