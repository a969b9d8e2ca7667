/**
 * The docker CLI's shapes for errors and exit codes (docker/cli, read 2026-12-03):
 * - flag errors: "<err>\n\nUsage:  <use line>\n\nRun '<cmd> --help' for more information", exit 125
 *   (cli/cobra.go FlagErrorFunc);
 * - too few arguments: "docker: '<cmd>' requires at least N argument(s)\n\nUsage: ...\n\nSee '<cmd>
 *   --help' for more information", exit 1 (cli/required.go);
 * - daemon refusals: "Error response from daemon: <message>", exit 1; `docker run` adds
 *   "docker: " and "Run 'docker run --help'", exit 125 (126 cannot execute, 127 not found)
 *   (cli/command/container/run.go toStatusError).
 */
import type { CommandOutput, World } from '../../shell/types';

/** Usage lines of the commands, as `cmd.UseLine()` prints them. */
export const USAGE: Readonly<Record<string, string>> = {
  run: 'docker run [OPTIONS] IMAGE [COMMAND] [ARG...]',
  create: 'docker create [OPTIONS] IMAGE [COMMAND] [ARG...]',
  ps: 'docker ps [OPTIONS]',
  images: 'docker images [OPTIONS] [REPOSITORY[:TAG]]',
  pull: 'docker pull [OPTIONS] NAME[:TAG|@DIGEST]',
  push: 'docker push [OPTIONS] NAME[:TAG]',
  build: 'docker buildx build [OPTIONS] PATH | URL | -',
  stop: 'docker stop [OPTIONS] CONTAINER [CONTAINER...]',
  start: 'docker start [OPTIONS] CONTAINER [CONTAINER...]',
  rm: 'docker rm [OPTIONS] CONTAINER [CONTAINER...]',
  rmi: 'docker rmi [OPTIONS] IMAGE [IMAGE...]',
  logs: 'docker logs [OPTIONS] CONTAINER',
  exec: 'docker exec [OPTIONS] CONTAINER COMMAND [ARG...]',
  inspect: 'docker inspect [OPTIONS] NAME|ID [NAME|ID...]',
  port: 'docker port CONTAINER [PRIVATE_PORT[/PROTO]]',
  tag: 'docker tag SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]',
  login: 'docker login [OPTIONS] [SERVER]',
  logout: 'docker logout [SERVER]',
  version: 'docker version [OPTIONS]',
  info: 'docker info [OPTIONS]',
  'network ls': 'docker network ls [OPTIONS]',
  'network create': 'docker network create [OPTIONS] NETWORK',
  'network rm': 'docker network rm NETWORK [NETWORK...]',
  'volume ls': 'docker volume ls [OPTIONS]',
  'volume create': 'docker volume create [OPTIONS] [VOLUME]',
  'volume rm': 'docker volume rm [OPTIONS] VOLUME [VOLUME...]',
  'compose up': 'docker compose up [OPTIONS] [SERVICE...]',
  'compose down': 'docker compose down [OPTIONS] [SERVICES]',
  'compose ps': 'docker compose ps [OPTIONS] [SERVICE...]',
};

/** A flag error, exit 125. */
export function flagError(cmd: string, err: string): CommandOutput {
  return {
    stderr: `${err}\n\nUsage:  ${USAGE[cmd] ?? `docker ${cmd}`}\n\nRun 'docker ${cmd} --help' for more information\n`,
    exitCode: 125,
  };
}

/** Too few arguments, exit 1. */
export function argsError(cmd: string, min: number, exact = false): CommandOutput {
  const what = `${exact ? '' : 'at least '}${min} argument${min === 1 ? '' : 's'}`;
  return {
    stderr: `docker: 'docker ${cmd}' requires ${what}\n\nUsage:  ${USAGE[cmd] ?? `docker ${cmd}`}\n\nSee 'docker ${cmd} --help' for more information\n`,
    exitCode: 1,
  };
}

/** A daemon refusal, exit 1 (stdout and world kept for the parts that worked). */
export function daemonError(message: string, done?: { stdout?: string; world?: World }): CommandOutput {
  return {
    ...(done?.stdout ? { stdout: done.stdout } : {}),
    ...(done?.world ? { world: done.world } : {}),
    stderr: `Error response from daemon: ${message}\n`,
    exitCode: 1,
  };
}

/** Plain success. */
export function ok(stdout: string, world?: World, stderr?: string): CommandOutput {
  return { stdout, exitCode: 0, ...(world ? { world } : {}), ...(stderr ? { stderr } : {}) };
}
