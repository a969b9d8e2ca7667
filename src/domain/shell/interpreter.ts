/**
 * The interpreter of the simulated shell: one pure function from (session, line) to (session,
 * result). Words are split and quoted by `shell-quote` (POSIX rules: quotes, backslashes, `$VAR`,
 * globs, operators); this file only gives the operators their meaning: `|` pipes stdout into the
 * next command's stdin, `>`/`>>` write a file, `<` reads one, `;`, `&&` and `||` sequence lines.
 * Messages follow bash 5 (read 2026-12-03): `bash: NAME: command not found` with exit 127, syntax
 * errors with exit 2. Nothing here throws: a tool that fails unexpectedly is reported as such.
 */
import { parse, type ParseEntry } from 'shell-quote';
import type { CommandDefinition, ExecResult, TaskCheck, ToolDefinition, World } from './types';
import { BUILTINS, fileCompletions } from './builtins';
import { expandGlob, isDir, resolvePath, writeFile } from './fs';
import { later } from './world';

/** One shell's whole state: the world its commands change, and what the learner typed. */
export interface ShellSession {
  readonly world: World;
  readonly history: readonly string[];
  readonly lastExitCode: number;
}

/** The commands a shell knows: its builtins plus the tools it was created with. */
export interface CommandSet {
  readonly tools: readonly ToolDefinition[];
  readonly commands: ReadonlyMap<string, CommandDefinition>;
}

/** Builds the command set for some tools (later tools cannot replace a builtin). */
export function commandSet(tools: readonly ToolDefinition[]): CommandSet {
  const commands = new Map<string, CommandDefinition>();
  for (const t of tools) for (const c of t.commands) commands.set(c.name, c);
  for (const b of BUILTINS) commands.set(b.name, b);
  return { tools, commands };
}

/** Longest line the shell reads; a longer paste is refused with a message, never hangs. */
export const MAX_LINE_CHARS = 20_000;
/** How many lines `history` keeps. */
export const MAX_HISTORY = 500;
/** The ANSI sequence `clear` prints (cursor home, erase screen, erase scrollback), as ncurses' clear does. */
export const CLEAR_SCREEN = '\x1b[H\x1b[2J\x1b[3J';

const SHELL_COMMANDS = ['help', 'clear', 'history'] as const;

/** Removes escape sequences and control characters a paste can carry (tabs become spaces). */
export function cleanLine(line: string): string {
  return line
    .replace(/\x1b\[[0-?]*[ -/]*[@-~]/g, '') // CSI: colours, cursor moves
    .replace(/\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?/g, '') // OSC: titles, hyperlinks
    .replace(/\x1b[@-_]?/g, '')
    .replace(/\t/g, ' ')
    .replace(/[\x00-\x08\x0a-\x1f\x7f]/g, '');
}

/** The quote left open at the end of a line, or null (bash then asks for more input). */
export function openQuote(line: string): '"' | "'" | null {
  let q: '"' | "'" | null = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (q === "'") {
      if (c === "'") q = null;
    } else if (c === '\\') i++;
    else if (q === '"') {
      if (c === '"') q = null;
    } else if (c === '"' || c === "'") q = c;
    else if (c === '#' && (i === 0 || /\s/.test(line[i - 1] ?? ''))) return null;
  }
  return q;
}

interface SimpleCommand {
  words: string[];
  /** Redirections in order: `>` / `>>` to a file, `<` from a file. */
  redirects: { op: '>' | '>>' | '<'; target: string }[];
}
type Pipeline = SimpleCommand[];
interface ListItem {
  /** How this pipeline joins the previous one: always, if it succeeded, if it failed. */
  join: ';' | '&&' | '||';
  pipeline: Pipeline;
}

const syntaxError = (token: string): ExecResult => ({
  stdout: '',
  stderr: `bash: syntax error near unexpected token \`${token}'\n`,
  exitCode: 2,
});
const unsupported = (what: string): ExecResult => ({
  stdout: '',
  stderr: `bash: ${what} is not supported in this simulated shell\n`,
  exitCode: 2,
});

