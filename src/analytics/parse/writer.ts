/** Writing records as an RFC 4180 CSV export that the CSV reader reads back. */
import { SURVEY_CATEGORIES } from '../../core/types.js';
import { CATEGORY_COLUMNS, SURVEY_STRING_COLUMNS } from '../columns.js';
import type { SurveyRecord } from '../types.js';

function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Every `ACSCallSurvey` column the kit knows, in the table's order (the CSV writer's default header). */
export const SURVEY_COLUMNS: readonly (keyof SurveyRecord)[] = Object.freeze([
  ...SURVEY_STRING_COLUMNS,
  ...SURVEY_CATEGORIES.flatMap((c) => {
    const cols = CATEGORY_COLUMNS[c];
    return [cols.score, cols.lowerBound, cols.upperBound, cols.threshold, cols.issues];
  }),
]);

/** The CSV header line (with CRLF) for `columns`. */
export function surveyCsvHeader(columns: readonly (keyof SurveyRecord)[] = SURVEY_COLUMNS): string {
  return columns.map((c) => csvCell(c)).join(',') + '\r\n';
}

/** One CSV line (RFC 4180 quoting, CRLF) for a record. */
export function surveyCsvRow(record: SurveyRecord, columns: readonly (keyof SurveyRecord)[] = SURVEY_COLUMNS): string {
  return columns.map((c) => csvCell(record[c])).join(',') + '\r\n';
}

/** Writes records as an RFC 4180 CSV export (header + rows) that `parseSurveyExport(text, 'csv')` reads back. */
export function formatSurveyCsv(
  records: Iterable<SurveyRecord>,
  columns: readonly (keyof SurveyRecord)[] = SURVEY_COLUMNS,
): string {
  let out = surveyCsvHeader(columns);
  for (const r of records) out += surveyCsvRow(r, columns);
  return out;
}
