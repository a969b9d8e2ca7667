/**
 * parsePolicy: JSON text → validated Policy, or a PolicyError that points at the line and
 * column of the problem. JSON.parse does the reading (it is iterative and handles deep
 * nesting); json-locate maps paths to positions only when an error has to be reported.
 */
import type { Policy } from './types.ts';
import { PolicyError } from './policy-error.ts';
import { formatPath, lineColumn, locateJson, positionOf, type JsonLocations, type PathSegment } from './json-locate.ts';
import { validatePolicy } from './policy-schema.ts';

/**
 * Finds where JSON.parse stopped. V8 writes "… at position N (line L column C)", Firefox
 * "… at line L column C of the JSON data", Safari gives no position; the tokenizer's own
 * error position and then the end of the text are the fallbacks.
 */
function syntaxErrorAt(text: string, message: string, locations: JsonLocations): { line: number; column: number } {
  const position = /position (\d+)/.exec(message);
  if (position) return lineColumn(text, Number(position[1]));
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  return lineColumn(text, locations.error?.position ?? text.length);
}

function syntaxError(text: string, cause: unknown): PolicyError {
  const message = cause instanceof Error ? cause.message : String(cause);
  const locations = locateJson(text);
  const { line, column } = syntaxErrorAt(text, message, locations);
  const engine = message
    .replace(/^JSON\.parse: /, '')
    .replace(/ (in|of the) JSON.*$/s, '')
    .replace(/ at line \d+ column \d+.*$/s, '');
  return new PolicyError({
    path: locations.error?.path ?? '$',
    line,
    column,
    expected: 'valid JSON',
    received: text.trim() === '' ? 'an empty document' : `a syntax error (${engine})`,
  });
}

function parseUnchecked(json: string): Policy {
  if (typeof json !== 'string') {
    throw new PolicyError({
      path: '$',
      line: 1,
      column: 1,
      expected: 'policy text (a JSON string)',
      received: `a value of type ${typeof json}`,
    });
  }
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (cause) {
    throw syntaxError(json, cause);
  }
  let locations: JsonLocations | undefined;
  return validatePolicy(value, (at: PathSegment[], expected: string, received: string, hint?: string): never => {
    locations ??= locateJson(json);
    const { line, column } = lineColumn(json, positionOf(locations, at));
    throw new PolicyError({
      path: formatPath(at),
      line,
      column,
      expected,
      received,
      ...(hint === undefined ? {} : { hint }),
    });
  });
}

/**
 * Parses and validates the JSON of an IAM policy; throws PolicyError — and nothing else — for
 * invalid JSON, a non-object document, a missing or malformed Statement, an Effect other than
 * exactly "Allow"/"Deny", both or neither of Action/NotAction (and Resource/NotResource), an
 * unknown condition operator, or a condition value of the wrong type (e.g. an invalid CIDR
 * under IpAddress: invalid CIDRs are rejected here rather than silently never matching).
 * The result is a fresh copy holding only Version and Statement (an `Id` is checked, then dropped).
 */
export function parsePolicy(json: string): Policy {
  try {
    return parseUnchecked(json);
  } catch (error) {
    if (error instanceof PolicyError) throw error;
    // Defensive: whatever else goes wrong (e.g. an engine limit), callers only ever see PolicyError.
    throw new PolicyError({
      path: '$',
      line: 1,
      column: 1,
      expected: 'a policy document',
      received: `input that could not be processed (${String(error)})`,
    });
  }
}
