/**
 * docker build, printed as BuildKit's progress does once finished ("[+] Building 9.2s (9/9)
 * FINISHED", "=> CACHED [2/5] WORKDIR /app"), and its errors with the Dockerfile excerpt and the
 * line marked ">>>" (moby/buildkit progress UI and docker/buildx, read 2026-12-03).
 */
import type { CommandInput, CommandOutput, World } from '../../shell/types';
import { later } from '../../shell/world';
import { buildImage, type BuildStep } from '../build';
import { findImage } from '../images';
import { familiarTag, fullName, parseReference } from '../reference';
import { all, last, parseArgs } from './args';
import { flagError, argsError } from './output';
import { dockerOf, ensureImage, resolveRemote, withDocker } from './state';
import { filesUnder, isDir, resolvePath } from './fs';

/** 'docker.io/library/python:3.12-slim' for 'python:3.12-slim'. */
function fullOf(text: string): string {
  const r = parseReference(text);
  return typeof r === 'string' ? text : fullName(r);
}

const line = (text: string, secs?: number) =>
  secs === undefined ? ` => ${text}` : ` => ${text}`.padEnd(73) + `${secs.toFixed(1)}s`.padStart(7);

/** The Dockerfile excerpt BuildKit prints above an error. */
function excerpt(name: string, text: string, at: number): string {
  const lines = text.split(/\r?\n/);
  const from = Math.max(1, at - 2);
  const to = Math.min(lines.length, at + 2);
  const body: string[] = [];
  for (let n = from; n <= to; n++)
    body.push(`${String(n).padStart(4)} | ${n === at ? '>>> ' : '    '}${(lines[n - 1] ?? '').slice(0, 120)}`);
  return `${name}:${at}\n--------------------\n${body.join('\n')}\n--------------------\n`;
}

/** Builds the image of `dir` (context) with `dockerfilePath`; used by docker build and docker compose. */
export function runBuild(
  world: World,
  contextDir: string,
  dockerfilePath: string,
  tags: readonly string[],
  buildArgs: Readonly<Record<string, string>> = {},
):
  | { ok: true; world: World; stdout: string; imageId: string; steps: readonly BuildStep[] }
  | { ok: false; world: World; stderr: string } {
  const dockerfile = world.fs.files[dockerfilePath];
  const dfName = dockerfilePath.split('/').pop() ?? 'Dockerfile';
  if (dockerfile === undefined)
    return {
      ok: false,
      world,
      stderr: `ERROR: failed to build: failed to solve: failed to read dockerfile: open ${dfName}: no such file or directory\n`,
    };
  const context = Object.fromEntries(
    Object.entries(filesUnder(world, contextDir)).filter(([p]) => p !== '.dockerignore'),
  );
  let w = world;
  const result = buildImage(dockerOf(w), {
    dockerfile,
    context,
    tags,
    nowMs: w.clock.nowMs,
    buildArgs,
    resolveBase(ref) {
      if (ref === 'scratch') return `"scratch" is a reserved name`;
      const local = findImage(dockerOf(w), ref);
      if (local) return local;
      const parsed = parseReference(ref);
      if (typeof parsed === 'string') return `failed to parse stage name "${ref}": ${parsed}`;
      const remote = resolveRemote(w, parsed);
      if (typeof remote === 'string')
        return `${fullName(parsed)}: failed to resolve source metadata for ${fullName(parsed)}: ${remote.includes('manifest unknown') ? `${fullName(parsed)}: not found` : remote}`;
      const pulled = ensureImage(w, ref);
      if (!('error' in pulled)) w = pulled.world;
      return remote;
    },
  });
  const head = [
    line(`[internal] load build definition from ${dfName}`, 0),
    ` => => transferring dockerfile: ${dockerfile.length}B`,
  ];
  if (!result.ok) {
    const where = result.line === null ? '' : excerpt(dfName, dockerfile, result.line);
    const stderr = `${head.join('\n')}\n${result.steps.map((s) => line(`${s.cached && s.index > 1 ? 'CACHED ' : ''}[${s.index}/${s.total}] ${s.text}`)).join('\n')}${result.steps.length ? '\n' : ''}------\n${where}ERROR: failed to build: failed to solve: ${result.message}\n`;
    return { ok: false, world: withDocker(w, result.state), stderr };
  }
  const secs = (ms: number) => Math.round(ms / 100) / 10;
  const baseDigest = (ref: string) => {
    const d = findImage(result.state, ref)?.repoDigests[0]?.split('@')[1];
    return d ? `@${d}` : '';
  };
  const from = result.steps[0];
  const body = [
    ...head,
    line(`[internal] load metadata for ${from ? fullOf(from.text.slice(5)) : ''}`, 0.8),
    line('[internal] load .dockerignore', 0),
    ...result.steps.map((s) =>
      s.index === 1
        ? line(`[1/${s.total}] FROM ${fullOf(s.text.slice(5))}${baseDigest(s.text.slice(5))}`.slice(0, 69), 0)
        : line(`${s.cached ? 'CACHED ' : ''}[${s.index}/${s.total}] ${s.text.slice(0, 60)}`, secs(s.ms)),
    ),
    line('exporting to image', 0.3),
    ` => => writing image ${result.image.id}`,
    ...tags.map((t) => ` => => naming to ${fullOf(t)}`),
  ];
  const total = result.steps.length + 4;
  const w2 = later(withDocker(w, result.state), result.ms + 1200);
  const title =
    `[+] Building ${secs(result.ms + 1200).toFixed(1)}s (${total}/${total}) FINISHED`.padEnd(64) + 'docker:default';
  return {
    ok: true,
    world: w2,
    stdout: `${title}\n${body.join('\n')}\n`,
    imageId: result.image.id,
    steps: result.steps,
  };
}

