/**
 * The one error family: every public error the kit throws or reports is a `SurveyError` with a `code` from
 * `SURVEY_ERROR_CODES`, and a message naming the field and what is allowed.
 */
import { describe, expect, it } from 'vitest';
import {
  SURVEY_ERROR_CODES,
  SurveyAnswerError,
  SurveyArgumentError,
  SurveyConfigError,
  SurveyError,
  SurveyInputError,
  SurveyPolicyError,
  buildCallSurvey,
  createSeededRandom,
  defineSurveyConfig,
  planIssuesStep,
  shouldSurvey,
} from '../../src/core/index.js';
import type { SurveyErrorCode } from '../../src/core/index.js';
import {
  SurveyDeliveryError,
  SurveyTimeoutError,
  createHttpBeaconSender,
  createSurveyDelivery,
  createSurveyOutbox,
  deliverSurvey,
} from '../../src/delivery/index.js';
import { getSurveyStrings, mergeSurveyStrings } from '../../src/strings/index.js';
import { v9ThemeFromV8 } from '../../src/theme/index.js';
import { NoCallToSurveyError, submitterForCall, submitterForCallAdapter } from '../../src/acs/index.js';
import {
  SurveyQueryError,
  SurveyQueryOptionsError,
  SurveyRecordError,
  SurveyExportParser,
  SurveyCompareError,
  SurveyLookupError,
  compareSurveySummaries,
  generateSampleSurveys,
  surveyLookupKql,
  summarizeSurveys,
  summaryFromKqlTable,
  surveySummaryKql,
} from '../../src/analytics/index.js';
import * as analytics from '../../src/analytics/index.js';

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

interface Case {
  name: string;
  error: () => unknown;
  type: abstract new (...args: never[]) => SurveyError;
  code: SurveyErrorCode;
  path?: string;
  message: RegExp;
}

const config = defineSurveyConfig();
const summary = summarizeSurveys([]);

