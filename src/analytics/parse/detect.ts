/** Telling the export formats apart from their first bytes (`format: 'auto'`, and the wrong-format messages). */
import { firstNonSpace } from './bytes.js';
import { DIAGNOSTIC_RECORD_FIELDS } from './fields.js';

/** What the first bytes of an export look like. */
export interface DetectedSurveyExportFormat {
  /** The format that reads it. */
  format: 'csv' | 'json' | 'jsonl';
  /** What it looks like, for messages ("an Azure Storage diagnostic-setting blob (PT1H.json …)"). */
  looksLike: string;
}

const CSV = 'CSV (the portal or Excel export)';
const ARRAY = 'a JSON array of row objects (az monitor log-analytics query)';
const EVENT_HUBS = 'Event Hubs messages ({"records": [...]})';
const TABLES = 'a Log Analytics query response ({"tables": [...]})';
const STORAGE = 'an Azure Storage diagnostic-setting blob (PT1H.json: one record per line)';
const JSONL = 'JSON Lines (one row object per line)';

/** Bytes after which detection gives up waiting for the first key. */
const MAX_SNIFF = 1 << 16;

/**
 * Detects the format from the first bytes (after a BOM). Returns `undefined` when more bytes are needed
 * (`atEnd` false) or the input is empty.
 */
export function detectFormat(bytes: Uint8Array, atEnd: boolean): DetectedSurveyExportFormat | undefined {
  let from = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) from = 3;
  const first = firstNonSpace(bytes, from);
  if (first < 0) return undefined;
  const c = bytes[first];
  if (c === 91 /* [ */) return { format: 'json', looksLike: ARRAY };
  if (c !== 123 /* { */) return { format: 'csv', looksLike: CSV };
  const quote = firstNonSpace(bytes, first + 1);
  if (quote < 0) return atEnd || bytes.length > MAX_SNIFF ? { format: 'jsonl', looksLike: JSONL } : undefined;
  if (bytes[quote] !== 34) return { format: 'jsonl', looksLike: JSONL };
  const close = bytes.indexOf(34, quote + 1);
  if (close < 0) return atEnd || bytes.length > MAX_SNIFF ? { format: 'jsonl', looksLike: JSONL } : undefined;
  const key = new TextDecoder().decode(bytes.subarray(quote + 1, close));
  if (key === 'records') return { format: 'json', looksLike: EVENT_HUBS };
  if (key === 'tables') return { format: 'json', looksLike: TABLES };
  const lower = key.toLowerCase();
  if (lower === 'category' || lower === 'properties' || (lower !== 'timegenerated' && lower in DIAGNOSTIC_RECORD_FIELDS.top)) {
    return { format: 'jsonl', looksLike: STORAGE };
  }
  return { format: 'jsonl', looksLike: JSONL };
}

/**
 * What an export looks like, from a sample of its first bytes or characters: `{ format, looksLike }`, or
 * `undefined` for an empty sample.
 */
export function detectSurveyExportFormat(sample: string | Uint8Array): DetectedSurveyExportFormat | undefined {
  return detectFormat(typeof sample === 'string' ? new TextEncoder().encode(sample.slice(0, MAX_SNIFF)) : sample, true);
}
