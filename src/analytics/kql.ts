/**
 * The summary inside Log Analytics: `surveySummaryKql` returns the histograms and tag counts (never the rows), and
 * `summaryFromKqlTable` / `querySurveySummary` turn them into the same `SurveySummary` as `summarizeSurveys`.
 */
import { SurveyError } from '../core/errors.js';
import { SURVEY_CATEGORIES } from '../core/types.js';
import type { SurveyCategory } from '../core/types.js';
import type { LogsQueryClient, LogsTable, QueryTimeInterval } from '@azure/monitor-query-logs';
import { createSurveySummarizer } from './summarize.js';
import type { SurveySummarizer } from './summarize.js';
import { CATEGORY_COLUMNS, DEFAULT_RECORD_SCALE } from './columns.js';
import type { SurveySummary } from './types.js';

/** Options of `surveySummaryKql` and `querySurveySummary`. */
export interface SurveySummaryKqlOptions {
  /** Inclusive start of `TimeGenerated` (a `Date` or an ISO 8601 string). */
  start?: Date | string;
  /** Exclusive end of `TimeGenerated` (a `Date` or an ISO 8601 string). */
  end?: Date | string;
  /** Only this ACS resource (`_ResourceId`, compared case-insensitively). */
  resourceId?: string;
  /** One summary per `_ResourceId` (adds a `ResourceId` column to every row). */
  groupByResource?: boolean;
  /**
   * Where total calls come from: distinct `CallId` in `ACSCallSurvey` (default, `'surveys'`) or distinct
   * `CorrelationId` in `ACSCallSummary` (`'ACSCallSummary'`; needs the "Call Summary" diagnostic category).
   */
  totalCallsFrom?: 'surveys' | 'ACSCallSummary';
}

/** Thrown for invalid options; the message names the option and what is allowed. */
export class SurveyQueryOptionsError extends SurveyError {
  constructor(message: string) {
    super('SURVEY_QUERY_OPTIONS_INVALID', message, { path: /^(unknown option )?(\w+)/.exec(message)?.[2] ?? 'options' });
    this.name = 'SurveyQueryOptionsError';
  }
}

