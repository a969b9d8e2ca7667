/**
 * The shell's own commands: the file system (`ls`, `cat`, `cd`, `pwd`, `mkdir`, `touch`, `rm`),
 * `echo`, `sleep`, `export`, `env`, and the text filters a pipe needs (`grep`, `head`, `tail`,
 * `wc`). Messages and exit codes follow GNU coreutils and bash (2 for a usage error, 1 for a
 * failure), read 2026-12-03 from the coreutils manual.
 */
import type { CommandDefinition, CommandInput, CommandOutput, CompletionInput, World } from './types';
import { baseName, isDir, isFile, listDir, makeDir, removePath, resolvePath, writeFile } from './fs';
import { later } from './world';

const out = (stdout: string, world?: World): CommandOutput =>
  world === undefined ? { stdout, exitCode: 0 } : { stdout, exitCode: 0, world };
const fail = (stderr: string, exitCode = 1): CommandOutput => ({ stderr, exitCode });

/** Splits leading `-abc` flags from operands (`--` ends them). Unknown letters are reported. */
function flags(
  argv: readonly string[],
  allowed: string,
  withValue = '',
): { set: Set<string>; values: Record<string, string>; operands: string[]; bad: string | null } {
  const set = new Set<string>();
  const values: Record<string, string> = {};
  const operands: string[] = [];
  let bad: string | null = null;
  let ended = false;
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i] as string;
    if (ended || !a.startsWith('-') || a === '-' || /^-\d+$/.test(a)) {
      operands.push(a);
      continue;
    }
    if (a === '--') {
      ended = true;
      continue;
    }
    for (let j = 1; j < a.length; j++) {
      const c = a[j] as string;
      if (withValue.includes(c)) {
        const v = a.slice(j + 1) || (argv[++i] ?? '');
        values[c] = v;
        break;
      }
      if (!allowed.includes(c)) bad ??= c;
      set.add(c);
    }
  }
  return { set, values, operands, bad };
}

const invalid = (cmd: string, c: string) =>
  fail(`${cmd}: invalid option -- '${c}'\nTry '${cmd} --help' for more information.\n`, 2);

function fileCompletions({ partial, world }: CompletionInput): string[] {
  const slash = partial.lastIndexOf('/');
  const dirPart = slash >= 0 ? partial.slice(0, slash + 1) : '';
  const dir = resolvePath(world, dirPart === '' ? '.' : dirPart);
  if (!isDir(world.fs, dir)) return [];
  return listDir(world.fs, dir).map((e) => `${dirPart}${e.name}${e.dir ? '/' : ''}`);
}

function ls({ argv, world }: CommandInput): CommandOutput {
  const f = flags(argv, 'la1');
  if (f.bad) return invalid('ls', f.bad);
  const targets = f.operands.length > 0 ? f.operands : ['.'];
  const lines: string[] = [];
  let err = '';
  for (const t of targets) {
    const abs = resolvePath(world, t);
    if (isFile(world.fs, abs)) {
      lines.push(f.set.has('l') ? longLine(t, world.fs.files[abs] ?? '', false) : t);
      continue;
    }
    if (!isDir(world.fs, abs)) {
      err += `ls: cannot access '${t}': No such file or directory\n`;
      continue;
    }
    const entries = listDir(world.fs, abs).filter((e) => f.set.has('a') || !e.name.startsWith('.'));
    if (targets.length > 1) lines.push(`${t}:`);
    if (f.set.has('l')) {
      lines.push(`total ${entries.length * 4}`);
      for (const e of entries)
        lines.push(longLine(e.name, e.dir ? '' : (world.fs.files[`${abs === '/' ? '' : abs}/${e.name}`] ?? ''), e.dir));
    } else if (entries.length > 0) lines.push(entries.map((e) => e.name).join(f.set.has('1') ? '\n' : '  '));
  }
  const stdout = lines.length > 0 ? `${lines.join('\n')}\n` : '';
  return err === '' ? out(stdout) : { stdout, stderr: err, exitCode: 2 };
}

