/**
 * A durable outbox for custom sinks (HTTP, Application Insights, the app's backend): a survey is written to storage
 * before it is sent, removed once delivered, sent again on the next page load (`flush`), and handed to a beacon on
 * `pagehide`.
 *
 * The ACS Calling SDK cannot submit after a page reload (`submitSurvey` needs the live `Call` object), so the outbox
 * cannot rescue an ACS survey; use it for your own sinks, e.g. the free-text comments keyed by the ACS survey id.
 */
import { isRecord } from '../core/describe.js';
import { SurveyArgumentError } from '../core/errors.js';
import type { CallSurvey, SurveyComments } from '../core/types.js';
import { createSurveyDelivery } from './delivery.js';
import type {
  SurveyDeliveryOptions,
  SurveyDeliveryResult,
  SurveyOutbox,
  SurveyOutboxEntry,
  SurveyOutboxFlushResult,
  SurveySubmitter,
} from './types.js';

/** The part of the Web Storage API the kit uses; `localStorage`/`sessionStorage` fit as they are. */
export interface SurveyKeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** An in-memory {@link SurveyKeyValueStore} (lost on reload; used where there is no `window`). */
export function createMemoryStore(initial?: Record<string, string>): SurveyKeyValueStore {
  const map = new Map<string, string>(Object.entries(initial ?? {}));
  return {
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, String(value)),
    removeItem: (key) => void map.delete(key),
  };
}

/**
 * `window.localStorage` when it exists and works (it throws in some private modes and sandboxed frames), else a
 * fresh in-memory store.
 */
export function defaultSurveyStore(): SurveyKeyValueStore {
  try {
    const w = (globalThis as { window?: { localStorage?: SurveyKeyValueStore } }).window;
    const storage = w?.localStorage;
    if (storage) {
      const probe = 'end-of-call-survey:probe';
      storage.setItem(probe, '1');
      storage.removeItem(probe);
      return storage;
    }
  } catch {
    // fall through to memory
  }
  return createMemoryStore();
}

/**
 * Hands one waiting survey to the browser as the page goes away. Return true when the browser queued it
 * (`navigator.sendBeacon` / `fetch(…, { keepalive: true })`); the entry is then marked `unconfirmed`.
 */
export type SurveyBeaconSender = (entry: SurveyOutboxEntry) => boolean;

/** Something the outbox could not read or write. Never thrown: reported through `onProblem`. */
export interface SurveyOutboxProblem {
  kind: 'corrupt' | 'storage';
  message: string;
  /** The unreadable value (a corrupt entry, or the raw storage text). */
  value?: unknown;
  error?: unknown;
}

/** Options of {@link createSurveyOutbox}. */
export interface SurveyOutboxOptions {
  /** Where entries live. @default localStorage, or memory where there is no window */
  storage?: SurveyKeyValueStore;
  /** The storage key holding the entries (a JSON array). @default 'end-of-call-survey:outbox' */
  key?: string;
  /** Sends waiting entries on `pagehide` (see {@link createHttpBeaconSender}). Without it `attachPageHide` does nothing. */
  beacon?: SurveyBeaconSender;
  /** Corrupt entries and storage failures. @default console.warn */
  onProblem?: (problem: SurveyOutboxProblem) => void;
}

/** The default storage key of the outbox. */
export const DEFAULT_OUTBOX_KEY = 'end-of-call-survey:outbox';

function readEntry(value: unknown): SurveyOutboxEntry | string {
  if (!isRecord(value)) return 'an entry must be an object';
  const { idempotencyKey, survey, improvementSuggestions, createdAt, state } = value;
  if (typeof idempotencyKey !== 'string' || idempotencyKey === '') return 'idempotencyKey must be a non-empty string';
  if (!isRecord(survey)) return 'survey must be an object';
  if (typeof createdAt !== 'number' || !Number.isFinite(createdAt)) return 'createdAt must be a number (epoch ms)';
  if (state !== 'pending' && state !== 'unconfirmed') return `state must be 'pending' or 'unconfirmed'`;
  if (improvementSuggestions !== undefined && !isRecord(improvementSuggestions)) {
    return 'improvementSuggestions must be an object when present';
  }
  return {
    idempotencyKey,
    survey: survey as CallSurvey,
    ...(improvementSuggestions ? { improvementSuggestions: improvementSuggestions as SurveyComments } : {}),
    createdAt,
    state,
  };
}

