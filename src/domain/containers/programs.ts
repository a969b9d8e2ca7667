/**
 * The few programs a learner runs inside the course's containers (docker exec, or docker run
 * IMAGE COMMAND): enough to see that the files are the image's and the kernel is the host's.
 */
import type { Container, DockerState } from './docker-types';

/** The simulated host's kernel release (an Ubuntu 24.04 kernel), which every container shares. */
export const HOST_KERNEL = '6.8.0-87-generic';

/** What a few programs print inside a container of the course's images. */
export function inside(
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
    case 'uname':
      // The kernel is the host's: containers share it (the user space is the image's).
      return {
        out: rest.includes('-r')
          ? `${HOST_KERNEL}\n`
          : rest.includes('-a')
            ? `Linux ${c.id.slice(0, 12)} ${HOST_KERNEL} #1 SMP x86_64 GNU/Linux\n`
            : 'Linux\n',
        code: 0,
      };
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
    case 'node':
      if (rest.length === 0)
        return {
          out: '',
          code: 0,
          err: `(This simulated terminal cannot open an interactive ${prog} prompt; the container exits at once, as it would without -it.)\n`,
        };
      if (prog === 'node') break;
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
