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
 * A container with more members than this holds records (papers, nodes, edges): each member is
 * one piece, stringified whole. Opening them too cut the 100,000-paper bundle into 10⁷ pieces,
 * each passed up a chain of generators: 7 s to write 221 MB, against 3.8 s one record a piece.
 */
export const RECORDS_FROM = 64;

/**
 * The pieces of JSON.stringify(value), byte for byte, with up to `depth` levels of plain objects
 * and arrays opened: a container of few members opens them in turn, one of more than
 * RECORDS_FROM gives each member whole; deeper values, and any other kind of value, are
 * stringified whole. (A top-level value JSON cannot hold, such as undefined, gives 'null' where
 * JSON.stringify gives no text.)
 */
export function* jsonPieces(value: unknown, depth: number): Generator<string> {
  if (depth === 0 || !opened(value)) {
    yield JSON.stringify(value) ?? 'null';
    return;
  }
  if (Array.isArray(value)) {
    const inner = value.length > RECORDS_FROM ? 0 : depth - 1;
    yield '[';
    for (let i = 0; i < value.length; i++) {
      if (omitted(value[i])) yield i > 0 ? ',null' : 'null';
      else if (inner === 0) yield (i > 0 ? ',' : '') + (JSON.stringify(value[i]) ?? 'null');
      else {
        if (i > 0) yield ',';
        yield* jsonPieces(value[i], inner);
      }
    }
    yield ']';
    return;
  }
  const members = Object.entries(value);
  const inner = members.length > RECORDS_FROM ? 0 : depth - 1;
  yield '{';
  let first = true;
  for (const [key, member] of members) {
    if (omitted(member)) continue;
    // Whole, a member whose toJSON gives undefined is left out, as JSON.stringify leaves it.
    const whole = inner === 0 || !opened(member) ? JSON.stringify(member) : '';
    if (whole === undefined) continue;
    const head = `${first ? '' : ','}${JSON.stringify(key)}:`;
    first = false;
    if (whole) yield head + whole;
    else {
      yield head;
      yield* jsonPieces(member, inner);
    }
  }
  yield '}';
}

/** Writes `value` as JSON.stringify would, without the whole text in memory at once. */
export function writeJson(path: string, value: unknown, depth = 4): void {
  writePieces(path, jsonPieces(value, depth));
}
