/**
 * "Why is my survey missing?": KQL that finds one survey (by `SurveyId` or `CallId`) or a participant's recent
 * surveys, `lookupSurvey` that runs it, and `diagnoseSurvey` (the doctor) that walks the checklist.
 */
import type { LogsQueryClient, QueryTimeInterval } from '@azure/monitor-query-logs';
import { SurveyInputError } from '../core/errors.js';
import { validateCallSurvey } from '../core/validate.js';
import { SURVEY_INT_COLUMNS, SURVEY_ISSUE_COLUMNS } from './columns.js';
import { kqlString } from './kql.js';

/** Thrown for bad lookup or doctor input (`path` e.g. `surveyId`); the message says what is allowed. */
export class SurveyLookupError extends SurveyInputError {
  constructor(path: string, message: string) {
    super('SurveyLookupError', 'SURVEY_LOOKUP_INVALID', path, message);
  }
}

/** What to look up: one survey by the id `submitSurvey` returned, or every survey of one call. */
export type SurveyLookupCriteria = ({ surveyId: string; callId?: never } | { callId: string; surveyId?: never }) & {
  /**
   * Also join `ACSCallSummary` (needs the "Call Summary" diagnostic category; without it the table does not exist and
   * the query fails) to report `CallEnd` and `MinutesAfterCallEnd`. Default false.
   */
  callSummary?: boolean;
  /** Only rows at or after this time (a `Date` or ISO 8601 string). */
  start?: Date | string;
};

function nonEmpty(path: string, value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new SurveyLookupError(path, `${path} must be a non-empty string; got ${JSON.stringify(value)}`);
  }
  return value.trim();
}

function datetime(path: string, value: Date | string): string {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) {
    throw new SurveyLookupError(path, `${path} must be a valid Date or ISO 8601 string; got ${JSON.stringify(String(value))}`);
  }
  return `datetime(${date.toISOString()})`;
}

const LOOKUP_COLUMNS = ['TimeGenerated', 'CallId', 'SurveyId', 'ParticipantId', '_ResourceId', ...SURVEY_INT_COLUMNS, ...SURVEY_ISSUE_COLUMNS];

/**
 * KQL that finds one survey (`{ surveyId }`, the `id` of `CallSurveyResponse`) or the surveys of one call
 * (`{ callId }`) in `ACSCallSurvey`, newest first, with its values and resource; with `callSummary: true` also when
 * the call ended and how many minutes after it the survey was recorded. Throws `SurveyLookupError` for bad criteria.
 */
export function surveyLookupKql(criteria: SurveyLookupCriteria): string {
  if (typeof criteria !== 'object' || criteria === null) {
    throw new SurveyLookupError('criteria', 'criteria must be { surveyId } or { callId }');
  }
  const known = ['surveyId', 'callId', 'callSummary', 'start'];
  for (const key of Object.keys(criteria)) {
    if (!known.includes(key)) throw new SurveyLookupError(key, `unknown option ${key}; allowed: ${known.join(', ')}`);
  }
  const hasSurvey = criteria.surveyId !== undefined;
  const hasCall = criteria.callId !== undefined;
  if (hasSurvey === hasCall) {
    throw new SurveyLookupError('criteria', 'give exactly one of surveyId (the id submitSurvey returned) or callId');
  }
  const where = hasSurvey
    ? `| where SurveyId == ${kqlString(nonEmpty('surveyId', criteria.surveyId))}`
    : `| where CallId == ${kqlString(nonEmpty('callId', criteria.callId))}`;
  const lines = ['ACSCallSurvey'];
  if (criteria.start !== undefined) lines.push(`| where TimeGenerated >= ${datetime('start', criteria.start)}`);
  lines.push(where, `| project ${LOOKUP_COLUMNS.join(', ')}`);
  if (criteria.callSummary === true) {
    lines.push(
      '| join kind=leftouter (ACSCallSummary',
      '    | where isnotempty(CorrelationId)',
      '    | summarize CallEnd = max(CallStartTime + CallDuration * 1s) by CorrelationId) on $left.CallId == $right.CorrelationId',
      "| extend MinutesAfterCallEnd = datetime_diff('minute', TimeGenerated, CallEnd)",
      '| project-away CorrelationId',
    );
  } else if (criteria.callSummary !== undefined && criteria.callSummary !== false) {
    throw new SurveyLookupError('callSummary', 'callSummary must be true or false');
  }
  lines.push('| order by TimeGenerated desc');
  return lines.join('\n');
}

