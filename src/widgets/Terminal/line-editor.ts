/**
 * The terminal's line editor, pure: what the keys bash's readline binds by default do to the line
 * being typed (Emacs mode: Ctrl-A/E/U/W/K, arrows, Home/End, history), and the screen update that
 * draws the line again on a terminal of `cols` columns, wrapped lines included. The widget feeds
 * it xterm.js's `onData` strings; nothing here touches the DOM.
 */

export interface LineState {
  readonly text: string;
  /** Cursor position in `text` (0..text.length), in UTF-16 units. */
  readonly cursor: number;
  /** Position in the history while browsing it (history.length = the line being typed). */
  readonly historyIndex: number;
  /** The line being typed, kept while browsing the history. */
  readonly draft: string;
}

export const emptyLine = (historyLength: number): LineState => ({
  text: '',
  cursor: 0,
  historyIndex: historyLength,
  draft: '',
});

export type KeyName =
  | 'enter'
  | 'backspace'
  | 'delete'
  | 'left'
  | 'right'
  | 'up'
  | 'down'
  | 'home'
  | 'end'
  | 'word-left'
  | 'word-right'
  | 'tab'
  | 'kill-start'
  | 'kill-word'
  | 'kill-end'
  | 'cancel'
  | 'clear'
  | 'eof';

export type Key = { readonly type: 'text'; readonly text: string } | { readonly type: 'key'; readonly name: KeyName };

const CONTROL: Readonly<Record<string, KeyName>> = {
  '\r': 'enter',
  '\n': 'enter',
  '\x7f': 'backspace',
  '\b': 'backspace',
  '\t': 'tab',
  '\x01': 'home',
  '\x05': 'end',
  '\x02': 'left',
  '\x06': 'right',
  '\x10': 'up',
  '\x0e': 'down',
  '\x15': 'kill-start',
  '\x17': 'kill-word',
  '\x0b': 'kill-end',
  '\x03': 'cancel',
  '\x0c': 'clear',
  '\x04': 'eof',
};

const ESCAPES: Readonly<Record<string, KeyName>> = {
  '[A': 'up',
  '[B': 'down',
  '[C': 'right',
  '[D': 'left',
  '[H': 'home',
  '[F': 'end',
  OA: 'up',
  OB: 'down',
  OC: 'right',
  OD: 'left',
  OH: 'home',
  OF: 'end',
  '[1~': 'home',
  '[7~': 'home',
  '[4~': 'end',
  '[8~': 'end',
  '[3~': 'delete',
  '[1;5C': 'word-right',
  '[1;5D': 'word-left',
  '[1;3C': 'word-right',
  '[1;3D': 'word-left',
  f: 'word-right',
  b: 'word-left',
};

/**
 * Splits what the terminal sent (a keystroke or a whole paste) into keys: runs of printable text
 * stay together, so a 10,000-character paste is one insertion; unknown escape sequences and
 * other control characters are dropped, never inserted.
 */
export function decodeKeys(data: string): Key[] {
  const keys: Key[] = [];
  let text = '';
  const flush = () => {
    if (text !== '') keys.push({ type: 'text', text });
    text = '';
  };
  for (let i = 0; i < data.length; i++) {
    const c = data[i] as string;
    if (c === '\x1b') {
      flush();
      const rest = data.slice(i + 1);
      const csi = /^(\[[0-?]*[ -/]*[@-~]|O[A-Z]|[a-z])/.exec(rest);
      if (csi) {
        const name = ESCAPES[csi[0]];
        if (name) keys.push({ type: 'key', name });
        i += csi[0].length;
      } else {
        const osc = /^\][^\x07\x1b]*(\x07|\x1b\\)?/.exec(rest);
        if (osc) i += osc[0].length;
      }
      continue;
    }
    const control = CONTROL[c];
    if (control) {
      flush();
      // A pasted Windows line ending is one Enter, not two.
      if (c === '\n' && data[i - 1] === '\r') continue;
      keys.push({ type: 'key', name: control });
      continue;
    }
    if (c < ' ' || (c >= '\x80' && c < '\xa0')) continue;
    text += c;
  }
  flush();
  return keys;
}

const wordStart = (text: string, from: number): number => {
  let i = from;
  while (i > 0 && /\s/.test(text[i - 1] ?? '')) i--;
  while (i > 0 && !/\s/.test(text[i - 1] ?? '')) i--;
  return i;
};
const wordEnd = (text: string, from: number): number => {
  let i = from;
  while (i < text.length && /\s/.test(text[i] ?? '')) i++;
  while (i < text.length && !/\s/.test(text[i] ?? '')) i++;
  return i;
};