function longLine(name: string, text: string, dir: boolean): string {
  const size = dir ? 4096 : new TextEncoder().encode(text).length;
  return `${dir ? 'drwxr-xr-x' : '-rw-r--r--'} 1 learner learner ${String(size).padStart(6)} Jan  1 09:00 ${name}`;
}

function cat({ argv, world, stdin }: CommandInput): CommandOutput {
  const f = flags(argv, 'n');
  if (f.bad) return invalid('cat', f.bad);
  if (f.operands.length === 0) return out(stdin);
  let stdout = '';
  let stderr = '';
  for (const t of f.operands) {
    if (t === '-') {
      stdout += stdin;
      continue;
    }
    const abs = resolvePath(world, t);
    if (isDir(world.fs, abs)) stderr += `cat: ${t}: Is a directory\n`;
    else if (!isFile(world.fs, abs)) stderr += `cat: ${t}: No such file or directory\n`;
    else stdout += world.fs.files[abs] ?? '';
  }
  if (f.set.has('n'))
    stdout = stdout
      .split('\n')
      .map((l, i, all) => (i === all.length - 1 && l === '' ? l : `${String(i + 1).padStart(6)}\t${l}`))
      .join('\n');
  return stderr === '' ? out(stdout) : { stdout, stderr, exitCode: 1 };
}

function cd({ argv, world }: CommandInput): CommandOutput {
  if (argv.length > 2) return fail('bash: cd: too many arguments\n');
  const target = argv[1] ?? '~';
  if (target === '-') {
    const old = world.env['OLDPWD'] ?? world.cwd;
    return out(`${old}\n`, { ...world, cwd: old, env: { ...world.env, PWD: old, OLDPWD: world.cwd } });
  }
  const abs = resolvePath(world, target);
  if (isFile(world.fs, abs)) return fail(`bash: cd: ${target}: Not a directory\n`);
  if (!isDir(world.fs, abs)) return fail(`bash: cd: ${target}: No such file or directory\n`);
  return { exitCode: 0, world: { ...world, cwd: abs, env: { ...world.env, PWD: abs, OLDPWD: world.cwd } } };
}

function mkdir({ argv, world }: CommandInput): CommandOutput {
  const f = flags(argv, 'p');
  if (f.bad) return invalid('mkdir', f.bad);
  if (f.operands.length === 0) return fail(`mkdir: missing operand\nTry 'mkdir --help' for more information.\n`);
  let w = world;
  let stderr = '';
  for (const t of f.operands) {
    const r = makeDir(w, resolvePath(w, t), f.set.has('p'));
    if (typeof r === 'string') stderr += `mkdir: ${r.replace(resolvePath(w, t), t)}\n`;
    else w = r;
  }
  return stderr === '' ? { exitCode: 0, world: w } : { stderr, exitCode: 1, world: w };
}

function touch({ argv, world }: CommandInput): CommandOutput {
  if (argv.length < 2) return fail(`touch: missing file operand\nTry 'touch --help' for more information.\n`);
  let w = world;
  let stderr = '';
  for (const t of argv.slice(1)) {
    const abs = resolvePath(w, t);
    if (isFile(w.fs, abs) || isDir(w.fs, abs)) continue;
    const r = writeFile(w, abs, '');
    if (typeof r === 'string') stderr += `touch: cannot touch '${t}': No such file or directory\n`;
    else w = r;
  }
  return stderr === '' ? { exitCode: 0, world: w } : { stderr, exitCode: 1, world: w };
}

function rm({ argv, world }: CommandInput): CommandOutput {
  const f = flags(argv, 'rRf');
  if (f.bad) return invalid('rm', f.bad);
  if (f.operands.length === 0) return fail(`rm: missing operand\nTry 'rm --help' for more information.\n`);
  let w = world;
  let stderr = '';
  for (const t of f.operands) {
    const abs = resolvePath(w, t);
    const r = removePath(w, abs, f.set.has('r') || f.set.has('R'));
    if (typeof r === 'string') {
      if (!(f.set.has('f') && r.includes('No such file'))) stderr += `rm: ${r.replace(`'${abs}'`, `'${t}'`)}\n`;
    } else w = r;
  }
  return stderr === '' ? { exitCode: 0, world: w } : { stderr, exitCode: 1, world: w };
}