const cases: Case[] = [
  {
    name: 'defineSurveyConfig',
    error: () => thrown(() => defineSurveyConfig({ audioRating: { scale: { lowScoreThreshold: 7 } } })),
    type: SurveyConfigError,
    code: 'SURVEY_CONFIG_INVALID',
    path: 'audioRating.scale.lowScoreThreshold',
    message: /audioRating\.scale\.lowScoreThreshold.*0.*1/,
  },
  {
    name: 'buildCallSurvey',
    error: () => thrown(() => buildCallSurvey(config, { overallRating: { score: 9 } })),
    type: SurveyAnswerError,
    code: 'SURVEY_ANSWER_INVALID',
    path: 'overallRating.score',
    message: /overallRating\.score.*1.*5/,
  },
  {
    name: 'shouldSurvey',
    error: () => thrown(() => shouldSurvey({ sampleRate: 2 }, { key: 'k' })),
    type: SurveyPolicyError,
    code: 'SURVEY_POLICY_INVALID',
    path: 'sampleRate',
    message: /sampleRate must be a number from 0 to 1/,
  },
  {
    name: 'createSeededRandom',
    error: () => thrown(() => createSeededRandom(Number.NaN)),
    type: SurveyArgumentError,
    code: 'SURVEY_ARGUMENT_INVALID',
    path: 'seed',
    message: /seed must be a finite number/,
  },
  {
    name: 'planIssuesStep',
    error: () => thrown(() => planIssuesStep(config, 5 as unknown as () => number)),
    type: SurveyArgumentError,
    code: 'SURVEY_ARGUMENT_INVALID',
    path: 'random',
    message: /random must be a function returning numbers in \[0, 1\)/,
  },
  {
    name: 'createSurveyDelivery (option)',
    error: () => thrown(() => createSurveyDelivery(async () => undefined, { timeoutMs: -1 })),
    type: SurveyArgumentError,
    code: 'SURVEY_ARGUMENT_INVALID',
    path: 'timeoutMs',
    message: /timeoutMs must be a finite number of milliseconds greater than 0/,
  },
  {
    name: 'createSurveyDelivery (submitter)',
    error: () => thrown(() => createSurveyDelivery(42 as never)),
    type: SurveyArgumentError,
    code: 'SURVEY_ARGUMENT_INVALID',
    path: 'submitter',
    message: /submitter must be a function/,
  },
  {
    name: 'createSurveyOutbox',
    error: () => thrown(() => createSurveyOutbox({ key: '' })),
    type: SurveyArgumentError,
    code: 'SURVEY_ARGUMENT_INVALID',
    path: 'key',
    message: /key must be a non-empty string/,
  },
  {
    name: 'createHttpBeaconSender',
    error: () => thrown(() => createHttpBeaconSender('')),
    type: SurveyArgumentError,
    code: 'SURVEY_ARGUMENT_INVALID',
    path: 'url',
    message: /url must be a non-empty string/,
  },
  {
    name: 'SurveyTimeoutError',
    error: () => new SurveyTimeoutError(15),
    type: SurveyTimeoutError,
    code: 'SURVEY_TIMEOUT',
    message: /within 15 ms \(timeoutMs\)/,
  },
  {
    name: 'mergeSurveyStrings',
    error: () => thrown(() => mergeSurveyStrings({ ratingLabels: 'bad' as never })),
    type: SurveyArgumentError,
    code: 'SURVEY_ARGUMENT_INVALID',
    path: 'strings.ratingLabels',
    message: /strings\.ratingLabels must be an array of strings/,
  },
  {
    name: 'getSurveyStrings',
    error: () => thrown(() => getSurveyStrings(42 as never)),
    type: SurveyArgumentError,
    code: 'SURVEY_ARGUMENT_INVALID',
    path: 'locale',
    message: /locale must be a string[^]*de-DE/,
  },
  {
    name: 'v9ThemeFromV8',
    error: () => thrown(() => v9ThemeFromV8(null as never, (() => ({})) as never)),
    type: SurveyArgumentError,
    code: 'SURVEY_ARGUMENT_INVALID',
    path: 'v8Theme',
    message: /v8Theme must be a Fluent v8 Theme or PartialTheme object/,
  },
  {
    name: 'submitterForCall',
    error: () => thrown(() => submitterForCall({} as never)),
    type: SurveyArgumentError,
    code: 'SURVEY_ARGUMENT_INVALID',
    path: 'call',
    message: /call must be a Calling SDK Call/,
  },
  {
    name: 'submitterForCallAdapter',
    error: () => thrown(() => submitterForCallAdapter({} as never)),
    type: SurveyArgumentError,
    code: 'SURVEY_ARGUMENT_INVALID',
    path: 'adapter',
    message: /adapter must be a CallAdapter/,
  },
  {
    name: 'NoCallToSurveyError',
    error: () => new NoCallToSurveyError(),
    type: NoCallToSurveyError,
    code: 'SURVEY_NO_CALL',
    message: /no call to submit the survey for/,
  },
  {
    name: 'summarizeSurveys (record)',
    error: () => thrown(() => summarizeSurveys([{ TimeGenerated: null, CallId: 'x', OverallRatingScore: 7 }])),
    type: SurveyRecordError,
    code: 'SURVEY_RECORD_INVALID',
    message: /OverallRatingScore must be an integer from 1 to 5/,
  },
  {
    name: 'summarizeSurveys (totalCalls)',
    error: () => thrown(() => summarizeSurveys([], { totalCalls: -1 })),
    type: SurveyArgumentError,
    code: 'SURVEY_ARGUMENT_INVALID',
    path: 'totalCalls',
    message: /totalCalls must be a non-negative integer/,
  },
  {
    name: 'surveySummaryKql',
    error: () => thrown(() => surveySummaryKql({ start: 'yesterday' })),
    type: SurveyQueryOptionsError,
    code: 'SURVEY_QUERY_OPTIONS_INVALID',
    path: 'start',
    message: /start must be a valid Date or an ISO 8601 date string/,
  },
  {
    name: 'summaryFromKqlTable',
    error: () => thrown(() => summaryFromKqlTable({ columnDescriptors: [], rows: [] } as never)),
    type: SurveyError,
    code: 'SURVEY_QUERY_RESULT_INVALID',
    message: /not a surveySummaryKql result: missing column/,
  },
  {
    name: 'SurveyQueryError',
    error: () => new SurveyQueryError('Log Analytics returned a partial result', 'PartialError', []),
    type: SurveyQueryError,
    code: 'SURVEY_QUERY_PARTIAL',
    message: /partial result/,
  },
  {
    name: 'generateSampleSurveys',
    error: () => thrown(() => generateSampleSurveys(-1, 1)),
    type: SurveyArgumentError,
    code: 'SURVEY_ARGUMENT_INVALID',
    path: 'n',
    message: /n must be a non-negative integer/,
  },
  {
    name: 'SurveyExportParser',
    error: () => thrown(() => new SurveyExportParser('xml' as never)),
    type: SurveyArgumentError,
    code: 'SURVEY_ARGUMENT_INVALID',
    path: 'format',
    message: /format must be one of auto, csv, json, jsonl/,
  },
  {
    name: 'compareSurveySummaries',
    error: () => thrown(() => compareSurveySummaries(summary, summary, { alpha: 2 })),
    type: SurveyCompareError,
    code: 'SURVEY_COMPARE_INVALID',
    path: 'alpha',
    message: /alpha must be between 0 and 1/,
  },
  {
    name: 'surveyLookupKql',
    error: () => thrown(() => surveyLookupKql({} as never)),
    type: SurveyLookupError,
    code: 'SURVEY_LOOKUP_INVALID',
    path: 'criteria',
    message: /surveyId|callId/,
  },
];