/**
 * Makes a durable outbox. Pass it to `useSurveySubmission(submitter, { outbox })` and call
 * `outbox.flush(submitter)` once on start-up to send what an earlier page left behind.
 */
export function createSurveyOutbox(options: SurveyOutboxOptions = {}): SurveyOutbox {
  const storage = options.storage ?? defaultSurveyStore();
  const key = options.key ?? DEFAULT_OUTBOX_KEY;
  if (typeof key !== 'string' || key === '') throw new SurveyArgumentError('key', 'key must be a non-empty string.');
  const report =
    options.onProblem ??
    ((problem: SurveyOutboxProblem) => console.warn(`end-of-call-survey outbox: ${problem.message}`, problem.value));
  const claims = new Set<string>();

  function read(): SurveyOutboxEntry[] {
    let raw: string | null;
    try {
      raw = storage.getItem(key);
    } catch (error) {
      report({ kind: 'storage', message: `could not read "${key}" from storage`, error });
      return [];
    }
    if (raw === null || raw === '') return [];
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch (error) {
      report({ kind: 'corrupt', message: `"${key}" is not valid JSON; its contents were skipped`, value: raw, error });
      write([]);
      return [];
    }
    if (!Array.isArray(parsed)) {
      report({ kind: 'corrupt', message: `"${key}" must hold a JSON array; its contents were skipped`, value: parsed });
      write([]);
      return [];
    }
    const entries: SurveyOutboxEntry[] = [];
    let dropped = false;
    parsed.forEach((item: unknown, index) => {
      const entry = readEntry(item);
      if (typeof entry === 'string') {
        dropped = true;
        report({ kind: 'corrupt', message: `entry ${index} of "${key}" was skipped: ${entry}`, value: item });
      } else entries.push(entry);
    });
    // Rewrite without the corrupt entries so each is reported once.
    if (dropped) write(entries);
    return entries;
  }

  function write(entries: SurveyOutboxEntry[]): void {
    try {
      if (entries.length === 0) storage.removeItem(key);
      else storage.setItem(key, JSON.stringify(entries));
    } catch (error) {
      report({ kind: 'storage', message: `could not write "${key}" to storage`, error });
    }
  }

  const outbox: SurveyOutbox = {
    entries: () => read(),
    put(entry) {
      const entries = read();
      const index = entries.findIndex((e) => e.idempotencyKey === entry.idempotencyKey);
      if (index === -1) entries.push(entry);
      else entries[index] = { ...entry, createdAt: entries[index]?.createdAt ?? entry.createdAt };
      write(entries);
    },
    markUnconfirmed(idempotencyKey) {
      const entries = read();
      const entry = entries.find((e) => e.idempotencyKey === idempotencyKey);
      if (!entry || entry.state === 'unconfirmed') return;
      entry.state = 'unconfirmed';
      write(entries);
    },
    remove(idempotencyKey) {
      const entries = read();
      const rest = entries.filter((e) => e.idempotencyKey !== idempotencyKey);
      if (rest.length !== entries.length) write(rest);
    },
    claim(idempotencyKey) {
      if (claims.has(idempotencyKey)) return false;
      claims.add(idempotencyKey);
      return true;
    },
    release(idempotencyKey) {
      claims.delete(idempotencyKey);
    },
    async flush(submitter: SurveySubmitter, flushOptions: SurveyDeliveryOptions = {}): Promise<SurveyOutboxFlushResult> {
      const delivery = createSurveyDelivery(submitter, { ...flushOptions, outbox });
      const idempotent = flushOptions.idempotent === true;
      const result: SurveyOutboxFlushResult = { submitted: 0, failed: 0, unconfirmed: 0, skipped: 0, results: [] };
      for (const { idempotencyKey } of read()) {
        // Re-read right before sending: another flush or a live delivery may have taken or finished it.
        const entry = read().find((e) => e.idempotencyKey === idempotencyKey);
        if (!entry) continue;
        if (claims.has(idempotencyKey) || (entry.state === 'unconfirmed' && !idempotent)) {
          result.skipped += 1;
          continue;
        }
        const delivered: SurveyDeliveryResult = await delivery.deliver(entry.survey, {
          idempotencyKey,
          ...(entry.improvementSuggestions ? { improvementSuggestions: entry.improvementSuggestions } : {}),
        });
        if (delivered.reason === 'invalid') {
          // It can never be sent; keeping it would resend it on every load.
          outbox.remove(idempotencyKey);
          report({ kind: 'corrupt', message: `entry ${idempotencyKey} is not a valid survey and was removed`, value: entry });
        }
        result[delivered.status] += 1;
        result.results.push(delivered);
      }
      return result;
    },
    attachPageHide(target) {
      const beacon = options.beacon;
      const eventTarget =
        target ?? (globalThis as { window?: Pick<EventTarget, 'addEventListener' | 'removeEventListener'> }).window;
      if (!beacon || !eventTarget) return () => {};
      const onPageHide = () => {
        for (const entry of read()) {
          if (entry.state !== 'pending') continue;
          let queued = false;
          try {
            queued = beacon(entry);
          } catch (error) {
            report({ kind: 'storage', message: `the beacon sender threw for entry ${entry.idempotencyKey}`, error });
          }
          if (queued) outbox.markUnconfirmed(entry.idempotencyKey);
        }
      };
      eventTarget.addEventListener('pagehide', onPageHide);
      return () => eventTarget.removeEventListener('pagehide', onPageHide);
    },
  };
  return outbox;
}