function echo({ argv }: CommandInput): CommandOutput {
  const noNewline = argv[1] === '-n';
  const words = argv.slice(noNewline ? 2 : 1);
  return out(words.join(' ') + (noNewline ? '' : '\n'));
}

/** `sleep N` moves the virtual clock on by N seconds at once (no real waiting). */
function sleep({ argv, world }: CommandInput): CommandOutput {
  if (argv.length < 2) return fail(`sleep: missing operand\nTry 'sleep --help' for more information.\n`);
  let total = 0;
  for (const a of argv.slice(1)) {
    const m = /^(\d+(?:\.\d+)?)([smhd]?)$/.exec(a);
    if (!m) return fail(`sleep: invalid time interval '${a.slice(0, 60)}'\nTry 'sleep --help' for more information.\n`);
    const unit = { '': 1, s: 1, m: 60, h: 3600, d: 86400 }[m[2] as '' | 's' | 'm' | 'h' | 'd'];
    total += Number(m[1]) * unit;
  }
  if (total > 30 * 86400) return fail(`sleep: this simulated clock moves at most 30 days at a time\n`);
  return { exitCode: 0, world: later(world, total * 1000) };
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** `export NAME=value` (or `NAME=value` typed alone: the shell routes it here). */
function exportCmd({ argv, world }: CommandInput): CommandOutput {
  if (argv.length < 2) return env({ argv, world, stdin: '' });
  const vars = { ...world.env };
  for (const a of argv.slice(1)) {
    const eq = a.indexOf('=');
    const name = eq >= 0 ? a.slice(0, eq) : a;
    if (!NAME.test(name)) return fail(`bash: export: \`${a.slice(0, 60)}': not a valid identifier\n`);
    if (eq >= 0) vars[name] = a.slice(eq + 1).slice(0, 10_000);
  }
  return { exitCode: 0, world: { ...world, env: vars } };
}

function env({ world }: CommandInput): CommandOutput {
  return out(
    Object.entries(world.env)
      .map(([k, v]) => `${k}=${v}`)
      .join('\n') + '\n',
  );
}

/** The input lines of a filter: its files, or stdin when none is named. */
function inputText(files: readonly string[], cmd: string, input: CommandInput): { text: string; err: string } {
  if (files.length === 0) return { text: input.stdin, err: '' };
  let text = '';
  let err = '';
  for (const t of files) {
    const abs = resolvePath(input.world, t);
    if (isDir(input.world.fs, abs)) err += `${cmd}: ${t}: Is a directory\n`;
    else if (!isFile(input.world.fs, abs)) err += `${cmd}: ${t}: No such file or directory\n`;
    else text += input.world.fs.files[abs] ?? '';
  }
  return { text, err };
}

const linesOf = (text: string) => (text === '' ? [] : text.replace(/\n$/, '').split('\n'));

function grep(input: CommandInput): CommandOutput {
  const f = flags(input.argv, 'ivcnE');
  if (f.bad) return fail(`grep: invalid option -- '${f.bad}'\nUsage: grep [OPTION]... PATTERNS [FILE]...\n`, 2);
  const [pattern, ...files] = f.operands;
  if (pattern === undefined)
    return fail(`Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n`, 2);
  let re: RegExp;
  try {
    // Basic and extended regular expressions are close enough to JavaScript's for the lessons.
    re = new RegExp(pattern.slice(0, 500), f.set.has('i') ? 'i' : '');
  } catch {
    return fail(`grep: Unmatched ( or \\(\n`, 2);
  }
  const { text, err } = inputText(files, 'grep', input);
  const hits = linesOf(text)
    .map((l, i) => ({ l, n: i + 1 }))
    .filter(({ l }) => re.test(l) !== f.set.has('v'));
  const stdout = f.set.has('c')
    ? `${hits.length}\n`
    : hits.map(({ l, n }) => (f.set.has('n') ? `${n}:${l}` : l)).join('\n') + (hits.length > 0 ? '\n' : '');
  if (err !== '') return { stdout, stderr: err, exitCode: 2 };
  return { stdout, exitCode: hits.length > 0 ? 0 : 1 };
}

function headTail(which: 'head' | 'tail') {
  return (input: CommandInput): CommandOutput => {
    const f = flags(input.argv, '', 'n');
    let nText = f.values['n'] ?? '10';
    const files = f.operands.filter((o) => {
      if (/^-\d+$/.test(o)) {
        nText = o.slice(1);
        return false;
      }
      return true;
    });
    if (f.bad) return invalid(which, f.bad);
    const n = Number(nText);
    if (!/^\d+$/.test(nText) || !Number.isSafeInteger(n))
      return fail(`${which}: invalid number of lines: '${nText.slice(0, 40)}'\n`);
    const { text, err } = inputText(files, which, input);
    const lines = linesOf(text);
    const picked = which === 'head' ? lines.slice(0, n) : n === 0 ? [] : lines.slice(-n);
    const stdout = picked.length > 0 ? `${picked.join('\n')}\n` : '';
    return err === '' ? out(stdout) : { stdout, stderr: err, exitCode: 1 };
  };
}

function wc(input: CommandInput): CommandOutput {
  const f = flags(input.argv, 'lwc');
  if (f.bad) return invalid('wc', f.bad);
  const { text, err } = inputText(f.operands, 'wc', input);
  const counts = {
    l: (text.match(/\n/g) ?? []).length,
    w: text.split(/\s+/).filter((w) => w !== '').length,
    c: new TextEncoder().encode(text).length,
  };
  const chosen = (['l', 'w', 'c'] as const).filter((k) => f.set.size === 0 || f.set.has(k));
  const cols = chosen.map((k) => String(counts[k]).padStart(chosen.length > 1 ? 7 : 0));
  const name = f.operands.length === 1 ? ` ${f.operands[0] ?? ''}` : '';
  const stdout = `${cols.join(chosen.length > 1 ? ' ' : '')}${name}\n`;
  return err === '' ? out(stdout) : { stdout, stderr: err, exitCode: 1 };
}

function def(
  name: string,
  summary: string,
  run: (i: CommandInput) => CommandOutput,
  complete?: (i: CompletionInput) => readonly string[],
): CommandDefinition {
  return complete ? { name, summary, run, complete } : { name, summary, run };
}

/** The shell's own commands (`help`, `clear` and `history` live in the interpreter). */
export const BUILTINS: readonly CommandDefinition[] = [
  def('ls', 'list a directory (-l long, -a hidden files)', ls, fileCompletions),
  def('cat', 'print files', cat, fileCompletions),
  def('cd', 'change the working directory', cd, (i) => fileCompletions(i).filter((c) => c.endsWith('/'))),
  def('pwd', 'print the working directory', ({ world }) => out(`${world.cwd}\n`)),
  def('mkdir', 'make directories (-p: with parents)', mkdir, fileCompletions),
  def('touch', 'create empty files', touch, fileCompletions),
  def('rm', 'remove files (-r: directories)', rm, fileCompletions),
  def('echo', 'print its words (echo text > file writes a file)', echo),
  def('sleep', 'let N seconds of simulated time pass at once', sleep),
  def('export', 'set an environment variable: export NAME=value', exportCmd),
  def('env', 'print the environment', env),
  def('grep', 'print lines that match a pattern (-i, -v, -c, -n)', grep, fileCompletions),
  def('head', 'print the first lines (-n N)', headTail('head'), fileCompletions),
  def('tail', 'print the last lines (-n N)', headTail('tail'), fileCompletions),
  def('wc', 'count lines, words and bytes (-l, -w, -c)', wc, fileCompletions),
  def('whoami', 'print the user name', ({ world }) => out(`${world.env['USER'] ?? 'learner'}\n`)),
  def('true', 'do nothing, successfully', () => ({ exitCode: 0 })),
  def('false', 'do nothing, unsuccessfully', () => ({ exitCode: 1 })),
];

export { fileCompletions, baseName };
