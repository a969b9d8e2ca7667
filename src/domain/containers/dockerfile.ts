/**
 * A Dockerfile parser that follows BuildKit's rules for the instructions the course uses: one
 * instruction per line, `\` continues a line, `#` starts a comment, JSON (exec) or shell form
 * for CMD/ENTRYPOINT/RUN, `$VAR`/`${VAR}` from ARG and ENV. Errors name the line, as BuildKit's
 * "dockerfile parse error on line N: ..." does (moby/buildkit frontend/dockerfile, read 2026-12-03).
 */

/** A Dockerfile problem, with the 1-based line it is on. */
export class DockerfileError extends Error {
  constructor(
    readonly line: number,
    readonly detail: string,
  ) {
    super(`dockerfile parse error on line ${line}: ${detail}`);
    this.name = 'DockerfileError';
  }
}

export const KEYWORDS = [
  'FROM',
  'RUN',
  'COPY',
  'ADD',
  'WORKDIR',
  'ENV',
  'ARG',
  'EXPOSE',
  'CMD',
  'ENTRYPOINT',
  'USER',
  'LABEL',
  'VOLUME',
  'HEALTHCHECK',
  'SHELL',
  'STOPSIGNAL',
  'ONBUILD',
  'MAINTAINER',
] as const;
export type Keyword = (typeof KEYWORDS)[number];

/** One instruction as written (continuations joined). */
export interface Instruction {
  readonly line: number;
  readonly keyword: Keyword;
  /** The arguments after the keyword, continuations joined with a space. */
  readonly args: string;
  /** The exec form (`["a", "b"]`) when the arguments are a JSON array of strings. */
  readonly exec: readonly string[] | null;
}

function execForm(args: string): string[] | null {
  if (!args.trim().startsWith('[')) return null;
  try {
    const v: unknown = JSON.parse(args);
    return Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v as string[]) : null;
  } catch {
    return null;
  }
}

/** The instructions of `text`; throws DockerfileError naming the line. */
export function parseDockerfile(text: string): Instruction[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const out: Instruction[] = [];
  let i = 0;
  while (i < lines.length) {
    const start = i;
    let raw = lines[i] ?? '';
    i++;
    if (/^\s*(#.*)?$/.test(raw)) continue;
    while (/\\\s*$/.test(raw) && i < lines.length) {
      const next = lines[i] ?? '';
      i++;
      if (/^\s*#/.test(next)) continue;
      raw = raw.replace(/\\\s*$/, ' ') + next.trim();
    }
    raw = raw.replace(/\\\s*$/, '');
    const m = /^\s*([A-Za-z]+)(?:\s+(.*))?$/.exec(raw);
    const word = (m?.[1] ?? raw.trim().split(/\s+/)[0] ?? '').toUpperCase();
    if (!m || !(KEYWORDS as readonly string[]).includes(word))
      throw new DockerfileError(start + 1, `unknown instruction: ${(raw.trim().split(/\s+/)[0] ?? '').slice(0, 40)}`);
    const keyword = word as Keyword;
    const args = (m[2] ?? '').trim();
    if (args === '') throw new DockerfileError(start + 1, `${keyword} requires at least one argument`);
    out.push({ line: start + 1, keyword, args, exec: execForm(args) });
  }
  if (out.length === 0) throw new DockerfileError(1, 'file with no instructions');
  const first = out.find((x) => x.keyword !== 'ARG');
  if (first && first.keyword !== 'FROM') throw new DockerfileError(first.line, 'no build stage in current context');
  for (const ins of out) {
    if (ins.keyword === 'FROM') {
      const n = ins.args.split(/\s+/).length;
      if (n !== 1 && !(n === 3 && /\s+as\s+/i.test(ins.args)))
        throw new DockerfileError(ins.line, 'FROM requires either one or three arguments');
    }
    if (ins.keyword === 'WORKDIR' && ins.args.split(/\s+/).length !== 1)
      throw new DockerfileError(ins.line, 'WORKDIR requires exactly one argument');
    if (
      (ins.keyword === 'COPY' || ins.keyword === 'ADD') &&
      (ins.exec ?? words(ins.args).filter((w) => !w.startsWith('--'))).length < 2
    )
      throw new DockerfileError(
        ins.line,
        `${ins.keyword} requires at least two arguments, but only one was provided. Destination could not be determined`,
      );
    if (ins.keyword === 'EXPOSE')
      for (const p of ins.args.split(/\s+/))
        if (!/^(\$\{?\w+\}?|\d{1,5}(-\d{1,5})?)(\/(tcp|udp|sctp))?$/i.test(p))
          throw new DockerfileError(ins.line, `invalid containerPort: ${p.slice(0, 40)}`);
  }
  return out;
}

/** Whitespace-separated words. */
export function words(args: string): string[] {
  return args.split(/\s+/).filter((w) => w !== '');
}

/** `$VAR` and `${VAR}` replaced from `vars` (unknown ones become empty, as the shell does). */
export function expand(text: string, vars: Readonly<Record<string, string>>): string {
  return text.replace(
    /\$\{(\w+)\}|\$(\w+)/g,
    (_, a: string | undefined, b: string | undefined) => vars[a ?? b ?? ''] ?? '',
  );
}

/** KEY=value pairs of ENV/ARG/LABEL (also the legacy `ENV KEY value`). */
export function pairs(args: string): [string, string][] {
  if (!args.includes('=')) {
    const [k = '', ...rest] = words(args);
    return [[k, rest.join(' ')]];
  }
  const out: [string, string][] = [];
  const re = /(\w[\w.-]*)=("([^"]*)"|'([^']*)'|\S*)/g;
  for (let m = re.exec(args); m; m = re.exec(args)) out.push([m[1] ?? '', m[3] ?? m[4] ?? m[2] ?? '']);
  if (out.length === 0 && args.trim() !== '') out.push([words(args)[0] ?? '', '']);
  return out;
}