/** Turns shell-quote's tokens into `;`/`&&`/`||`-joined pipelines, or a bash-like syntax error. */
function structure(tokens: readonly ParseEntry[], world: World): ListItem[] | ExecResult {
  const items: ListItem[] = [];
  let join: ListItem['join'] = ';';
  let pipeline: Pipeline = [];
  let cmd: SimpleCommand = { words: [], redirects: [] };
  let pendingRedirect: '>' | '>>' | '<' | null = null;
  const empty = (c: SimpleCommand) => c.words.length === 0 && c.redirects.length === 0;
  for (const t of tokens) {
    if (typeof t === 'string') {
      if (pendingRedirect) {
        cmd.redirects.push({ op: pendingRedirect, target: t });
        pendingRedirect = null;
      } else cmd.words.push(t);
      continue;
    }
    if ('comment' in t) break;
    const op = t.op;
    if (op === 'glob') {
      const pattern = (t as { pattern: string }).pattern;
      if (pendingRedirect) {
        cmd.redirects.push({ op: pendingRedirect, target: pattern });
        pendingRedirect = null;
      } else cmd.words.push(...expandGlob(world, pattern));
      continue;
    }
    if (pendingRedirect) return syntaxError(op === ';' ? ';' : op === '&&' || op === '||' ? op : 'newline');
    if (op === '>' || op === '>>' || op === '<') {
      pendingRedirect = op;
      continue;
    }
    if (op === '|') {
      if (empty(cmd)) return syntaxError('|');
      pipeline.push(cmd);
      cmd = { words: [], redirects: [] };
      continue;
    }
    if (op === ';' || op === '&&' || op === '||') {
      if (empty(cmd)) {
        if (pipeline.length > 0 || op !== ';' || items.length === 0) return syntaxError(op);
        continue;
      }
      pipeline.push(cmd);
      items.push({ join, pipeline });
      join = op;
      pipeline = [];
      cmd = { words: [], redirects: [] };
      continue;
    }
    if (op === '&') return unsupported('running a command in the background (&)');
    if (op === '>&' || op === '|&') return unsupported(`redirecting stderr (${op})`);
    if (op === '<<<' || op === '<(') return unsupported(`the ${op} operator`);
    if (op === '(' || op === ')') return unsupported('a subshell ( ... )');
    return syntaxError(op);
  }
  if (pendingRedirect) return syntaxError('newline');
  if (empty(cmd)) {
    if (pipeline.length > 0 || join === '&&' || join === '||') return syntaxError('newline');
  } else pipeline.push(cmd);
  if (pipeline.length > 0) items.push({ join, pipeline });
  return items;
}

function helpText(set: CommandSet): string {
  const rows = [
    ...set.tools.flatMap((t) => t.commands.map((c) => [c.name, c.summary] as const)),
    ...BUILTINS.map((c) => [c.name, c.summary] as const),
    ['help', 'this list'] as const,
    ['clear', 'clear the screen (or press Ctrl-L)'] as const,
    ['history', 'the commands typed so far (Up and Down recall them)'] as const,
  ];
  const width = Math.max(...rows.map(([n]) => n.length));
  return (
    'Commands in this simulated shell (nothing runs on a real machine):\n' +
    rows.map(([n, s]) => `  ${n.padEnd(width)}  ${s}`).join('\n') +
    '\nKeys: Tab completes, Up/Down recall, Ctrl-A/E start/end, Ctrl-U/W delete, Ctrl-C cancels, Ctrl-L clears.\n'
  );
}

interface Step {
  stdout: string;
  stderr: string;
  exitCode: number;
  world: World;
}

