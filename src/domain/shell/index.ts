/**
 * The simulated shell's public entry point. `createShell()` gives a shell with every tool
 * (docker, aws, and whatever registers in `tools.ts`); `createShell({ tools: ['docker'] })` only
 * those. The shell keeps one `ShellSession` and replaces it after every line; everything below it
 * is pure, so two shells on a page are two separate simulations.
 */
import type { ExecResult, TaskCheck, World } from './types';
import { createWorld } from './world';
import { resolvePath, writeFile } from './fs';
import {
  checkTask,
  commandSet,
  completeLine,
  runLine,
  validateTask,
  type Completion,
  type ShellSession,
} from './interpreter';
import { TOOLS, toolsNamed } from './tools';

export type { ExecResult } from './types';
export type { Completion, ShellSession } from './interpreter';

/** Options of a shell: the lesson's files, its tools, where it starts, its seed. */
export interface ShellOptions {
  /** Files preloaded (absolute or relative to /home/learner). */
  files?: Record<string, string>;
  /** Tool names (default: all of them). */
  tools?: readonly string[];
  /** The starting directory (absolute or relative to /home/learner). */
  cwd?: string;
  /** The seed of every random draw (ids, names). */
  seed?: number;
  /** Virtual time that passes per line typed (default 1000 ms). */
  tickMs?: number;
}

export interface Shell {
  /** Runs one line (or several, separated by newlines); resolves with what it printed. */
  exec(line: string): Promise<ExecResult>;
  /** The same, at once: the terminal widget uses it so a keystroke never waits for a microtask. */
  run(line: string): ExecResult;
  /** Tab completion for the word before `cursor`. */
  complete(line: string, cursor: number): Completion;
  /** Whether the world satisfies a guided task's check (asked of the tool that owns the state). */
  check(check: TaskCheck): boolean;
  /** Writes a file (the edit panel's Save); a message when it cannot. */
  writeFile(path: string, text: string): string | null;
  /** Back to the starting state (files, tools, directory), history kept. */
  reset(): void;
  /** The current world (read by cluster views and task checks). */
  readonly world: World;
  /** Lines typed so far, oldest first. */
  readonly history: readonly string[];
}

/** A fresh session for these options (throws on an unknown tool or a missing start directory). */
export function startSession(options: ShellOptions = {}): ShellSession {
  const base = createWorld({ seed: options.seed ?? 1, files: options.files ?? {} });
  let world = base;
  if (options.cwd !== undefined) {
    const cwd = resolvePath(base, options.cwd);
    if (!base.fs.dirs.includes(cwd)) throw new Error(`the starting directory ${cwd} does not exist in the files given`);
    world = { ...base, cwd, env: { ...base.env, PWD: cwd } };
  }
  return { world, history: [], lastExitCode: 0 };
}

export function createShell(options: ShellOptions = {}): Shell {
  const set = commandSet(options.tools ? toolsNamed(options.tools) : Object.values(TOOLS));
  let session = startSession(options);
  const run = (text: string): ExecResult => {
    let stdout = '';
    let stderr = '';
    let exitCode = session.lastExitCode;
    // A line ending in a backslash continues on the next, as in bash.
    for (const line of text.replace(/\\(\r\n|\r|\n)/g, ' ').split(/\r\n|\r|\n/)) {
      const r = runLine(session, line, set, options.tickMs);
      session = r.session;
      stdout += r.result.stdout;
      stderr += r.result.stderr;
      exitCode = r.result.exitCode;
    }
    return { stdout, stderr, exitCode };
  };
  return {
    exec: (line) => Promise.resolve(run(line)),
    run,
    complete: (line, cursor) => completeLine(session, line, cursor, set),
    check: (c) => checkTask(session.world, c, set),
    writeFile(path, text) {
      const w = writeFile(session.world, resolvePath(session.world, path), text);
      if (typeof w === 'string') return w;
      session = { ...session, world: w };
      return null;
    },
    reset() {
      session = { ...startSession(options), history: session.history };
    },
    get world() {
      return session.world;
    },
    get history() {
      return session.history;
    },
  };
}

/** Why a task check is malformed for these tools (content tests call it on every lesson's tasks). */
export function describeCheckError(check: TaskCheck, tools: readonly string[] = Object.keys(TOOLS)): string | null {
  return validateTask(check, commandSet(toolsNamed(tools)));
}

export { runLine, completeLine, commandSet, commonPrefix, CLEAR_SCREEN, MAX_LINE_CHARS } from './interpreter';
export { TOOLS, toolsNamed } from './tools';
export { createWorld, HOME } from './world';