function toDatetime(name: string, value: Date | string): string {
  const date = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : new Date(NaN);
  if (
    Number.isNaN(date.getTime()) ||
    (typeof value === 'string' && !/^\d{4}-\d{2}-\d{2}([T ][0-9:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value.trim()))
  ) {
    throw new SurveyQueryOptionsError(
      `${name} must be a valid Date or an ISO 8601 date string (e.g. 2026-01-31T00:00:00Z); got ${JSON.stringify(String(value))}`,
    );
  }
  return `datetime(${date.toISOString()})`;
}

/** A KQL double-quoted string literal (backslash escapes). */
export function kqlString(value: string): string {
  return `"${value.replace(/[\\"\r\n\t]/g, (c) => ({ '\\': '\\\\', '"': '\\"', '\r': '\\r', '\n': '\\n', '\t': '\\t' })[c]!)}"`;
}

function validate(options: SurveySummaryKqlOptions): void {
  const known = ['start', 'end', 'resourceId', 'groupByResource', 'totalCallsFrom'];
  for (const key of Object.keys(options)) {
    if (!known.includes(key)) throw new SurveyQueryOptionsError(`unknown option ${key}; allowed: ${known.join(', ')}`);
  }
  if (options.resourceId !== undefined && (typeof options.resourceId !== 'string' || options.resourceId.trim() === '')) {
    throw new SurveyQueryOptionsError('resourceId must be a non-empty string (an ACS resource id)');
  }
  if (options.totalCallsFrom !== undefined && options.totalCallsFrom !== 'surveys' && options.totalCallsFrom !== 'ACSCallSummary') {
    throw new SurveyQueryOptionsError(
      `totalCallsFrom must be 'surveys' or 'ACSCallSummary'; got ${JSON.stringify(options.totalCallsFrom)}`,
    );
  }
  if (options.groupByResource !== undefined && typeof options.groupByResource !== 'boolean') {
    throw new SurveyQueryOptionsError('groupByResource must be true or false');
  }
}

/**
 * KQL over `ACSCallSurvey` returning one table with a `Kind` column: `'score'` rows (Category, LowerBound,
 * UpperBound, Threshold, Score, Count — empty bounds coalesced to 1/5/2), `'scale'` rows (Category, LowerBound,
 * UpperBound, Threshold, Count = responses, Calls = distinct `CallId`), `'issue'` rows (Category, Issue, Count —
 * surveys reporting the tag, via `split(…, ',') | mv-expand` —, Calls = distinct `CallId` reporting it), one
 * `'surveys'` row and one `'calls'` row (distinct `CallId`, or distinct `CorrelationId` in `ACSCallSummary`).
 * Distinct counts use the exact `count_distinctif` (Log Analytics limits it to 100 M distinct values), never the
 * approximate `dcount`. With `groupByResource`, every row has a `ResourceId`.
 * Throws `SurveyQueryOptionsError` for invalid options.
 */
export function surveySummaryKql(options: SurveySummaryKqlOptions = {}): string {
  validate(options);
  const filters: string[] = [];
  const start = options.start !== undefined ? toDatetime('start', options.start) : undefined;
  const end = options.end !== undefined ? toDatetime('end', options.end) : undefined;
  if (start) filters.push(`| where TimeGenerated >= ${start}`);
  if (end) filters.push(`| where TimeGenerated < ${end}`);
  if (start && end && start >= end) {
    throw new SurveyQueryOptionsError(`start must be before end; got start ${start}, end ${end}`);
  }
  if (options.resourceId !== undefined) filters.push(`| where _ResourceId =~ ${kqlString(options.resourceId)}`);
  const grouped = options.groupByResource === true;
  const by = grouped ? 'ResourceId, ' : '';
  const byOnly = grouped ? ' by ResourceId' : '';
  const resourceColumn = grouped ? 'ResourceId = tolower(_ResourceId), ' : '';
  const d = DEFAULT_RECORD_SCALE;

  // Distinct calls are exact (`count_distinctif`, not the approximate `dcount`), so Log Analytics and
  // `summarizeSurveys` give identical shares of calls; surveys without a CallId count as no call in both.
  const distinctCalls = 'count_distinctif(CallId, isnotempty(CallId))';
  const scoreBranches = SURVEY_CATEGORIES.map((category) => {
    const c = CATEGORY_COLUMNS[category];
    return (
      `(surveys | where isnotnull(${c.score}) | project ${resourceColumn}CallId, Category = "${category}", Score = toint(${c.score}), ` +
      `LowerBound = coalesce(toint(${c.lowerBound}), toint(${d.lowerBound})), ` +
      `UpperBound = coalesce(toint(${c.upperBound}), toint(${d.upperBound})), ` +
      `Threshold = coalesce(toint(${c.threshold}), toint(${d.lowScoreThreshold})))`
    );
  });
  const issueBranches = SURVEY_CATEGORIES.map((category) => {
    const c = CATEGORY_COLUMNS[category];
    return `(surveys | where isnotempty(${c.issues}) | project ${resourceColumn}CallId, Category = "${category}", Issues = ${c.issues})`;
  });
  const callsQuery =
    options.totalCallsFrom === 'ACSCallSummary'
      ? [
          'ACSCallSummary',
          ...filters,
          `| where isnotempty(CorrelationId)`,
          grouped ? '| extend ResourceId = tolower(_ResourceId)' : '',
          `| distinct ${by}CorrelationId`,
        ]
          .filter(Boolean)
          .join('\n    ')
      : `surveys\n    | where isnotempty(CallId)\n${grouped ? '    | extend ResourceId = tolower(_ResourceId)\n' : ''}    | distinct ${by}CallId`;

  return [
    '// End of Call Survey Summary: histograms per (category, scale, score), distinct calls per (category, scale),',
    '// tag counts and distinct calls per tag, surveys and total calls.',
    'let surveys = ACSCallSurvey',
    ...filters.map((f) => `    ${f}`),
    '    ;',
    'let scored = union',
    scoreBranches.map((b) => `    ${b}`).join(',\n'),
    '    ;',
    'let scores = scored',
    `    | summarize Count = count() by ${by}Category, LowerBound, UpperBound, Threshold, Score`,
    '    | extend Kind = "score";',
    'let scales = scored',
    `    | summarize Count = count(), Calls = ${distinctCalls} by ${by}Category, LowerBound, UpperBound, Threshold`,
    '    | extend Kind = "scale";',
    'let issues = union',
    issueBranches.map((b) => `    ${b}`).join(',\n'),
    '    | extend Tags = set_union(split(replace_string(Issues, " ", ""), ","), dynamic([]))',
    '    | mv-expand Issue = Tags to typeof(string)',
    '    | where isnotempty(Issue)',
    `    | summarize Count = count(), Calls = ${distinctCalls} by ${by}Category, Issue`,
    '    | extend Kind = "issue";',
    'let surveyCount = surveys',
    grouped ? '    | extend ResourceId = tolower(_ResourceId)' : '',
    `    | summarize Count = count()${byOnly}`,
    '    | extend Kind = "surveys";',
    `let calls = ${callsQuery}`,
    `    | summarize Count = count()${byOnly}`,
    '    | extend Kind = "calls";',
    'union scores, scales, issues, surveyCount, calls',
    `| project Kind, ${grouped ? 'ResourceId, ' : ''}Category, LowerBound, UpperBound, Threshold, Score, Issue, Count, Calls`,
  ]
    .filter((l) => l !== '')
    .join('\n');
}

/** A result table in either shape: `@azure/monitor-query-logs`' `LogsTable` or plain column names + rows. */
export type SurveyKqlTable =
  | Pick<LogsTable, 'columnDescriptors' | 'rows'>
  | { columns: readonly string[]; rows: readonly (readonly unknown[])[] };

/** One resource's summary (from `groupByResource`). */
export interface ResourceSurveySummary {
  /** `_ResourceId` (lower-cased, as Log Analytics stores it). */
  resourceId: string;
  /** The summary of that resource's surveys. */
  summary: SurveySummary;
}

function columnsOf(table: SurveyKqlTable): string[] {
  return 'columnDescriptors' in table ? table.columnDescriptors.map((c) => c.name) : [...table.columns];
}

function num(value: unknown, what: string): number {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  if (!Number.isFinite(n)) throw new SurveyError('SURVEY_QUERY_RESULT_INVALID', `the KQL result's ${what} must be a number; got ${JSON.stringify(value)}`);
  return n;
}

/**
 * Turns the table of `surveySummaryKql` into summaries (one per resource; a single entry with `resourceId: ''`
 * when not grouped), through the same summarizer as `summarizeSurveys`. `totalCalls` overrides the query's count.
 */
export function summariesFromKqlTable(table: SurveyKqlTable, options: { totalCalls?: number } = {}): ResourceSurveySummary[] {
  const columns = columnsOf(table);
  const index = (name: string) => columns.indexOf(name);
  const required = ['Kind', 'Category', 'LowerBound', 'UpperBound', 'Threshold', 'Score', 'Issue', 'Count', 'Calls'];
  const missing = required.filter((c) => index(c) < 0);
  if (missing.length) {
    throw new SurveyError(
      'SURVEY_QUERY_RESULT_INVALID',
      `not a surveySummaryKql result: missing column(s) ${missing.join(', ')}${missing.length === 1 && missing[0] === 'Calls' ? ' (a query from an older version of the kit: generate it again with surveySummaryKql)' : ''}`,
    );
  }
  const [iKind, iCat, iLow, iUp, iThr, iScore, iIssue, iCount, iCalls] = required.map(index) as number[] as [
    number, number, number, number, number, number, number, number, number,
  ];
  const iRes = index('ResourceId');
  const byResource = new Map<string, { summarizer: SurveySummarizer | undefined; calls: number; rows: (readonly unknown[])[] }>();
  for (const row of table.rows) {
    const resourceId = iRes >= 0 ? String(row[iRes] ?? '') : '';
    let entry = byResource.get(resourceId);
    if (!entry) byResource.set(resourceId, (entry = { summarizer: undefined, calls: 0, rows: [] }));
    if (row[iKind] === 'calls') entry.calls += num(row[iCount], 'Count');
    else entry.rows.push(row);
  }
  if (byResource.size === 0) byResource.set('', { summarizer: undefined, calls: 0, rows: [] });
  const isCategory = (c: unknown): c is SurveyCategory => SURVEY_CATEGORIES.includes(c as SurveyCategory);
  return [...byResource.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([resourceId, entry]) => {
      const summarizer = createSurveySummarizer({ totalCalls: options.totalCalls ?? entry.calls });
      for (const row of entry.rows) {
        const kind = row[iKind];
        const count = num(row[iCount], 'Count');
        if (kind === 'surveys') summarizer.addSurveys(count);
        else if (kind === 'score' || kind === 'scale' || kind === 'issue') {
          const category = row[iCat];
          if (!isCategory(category)) {
            throw new SurveyError('SURVEY_QUERY_RESULT_INVALID', `the KQL result's Category must be one of ${SURVEY_CATEGORIES.join(', ')}; got ${JSON.stringify(category)}`);
          }
          if (kind === 'issue') summarizer.addIssue(category, String(row[iIssue]), count, num(row[iCalls], 'Calls'));
          else {
            const scale = {
              lowerBound: num(row[iLow], 'LowerBound'),
              upperBound: num(row[iUp], 'UpperBound'),
              lowScoreThreshold: num(row[iThr], 'Threshold'),
            };
            if (kind === 'score') summarizer.addScores(category, scale, num(row[iScore], 'Score'), count);
            else summarizer.addScaleCalls(category, scale, num(row[iCalls], 'Calls'));
          }
        }
      }
      return { resourceId, summary: summarizer.result() };
    });
}

/** `summariesFromKqlTable` for an ungrouped query: the one summary. */
export function summaryFromKqlTable(table: SurveyKqlTable, options: { totalCalls?: number } = {}): SurveySummary {
  const all = summariesFromKqlTable(table, options);
  if (all.length !== 1) {
    throw new SurveyError('SURVEY_QUERY_RESULT_INVALID', `expected one summary (a query without groupByResource); got ${all.length} resources`);
  }
  return all[0]!.summary;
}

/** Thrown by `querySurveySummary` when Log Analytics answers with a partial failure; carries what did arrive. */
export class SurveyQueryError extends SurveyError {
  /** Log Analytics' error code (e.g. `PartialError`); `code` is the kit's `'SURVEY_QUERY_PARTIAL'`. */
  readonly queryErrorCode: string;
  /** The (possibly incomplete) summaries computed from the partial tables. */
  readonly partialSummaries: ResourceSurveySummary[];
  constructor(message: string, code: string, partialSummaries: ResourceSurveySummary[]) {
    super('SURVEY_QUERY_PARTIAL', message);
    this.name = 'SurveyQueryError';
    this.queryErrorCode = code;
    this.partialSummaries = partialSummaries;
  }
}

/** Options of `querySurveySummary`: the KQL options plus the query's timespan and total-calls override. */
export interface QuerySurveySummaryOptions extends SurveySummaryKqlOptions {
  /**
   * The API's timespan (applied in addition to the KQL filters). Default: `start`–`end` when given, else the last
   * 3,650 days (Log Analytics' longest retention is 12 years; the query still filters by start/end).
   */
  timespan?: QueryTimeInterval;
  /** Use this total-calls figure instead of the query's. */
  totalCalls?: number;
  /** Accept a `PartialFailure` and return what arrived instead of throwing `SurveyQueryError` (default false). */
  allowPartial?: boolean;
}

type QueryClient = Pick<LogsQueryClient, 'queryWorkspace'>;

function timespanFor(options: QuerySurveySummaryOptions): QueryTimeInterval {
  if (options.timespan) return options.timespan;
  const start = options.start !== undefined ? new Date(options.start) : undefined;
  const end = options.end !== undefined ? new Date(options.end) : undefined;
  if (start && end) return { startTime: start, endTime: end };
  if (start) return { startTime: start, endTime: new Date() };
  if (end) return { duration: 'P3650D', endTime: end };
  return { duration: 'P3650D' };
}

async function run(client: QueryClient, workspaceId: string, options: QuerySurveySummaryOptions) {
  if (typeof workspaceId !== 'string' || workspaceId.trim() === '') {
    throw new SurveyQueryOptionsError('workspaceId must be a non-empty string (the Log Analytics workspace id)');
  }
  const { timespan: _t, totalCalls, allowPartial, ...kqlOptions } = options;
  const query = surveySummaryKql(kqlOptions);
  const result = await client.queryWorkspace(workspaceId, query, timespanFor(options));
  const mapTables = (tables: readonly SurveyKqlTable[]) => {
    const table = tables[0];
    if (!table) throw new SurveyError('SURVEY_QUERY_RESULT_INVALID', 'Log Analytics returned no table');
    return summariesFromKqlTable(table, totalCalls === undefined ? {} : { totalCalls });
  };
  // Compare with strings: LogsQueryResultStatus is a runtime enum and this module only imports types.
  if (result.status === ('PartialFailure' as typeof result.status) && 'partialTables' in result) {
    const partial = result.partialTables.length ? mapTables(result.partialTables) : [];
    if (allowPartial) return partial;
    throw new SurveyQueryError(
      `Log Analytics returned a partial result (${result.partialError.code}: ${result.partialError.message}); the summary would be incomplete. Pass allowPartial: true to accept it.`,
      result.partialError.code,
      partial,
    );
  }
  if ('tables' in result) return mapTables(result.tables);
  throw new SurveyError('SURVEY_QUERY_RESULT_INVALID', `unexpected Log Analytics result status ${JSON.stringify((result as { status?: unknown }).status)}`);
}

/**
 * Runs `surveySummaryKql` in a Log Analytics workspace with `@azure/monitor-query-logs`
 * (`new LogsQueryClient(credential)`, passed in) and returns the same `SurveySummary` as `summarizeSurveys` would
 * for those rows — or, with `groupByResource: true`, one summary per ACS resource. Only the histograms travel; the
 * rows stay in Log Analytics. A `PartialFailure` throws `SurveyQueryError` (with the partial summaries) unless
 * `allowPartial`.
 */
export function querySurveySummary(
  logsQueryClient: QueryClient,
  workspaceId: string,
  options: QuerySurveySummaryOptions & { groupByResource: true },
): Promise<ResourceSurveySummary[]>;
export function querySurveySummary(
  logsQueryClient: QueryClient,
  workspaceId: string,
  options?: QuerySurveySummaryOptions & { groupByResource?: false },
): Promise<SurveySummary>;
export async function querySurveySummary(
  logsQueryClient: QueryClient,
  workspaceId: string,
  options: QuerySurveySummaryOptions = {},
): Promise<SurveySummary | ResourceSurveySummary[]> {
  if (options.groupByResource === true) return querySurveySummariesByResource(logsQueryClient, workspaceId, options);
  const all = await run(logsQueryClient, workspaceId, { ...options, groupByResource: false });
  return all[0]?.summary ?? createSurveySummarizer({ totalCalls: options.totalCalls ?? 0 }).result();
}

/** `querySurveySummary` with `groupByResource`: one summary per ACS resource (e.g. the seed's controlled experiments). */
export async function querySurveySummariesByResource(
  logsQueryClient: QueryClient,
  workspaceId: string,
  options: QuerySurveySummaryOptions = {},
): Promise<ResourceSurveySummary[]> {
  const all = await run(logsQueryClient, workspaceId, { ...options, groupByResource: true });
  return all.filter((r) => r.resourceId !== '' || r.summary.surveys > 0);
}
