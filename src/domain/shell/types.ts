/**
 * The seams of the simulated shell. The interpreter (`createShell`) parses a line, expands it,
 * runs pipes and redirections, and hands each command a `World`; tools (docker, kubectl, aws,
 * minikube, ...) are plain lists of commands that read the world and return a new one. A tool
 * never keeps state of its own: everything lives in `World.tools[key]`, so two shells on a page
 * are two separate simulations, and a cluster view can read the same world a terminal changes.
 */
import type { Clock } from '../shared/clock';

/** What one command line produced. The public contract of the shell. */
export interface ExecResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/** The in-memory file system: absolute paths of files with their text, and of directories. */
export interface FsState {
  /** '/home/learner/app.py' -> its text. */
  readonly files: Readonly<Record<string, string>>;
  /** Absolute paths of directories, '/' included; a file's parent is always listed. */
  readonly dirs: readonly string[];
}

/** Everything one shell works on. Plain data: serialisable, comparable, replayable. */
export interface World {
  /** Virtual time; commands advance it (a `docker run` takes a moment, `sleep 5` five seconds). */
  readonly clock: Clock;
  /** The seed of this world: every tool draws its randomness from `createStream(seed, name)`. */
  readonly seed: number;
  /** How many random draws each stream has had, so a tool can resume its stream exactly. */
  readonly draws: Readonly<Record<string, number>>;
  readonly fs: FsState;
  /** The working directory (absolute). */
  readonly cwd: string;
  /** Environment variables ($HOME, $PATH, ...), as `echo $HOME` sees them. */
  readonly env: Readonly<Record<string, string>>;
  /** Each tool's own state, under the tool's key ('docker', 'kubernetes', 'aws', ...). */
  readonly tools: Readonly<Record<string, unknown>>;
}

/** What a command is given: its words (argv[0] is the command's name), its stdin, the world. */
export interface CommandInput {
  readonly argv: readonly string[];
  readonly stdin: string;
  readonly world: World;
}

/** What a command returns. `world` is omitted when the command changed nothing. */
export interface CommandOutput {
  readonly stdout?: string;
  readonly stderr?: string;
  readonly exitCode: number;
  readonly world?: World;
}

/** What Tab completion knows: the words before the one being completed, and that word's start. */
export interface CompletionInput {
  /** The words already typed, argv[0] included. */
  readonly argv: readonly string[];
  /** The partial word under the cursor ('' after a space). */
  readonly partial: string;
  readonly world: World;
}

/** One command the shell can run (`docker`, `kubectl`, `ls`, ...). */
export interface CommandDefinition {
  readonly name: string;
  /** One line for `help`. */
  readonly summary: string;
  /** Runs the command. Must be pure: same input, same output; never throws for bad user input. */
  run(input: CommandInput): CommandOutput;
  /** Candidates for the word being typed (subcommands, flags, names); the shell filters by prefix. */
  complete?(input: CompletionInput): readonly string[];
}

/**
 * A guided task's check, as a lesson writes it (plain JSON in MDX props): `tool` names the tool
 * whose `check` answers it, `kind` what to ask, the other fields its parameters. Checks ask the
 * simulated state (a container running with 8080->80), never the text the learner typed.
 * Example: `{ tool: 'docker', kind: 'container-running', image: 'nginx', publish: '8080:80' }`.
 */
export interface TaskCheck {
  readonly tool: string;
  readonly kind: string;
  readonly [param: string]: unknown;
}

/** One step of a lesson's guided tasks. */
export interface TaskDefinition {
  readonly id: string;
  /** What to do, in the learner's words ("Run nginx with port 8080 mapped to 80"). */
  readonly text: string;
  /** Shown on request when the learner is stuck. */
  readonly hint?: string;
  readonly check: TaskCheck;
}

/** A tool: a named group of commands, registered together (docker's, kubectl's, aws's). */
export interface ToolDefinition {
  readonly name: string;
  readonly commands: readonly CommandDefinition[];
  /**
   * Answers a task check whose `tool` is this tool's name: true when the world satisfies it.
   * Returns false (never throws) for a check it does not understand; `describeCheckError`
   * below lets a content test reject such checks at build time.
   */
  check?(world: World, check: TaskCheck): boolean;
  /** A message when `check` is malformed for this tool (unknown kind, missing field), else null. */
  validateCheck?(check: TaskCheck): string | null;
}
