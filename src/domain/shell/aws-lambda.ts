/**
 * `aws iam` (the few role operations a Lambda deployment needs) and `aws lambda` for the
 * simulated terminal. State lives in world.tools.lambda. Shapes and messages follow the AWS CLI
 * v2 and the IAM and Lambda API references (CreateRole, AttachRolePolicy, GetRole, CreateFunction,
 * Invoke, GetFunction, ListFunctions, UpdateFunctionCode, DeleteFunction), read 2026-12-04.
 *
 * What the simulation does as AWS does: a role ARN must have the role's shape and the role must
 * exist; a new role cannot be assumed by Lambda for its first few seconds (IAM is eventually
 * consistent: "A new role can take a few seconds to become usable"); a runtime outside the list
 * is a ValidationException; `python3.9` is deprecated (15 December 2025) but creation is blocked
 * only from 1 February 2027 (AWS Lambda "Runtime deprecation" table, read 2026-12-04), so it is
 * accepted today; the handler is looked up in the zip when the function is invoked, with Lambda's
 * own Runtime.ImportModuleError and Runtime.HandlerNotFound errors.
 *
 * Invoking does not run Python: the handler's `return` literal (a dict of strings, numbers,
 * booleans and None) is read and returned, which is what the lessons' handlers do.
 */
import { awsJson, awsServiceError, type AwsCall, type AwsService } from './aws';
import { resolvePath, writeFile } from './fs';
import type { CommandDefinition, CommandOutput, TaskCheck, World } from './types';
import { toolState, withToolState } from './world';

export const LAMBDA_KEY = 'lambda';
const ACCOUNT = '123456789012';
/** A role may be assumed by Lambda this long after it was created (IAM's propagation, simulated). */
export const ROLE_PROPAGATION_MS = 5_000;

/** Runtimes a function can be created with (AWS Lambda "Lambda runtimes", read 2026-12-04). */
export const RUNTIMES = [
  'python3.9',
  'python3.10',
  'python3.11',
  'python3.12',
  'python3.13',
  'python3.14',
  'nodejs20.x',
  'nodejs22.x',
  'nodejs24.x',
  'java17',
  'java21',
  'java25',
  'dotnet8',
  'ruby3.3',
  'ruby3.4',
  'provided.al2023',
] as const;
/** Deprecated runtimes still accepted for creation today, with their deprecation date. */
export const DEPRECATED: Readonly<Record<string, string>> = { 'python3.9': '2025-12-15' };

interface Role {
  readonly name: string;
  readonly createdMs: number;
  readonly trust: string;
  readonly policies: readonly string[];
}
interface LambdaFunction {
  readonly name: string;
  readonly runtime: string;
  readonly role: string;
  readonly handler: string;
  readonly files: Readonly<Record<string, string>>;
  readonly codeSize: number;
  readonly memory: number;
  readonly timeout: number;
  readonly modifiedMs: number;
  readonly invocations: number;
}
export interface LambdaToolState {
  readonly roles: readonly Role[];
  readonly functions: readonly LambdaFunction[];
}

const stateOf = (w: World) => toolState<LambdaToolState>(w, LAMBDA_KEY, () => ({ roles: [], functions: [] }));
const save = (w: World, s: LambdaToolState) => withToolState(w, LAMBDA_KEY, s);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const iso = (ms: number) => new Date(ms).toISOString().replace('Z', '+0000');

/** The marker the simulated `zip` writes first, then a JSON object of file names and texts. */
export const ZIP_MAGIC = 'PK\u0003\u0004 (simulated zip archive)\n';

/** Reads a simulated zip archive; null when the bytes are not one. */
export function readZip(text: string): Record<string, string> | null {
  if (!text.startsWith(ZIP_MAGIC)) return null;
  try {
    const v: unknown = JSON.parse(text.slice(ZIP_MAGIC.length));
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return null;
    const out: Record<string, string> = {};
    for (const [k, x] of Object.entries(v)) if (typeof x === 'string') out[k] = x;
    return out;
  } catch {
    return null;
  }
}

