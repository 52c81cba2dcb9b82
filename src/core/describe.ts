/** Internal helpers for readable error messages (not exported from the entry point). */

const MAX = 60;

function clip(text: string): string {
  return text.length > MAX ? `${text.slice(0, MAX - 1)}…` : text;
}

/** A short, safe rendering of any value for an error message (never throws). */
export function describeValue(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return clip(JSON.stringify(value));
    case 'number':
      return Object.is(value, -0) ? '-0' : String(value);
    case 'bigint':
      return `${value.toString()}n`;
    case 'boolean':
    case 'undefined':
      return String(value);
    case 'symbol':
      return value.toString();
    case 'function':
      return 'a function';
    default: {
      if (value === null) return 'null';
      try {
        const json = JSON.stringify(value);
        return json === undefined ? Object.prototype.toString.call(value) : clip(json);
      } catch {
        return Array.isArray(value) ? 'an array' : 'an object';
      }
    }
  }
}

/** The value and, for non-numbers, its type: `"3" (a string)`. */
export function describeWithType(value: unknown): string {
  const text = describeValue(value);
  if (typeof value === 'string') return `${text} (a string)`;
  if (typeof value === 'boolean') return `${text} (a boolean)`;
  if (Array.isArray(value)) return `${text} (an array)`;
  return text;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const saved = row[j] ?? 0;
      row[j] = Math.min(saved + 1, (row[j - 1] ?? 0) + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = saved;
    }
  }
  return row[b.length] ?? 0;
}

/** The candidate the key was probably meant to be (case-insensitive match or a small typo), if any. */
export function suggest(key: string, candidates: readonly string[]): string | undefined {
  const lower = key.toLowerCase();
  const exact = candidates.find((c) => c.toLowerCase() === lower);
  if (exact !== undefined) return exact;
  let best: string | undefined;
  let bestDistance = 3;
  for (const c of candidates) {
    const d = distance(lower, c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

/** `" (did you mean X?)"` or `""`. */
export function didYouMean(key: string, candidates: readonly string[]): string {
  const s = suggest(key, candidates);
  return s !== undefined && s !== key ? ` (did you mean ${s}?)` : '';
}

/** `a, b, c` */
export function list(items: readonly unknown[]): string {
  return items.length === 0 ? '(none)' : items.map(String).join(', ');
}

/** Whether a value is a non-null, non-array object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