/** KQL listing the most recent surveys of one participant (`ParticipantId`), newest first (default 20). */
export function participantSurveysKql(options: { participantId: string; limit?: number; start?: Date | string }): string {
  const id = nonEmpty('participantId', options?.participantId);
  const limit = options.limit ?? 20;
  if (!Number.isInteger(limit) || limit < 1 || limit > 10000) {
    throw new SurveyLookupError('limit', `limit must be an integer from 1 to 10000; got ${String(limit)}`);
  }
  return [
    'ACSCallSurvey',
    ...(options.start !== undefined ? [`| where TimeGenerated >= ${datetime('start', options.start)}`] : []),
    `| where ParticipantId == ${kqlString(id)}`,
    `| project ${LOOKUP_COLUMNS.join(', ')}`,
    `| top ${limit} by TimeGenerated desc`,
  ].join('\n');
}

/** One row `lookupSurvey` found: the survey's columns (as Log Analytics returns them) by name. */
export type SurveyLookupRow = Record<string, unknown>;

/** What `lookupSurvey` returns. */
export interface SurveyLookupResult {
  /** The query that ran. */
  query: string;
  /** The rows, newest first (empty: not in the workspace, yet or at all — see `diagnoseSurvey`). */
  rows: SurveyLookupRow[];
}

/**
 * Runs `surveyLookupKql` in a Log Analytics workspace (`client` is a `LogsQueryClient` from
 * `@azure/monitor-query-logs`, or anything with its `queryWorkspace`). Default timespan: the last 3,650 days.
 */
export async function lookupSurvey(
  client: Pick<LogsQueryClient, 'queryWorkspace'>,
  workspaceId: string,
  criteria: SurveyLookupCriteria,
  timespan: QueryTimeInterval = { duration: 'P3650D' },
): Promise<SurveyLookupResult> {
  nonEmpty('workspaceId', workspaceId);
  const query = surveyLookupKql(criteria);
  const result = await client.queryWorkspace(workspaceId, query, timespan);
  const tables = 'tables' in result ? result.tables : 'partialTables' in result ? result.partialTables : [];
  const table = tables[0];
  if (!table) return { query, rows: [] };
  const names = table.columnDescriptors.map((c) => c.name ?? '');
  return { query, rows: table.rows.map((row) => Object.fromEntries(names.map((n, i) => [n, row[i]]))) };
}

// ---------------------------------------------------------------------------------------------------------------
// The doctor

/** The first `@azure/communication-calling` version with the public CallSurvey API (see the reference). */
export const FIRST_CALL_SURVEY_SDK_VERSION = '1.13.1';
/** How long survey data can take to appear in Azure Monitor. */
export const SURVEY_LATENCY_MS = 2 * 60 * 60 * 1000;

/** What the app knows about one survey; everything but one id is optional (each check runs when it can). */
export interface SurveyDoctorInput {
  /** The `submitted` event's surveyId (`CallSurveyResponse.id`). */
  surveyId?: string;
  /** The call's id. */
  callId?: string;
  /** When `submitSurvey` was called (epoch ms, `Date` or ISO string). */
  sentAt?: number | Date | string;
  /** Now (default `Date.now()`). */
  now?: number | Date | string;
  /** The `@azure/communication-calling` version the app ran, e.g. `1.40.1`. */
  sdkVersion?: string;
  /** When the diagnostic setting with the "Call Survey" category was created. */
  diagnosticSettingCreatedAt?: number | Date | string;
  /** The ACS resource the app's calls belong to (compared case-insensitively with the rows' `_ResourceId`). */
  expectedResourceId?: string;
  /** The error `submitSurvey` rejected with (`code` / `subCode` as the SDK's `CallingCommunicationError`). */
  submitError?: { code?: number; subCode?: number; message?: string };
  /** The payload that was submitted: with a 400/45100 the doctor names the rule it broke. */
  survey?: unknown;
  /** `lookupSurvey(...).rows` (omit when the workspace was not queried). */
  workspaceRows?: readonly SurveyLookupRow[];
}

