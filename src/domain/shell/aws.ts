/**
 * The `aws` command: one dispatcher that services (lambda, ecs, ecr, sts, ...) plug into, so the
 * Kubernetes/serverless work and the ECS work add services without touching each other.
 *
 * Shapes and exit codes follow AWS CLI version 2 (docs: "AWS CLI return codes", checked
 * 2026-12-03): 0 success, 252 the command line could not be parsed, 254 the service returned an
 * error ("An error occurred (Code) when calling the Op operation: message"), 255 other failures.
 */
import type { CommandDefinition, CommandOutput, World } from './types';

/** Parsed `--name value` parameters: a flag alone is `true`; several values make a list. */
export type AwsParams = Readonly<Record<string, string | true | readonly string[]>>;

/** What an operation receives: its parameters (file:// already read), the global options, the world. */
export interface AwsCall {
  readonly params: AwsParams;
  readonly region: string;
  readonly output: 'json' | 'text' | 'table';
  readonly world: World;
  readonly stdin: string;
}

/** One operation, e.g. lambda `create-function`. */
export interface AwsOperation {
  /** Parameter names (without --) that must be present. */
  readonly required?: readonly string[];
  /** Every parameter the operation accepts (for completion and the "Unknown options" error). */
  readonly accepts: readonly string[];
  run(call: AwsCall): CommandOutput;
}

/** A service: `aws <name> <operation>`. */
export interface AwsService {
  readonly name: string;
  readonly operations: Readonly<Record<string, AwsOperation>>;
}

export const AWS_EXIT = { ok: 0, usage: 252, service: 254, other: 255 } as const;
const DEFAULT_REGION = 'eu-west-2';
const USAGE = `usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]
To see help text, you can run:

  aws help
  aws <command> help
  aws <command> <subcommand> help
`;

/** A parse error as AWS CLI v2 prints it, exit 252. */
export function awsUsageError(message: string): CommandOutput {
  return { stderr: `${USAGE}\naws: error: ${message}\n`, exitCode: AWS_EXIT.usage };
}

/** A service error as AWS CLI v2 prints it, exit 254. */
export function awsServiceError(code: string, operation: string, message: string): CommandOutput {
  return {
    stderr: `\nAn error occurred (${code}) when calling the ${operation} operation: ${message}\n`,
    exitCode: AWS_EXIT.service,
  };
}

/** A JSON result printed as the CLI prints it (4-space indent). */
export function awsJson(value: unknown, world?: World): CommandOutput {
  return world === undefined
    ? { stdout: `${JSON.stringify(value, null, 4)}\n`, exitCode: 0 }
    : { stdout: `${JSON.stringify(value, null, 4)}\n`, exitCode: 0, world };
}

/** Splits `--a 1 --b x y --c` into { a: '1', b: ['x', 'y'], c: true }; null when a word is not a parameter. */
export function parseAwsParams(words: readonly string[]): {
  params: Record<string, string | true | string[]>;
  stray: string | null;
} {
  const params: Record<string, string | true | string[]> = Object.create(null) as Record<
    string,
    string | true | string[]
  >;
  let current: string | null = null;
  for (const w of words) {
    if (w.startsWith('--') && w.length > 2) {
      current = w.slice(2);
      params[current] = true;
      continue;
    }
    if (current === null) return { params, stray: w };
    const prev = params[current];
    params[current] = prev === true || prev === undefined ? w : Array.isArray(prev) ? [...prev, w] : [prev, w];
  }
  return { params, stray: null };
}

/** Builds the `aws` command from services. */
export function createAwsCommand(services: readonly AwsService[]): CommandDefinition {
  const byName = new Map(services.map((s) => [s.name, s]));
  return {
    name: 'aws',
    summary: 'Amazon Web Services CLI (simulated): ' + services.map((s) => s.name).join(', '),
    run({ argv, world, stdin }) {
      const { params: all, stray: first } = splitGlobals(argv.slice(1));
      const [serviceName, opName, ...rest] = first;
      if (serviceName === undefined) return awsUsageError('the following arguments are required: command');
      const service = byName.get(serviceName);
      if (service === undefined) {
        return awsUsageError(`argument command: Found invalid choice '${serviceName}'`);
      }
      if (opName === undefined) return awsUsageError('the following arguments are required: operation');
      const op = service.operations[opName];
      if (op === undefined) return awsUsageError(`argument operation: Found invalid choice '${opName}'`);
      const { params, stray } = parseAwsParams(rest);
      if (stray !== null) return awsUsageError(`Unknown options: ${stray}`);
      const unknown = Object.keys(params).filter((k) => !op.accepts.includes(k));
      if (unknown.length > 0) return awsUsageError(`Unknown options: ${unknown.map((k) => `--${k}`).join(', ')}`);
      const missing = (op.required ?? []).filter((k) => params[k] === undefined);
      if (missing.length > 0) {
        return awsUsageError(`the following arguments are required: ${missing.map((k) => `--${k}`).join(', ')}`);
      }
      const loaded = loadFiles(params, world);
      if ('error' in loaded) return { stderr: `\n${loaded.error}\n`, exitCode: AWS_EXIT.other };
      const region =
        typeof all['region'] === 'string' ? all['region'] : (world.env['AWS_DEFAULT_REGION'] ?? DEFAULT_REGION);
      const outputOpt = all['output'];
      const output = outputOpt === 'text' || outputOpt === 'table' ? outputOpt : 'json';
      return op.run({ params: loaded.params, region, output, world, stdin });
    },
    complete({ argv }) {
      if (argv.length === 1) return services.map((s) => s.name);
      const service = byName.get(argv[1] ?? '');
      if (service === undefined) return [];
      if (argv.length === 2) return Object.keys(service.operations);
      const op = service.operations[argv[2] ?? ''];
      return op === undefined ? [] : op.accepts.map((a) => `--${a}`);
    },
  };
}

/** Takes the global options (--region X, --output X, --no-cli-pager) out of the words. */
function splitGlobals(words: readonly string[]): { params: Record<string, string>; stray: string[] } {
  const params: Record<string, string> = {};
  const rest: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if ((w === '--region' || w === '--output' || w === '--profile') && i + 1 < words.length) {
      params[w.slice(2)] = words[i + 1] as string;
      i++;
    } else if (w !== '--no-cli-pager') rest.push(w);
  }
  return { params, stray: rest };
}

/** Reads `file://path` parameter values from the world's file system, as the CLI does. */
function loadFiles(params: AwsParams, world: World): { params: AwsParams } | { error: string } {
  const out: Record<string, string | true | readonly string[]> = {};
  for (const [k, v] of Object.entries(params)) {
    if (typeof v === 'string' && (v.startsWith('file://') || v.startsWith('fileb://'))) {
      const raw = v.replace(/^fileb?:\/\//, '');
      const path = raw.startsWith('/') ? raw : `${world.cwd.replace(/\/$/, '')}/${raw}`;
      const text = world.fs.files[normalise(path)];
      if (text === undefined)
        return {
          error: `Error parsing parameter '--${k}': Unable to load paramfile ${v}: [Errno 2] No such file or directory: '${raw}'`,
        };
      out[k] = text;
    } else out[k] = v;
  }
  return { params: out };
}

function normalise(path: string): string {
  const parts: string[] = [];
  for (const p of path.split('/')) {
    if (p === '' || p === '.') continue;
    if (p === '..') parts.pop();
    else parts.push(p);
  }
  return `/${parts.join('/')}`;
}
