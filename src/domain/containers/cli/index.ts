/**
 * The `docker` command of the simulated shell: `DOCKER_TOOL` registers it, with the task checks
 * that guided lessons ask. Messages, tables and exit codes copy docker/cli (read 2026-12-03).
 */
import type {
  CommandDefinition,
  CommandInput,
  CommandOutput,
  CompletionInput,
  ToolDefinition,
} from '../../shell/types';
import { dockerCheck, validateDockerCheck } from './check';
import { composeCommand } from './compose';
import { lifecycleCommand, logsCommand, portCommand, psCommand, runCommand } from './containers';
import { execCommand, inspectCommand } from './exec';
import { buildCommand } from './build';
import { imagesCommand, loginCommand, pullCommand, pushCommand, rmiCommand, tagCommand } from './images';
import { networkCommand, volumeCommand } from './objects';
import { ok, USAGE } from './output';
import { dockerOf } from './state';

const VERSION = '29.1.2';

const HELP = `
Usage:  docker [OPTIONS] COMMAND

A self-sufficient runtime for containers (simulated in this page)

Common Commands:
  run         Create and run a new container from an image
  exec        Execute a command in a running container
  ps          List containers
  build       Build an image from a Dockerfile
  pull        Download an image from a registry
  push        Upload an image to a registry
  images      List images
  login       Authenticate to a registry
  version     Show the Docker version information
  info        Display system-wide information

Management Commands:
  compose*    Docker Compose
  network     Manage networks
  volume      Manage volumes

Commands:
  create      Create a new container
  inspect     Return low-level information on Docker objects
  logs        Fetch the logs of a container
  port        List port mappings or a specific mapping for the container
  rm          Remove one or more containers
  rmi         Remove one or more images
  start       Start one or more stopped containers
  stop        Stop one or more running containers
  tag         Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE

Run 'docker COMMAND --help' for more information on a command.
`;

function version(input: CommandInput): CommandOutput {
  void input;
  return ok(`Client: Docker Engine - Community
 Version:           ${VERSION}
 API version:       1.52
 Go version:        go1.25.4
 OS/Arch:           linux/amd64
 Context:           default

Server: Docker Engine - Community (simulated in your browser)
 Engine:
  Version:          ${VERSION}
  API version:      1.52 (minimum version 1.44)
  OS/Arch:          linux/amd64
 containerd:
  Version:          v2.1.5
`);
}

function info(input: CommandInput): CommandOutput {
  const s = dockerOf(input.world);
  const running = s.containers.filter((c) => c.status === 'running').length;
  const stopped = s.containers.filter((c) => c.status === 'exited').length;
  return ok(`Client:
 Version:    ${VERSION}
 Context:    default

Server:
 Containers: ${s.containers.length}
  Running: ${running}
  Paused: 0
  Stopped: ${stopped}
 Images: ${s.images.length}
 Server Version: ${VERSION}
 Storage Driver: overlayfs
 Logging Driver: json-file
 Default Runtime: runc
 Operating System: Simulated Docker Engine (in your browser)
 OSType: linux
 Architecture: x86_64
 CPUs: 2
 Total Memory: 7.7GiB
`);
}

type Handler = (words: readonly string[], input: CommandInput) => CommandOutput;

const COMMANDS: Readonly<Record<string, Handler>> = {
  run: (w, i) => runCommand('run', w, i),
  create: (w, i) => runCommand('create', w, i),
  ps: psCommand,
  start: (w, i) => lifecycleCommand('start', w, i),
  stop: (w, i) => lifecycleCommand('stop', w, i),
  restart: (w, i) => lifecycleCommand('restart', w, i),
  kill: (w, i) => lifecycleCommand('kill', w, i),
  rm: (w, i) => lifecycleCommand('rm', w, i),
  logs: logsCommand,
  exec: execCommand,
  inspect: (w, i) => inspectCommand(w, i),
  port: portCommand,
  images: imagesCommand,
  pull: pullCommand,
  push: pushCommand,
  rmi: rmiCommand,
  tag: tagCommand,
  build: buildCommand,
  login: loginCommand,
  logout: (w, i) => ok(`Removing login credentials for ${w[0] ?? 'https://index.docker.io/v1/'}\n`, i.world),
  network: networkCommand,
  volume: volumeCommand,
  compose: composeCommand,
  version: (_w, i) => version(i),
  info: (_w, i) => info(i),
};

/** `docker container ls` = `docker ps`, `docker image ls` = `docker images`, ... */
const GROUPS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  container: {
    ls: 'ps',
    list: 'ps',
    ps: 'ps',
    run: 'run',
    create: 'create',
    start: 'start',
    stop: 'stop',
    restart: 'restart',
    kill: 'kill',
    rm: 'rm',
    logs: 'logs',
    exec: 'exec',
    inspect: 'inspect',
    port: 'port',
  },
  image: {
    ls: 'images',
    list: 'images',
    pull: 'pull',
    push: 'push',
    rm: 'rmi',
    tag: 'tag',
    build: 'build',
    inspect: 'inspect',
  },
};

