/**
 * Text arithmetic of the line-numbered policy editor: the gutter's numbers (with the error's
 * line marked), the offset of a line and column (to put the caret on an error), and the text
 * of one line (quoted in the error message).
 */

/** Number of lines in `text` (a text without a newline has one). */
export function lineCount(text: string): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n += 1;
  return n;
}

/** The gutter's text in three parts: the numbers before the marked line, the marked line, the rest. */
export function gutterParts(lines: number, marked: number | null): { before: string; marked: string; after: string } {
  const numbers = (from: number, to: number): string => {
    const out: string[] = [];
    for (let i = from; i <= to; i += 1) out.push(String(i));
    return out.join('\n');
  };
  if (marked === null || marked < 1 || marked > lines) return { before: numbers(1, lines), marked: '', after: '' };
  return {
    before: marked > 1 ? `${numbers(1, marked - 1)}\n` : '',
    marked: String(marked),
    after: marked < lines ? `\n${numbers(marked + 1, lines)}` : '',
  };
}

/** The 0-based offset of a 1-based line and column, clamped to the text. */
export function offsetOf(text: string, line: number, column: number): number {
  let start = 0;
  for (let l = 1; l < line; l += 1) {
    const next = text.indexOf('\n', start);
    if (next < 0) return text.length;
    start = next + 1;
  }
  const end = text.indexOf('\n', start);
  const lineEnd = end < 0 ? text.length : end;
  return Math.min(start + Math.max(0, column - 1), lineEnd);
}

/** The text of a 1-based line, cut to `max` characters (with an ellipsis). */
export function lineText(text: string, line: number, max = 120): string {
  const start = offsetOf(text, line, 1);
  const end = text.indexOf('\n', start);
  const whole = text.slice(start, end < 0 ? text.length : end);
  return whole.length > max ? `${whole.slice(0, max - 1)}…` : whole;
}
