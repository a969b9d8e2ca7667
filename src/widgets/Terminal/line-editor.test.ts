import { describe, expect, it } from 'vitest';
import { complete, decodeKeys, edit, emptyLine, insert, redraw, type LineState } from './line-editor';

const typed = (text: string, cursor = text.length): LineState => ({ text, cursor, historyIndex: 0, draft: '' });

describe('decodeKeys', () => {
  it('keeps a paste together and turns line ends into Enter', () => {
    expect(decodeKeys('docker ps\r\nls\n')).toEqual([
      { type: 'text', text: 'docker ps' },
      { type: 'key', name: 'enter' },
      { type: 'text', text: 'ls' },
      { type: 'key', name: 'enter' },
    ]);
  });
  it('reads arrows, Home/End, Delete and the readline control keys', () => {
    const names = decodeKeys('\x1b[A\x1b[B\x1b[C\x1b[D\x1b[H\x1b[F\x1b[3~\x01\x05\x15\x17\x03\x0c\t\x7f').map((k) =>
      k.type === 'key' ? k.name : k.text,
    );
    expect(names).toEqual([
      'up',
      'down',
      'right',
      'left',
      'home',
      'end',
      'delete',
      'home',
      'end',
      'kill-start',
      'kill-word',
      'cancel',
      'clear',
      'tab',
      'backspace',
    ]);
  });
  it('drops unknown escape sequences, bracketed-paste markers and other controls', () => {
    expect(decodeKeys('\x1b[200~a\x00b\x1b[31mc\x1b]0;t\x07d\x1b[201~')).toEqual([
      { type: 'text', text: 'ab' },
      { type: 'text', text: 'c' },
      { type: 'text', text: 'd' },
    ]);
  });
  it('a 10,000-character paste is one insertion', () => {
    const keys = decodeKeys('x'.repeat(10_000));
    expect(keys).toHaveLength(1);
    expect(insert(emptyLine(0), (keys[0] as { text: string }).text).text).toHaveLength(10_000);
  });
});

describe('edit (bash readline defaults)', () => {
  it('moves, deletes and kills as Emacs mode does', () => {
    expect(edit(typed('docker ps'), 'backspace', [])).toMatchObject({ text: 'docker p', cursor: 8 });
    expect(edit(typed('docker ps', 0), 'delete', [])).toMatchObject({ text: 'ocker ps', cursor: 0 });
    expect(edit(typed('docker ps -a'), 'kill-word', [])).toMatchObject({ text: 'docker ps ', cursor: 10 });
    expect(edit(typed('docker ps', 6), 'kill-start', [])).toMatchObject({ text: ' ps', cursor: 0 });
    expect(edit(typed('docker ps', 6), 'kill-end', [])).toMatchObject({ text: 'docker', cursor: 6 });
    expect(edit(typed('docker ps', 6), 'home', []).cursor).toBe(0);
    expect(edit(typed('docker ps', 0), 'end', []).cursor).toBe(9);
    expect(edit(typed('docker ps', 0), 'left', []).cursor).toBe(0);
    expect(edit(typed('docker ps'), 'word-left', []).cursor).toBe(7);
  });
  it('browses the history and returns to the line being typed', () => {
    const history = ['ls', 'docker ps'];
    let s: LineState = { ...emptyLine(2), text: 'doc', cursor: 3 };
    s = edit(s, 'up', history);
    expect(s.text).toBe('docker ps');
    s = edit(s, 'up', history);
    expect(s.text).toBe('ls');
    s = edit(s, 'up', history);
    expect(s.text).toBe('ls');
    s = edit(edit(s, 'down', history), 'down', history);
    expect(s).toMatchObject({ text: 'doc', cursor: 3 });
  });
  it('completion replaces the partial word and adds a space unless it is a directory', () => {
    expect(complete(typed('docker st'), 'st', 'stop', true).text).toBe('docker stop ');
    expect(complete(typed('cd a'), 'a', 'app/', true).text).toBe('cd app/');
  });
});

describe('redraw', () => {
  it('draws the prompt and line, then puts the cursor in its column', () => {
    const r = redraw('$ ', typed('docker ps', 2), 80, { cursorRow: 0 });
    expect(r.bytes).toBe('\r\x1b[J$ docker ps\x1b[5G');
    expect(r.drawn.cursorRow).toBe(0);
  });
  it('goes back over a wrapped line before drawing it again', () => {
    const first = redraw('$ ', typed('x'.repeat(25)), 10, { cursorRow: 0 });
    expect(first.drawn.cursorRow).toBe(2);
    const second = redraw('$ ', typed('x'.repeat(25), 0), 10, first.drawn);
    expect(second.bytes.startsWith('\x1b[2A\r\x1b[J')).toBe(true);
    expect(second.bytes.endsWith('\x1b[2A\x1b[3G')).toBe(true);
  });
  it('at the exact end of a row moves to the next row itself', () => {
    const r = redraw('$ ', typed('x'.repeat(8)), 10, { cursorRow: 0 });
    expect(r.bytes).toContain('\r\n');
    expect(r.drawn.cursorRow).toBe(1);
  });
});
