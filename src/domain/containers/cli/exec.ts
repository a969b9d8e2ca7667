/** docker exec (a few commands inside a running container) and docker inspect. */
import type { CommandInput, CommandOutput } from '../../shell/types';
import type { Container, DockerState } from '../docker-types';
import { findContainer } from '../engine';
import { findImage } from '../images';
import { last, parseArgs } from './args';
import { applyTemplate, containerJson, imageJson } from './inspect';
import { argsError, daemonError, flagError } from './output';
import { dockerOf } from './state';

/** What a few programs print inside a container of the course's images. */
function inside(
  c: Container,
  state: DockerState,
  argv: readonly string[],
): { out: string; code: number; err?: string } {
  const [prog = '', ...rest] = argv;
  const image = state.images.find((i) => i.id === c.imageId);
  const tags = image?.repoTags.join(' ') ?? c.image;
  switch (prog) {
    case 'echo':
      return { out: `${rest.join(' ')}\n`, code: 0 };
    case 'hostname':
      return { out: `${c.id.slice(0, 12)}\n`, code: 0 };
    case 'env':
    case 'printenv':
      return { out: `${[`HOSTNAME=${c.id.slice(0, 12)}`, ...c.env, 'HOME=/root'].join('\n')}\n`, code: 0 };
    case 'whoami':
      return { out: `${image?.config.user || 'root'}\n`, code: 0 };
    case 'pwd':
      return { out: `${image?.config.workdir || '/'}\n`, code: 0 };
    case 'cat':
      if (rest[0] === '/etc/os-release')
        return {
          out: /alpine/.test(tags)
            ? 'NAME="Alpine Linux"\nID=alpine\nVERSION_ID=3.22.2\n'
            : 'PRETTY_NAME="Debian GNU/Linux 13 (trixie)"\nNAME="Debian GNU/Linux"\nVERSION_ID="13"\nID=debian\n',
          code: 0,
        };
      if (rest[0] === '/usr/share/nginx/html/index.html' && /nginx/.test(tags))
        return {
          out: '<!DOCTYPE html>\n<html>\n<head>\n<title>Welcome to nginx!</title>\n</head>\n<body>\n<h1>Welcome to nginx!</h1>\n</body>\n</html>\n',
          code: 0,
        };
      return { out: '', code: 1, err: `cat: ${rest[0] ?? ''}: No such file or directory\n` };
    case 'ls':
      if ((rest.find((r) => !r.startsWith('-')) ?? '/') === '/usr/share/nginx/html' && /nginx/.test(tags))
        return { out: '50x.html\nindex.html\n', code: 0 };
      return {
        out: 'bin\nboot\ndev\netc\nhome\nlib\nmedia\nmnt\nopt\nproc\nroot\nrun\nsbin\nsrv\nsys\ntmp\nusr\nvar\n',
        code: 0,
      };
    case 'nginx':
      if (/nginx/.test(tags) && rest[0] === '-v') return { out: '', err: 'nginx version: nginx/1.29.3\n', code: 0 };
      break;
    case 'python':
    case 'python3':
      if (/python/.test(tags) && rest[0] === '--version') return { out: 'Python 3.12.12\n', code: 0 };
      break;
    case 'redis-cli':
      if (/redis/.test(tags) && rest[0] === 'ping') return { out: 'PONG\n', code: 0 };
      break;
    case 'sh':
    case 'bash':
      if (rest[0] === '-c')
        return inside(
          c,
          state,
          (rest[1] ?? '').split(/\s+/).filter((w) => w !== ''),
        );
      return {
        out: '',
        code: 0,
        err: `(This simulated terminal cannot open an interactive shell in a container. Run one command at a time instead, e.g. docker exec ${c.name} ls /)\n`,
      };
    default:
      break;
  }
  if (['ls', 'cat', 'echo', 'sh', 'env'].includes(prog)) return { out: '', code: 0 };
  // docker/cli returns 127 when the executable is not found (run.go toStatusError, exec.go).
  return {
    out: '',
    code: 127,
    err: `OCI runtime exec failed: exec failed: unable to start container process: exec: "${prog.slice(0, 40)}": executable file not found in $PATH: unknown\n`,
  };
}

/** docker exec [-it] CONTAINER COMMAND [ARG...] */
export function execCommand(words: readonly string[], input: CommandInput): CommandOutput {
  const args = parseArgs(words, {
    values: ['e', 'env', 'u', 'user', 'w', 'workdir'],
    bools: ['i', 'interactive', 't', 'tty', 'd', 'detach', 'privileged'],
    aliases: { e: 'env', u: 'user', w: 'workdir', i: 'interactive', t: 'tty', d: 'detach' },
    stopAtPositional: true,
  });
  if (typeof args === 'string') return flagError('exec', args);
  if (args.positional.length < 2) return argsError('exec', 2);
  const [target = '', ...argv] = args.positional;
  const state = dockerOf(input.world);
  const c = findContainer(state, target);
  if (!c) return daemonError(`No such container: ${target}`);
  if (c.status !== 'running') return daemonError(`container ${c.id} is not running`);
  const r = inside(c, state, argv);
  return { stdout: r.out, ...(r.err ? { stderr: r.err } : {}), exitCode: r.code };
}

/** docker inspect [--type container|image] [-f TEMPLATE] NAME... */
export function inspectCommand(
  words: readonly string[],
  input: CommandInput,
  only?: 'container' | 'image',
): CommandOutput {
  const args = parseArgs(words, {
    values: ['f', 'format', 'type'],
    bools: ['s', 'size'],
    aliases: { f: 'format', s: 'size' },
  });
  if (typeof args === 'string') return flagError('inspect', args);
  if (args.positional.length === 0) return argsError('inspect', 1);
  const state = dockerOf(input.world);
  const type = only ?? last(args, 'type');
  const found: unknown[] = [];
  const errors: string[] = [];
  for (const name of args.positional) {
    const c = type === 'image' ? undefined : findContainer(state, name);
    const i = c || type === 'container' ? undefined : findImage(state, name);
    if (c) found.push(containerJson(c, state));
    else if (i) found.push(imageJson(i));
    else errors.push(`Error: No such ${type ?? 'object'}: ${name}`);
  }
  const format = last(args, 'format');
  let stdout: string;
  if (format !== undefined) {
    const parts: string[] = [];
    for (const v of found) {
      const r = applyTemplate(format, v);
      if ('error' in r) return { stderr: `${r.error}\n`, exitCode: 1 };
      parts.push(`${r.text}\n`);
    }
    stdout = parts.join('');
  } else stdout = `${JSON.stringify(found, null, 4)}\n`;
  return { stdout, ...(errors.length ? { stderr: `${errors.join('\n')}\n` } : {}), exitCode: errors.length ? 1 : 0 };
}