function help(cmd: string): CommandOutput {
  const use = USAGE[cmd];
  return ok(
    use
      ? `\nUsage:  ${use}\n\nRun 'docker ${cmd} --help' in a real terminal for every option; this simulation supports the common ones.\n`
      : HELP,
  );
}

/** Runs `docker ...`. Never throws for bad input. */
export function runDocker(input: CommandInput): CommandOutput {
  const words = input.argv.slice(1);
  // Global options before the command (--debug, -H ...) are not simulated; --version is.
  if (words[0] === '--version' || words[0] === '-v') return ok(`Docker version ${VERSION}, build 0b9f1a5\n`);
  if (words.length === 0 || words[0] === '--help' || words[0] === '-h' || words[0] === 'help') return ok(HELP);
  let [cmd = '', ...rest] = words;
  if (cmd.startsWith('-'))
    return { stderr: `unknown flag: ${cmd.slice(0, 40)}\nSee 'docker --help'.\n`, exitCode: 125 };
  const group = GROUPS[cmd];
  if (group) {
    const sub = group[rest[0] ?? ''];
    if (!sub)
      return {
        stderr: `docker: unknown command: docker ${cmd} ${(rest[0] ?? '').slice(0, 40)}\n\nUsage:  docker ${cmd} COMMAND\n\nRun 'docker ${cmd} --help' for more information\n`,
        exitCode: 1,
      };
    cmd = sub;
    rest = rest.slice(1);
    if (cmd === 'inspect') return inspectCommand(rest, input, words[0] === 'image' ? 'image' : 'container');
  }
  const handler = COMMANDS[cmd];
  if (!handler)
    return {
      stderr: `docker: unknown command: docker ${cmd.slice(0, 40)}\n\nRun 'docker --help' for more information\n`,
      exitCode: 1,
    };
  if (rest.includes('--help') && cmd !== 'run' && cmd !== 'exec') return help(cmd);
  if ((cmd === 'run' || cmd === 'exec') && rest[0] === '--help') return help(cmd);
  return handler(rest, input);
}

const FLAGS: Readonly<Record<string, readonly string[]>> = {
  run: [
    '-d',
    '--detach',
    '-p',
    '--publish',
    '--name',
    '-e',
    '--env',
    '--rm',
    '-v',
    '--volume',
    '--network',
    '--restart',
    '-it',
  ],
  ps: ['-a', '--all', '-q', '--quiet', '--format', '--filter'],
  rm: ['-f', '--force'],
  rmi: ['-f', '--force'],
  build: ['-t', '--tag', '-f', '--file', '--no-cache', '--build-arg'],
  logs: ['-f', '--follow', '-n', '--tail'],
  images: ['-a', '-q', '--format'],
  login: ['-u', '--username', '-p', '--password', '--password-stdin'],
  compose: ['up', 'down', 'ps', '-d', '-f', '-p', '-v', '--build'],
  network: ['ls', 'create', 'rm'],
  volume: ['ls', 'create', 'rm'],
};

/** Tab completion: subcommands, flags, container and image names. */
export function completeDocker(input: CompletionInput): readonly string[] {
  const words = input.argv.slice(1);
  if (words.length === 0) return [...Object.keys(COMMANDS), ...Object.keys(GROUPS)].sort();
  const cmd = words[0] ?? '';
  if (input.partial.startsWith('-') || ['compose', 'network', 'volume'].includes(cmd)) return FLAGS[cmd] ?? [];
  const s = dockerOf(input.world);
  if (['stop', 'start', 'restart', 'kill', 'rm', 'logs', 'exec', 'inspect', 'port'].includes(cmd))
    return s.containers.map((c) => c.name);
  if (['run', 'create', 'rmi', 'tag', 'push'].includes(cmd)) return s.images.flatMap((i) => i.repoTags);
  if (cmd === 'pull')
    return ['hello-world', 'nginx', 'python:3.12-slim', 'redis', 'postgres:17', 'alpine', 'node:22', 'httpd'];
  return [];
}

/** The `docker` command. */
export const DOCKER_COMMAND: CommandDefinition = {
  name: 'docker',
  summary: 'run and manage containers, images, networks, volumes and Compose projects (simulated)',
  run: runDocker,
  complete: completeDocker,
};

/** The docker tool: the `docker` command and the guided-task checks on its engine. */
export const DOCKER_TOOL: ToolDefinition = {
  name: 'docker',
  commands: [DOCKER_COMMAND],
  check: dockerCheck,
  validateCheck: validateDockerCheck,
};