/** One checklist item. */
export interface SurveyDoctorCheck {
  /** Stable id of the check. */
  id: 'ids' | 'submit' | 'sdk-version' | 'diagnostic-setting' | 'latency' | 'workspace' | 'resource';
  /** `pass`, `fail` (this is why), `warn` (could be why / not yet), `skip` (not enough input). */
  status: 'pass' | 'fail' | 'warn' | 'skip';
  /** A sentence for a person: what was found and what to do. */
  message: string;
}

/** The doctor's answer. */
export interface SurveyDoctorReport {
  /** `found` (in the workspace), `problem` (a check failed), `pending` (within the latency), `unknown`. */
  verdict: 'found' | 'problem' | 'pending' | 'unknown';
  /** Every check, in checklist order. */
  checks: SurveyDoctorCheck[];
}

function time(path: string, value: number | Date | string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const t = value instanceof Date ? value.getTime() : typeof value === 'number' ? value : Date.parse(value);
  if (!Number.isFinite(t)) {
    throw new SurveyLookupError(path, `${path} must be epoch milliseconds, a Date or an ISO 8601 string; got ${JSON.stringify(String(value))}`);
  }
  return t;
}

/** Compares dotted versions (pre-release tags such as `-beta.1` count as below the release). */
function compareVersions(a: string, b: string): number {
  const parse = (v: string) => {
    const [main = '', pre] = v.trim().replace(/^v/, '').split('-', 2);
    return { parts: main.split('.').map((x) => Number(x)), pre: pre !== undefined };
  };
  const x = parse(a);
  const y = parse(b);
  for (let i = 0; i < 3; i++) {
    const d = (x.parts[i] ?? 0) - (y.parts[i] ?? 0);
    if (d !== 0) return d;
  }
  return x.pre === y.pre ? 0 : x.pre ? -1 : 1;
}

const hours = (ms: number) => `${(ms / 3600000).toFixed(1)} h`;

/**
 * Walks the "why is my survey missing?" checklist for one survey — pure, no I/O: the submit error (400/45100 =
 * invalid payload, naming the rule when `survey` is given; 408/45101 = not sent), the SDK version (≥ 1.13.1), the
 * "Call Survey" diagnostic setting (must exist before the survey was sent), the latency (up to 2 h), the workspace
 * rows (found or not) and the resource. Throws `SurveyLookupError` for malformed input.
 */