/** The JSON body the HTTP beacon posts. */
export interface SurveyBeaconBody {
  idempotencyKey: string;
  survey: CallSurvey;
  improvementSuggestions?: SurveyComments;
  createdAt: number;
}

/** Options of {@link createHttpBeaconSender}; the defaults are the browser's globals. */
export interface HttpBeaconSenderOptions {
  sendBeacon?: (url: string, data: Blob | string) => boolean;
  fetch?: (url: string, init: RequestInit) => Promise<unknown>;
}

/**
 * A beacon sender that POSTs each entry as JSON ({@link SurveyBeaconBody}) to `url` with `navigator.sendBeacon`,
 * falling back to `fetch(url, { keepalive: true })`. The endpoint should deduplicate by `idempotencyKey`.
 */
export function createHttpBeaconSender(url: string, options: HttpBeaconSenderOptions = {}): SurveyBeaconSender {
  if (typeof url !== 'string' || url === '') throw new SurveyArgumentError('url', 'url must be a non-empty string.');
  const nav = (globalThis as { navigator?: { sendBeacon?: (url: string, data: Blob | string) => boolean } }).navigator;
  const sendBeacon = options.sendBeacon ?? (nav?.sendBeacon ? nav.sendBeacon.bind(nav) : undefined);
  const doFetch =
    options.fetch ?? (typeof globalThis.fetch === 'function' ? globalThis.fetch.bind(globalThis) : undefined);
  return (entry) => {
    const body: SurveyBeaconBody = {
      idempotencyKey: entry.idempotencyKey,
      survey: entry.survey,
      ...(entry.improvementSuggestions ? { improvementSuggestions: entry.improvementSuggestions } : {}),
      createdAt: entry.createdAt,
    };
    const json = JSON.stringify(body);
    if (sendBeacon) {
      const data = typeof Blob === 'function' ? new Blob([json], { type: 'application/json' }) : json;
      if (sendBeacon(url, data)) return true;
    }
    if (doFetch) {
      void doFetch(url, {
        method: 'POST',
        body: json,
        keepalive: true,
        headers: { 'content-type': 'application/json', 'idempotency-key': entry.idempotencyKey },
      }).catch(() => undefined);
      return true;
    }
    return false;
  };
}
