/**
 * The public registry the simulation pulls from: the images the lessons use, with tags, sizes
 * and what their containers do. Sizes are illustrative (close to linux/amd64 images on Docker Hub
 * in late 2026); log lines are copied from the images' real start-up output (checked 2026-12-03).
 * `{time}` in a log line becomes the container's start time.
 */
import type { Behaviour, ImageConfig } from './docker-types';

/** One repository on the simulated Docker Hub. */
export interface CatalogueEntry {
  /** Familiar repository name ('nginx', 'python'). */
  readonly name: string;
  readonly tags: readonly string[];
  readonly sizeMB: number;
  readonly contentMB: number;
  readonly layerCount: number;
  readonly config: ImageConfig;
  readonly behaviour: Behaviour;
}

const base: ImageConfig = {
  cmd: [],
  entrypoint: [],
  env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
  exposed: [],
  workdir: '/',
  user: '',
};

/** The greeting of hello-world, as the image prints it. */
export const HELLO_WORLD_TEXT = [
  '',
  'Hello from Docker!',
  'This message shows that your installation appears to be working correctly.',
  '',
  'To generate this message, Docker took the following steps:',
  ' 1. The Docker client contacted the Docker daemon.',
  ' 2. The Docker daemon pulled the "hello-world" image from the Docker Hub.',
  '    (amd64)',
  ' 3. The Docker daemon created a new container from that image which runs the',
  '    executable that produces the output you are currently reading.',
  ' 4. The Docker daemon streamed that output to the Docker client, which sent it',
  '    to your terminal.',
  '',
  'To try something more ambitious, you can run an Ubuntu container with:',
  ' $ docker run -it ubuntu bash',
  '',
  'Share images, automate workflows, and more with a free Docker ID:',
  ' https://hub.docker.com/',
  '',
  'For more examples and ideas, visit:',
  ' https://docs.docker.com/get-started/',
  '',
];

const NGINX_LOGS = [
  '/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration',
  '/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/',
  '/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh',
  '10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf',
  '/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh',
  '/docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh',
  '/docker-entrypoint.sh: Configuration complete; ready for start up',
  '{time} [notice] 1#1: using the "epoll" event method',
  '{time} [notice] 1#1: start worker processes',
];

const nginx: ImageConfig = {
  ...base,
  cmd: ['nginx', '-g', 'daemon off;'],
  entrypoint: ['/docker-entrypoint.sh'],
  exposed: ['80/tcp'],
};

/** Docker Hub as the simulation knows it. Anything else answers "pull access denied". */
export const CATALOGUE: readonly CatalogueEntry[] = [
  {
    name: 'hello-world',
    tags: ['latest'],
    sizeMB: 0.0201,
    contentMB: 0.0039,
    layerCount: 1,
    config: { ...base, cmd: ['/hello'] },
    behaviour: { kind: 'exits', code: 0, logs: HELLO_WORLD_TEXT },
  },
  {
    name: 'nginx',
    tags: ['latest', '1.29', '1.28', 'alpine', 'stable'],
    sizeMB: 192,
    contentMB: 59.8,
    layerCount: 7,
    config: nginx,
    behaviour: { kind: 'server', logs: NGINX_LOGS },
  },
  {
    name: 'httpd',
    tags: ['latest', '2.4'],
    sizeMB: 148,
    contentMB: 45.2,
    layerCount: 6,
    config: { ...base, cmd: ['httpd-foreground'], exposed: ['80/tcp'], workdir: '/usr/local/apache2' },
    behaviour: {
      kind: 'server',
      logs: ['{time} [mpm_event:notice] [pid 1:tid 1] AH00489: Apache/2.4 configured -- resuming normal operations'],
    },
  },
  {
    name: 'python',
    tags: ['3.12-slim', '3.13-slim', '3.12', '3.13', 'latest'],
    sizeMB: 124,
    contentMB: 41.3,
    layerCount: 4,
    config: { ...base, cmd: ['python3'], env: [...base.env, 'LANG=C.UTF-8', 'PYTHON_VERSION=3.12.12'] },
    // Without -it, the interactive interpreter reads an empty stdin and exits at once.
    behaviour: { kind: 'exits', code: 0, logs: [] },
  },
  {
    name: 'node',
    tags: ['22', '22-alpine', '24', 'latest'],
    sizeMB: 1120,
    contentMB: 391,
    layerCount: 8,
    config: { ...base, cmd: ['node'], entrypoint: ['docker-entrypoint.sh'] },
    behaviour: { kind: 'exits', code: 0, logs: [] },
  },
  {
    name: 'redis',
    tags: ['latest', '8', '7', 'alpine'],
    sizeMB: 137,
    contentMB: 46.1,
    layerCount: 6,
    config: {
      ...base,
      cmd: ['redis-server'],
      entrypoint: ['docker-entrypoint.sh'],
      exposed: ['6379/tcp'],
      workdir: '/data',
    },
    behaviour: {
      kind: 'server',
      logs: ['1:M {time} * Server initialized', '1:M {time} * Ready to accept connections tcp'],
    },
  },
  {
    name: 'postgres',
    tags: ['17', '16', 'latest', '17-alpine'],
    sizeMB: 438,
    contentMB: 152,
    layerCount: 14,
    config: { ...base, cmd: ['postgres'], entrypoint: ['docker-entrypoint.sh'], exposed: ['5432/tcp'] },
    behaviour: {
      kind: 'server',
      logs: [
        'PostgreSQL init process complete; ready for start up.',
        '{time} UTC [1] LOG:  listening on IPv4 address "0.0.0.0", port 5432',
        '{time} UTC [1] LOG:  database system is ready to accept connections',
      ],
      requiresEnv: {
        name: 'POSTGRES_PASSWORD',
        error: [
          'Error: Database is uninitialized and superuser password is not specified.',
          '       You must specify POSTGRES_PASSWORD to a non-empty value for the',
          '       superuser. For example, "-e POSTGRES_PASSWORD=password" on "docker run".',
          '',
          '       You may also use "POSTGRES_HOST_AUTH_METHOD=trust" to allow all',
          '       connections without a password. This is *not* recommended.',
        ],
      },
    },
  },
  {
    name: 'alpine',
    tags: ['latest', '3.22', '3.21'],
    sizeMB: 8.31,
    contentMB: 3.8,
    layerCount: 1,
    config: { ...base, cmd: ['/bin/sh'] },
    behaviour: { kind: 'exits', code: 0, logs: [] },
  },
  {
    name: 'busybox',
    tags: ['latest'],
    sizeMB: 4.43,
    contentMB: 2.16,
    layerCount: 1,
    config: { ...base, cmd: ['sh'] },
    behaviour: { kind: 'exits', code: 0, logs: [] },
  },
];

/** The catalogue entry for a familiar repository name on docker.io, if any. */
export function catalogueEntry(name: string): CatalogueEntry | undefined {
  return CATALOGUE.find((e) => e.name === name);
}