export function diagnoseSurvey(input: SurveyDoctorInput): SurveyDoctorReport {
  const checks: SurveyDoctorCheck[] = [];
  const sentAt = time('sentAt', input.sentAt);
  const now = time('now', input.now) ?? Date.now();
  const settingAt = time('diagnosticSettingCreatedAt', input.diagnosticSettingCreatedAt);
  if (input.surveyId === undefined && input.callId === undefined) {
    throw new SurveyLookupError('surveyId', 'give the surveyId (from the submitted event) or the callId');
  }
  checks.push({
    id: 'ids',
    status: 'pass',
    message: `looking for ${input.surveyId !== undefined ? `SurveyId ${input.surveyId}` : `CallId ${input.callId}`}`,
  });

  const err = input.submitError;
  if (!err) checks.push({ id: 'submit', status: 'skip', message: 'no submit error given (submitSurvey resolved or was not recorded)' });
  else if (err.code === 400 || err.subCode === 45100) {
    const problems = input.survey === undefined ? [] : validateCallSurvey(input.survey);
    checks.push({
      id: 'submit',
      status: 'fail',
      message:
        'submitSurvey rejected the payload as invalid (400/45100), so nothing was sent' +
        (problems.length ? `: ${problems.join('; ')}` : input.survey === undefined ? '; pass the survey to see which rule it broke' : '') +
        '. Validate with validateCallSurvey before sending.',
    });
  } else if (err.code === 408 || err.subCode === 45101) {
    checks.push({
      id: 'submit',
      status: 'fail',
      message: 'the SDK reported the survey as not sent (408/45101: the telemetry event was dropped); submit it again while the Call object is alive (useSurveySubmission retries this case).',
    });
  } else {
    checks.push({ id: 'submit', status: 'warn', message: `submitSurvey failed with ${err.code ?? '?'}/${err.subCode ?? '?'} ${err.message ?? ''}`.trim() });
  }

  if (input.sdkVersion === undefined) checks.push({ id: 'sdk-version', status: 'skip', message: 'no SDK version given' });
  else if (!/^v?\d+\.\d+\.\d+(-[\w.]+)?$/.test(input.sdkVersion.trim())) {
    throw new SurveyLookupError('sdkVersion', `sdkVersion must be a version such as 1.40.1; got ${JSON.stringify(input.sdkVersion)}`);
  } else if (compareVersions(input.sdkVersion, FIRST_CALL_SURVEY_SDK_VERSION) < 0) {
    checks.push({
      id: 'sdk-version',
      status: 'fail',
      message: `@azure/communication-calling ${input.sdkVersion} has no public CallSurvey API; use ${FIRST_CALL_SURVEY_SDK_VERSION} or later`,
    });
  } else checks.push({ id: 'sdk-version', status: 'pass', message: `@azure/communication-calling ${input.sdkVersion} has the CallSurvey API` });

  if (settingAt === undefined) {
    checks.push({
      id: 'diagnostic-setting',
      status: 'skip',
      message: 'no diagnostic-setting time given: check that the ACS resource has a diagnostic setting with the "Call Survey" category sending to this workspace',
    });
  } else if (sentAt !== undefined && settingAt > sentAt) {
    checks.push({
      id: 'diagnostic-setting',
      status: 'fail',
      message: `the "Call Survey" diagnostic setting was created ${hours(settingAt - sentAt)} after the survey was sent; surveys sent before it are never stored`,
    });
  } else checks.push({ id: 'diagnostic-setting', status: sentAt === undefined ? 'warn' : 'pass', message: sentAt === undefined ? 'the setting exists; give sentAt to check it existed before the survey was sent' : 'the "Call Survey" diagnostic setting existed when the survey was sent' });

  const rows = input.workspaceRows;
  const age = sentAt === undefined ? undefined : now - sentAt;
  if (age === undefined) checks.push({ id: 'latency', status: 'skip', message: 'no sentAt given (survey data can take up to 2 hours to appear)' });
  else if (age < SURVEY_LATENCY_MS) {
    checks.push({
      id: 'latency',
      status: rows && rows.length ? 'pass' : 'warn',
      message: `sent ${hours(age)} ago; survey data can take up to 2 hours to appear${rows && rows.length ? '' : `: look again after ${new Date(sentAt! + SURVEY_LATENCY_MS).toISOString()}`}`,
    });
  } else checks.push({ id: 'latency', status: 'pass', message: `sent ${hours(age)} ago, past the 2-hour latency` });

  if (rows === undefined) checks.push({ id: 'workspace', status: 'skip', message: 'the workspace was not queried (run lookupSurvey)' });
  else if (rows.length) checks.push({ id: 'workspace', status: 'pass', message: `found ${rows.length} row${rows.length === 1 ? '' : 's'} in ACSCallSurvey` });
  else {
    checks.push({
      id: 'workspace',
      status: age !== undefined && age < SURVEY_LATENCY_MS ? 'warn' : 'fail',
      message: 'not in ACSCallSurvey of this workspace',
    });
  }

  if (input.expectedResourceId === undefined || !rows || rows.length === 0) {
    checks.push({ id: 'resource', status: 'skip', message: 'resource not checked (needs expectedResourceId and workspace rows)' });
  } else {
    const other = rows.map((r) => String(r._ResourceId ?? '')).filter((r) => r.toLowerCase() !== input.expectedResourceId!.toLowerCase());
    checks.push(
      other.length
        ? { id: 'resource', status: 'fail', message: `the survey belongs to another ACS resource (${other[0]}); summaries filtered by ${input.expectedResourceId} leave it out` }
        : { id: 'resource', status: 'pass', message: 'the survey belongs to the expected ACS resource' },
    );
  }

  const failed = checks.some((c) => c.status === 'fail');
  const verdict: SurveyDoctorReport['verdict'] =
    rows && rows.length && !failed ? 'found' : failed ? 'problem' : checks.some((c) => c.id === 'latency' && c.status === 'warn') ? 'pending' : 'unknown';
  return { verdict, checks };
}
