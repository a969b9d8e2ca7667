/**
 * Maps JSON paths (`$.Statement[1].Condition.NumericLessThan`) to positions in the source
 * text, so a schema error can point at a line and column. A small tolerant tokenizer walks
 * the text with an explicit stack (never recursion): 10,000 nested `[` cannot overflow it.
 * Only paths up to `maxDepth` are recorded, which bounds memory on adversarial input.
 */

/** One step of a JSON path: an object key or an array index. */
export type PathSegment = string | number;

/** What the tokenizer learnt: where each path starts, and the first syntax error, if any. */
export interface JsonLocations {
  /** Path → offset of the member's key (objects) or of the element's value (arrays, root). */
  positions: Map<string, number>;
  /** The first syntax error: its offset and the path being read at that point. */
  error?: { position: number; path: string };
}

/** Formats path segments as a JSONPath string: `$`, `$.Statement[0]`, `$.Condition["aws:SourceIp"]`. */
export function formatPath(segments: readonly PathSegment[]): string {
  let out = '$';
  for (const segment of segments) out = appendSegment(out, segment);
  return out;
}

function appendSegment(path: string, segment: PathSegment): string {
  if (typeof segment === 'number') return `${path}[${segment}]`;
  return /^[A-Za-z_$][\w$]*$/.test(segment) ? `${path}.${segment}` : `${path}[${JSON.stringify(segment)}]`;
}

/** Converts a 0-based offset to a 1-based line and column (columns count UTF-16 units). */
export function lineColumn(text: string, position: number): { line: number; column: number } {
  const end = Math.max(0, Math.min(position, text.length));
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < end; i += 1) {
    if (text.charCodeAt(i) === 10) {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

interface Frame {
  kind: 'object' | 'array';
  path: string | null;
  count: number;
}

const LITERAL = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;

/** Returns the offset just past the string starting at `start` (a `"`), or -1 if unterminated. */
function stringEnd(text: string, start: number): number {
  for (let j = start + 1; j < text.length; j += 1) {
    const code = text.charCodeAt(j);
    if (code === 92)
      j += 1; // backslash: skip the escaped character
    else if (code === 34) return j + 1;
    else if (code < 32) return -1;
  }
  return -1;
}

/** Tokenizes `text`, recording where every path up to `maxDepth` levels deep begins. */
export function locateJson(text: string, maxDepth = 8): JsonLocations {
  const positions = new Map<string, number>();
  const stack: Frame[] = [];
  let i = 0;
  let mode: 'value' | 'first-key' | 'key' | 'after' = 'value';
  let pending: string | null = '$';
  let recordValue = true;
  const child = (frame: Frame | undefined, segment: PathSegment): string | null =>
    frame?.path == null || stack.length > maxDepth ? null : appendSegment(frame.path, segment);
  const fail = (): JsonLocations => ({ positions, error: { position: i, path: pending ?? stack.at(-1)?.path ?? '$' } });

  for (;;) {
    while (i < text.length && ' \t\n\r'.includes(text.charAt(i))) i += 1;
    const c = text.charAt(i);
    const top = stack.at(-1);
    if (mode === 'value') {
      if (recordValue && pending !== null) positions.set(pending, i);
      if (c === '{' || c === '[') {
        stack.push({ kind: c === '{' ? 'object' : 'array', path: pending, count: 0 });
        i += 1;
        mode = c === '{' ? 'first-key' : 'value';
        if (c === '[') {
          while (i < text.length && ' \t\n\r'.includes(text.charAt(i))) i += 1;
          if (text.charAt(i) === ']') {
            stack.pop();
            i += 1;
            mode = 'after';
          } else {
            pending = child(stack.at(-1), 0);
            recordValue = true;
          }
        }
        continue;
      }
      let end = -1;
      if (c === '"') end = stringEnd(text, i);
      else {
        LITERAL.lastIndex = i;
        if (LITERAL.test(text)) end = LITERAL.lastIndex;
      }
      if (end < 0) return fail();
      i = end;
      mode = 'after';
    } else if (mode === 'first-key' || mode === 'key') {
      if (mode === 'first-key' && c === '}') {
        stack.pop();
        i += 1;
        mode = 'after';
        continue;
      }
      const end = c === '"' ? stringEnd(text, i) : -1;
      if (end < 0) return fail();
      let key: string;
      try {
        key = JSON.parse(text.slice(i, end)) as string;
      } catch {
        return fail();
      }
      pending = child(top, key);
      if (pending !== null) positions.set(pending, i);
      i = end;
      while (i < text.length && ' \t\n\r'.includes(text.charAt(i))) i += 1;
      if (text.charAt(i) !== ':') return fail();
      i += 1;
      mode = 'value';
      recordValue = false;
    } else {
      if (!top) return i >= text.length ? { positions } : fail();
      if (c === ',') {
        top.count += 1;
        i += 1;
        mode = top.kind === 'object' ? 'key' : 'value';
        pending = top.kind === 'object' ? top.path : child(top, top.count);
        recordValue = top.kind === 'array';
      } else if ((c === '}' && top.kind === 'object') || (c === ']' && top.kind === 'array')) {
        stack.pop();
        i += 1;
        pending = stack.at(-1)?.path ?? '$';
      } else {
        return fail();
      }
    }
  }
}

/** The offset of `segments`, or of its nearest recorded ancestor (e.g. for a missing key). */
export function positionOf(locations: JsonLocations, segments: readonly PathSegment[]): number {
  for (let k = segments.length; k >= 0; k -= 1) {
    const position = locations.positions.get(formatPath(segments.slice(0, k)));
    if (position !== undefined) return position;
  }
  return 0;
}
