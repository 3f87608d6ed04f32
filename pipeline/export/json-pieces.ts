// JSON.stringify's text in pieces, for a file written as it goes (text-sink.ts): the view bundle of
// a 10,000-paper corpus is a 72 MB string, held whole beside its UTF-8 copy while written; in
// pieces, the export stage's peak memory drops by about that much.
import { writePieces } from './text-sink';

/** A value JSON.stringify leaves out of an object (and writes as null in an array). */
const omitted = (value: unknown) => value === undefined || typeof value === 'function' || typeof value === 'symbol';

/** Arrays and plain objects without a toJSON are cut into pieces; JSON.stringify takes any other value whole. */
function opened(value: unknown): value is object {
  if (value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return true;
  const prototype = Object.getPrototypeOf(value);
  return (prototype === Object.prototype || prototype === null) && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}

/**
 * The pieces of JSON.stringify(value), byte for byte, with `depth` levels of plain objects and
 * arrays opened; deeper values, and any other kind of value, are stringified whole. (A top-level
 * value JSON cannot hold, such as undefined, gives 'null' where JSON.stringify gives no text.)
 */
export function* jsonPieces(value: unknown, depth: number): Generator<string> {
  if (depth === 0 || !opened(value)) {
    yield JSON.stringify(value) ?? 'null';
    return;
  }
  if (Array.isArray(value)) {
    yield '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) yield ',';
      if (omitted(value[i])) yield 'null';
      else yield* jsonPieces(value[i], depth - 1);
    }
    yield ']';
    return;
  }
  yield '{';
  let first = true;
  for (const [key, member] of Object.entries(value)) {
    if (omitted(member)) continue;
    yield `${first ? '' : ','}${JSON.stringify(key)}:`;
    first = false;
    yield* jsonPieces(member, depth - 1);
  }
  yield '}';
}

/** Writes `value` as JSON.stringify would, without the whole text in memory at once. */
export function writeJson(path: string, value: unknown, depth = 4): void {
  writePieces(path, jsonPieces(value, depth));
}
