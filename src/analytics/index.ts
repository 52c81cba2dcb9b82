/**
 * end-of-call-survey/analytics: parse `ACSCallSurvey` exports, summarize them (the seed's "End of Call Survey
 * Summary"), query Log Analytics for the same summary, and compare two summaries.
 */
// The kit's error family (the same classes as in `end-of-call-survey/core`).
export { SURVEY_ERROR_CODES, SurveyArgumentError, SurveyError, SurveyInputError } from '../core/errors.js';
export type { SurveyErrorCode, SurveyErrorOptions } from '../core/errors.js';
export type { SurveyCategory } from '../core/types.js';
export type {
  CategoryColumns,
  CategorySummary,
  IssueSummary,
  ScoreDistributionEntry,
  SurveyIntColumn,
  SurveyIssueColumn,
  SurveyRecord,
  SurveyStringColumn,
  SurveySummary,
} from './types.js';
export {
  CATEGORY_COLUMNS,
  DEFAULT_RECORD_SCALE,
  emptySurveyRecord,
  SURVEY_INT_COLUMNS,
  SURVEY_ISSUE_COLUMNS,
  SURVEY_STRING_COLUMNS,
} from './columns.js';
export type { SurveyExportFormat, SurveyParseError, SurveyParseEvent, SurveyParseResult } from './parse/index.js';
export {
  SURVEY_COLUMNS,
  SURVEY_EXPORT_FORMATS,
  SurveyExportParser,
  formatSurveyCsv,
  parseSurveyExport,
  parseSurveyExportStream,
  surveyCsvHeader,
  surveyCsvRow,
} from './parse/index.js';
export type { HistogramStatistics, SummarizeOptions, SurveySummarizer } from './summarize.js';
export {
  SurveyRecordError,
  createSurveySummarizer,
  histogramStatistics,
  roundHalfUp,
  summarizeSurveys,
} from './summarize.js';
export type {
  QuerySurveySummaryOptions,
  ResourceSurveySummary,
  SurveyKqlTable,
  SurveySummaryKqlOptions,
} from './kql.js';
export {
  SurveyQueryError,
  SurveyQueryOptionsError,
  kqlString,
  querySurveySummariesByResource,
  querySurveySummary,
  summariesFromKqlTable,
  summaryFromKqlTable,
  surveySummaryKql,
} from './kql.js';
export type {
  CategoryComparison,
  CompareOptions,
  ComparedGroup,
  SurveyComparison,
  SurveyComparisonDecision,
} from './compare.js';
export {
  SurveyCompareError,
  compareSurveySummaries,
  formatPValue,
  holmAdjust,
  logGamma,
  mannWhitneyFromHistograms,
  normalCdf,
  regularizedIncompleteBeta,
  studentTCdf,
  studentTQuantile,
  welchTTest,
} from './compare.js';
export { formatSurveyComparisonTable, formatSurveySummaryTable } from './format.js';
export type { SampleSurveyOptions } from './sample.js';
export { generateSampleSurveys } from './sample.js';
export type {
  SurveyDoctorCheck,
  SurveyDoctorInput,
  SurveyDoctorReport,
  SurveyLookupCriteria,
  SurveyLookupResult,
  SurveyLookupRow,
} from './lookup.js';
export {
  FIRST_CALL_SURVEY_SDK_VERSION,
  SURVEY_LATENCY_MS,
  SurveyLookupError,
  diagnoseSurvey,
  lookupSurvey,
  participantSurveysKql,
  surveyLookupKql,
} from './lookup.js';
