/** Byte helpers shared by the tokenizers: UTF-8 decoding of a slice, concatenation, line ends. */

interface NodeBufferStatics {
  prototype: { utf8Slice(this: Uint8Array, start: number, end: number): string };
}
const nodeBuffer = (globalThis as { Buffer?: NodeBufferStatics }).Buffer;
const nodeUtf8Slice = nodeBuffer?.prototype.utf8Slice;
const decoder = new TextDecoder('utf-8');

/** Decodes `bytes[start, end)` as UTF-8 (Node's native slice decoder when available). */
export const decodeUtf8: (bytes: Uint8Array, start: number, end: number) => string =
  typeof nodeUtf8Slice === 'function'
    ? (bytes, start, end) => nodeUtf8Slice.call(bytes, start, end)
    : (bytes, start, end) => decoder.decode(bytes.subarray(start, end));

/** `a` followed by `b` (a new array). */
export function concatBytes(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

/** Line ends in `bytes[start, end)`: CRLF, LF and CR each count once (`afterCR`: a CR just before `start`). */
export function countLineEnds(bytes: Uint8Array, start: number, end: number, afterCR = false): number {
  let lines = 0;
  let cr = afterCR;
  for (let i = start; i < end; i++) {
    const c = bytes[i]!;
    if (c === 10) {
      if (!cr) lines++;
      cr = false;
    } else if (c === 13) {
      lines++;
      cr = true;
    } else cr = false;
  }
  return lines;
}

/** The first non-whitespace byte at or after `from`, or -1. */
export function firstNonSpace(bytes: Uint8Array, from = 0): number {
  for (let i = from; i < bytes.length; i++) {
    const c = bytes[i]!;
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) return i;
  }
  return -1;
}
