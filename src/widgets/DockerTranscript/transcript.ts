/**
 * A transcript of docker commands run at build time against the simulated engine: what the
 * learner would see in a terminal, computed by the same code the terminal and quizzes use, so the
 * lesson text cannot drift from the engine. `sleep N` advances the virtual clock.
 */
import { parse } from 'shell-quote';
import { runDocker } from '../../domain/containers/cli';
import type { World } from '../../domain/shell/types';
import { createWorld, later } from '../../domain/shell/world';

export interface TranscriptStep {
  readonly command: string;
  readonly output: string;
  readonly exitCode: number;
}

/** Runs `commands` in a fresh world with `files` and `cwd`; throws (failing the build) on a command that is not docker or sleep. */
export function transcript(
  commands: readonly string[],
  files: Record<string, string> = {},
  cwd?: string,
): TranscriptStep[] {
  let world: World = createWorld({ files });
  if (cwd) world = { ...world, cwd: cwd.startsWith('/') ? cwd : `${world.env['HOME'] ?? ''}/${cwd}` };
  return commands.map((command) => {
    // $NAME expands from the world's environment; an unset variable becomes a visible placeholder.
    const tokens = parse(command, (name: string) => world.env[name] ?? `example-${name.toLowerCase()}`);
    const op = tokens.findIndex((t) => typeof t === 'object' && 'op' in t);
    const opName = op >= 0 ? (tokens[op] as { op: string }).op : null;
    const strings = (ts: typeof tokens) => ts.filter((w): w is string => typeof w === 'string');
    let stdin = '';
    let words = strings(tokens);
    if (opName === '>>' || opName === '>') {
      // echo TEXT >> FILE: the lesson edits a file between two commands.
      const [echo, ...text] = strings(tokens.slice(0, op));
      const target = strings(tokens.slice(op + 1))[0] ?? '';
      if (echo !== 'echo' || target === '')
        throw new Error(`DockerTranscript: only "echo TEXT >> FILE" may redirect (received: ${command})`);
      const path = target.startsWith('/') ? target : `${world.cwd}/${target}`;
      const before = opName === '>>' ? (world.fs.files[path] ?? '') : '';
      world = { ...world, fs: { ...world.fs, files: { ...world.fs.files, [path]: `${before}${text.join(' ')}\n` } } };
      return { command, output: '', exitCode: 0 };
    }
    if (opName === '|') {
      // echo TEXT | docker ...: the text is the command's stdin.
      const [echo, ...text] = strings(tokens.slice(0, op));
      if (echo !== 'echo')
        throw new Error(`DockerTranscript: only "echo TEXT | docker ..." may pipe (received: ${command})`);
      stdin = `${text.join(' ')}\n`;
      words = strings(tokens.slice(op + 1));
    }
    if (words[0] === 'sleep') {
      world = later(world, Number(words[1] ?? 0) * 1000);
      return { command, output: '', exitCode: 0 };
    }
    if (words[0] !== 'docker')
      throw new Error(`DockerTranscript runs docker commands and sleep only (received: ${command})`);
    const r = runDocker({ argv: words, stdin, world });
    if (r.world) world = r.world;
    // docker run and create report the pull (stderr) before the container id; elsewhere the
    // result (stdout) comes before a refusal (stderr), as they appear in a terminal.
    const pullFirst = words[1] === 'run' || words[1] === 'create';
    const output = pullFirst ? `${r.stderr ?? ''}${r.stdout ?? ''}` : `${r.stdout ?? ''}${r.stderr ?? ''}`;
    return { command, output, exitCode: r.exitCode };
  });
}