/** Runs one simple command with its stdin; never throws. */
function runSimple(c: SimpleCommand, stdin: string, session: ShellSession, set: CommandSet): Step {
  let world = session.world;
  let input = stdin;
  const [name, ...rest] = c.words;
  const fail = (stderr: string, exitCode: number): Step => ({ stdout: '', stderr, exitCode, world });
  for (const r of c.redirects)
    if (r.op === '<') {
      const abs = resolvePath(world, r.target);
      if (isDir(world.fs, abs)) return fail(`bash: ${r.target}: Is a directory\n`, 1);
      const text = world.fs.files[abs];
      if (text === undefined) return fail(`bash: ${r.target}: No such file or directory\n`, 1);
      input = text;
    }
  let stdout = '';
  let stderr = '';
  let exitCode = 0;
  if (name === undefined) {
    // Only redirections: `> file` creates an empty file, as in bash.
  } else if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(name) && rest.length === 0) {
    const r = set.commands.get('export')?.run({ argv: ['export', name], stdin: '', world });
    if (r?.world) world = r.world;
    exitCode = r?.exitCode ?? 0;
    stderr = r?.stderr ?? '';
  } else if (name === 'help') stdout = helpText(set);
  else if (name === 'clear') stdout = CLEAR_SCREEN;
  else if (name === 'history')
    stdout = session.history.map((h, i) => `${String(i + 1).padStart(5)}  ${h}`).join('\n') + '\n';
  else {
    const cmd = set.commands.get(name);
    if (!cmd) return fail(`bash: ${name.slice(0, 80)}: command not found\n`, 127);
    try {
      const r = cmd.run({ argv: c.words, stdin: input, world });
      stdout = r.stdout ?? '';
      stderr = r.stderr ?? '';
      exitCode = Number.isInteger(r.exitCode) ? r.exitCode : 1;
      if (r.world) world = r.world;
    } catch (e) {
      // A tool must never throw for user input; if one does, say so rather than break the terminal.
      return fail(
        `${name}: the simulation failed on this command (${e instanceof Error ? e.message : String(e)}); nothing was changed\n`,
        1,
      );
    }
  }
  for (const r of c.redirects) {
    if (r.op === '<') continue;
    const abs = resolvePath(world, r.target);
    const w = writeFile(world, abs, stdout, r.op === '>>');
    if (typeof w === 'string')
      return { stdout: '', stderr: `${stderr}bash: ${r.target}: ${w.split(': ').pop() ?? w}\n`, exitCode: 1, world };
    world = w;
    stdout = '';
  }
  return { stdout, stderr, exitCode, world };
}

/**
 * Runs one line. `tickMs` of virtual time pass before it (the time it took to type), so a
 * container's "Up 3 seconds" moves on as the learner works.
 */