/** Longest line the editor holds (a longer paste is cut here, with the rest dropped). */
export const MAX_EDIT_CHARS = 20_000;

/** Inserts text at the cursor. */
export function insert(s: LineState, text: string): LineState {
  const room = MAX_EDIT_CHARS - s.text.length;
  const t = text.slice(0, Math.max(0, room));
  return { ...s, text: s.text.slice(0, s.cursor) + t + s.text.slice(s.cursor), cursor: s.cursor + t.length };
}

/**
 * Applies an editing key. Keys the editor does not own (enter, tab, cancel, clear, eof on an
 * empty line) return the state unchanged; the widget acts on them.
 */
export function edit(s: LineState, key: KeyName, history: readonly string[]): LineState {
  const { text, cursor } = s;
  switch (key) {
    case 'backspace':
      return cursor === 0 ? s : { ...s, text: text.slice(0, cursor - 1) + text.slice(cursor), cursor: cursor - 1 };
    case 'delete':
    case 'eof':
      return cursor >= text.length ? s : { ...s, text: text.slice(0, cursor) + text.slice(cursor + 1) };
    case 'left':
      return { ...s, cursor: Math.max(0, cursor - 1) };
    case 'right':
      return { ...s, cursor: Math.min(text.length, cursor + 1) };
    case 'home':
      return { ...s, cursor: 0 };
    case 'end':
      return { ...s, cursor: text.length };
    case 'word-left':
      return { ...s, cursor: wordStart(text, cursor) };
    case 'word-right':
      return { ...s, cursor: wordEnd(text, cursor) };
    case 'kill-start':
      return { ...s, text: text.slice(cursor), cursor: 0 };
    case 'kill-word': {
      const start = wordStart(text, cursor);
      return { ...s, text: text.slice(0, start) + text.slice(cursor), cursor: start };
    }
    case 'kill-end':
      return { ...s, text: text.slice(0, cursor) };
    case 'up': {
      if (s.historyIndex <= 0 || history.length === 0) return s;
      const index = Math.min(s.historyIndex, history.length) - 1;
      const draft = s.historyIndex >= history.length ? text : s.draft;
      const line = history[index] ?? '';
      return { text: line, cursor: line.length, historyIndex: index, draft };
    }
    case 'down': {
      if (s.historyIndex >= history.length) return s;
      const index = s.historyIndex + 1;
      const line = index >= history.length ? s.draft : (history[index] ?? '');
      return { ...s, text: line, cursor: line.length, historyIndex: index };
    }
    default:
      return s;
  }
}

/** Replaces the partial word before the cursor with `completion` (and a space when it is final). */
export function complete(s: LineState, partial: string, completion: string, final: boolean): LineState {
  const start = s.cursor - partial.length;
  if (start < 0 || s.text.slice(start, s.cursor) !== partial) return s;
  const add = completion + (final && !completion.endsWith('/') ? ' ' : '');
  return { ...s, text: s.text.slice(0, start) + add + s.text.slice(s.cursor), cursor: start + add.length };
}

/** Where the editor left the screen after the last draw, so the next draw can go back over it. */
export interface DrawnLine {
  /** The row of the cursor, counted from the row the prompt starts on. */
  readonly cursorRow: number;
}

/** Visible width of a string without its ANSI colour codes. */
export const visibleLength = (s: string): number => [...s.replace(/\x1b\[[0-9;]*m/g, '')].length;

/**
 * The bytes that redraw `prompt + text` with the cursor at `cursor`, on a terminal `cols` wide,
 * starting from where `previous` left the cursor: back to the prompt's first row, erase to the
 * end of the screen, write, then move the cursor into place. A line wider than the terminal wraps
 * as the terminal wraps it.
 */
export function redraw(
  prompt: string,
  s: LineState,
  cols: number,
  previous: DrawnLine,
): { bytes: string; drawn: DrawnLine } {
  const width = Math.max(1, Math.floor(cols));
  const p = visibleLength(prompt);
  const total = p + [...s.text].length;
  const target = p + [...s.text.slice(0, s.cursor)].length;
  let bytes = previous.cursorRow > 0 ? `\x1b[${previous.cursorRow}A` : '';
  bytes += `\r\x1b[J${prompt}${s.text}`;
  // At the exact end of a row the terminal waits to wrap; go to the next row's start ourselves.
  if (total > 0 && total % width === 0) bytes += '\r\n';
  const endRow = Math.floor(total / width);
  const row = Math.floor(target / width);
  const col = target % width;
  if (endRow > row) bytes += `\x1b[${endRow - row}A`;
  bytes += `\x1b[${col + 1}G`;
  return { bytes, drawn: { cursorRow: row } };
}