/** `zip ARCHIVE FILE...`: packs files of the simulated file system (Info-ZIP's messages). */
export const ZIP_COMMAND: CommandDefinition = {
  name: 'zip',
  summary: 'package files into a zip archive: zip function.zip lambda_function.py',
  run({ argv, world }): CommandOutput {
    const words = argv.slice(1).filter((w) => !/^-[rq9]+$/.test(w));
    const [archive, ...files] = words;
    if (!archive || files.length === 0)
      return { stderr: `\nzip error: Nothing to do! (${archive ?? ''})\n`, exitCode: 12 };
    const name = archive.endsWith('.zip') ? archive : `${archive}.zip`;
    const abs = resolvePath(world, name);
    const existing = readZip(world.fs.files[abs] ?? '') ?? {};
    const packed: Record<string, string> = { ...existing };
    const lines: string[] = [];
    for (const f of files) {
      const text = world.fs.files[resolvePath(world, f)];
      if (text === undefined) {
        lines.push(`\tzip warning: name not matched: ${f}`);
        continue;
      }
      packed[f.replace(/^\.\//, '')] = text;
      const pct = Math.max(0, Math.min(80, Math.round(100 - 60 - text.length / 50)));
      lines.push(`  ${f in existing ? 'updating' : 'adding'}: ${f} (deflated ${pct}%)`);
    }
    if (Object.keys(packed).length === 0)
      return { stderr: `${lines.join('\n')}\n\nzip error: Nothing to do! (${name})\n`, exitCode: 12 };
    const w = writeFile(world, abs, ZIP_MAGIC + JSON.stringify(packed));
    if (typeof w === 'string') return { stderr: `zip I/O error: ${w}\n`, exitCode: 15 };
    return { stdout: `${lines.join('\n')}\n`, exitCode: 0, world: w };
  },
};

const roleArn = (name: string) => `arn:aws:iam::${ACCOUNT}:role/${name}`;
const roleJson = (r: Role) => ({
  Path: '/',
  RoleName: r.name,
  RoleId: `AROA${r.name
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '')
    .padEnd(17, 'X')
    .slice(0, 17)}`,
  Arn: roleArn(r.name),
  CreateDate: new Date(r.createdMs).toISOString().replace('.000Z', '+00:00'),
  AssumeRolePolicyDocument: (() => {
    try {
      return JSON.parse(r.trust) as unknown;
    } catch {
      return r.trust;
    }
  })(),
});

export const IAM_SERVICE: AwsService = {
  name: 'iam',
  operations: {
    'create-role': {
      accepts: ['role-name', 'assume-role-policy-document', 'description', 'path', 'tags'],
      required: ['role-name', 'assume-role-policy-document'],
      run(call) {
        const s = stateOf(call.world);
        const name = str(call.params['role-name']) ?? '';
        const doc = str(call.params['assume-role-policy-document']) ?? '';
        if (!/^[\w+=,.@-]{1,64}$/.test(name))
          return awsServiceError(
            'ValidationError',
            'CreateRole',
            `The specified value for roleName is invalid. It must contain only alphanumeric characters and/or the following: +=,.@_-`,
          );
        if (s.roles.some((r) => r.name === name))
          return awsServiceError('EntityAlreadyExists', 'CreateRole', `Role with name ${name} already exists.`);
        try {
          JSON.parse(doc);
        } catch {
          return awsServiceError('MalformedPolicyDocument', 'CreateRole', 'This policy contains invalid Json');
        }
        const role: Role = { name, createdMs: call.world.clock.nowMs, trust: doc, policies: [] };
        return awsJson({ Role: roleJson(role) }, save(call.world, { ...s, roles: [...s.roles, role] }));
      },
    },
    'attach-role-policy': {
      accepts: ['role-name', 'policy-arn'],
      required: ['role-name', 'policy-arn'],
      run(call) {
        const s = stateOf(call.world);
        const name = str(call.params['role-name']) ?? '';
        const arn = str(call.params['policy-arn']) ?? '';
        const role = s.roles.find((r) => r.name === name);
        if (!role)
          return awsServiceError('NoSuchEntity', 'AttachRolePolicy', `The role with name ${name} cannot be found.`);
        if (!/^arn:aws:iam::(aws|\d{12}):policy\/.+/.test(arn))
          return awsServiceError('InvalidInput', 'AttachRolePolicy', `ARN ${arn} is not valid.`);
        const roles = s.roles.map((r) =>
          r.name === name ? { ...r, policies: [...new Set([...r.policies, arn])] } : r,
        );
        return { exitCode: 0, world: save(call.world, { ...s, roles }) };
      },
    },
    'get-role': {
      accepts: ['role-name'],
      required: ['role-name'],
      run(call) {
        const name = str(call.params['role-name']) ?? '';
        const role = stateOf(call.world).roles.find((r) => r.name === name);
        return role
          ? awsJson({ Role: roleJson(role) })
          : awsServiceError('NoSuchEntity', 'GetRole', `The role with name ${name} cannot be found.`);
      },
    },
  },
};

const fnArn = (call: AwsCall, name: string) => `arn:aws:lambda:${call.region}:${ACCOUNT}:function:${name}`;
function configJson(call: AwsCall, f: LambdaFunction, state: 'Pending' | 'Active') {
  return {
    FunctionName: f.name,
    FunctionArn: fnArn(call, f.name),
    Runtime: f.runtime,
    Role: f.role,
    Handler: f.handler,
    CodeSize: f.codeSize,
    Description: '',
    Timeout: f.timeout,
    MemorySize: f.memory,
    LastModified: iso(f.modifiedMs),
    CodeSha256: btoaSafe(f.name + f.codeSize + f.modifiedMs),
    Version: '$LATEST',
    TracingConfig: { Mode: 'PassThrough' },
    State: state,
    ...(state === 'Pending' ? { StateReason: 'The function is being created.', StateReasonCode: 'Creating' } : {}),
    PackageType: 'Zip',
    Architectures: ['x86_64'],
    EphemeralStorage: { Size: 512 },
    LoggingConfig: { LogFormat: 'Text', LogGroup: `/aws/lambda/${f.name}` },
  };
}

function btoaSafe(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let out = '';
  for (let i = 0; i < 43; i++) {
    h = Math.imul(h ^ i, 0x01000193) >>> 0;
    out += chars[h % 64];
  }
  return `${out}=`;
}

/** The value a Python handler returns, when its `return` is a literal; null otherwise. */
export function returnedLiteral(source: string, handler: string): { found: boolean; value: unknown } {
  const def = new RegExp(`^def\\s+${handler.replace(/[^\w]/g, '')}\\s*\\(`, 'm').exec(source);
  if (!def) return { found: false, value: null };
  const body = source.slice(def.index);
  const ret = /\n\s+return\s+([\s\S]*?)(?=\n\S|\n\s*\n\S|$)/.exec(body);
  if (!ret) return { found: true, value: null };
  const json = (ret[1] ?? '')
    .replace(/#[^\n]*/g, '')
    .replace(/'([^'\\]*)'/g, '"$1"')
    .replace(/\bTrue\b/g, 'true')
    .replace(/\bFalse\b/g, 'false')
    .replace(/\bNone\b/g, 'null')
    .replace(/,(\s*[}\]])/g, '$1');
  try {
    return { found: true, value: JSON.parse(json) as unknown };
  } catch {
    return { found: true, value: null };
  }
}