export function runLine(
  session: ShellSession,
  rawLine: string,
  set: CommandSet,
  tickMs = 1000,
): { session: ShellSession; result: ExecResult } {
  const done = (s: ShellSession, result: ExecResult) => ({
    session: { ...s, lastExitCode: result.exitCode },
    result,
  });
  if (rawLine.length > MAX_LINE_CHARS)
    return done(session, {
      stdout: '',
      stderr: `bash: line too long (${rawLine.length} characters; this shell reads at most ${MAX_LINE_CHARS})\n`,
      exitCode: 2,
    });
  const line = cleanLine(rawLine).trim();
  if (line === '') return { session, result: { stdout: '', stderr: '', exitCode: session.lastExitCode } };
  const history = [...session.history, line].slice(-MAX_HISTORY);
  let s: ShellSession = { ...session, history, world: later(session.world, tickMs) };
  const quote = openQuote(line);
  if (quote)
    return done(s, {
      stdout: '',
      stderr: `bash: unexpected EOF while looking for matching \`${quote}'\n`,
      exitCode: 2,
    });
  if (/\$\(|`/.test(line.replace(/'[^']*'/g, '')))
    return done(s, unsupported('command substitution ($(...) or `...`)'));
  const vars = (name: string) => (name === '?' ? String(session.lastExitCode) : (s.world.env[name] ?? ''));
  let tokens: ParseEntry[];
  try {
    tokens = parse(line, vars);
  } catch {
    return done(s, syntaxError(line.slice(0, 20)));
  }
  const items = structure(tokens, s.world);
  if (!Array.isArray(items)) return done(s, items);
  let stdout = '';
  let stderr = '';
  let exitCode = session.lastExitCode;
  for (const item of items) {
    if (item.join === '&&' && exitCode !== 0) continue;
    if (item.join === '||' && exitCode === 0) continue;
    let pipeIn = '';
    let last: Step | null = null;
    for (const [i, c] of item.pipeline.entries()) {
      last = runSimple(c, pipeIn, s, set);
      s = { ...s, world: last.world };
      stderr += last.stderr;
      pipeIn = last.stdout;
      if (i === item.pipeline.length - 1) stdout += last.stdout;
    }
    exitCode = last?.exitCode ?? 0;
    s = { ...s, lastExitCode: exitCode };
  }
  return done(s, { stdout, stderr, exitCode });
}

/** What Tab offers for the word before `cursor`: that word, and the full candidates for it. */
export interface Completion {
  /** The partial word being completed (the text the candidates replace). */
  readonly partial: string;
  /** Candidates that start with `partial`, sorted, without duplicates. */
  readonly candidates: readonly string[];
}

/** Completes commands (first word), then the tool's subcommands, flags and names, then files. */
export function completeLine(session: ShellSession, line: string, cursor: number, set: CommandSet): Completion {
  const before = cleanLine(line.slice(0, Math.max(0, Math.min(cursor, line.length))));
  const atSpace = before === '' || /\s$/.test(before);
  let tokens: ParseEntry[];
  try {
    tokens = parse(before, () => '');
  } catch {
    return { partial: '', candidates: [] };
  }
  const lastOp = tokens.reduce<number>(
    (acc, t, i) => (typeof t === 'object' && 'op' in t && t.op !== 'glob' ? i : acc),
    -1,
  );
  const words = tokens.slice(lastOp + 1).map((t) => (typeof t === 'string' ? t : 'pattern' in t ? t.pattern : ''));
  const partial = atSpace ? '' : (words.pop() ?? '');
  const world = session.world;
  let pool: readonly string[];
  if (words.length === 0) {
    pool = [...set.commands.keys(), ...SHELL_COMMANDS];
  } else {
    const cmd = set.commands.get(words[0] ?? '');
    let fromTool: readonly string[] = [];
    try {
      fromTool = cmd?.complete?.({ argv: words, partial, world }) ?? [];
    } catch {
      fromTool = [];
    }
    const matching = fromTool.filter((c) => c.startsWith(partial));
    pool =
      matching.length > 0 && !partial.includes('/')
        ? matching
        : [...matching, ...fileCompletions({ argv: words, partial, world })];
  }
  const candidates = [...new Set(pool.filter((c) => c.startsWith(partial)))].sort();
  return { partial, candidates };
}

/** The longest prefix the candidates share (what one Tab can insert when several match). */
export function commonPrefix(candidates: readonly string[]): string {
  if (candidates.length === 0) return '';
  let p = candidates[0] ?? '';
  for (const c of candidates) while (!c.startsWith(p)) p = p.slice(0, -1);
  return p;
}

/** Asks the tool named by a task's check whether the world satisfies it (false for an unknown tool). */
export function checkTask(world: World, check: TaskCheck, set: CommandSet): boolean {
  const tool = set.tools.find((t) => t.name === check.tool);
  try {
    return tool?.check?.(world, check) ?? false;
  } catch {
    return false;
  }
}

/** Why a task's check cannot be answered by these tools, or null when it is well formed. */
export function validateTask(check: TaskCheck, set: CommandSet): string | null {
  const tool = set.tools.find((t) => t.name === check.tool);
  if (!tool)
    return `no tool named "${String(check.tool)}" in this terminal (tools: ${set.tools.map((t) => t.name).join(', ')})`;
  if (!tool.check) return `the ${tool.name} tool has no task checks`;
  return tool.validateCheck?.(check) ?? null;
}