/** docker build [-t tag]... [-f Dockerfile] [--build-arg K=V] PATH */
export function buildCommand(words: readonly string[], input: CommandInput): CommandOutput {
  const args = parseArgs(words, {
    values: ['t', 'tag', 'f', 'file', 'build-arg', 'target', 'platform', 'progress'],
    bools: ['q', 'quiet', 'no-cache', 'pull', 'load', 'push'],
    aliases: { t: 'tag', f: 'file', q: 'quiet' },
  });
  if (typeof args === 'string') return flagError('build', args);
  if (args.positional.length !== 1) return argsError('build', 1, true);
  const world = input.world;
  const dir = resolvePath(world.cwd, args.positional[0] ?? '.');
  if (!isDir(world, dir))
    return {
      stderr: `ERROR: failed to build: unable to prepare context: path "${args.positional[0] ?? ''}" not found\n`,
      exitCode: 1,
    };
  const tags: string[] = [];
  for (const t of all(args, 'tag')) {
    const ref = parseReference(t);
    if (typeof ref === 'string')
      return { stderr: `ERROR: failed to build: invalid tag "${t.slice(0, 80)}": ${ref}\n`, exitCode: 1 };
    tags.push(familiarTag(ref));
  }
  const file = last(args, 'file');
  const dockerfilePath = file === undefined ? `${dir}/Dockerfile` : resolvePath(world.cwd, file);
  const buildArgs: Record<string, string> = {};
  for (const a of all(args, 'build-arg')) buildArgs[a.split('=')[0] ?? a] = a.split('=').slice(1).join('=');
  const start = args.flags['no-cache'] ? withDocker(world, { ...dockerOf(world), buildCache: [] }) : world;
  const r = runBuild(start, dir, dockerfilePath, tags, buildArgs);
  if (!r.ok) return { stderr: r.stderr, exitCode: 1, world: r.world };
  // BuildKit writes its progress to stderr; -q prints only the image id on stdout.
  if (args.flags['quiet']) return { stdout: `${r.imageId}\n`, exitCode: 0, world: r.world };
  return { stderr: r.stdout, exitCode: 0, world: r.world };
}