const RUNTIME_ENUM = `[${RUNTIMES.join(', ')}]`;

export const LAMBDA_SERVICE: AwsService = {
  name: 'lambda',
  operations: {
    'create-function': {
      accepts: [
        'function-name',
        'runtime',
        'role',
        'handler',
        'zip-file',
        'timeout',
        'memory-size',
        'description',
        'architectures',
        'environment',
        'code',
      ],
      required: ['function-name', 'role'],
      run(call) {
        const s = stateOf(call.world);
        const name = str(call.params['function-name']) ?? '';
        const runtime = str(call.params['runtime']);
        const role = str(call.params['role']) ?? '';
        const handler = str(call.params['handler']);
        const zip = str(call.params['zip-file']);
        const errors: string[] = [];
        if (!/^[a-zA-Z0-9-_]{1,64}$/.test(name))
          errors.push(
            `Value '${name}' at 'functionName' failed to satisfy constraint: Member must satisfy regular expression pattern: (arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}(-gov)?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(\\$LATEST|[a-zA-Z0-9-_]+))?`,
          );
        if (runtime !== undefined && !(RUNTIMES as readonly string[]).includes(runtime))
          errors.push(
            `Value '${runtime}' at 'runtime' failed to satisfy constraint: Member must satisfy enum value set: ${RUNTIME_ENUM} or be a valid ARN`,
          );
        if (!/^arn:(aws[a-zA-Z-]*)?:iam::\d{12}:role\/?[a-zA-Z_0-9+=,.@\-_/]+$/.test(role))
          errors.push(
            `Value '${role}' at 'role' failed to satisfy constraint: Member must satisfy regular expression pattern: arn:(aws[a-zA-Z-]*)?:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+`,
          );
        if (errors.length > 0)
          return awsServiceError(
            'ValidationException',
            'CreateFunction',
            `${errors.length} validation error${errors.length > 1 ? 's' : ''} detected: ${errors.join('; ')}`,
          );
        if (runtime === undefined || handler === undefined)
          return awsServiceError(
            'InvalidParameterValueException',
            'CreateFunction',
            'Runtime and Handler are mandatory parameters for functions created with deployment packages.',
          );
        if (zip === undefined)
          return awsServiceError(
            'InvalidParameterValueException',
            'CreateFunction',
            'Please provide a source for function code.',
          );
        const files = readZip(zip);
        if (!files)
          return awsServiceError(
            'InvalidParameterValueException',
            'CreateFunction',
            'Could not unzip uploaded file. Please check your file, then try to upload again.',
          );
        const roleName = role.split('/').pop() ?? '';
        const r = s.roles.find((x) => x.name === roleName);
        if (!r || call.world.clock.nowMs - r.createdMs < ROLE_PROPAGATION_MS)
          return awsServiceError(
            'InvalidParameterValueException',
            'CreateFunction',
            'The role defined for the function cannot be assumed by Lambda.',
          );
        if (s.functions.some((f) => f.name === name))
          return awsServiceError('ResourceConflictException', 'CreateFunction', `Function already exist: ${name}`);
        const memory = Number(str(call.params['memory-size']) ?? '128');
        const timeout = Number(str(call.params['timeout']) ?? '3');
        if (!Number.isInteger(memory) || memory < 128 || memory > 10240)
          return awsServiceError(
            'ValidationException',
            'CreateFunction',
            `1 validation error detected: Value '${String(call.params['memory-size'])}' at 'memorySize' failed to satisfy constraint: Member must have value less than or equal to 10240`,
          );
        if (!Number.isInteger(timeout) || timeout < 1 || timeout > 900)
          return awsServiceError(
            'ValidationException',
            'CreateFunction',
            `1 validation error detected: Value '${String(call.params['timeout'])}' at 'timeout' failed to satisfy constraint: Member must have value less than or equal to 900`,
          );
        const f: LambdaFunction = {
          name,
          runtime,
          role,
          handler,
          files,
          codeSize: zip.length,
          memory,
          timeout,
          modifiedMs: call.world.clock.nowMs,
          invocations: 0,
        };
        return awsJson(configJson(call, f, 'Pending'), save(call.world, { ...s, functions: [...s.functions, f] }));
      },
    },
    invoke: {
      accepts: ['function-name', 'payload', 'cli-binary-format', 'invocation-type', 'log-type', 'outfile'],
      required: ['function-name'],
      run(call) {
        const s = stateOf(call.world);
        // `aws lambda invoke --function-name NAME response.json`: the outfile is positional.
        const fnParam = call.params['function-name'];
        const name = Array.isArray(fnParam) ? (fnParam[0] ?? '') : (str(fnParam) ?? '');
        const outfile = Array.isArray(fnParam) ? fnParam.at(-1) : str(call.params['outfile']);
        if (outfile === undefined)
          return {
            stderr: `usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]\nTo see help text, you can run:\n\n  aws help\n  aws <command> help\n  aws <command> <subcommand> help\n\naws: error: the following arguments are required: outfile\n`,
            exitCode: 252,
          };
        const f = s.functions.find((x) => x.name === name || fnArn(call, x.name) === name);
        if (!f)
          return awsServiceError('ResourceNotFoundException', 'Invoke', `Function not found: ${fnArn(call, name)}`);
        const [module = '', fn = ''] = [
          f.handler.slice(0, f.handler.lastIndexOf('.')),
          f.handler.slice(f.handler.lastIndexOf('.') + 1),
        ];
        const source = f.files[`${module.replace(/\./g, '/')}.py`];
        let payload: unknown;
        let error = false;
        if (!f.runtime.startsWith('python')) {
          payload = {
            errorMessage: `This simulation runs Python handlers only (the function uses ${f.runtime})`,
            errorType: 'Runtime.Unsupported',
          };
          error = true;
        } else if (source === undefined) {
          payload = {
            errorMessage: `Unable to import module '${module}': No module named '${module}'`,
            errorType: 'Runtime.ImportModuleError',
            requestId: '',
            stackTrace: [],
          };
          error = true;
        } else {
          const r = returnedLiteral(source, fn);
          if (!r.found) {
            payload = {
              errorMessage: `Handler '${fn}' missing on module '${module}'`,
              errorType: 'Runtime.HandlerNotFound',
              requestId: '',
              stackTrace: [],
            };
            error = true;
          } else payload = r.value;
        }
        const w = writeFile(call.world, resolvePath(call.world, outfile), JSON.stringify(payload));
        if (typeof w === 'string')
          return { stderr: `\n[Errno 2] No such file or directory: '${outfile}'\n`, exitCode: 255 };
        const functions = s.functions.map((x) => (x.name === f.name ? { ...x, invocations: x.invocations + 1 } : x));
        return awsJson(
          { StatusCode: 200, ...(error ? { FunctionError: 'Unhandled' } : {}), ExecutedVersion: '$LATEST' },
          save(w, { ...s, functions }),
        );
      },
    },
    'get-function': {
      accepts: ['function-name'],
      required: ['function-name'],
      run(call) {
        const name = str(call.params['function-name']) ?? '';
        const f = stateOf(call.world).functions.find((x) => x.name === name);
        if (!f)
          return awsServiceError(
            'ResourceNotFoundException',
            'GetFunction',
            `Function not found: ${fnArn(call, name)}`,
          );
        return awsJson({
          Configuration: configJson(call, f, 'Active'),
          Code: {
            RepositoryType: 'S3',
            Location: `https://awslambda-${call.region}-tasks.s3.${call.region}.amazonaws.com/snapshots/${ACCOUNT}/${f.name}-simulated`,
          },
        });
      },
    },
    'list-functions': {
      accepts: ['max-items', 'function-version'],
      run(call) {
        return awsJson({ Functions: stateOf(call.world).functions.map((f) => configJson(call, f, 'Active')) });
      },
    },
    'update-function-code': {
      accepts: ['function-name', 'zip-file', 'publish'],
      required: ['function-name'],
      run(call) {
        const s = stateOf(call.world);
        const name = str(call.params['function-name']) ?? '';
        const f = s.functions.find((x) => x.name === name);
        if (!f)
          return awsServiceError(
            'ResourceNotFoundException',
            'UpdateFunctionCode',
            `Function not found: ${fnArn(call, name)}`,
          );
        const files = readZip(str(call.params['zip-file']) ?? '');
        if (!files)
          return awsServiceError(
            'InvalidParameterValueException',
            'UpdateFunctionCode',
            'Could not unzip uploaded file. Please check your file, then try to upload again.',
          );
        const next = {
          ...f,
          files,
          codeSize: (str(call.params['zip-file']) ?? '').length,
          modifiedMs: call.world.clock.nowMs,
        };
        return awsJson(
          configJson(call, next, 'Active'),
          save(call.world, { ...s, functions: s.functions.map((x) => (x.name === name ? next : x)) }),
        );
      },
    },
    'delete-function': {
      accepts: ['function-name'],
      required: ['function-name'],
      run(call) {
        const s = stateOf(call.world);
        const name = str(call.params['function-name']) ?? '';
        if (!s.functions.some((x) => x.name === name))
          return awsServiceError(
            'ResourceNotFoundException',
            'DeleteFunction',
            `Function not found: ${fnArn(call, name)}`,
          );
        return {
          exitCode: 0,
          world: save(call.world, { ...s, functions: s.functions.filter((x) => x.name !== name) }),
        };
      },
    },
  },
};

export const lambdaCheckKinds: readonly string[] = ['lambda-function-exists', 'lambda-invoked', 'iam-role-exists'];

export function validateLambdaCheck(check: TaskCheck): string | null {
  const need = check.kind === 'iam-role-exists' ? 'role' : 'name';
  return typeof check[need] === 'string' && check[need] !== '' ? null : `check ${check.kind} needs ${need}`;
}

/** Answers a Lambda/IAM task check from the simulated account's state. */
export function lambdaCheck(world: World, check: TaskCheck): boolean {
  if (validateLambdaCheck(check) !== null) return false;
  const s = stateOf(world);
  if (check.kind === 'iam-role-exists') return s.roles.some((r) => r.name === check['role']);
  const f = s.functions.find((x) => x.name === check['name']);
  if (!f) return false;
  if (check['runtime'] !== undefined && f.runtime !== check['runtime']) return false;
  return check.kind === 'lambda-invoked' ? f.invocations > 0 : true;
}