describe('the error family', () => {
  it.each(cases)('$name: a SurveyError with its code, path and a message naming the field', (c) => {
    const error = c.error();
    expect(error).toBeInstanceOf(SurveyError);
    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(c.type);
    const e = error as SurveyError;
    expect(e.code).toBe(c.code);
    expect(SURVEY_ERROR_CODES).toContain(e.code);
    if (c.path !== undefined) expect(e.path).toBe(c.path);
    expect(e.message).toMatch(c.message);
    expect(e.name).not.toBe('Error');
  });

  it('input errors are SurveyInputErrors with a path', () => {
    for (const c of cases) {
      const e = c.error() as SurveyError;
      if (e instanceof SurveyInputError) expect(typeof e.path).toBe('string');
    }
  });

  it('a failed delivery is a SurveyDeliveryError carrying the SDK codes as sdkCode / sdkSubCode', async () => {
    const sdk = Object.assign(new Error('invalid'), { code: 400, subCode: 45100 });
    const result = await deliverSurvey(
      async () => {
        throw sdk;
      },
      buildCallSurvey(config, { overallRating: { score: 4 } }),
    );
    expect(result.error).toBeInstanceOf(SurveyDeliveryError);
    expect(result.error).toBeInstanceOf(SurveyError);
    expect(result.error).toMatchObject({ code: 'SURVEY_DELIVERY_FAILED', sdkCode: 400, sdkSubCode: 45100, cause: sdk });
  });

  it('SURVEY_ERROR_CODES is a frozen list without duplicates, and analytics re-exports the same classes', () => {
    expect(Object.isFrozen(SURVEY_ERROR_CODES)).toBe(true);
    expect(new Set(SURVEY_ERROR_CODES).size).toBe(SURVEY_ERROR_CODES.length);
    expect(analytics.SurveyError).toBe(SurveyError);
    expect(analytics.SURVEY_ERROR_CODES).toBe(SURVEY_ERROR_CODES);
  });
});
