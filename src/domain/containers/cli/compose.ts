/**
 * docker compose up/down/ps for a compose file in the simulated file system. Project, network,
 * volume and container names follow Compose v2 (project "app": network app_default, volume
 * app_db-data, container app-db-1); progress lines go to stderr as Compose prints them
 * (docker/compose pkg/progress and cmd/compose, read 2026-12-03).
 */
import type { CommandInput, CommandOutput, World } from '../../shell/types';
import { later } from '../../shell/world';
import { ComposeError, parseCompose, startOrder, type ComposeFile, type ComposeService } from '../compose';
import type { Container } from '../docker-types';
import { commandText, humanDuration, portsText, statusText, table } from '../format';
import { findImage } from '../images';
import { has, last, parseArgs } from './args';
import { runBuild } from './build';
import { resolvePath } from './fs';
import { apply, dockerOf, ensureImage, errorOf } from './state';

const FILES = ['compose.yaml', 'compose.yml', 'docker-compose.yaml', 'docker-compose.yml'];
export const PROJECT_LABEL = 'com.docker.compose.project';
export const SERVICE_LABEL = 'com.docker.compose.service';

/** Compose's project name rule: lowercase letters, digits, dashes and underscores. */
export function projectName(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9_-]/g, '');
}

const tick = (what: string, status: string) => ` ✔ ${what.padEnd(28)} ${status}`;

function serviceContainers(world: World, project: string, service?: string): Container[] {
  return dockerOf(world).containers.filter(
    (c) => c.labels[PROJECT_LABEL] === project && (service === undefined || c.labels[SERVICE_LABEL] === service),
  );
}

function up(
  world: World,
  file: ComposeFile,
  project: string,
  dir: string,
  detach: boolean,
  only: readonly string[],
  rebuild: boolean,
): CommandOutput {
  let w = world;
  const lines: string[] = [];
  const wanted = only.length > 0 ? file.services.filter((s) => only.includes(s.name)) : file.services;
  for (const s of only)
    if (!file.services.some((x) => x.name === s)) return { stderr: `no such service: ${s}\n`, exitCode: 1 };
  // The services asked for and everything they depend on, directly or not.
  const needed = new Set<string>();
  const need = (name: string) => {
    if (needed.has(name)) return;
    needed.add(name);
    for (const d of file.services.find((x) => x.name === name)?.dependsOn ?? []) need(d);
  };
  wanted.forEach((s) => need(s.name));
  const order = startOrder(file.services).filter((s) => needed.has(s.name));
  const images = new Map<string, string>();
  const buildOut: string[] = [];
  for (const s of order) {
    if (s.build) {
      const tag = s.image ?? `${project}-${s.name}`;
      if (findImage(dockerOf(w), tag) && !rebuild) {
        images.set(s.name, tag);
        continue;
      }
      const ctx = resolvePath(dir, s.build.context);
      const r = runBuild(w, ctx, resolvePath(ctx, s.build.dockerfile), [tag.includes(':') ? tag : `${tag}:latest`]);
      if (!r.ok) return { stderr: `${buildOut.join('')}${r.stderr}`, exitCode: 1, world: r.world };
      w = r.world;
      buildOut.push(r.stdout);
      lines.push(tick(`Image ${tag}`, 'Built'));
      images.set(s.name, tag);
      continue;
    }
    const image = s.image ?? '';
    const pulled = ensureImage(w, image);
    if ('error' in pulled)
      return {
        stderr: `${lines.join('\n')}${lines.length ? '\n' : ''} ✘ ${s.name} Error ${pulled.error}\nError response from daemon: ${pulled.error}\n`,
        exitCode: 1,
        world: w,
      };
    if (pulled.pulled) lines.push(tick(s.name, 'Pulled'));
    w = pulled.world;
    images.set(s.name, image);
  }
  const nets = new Set(order.flatMap((s) => s.networks));
  for (const n of nets) {
    const name = `${project}_${n}`;
    if (dockerOf(w).networks.some((x) => x.name === name)) continue;
    w = apply(w, { kind: 'network-create', name, labels: { [PROJECT_LABEL]: project } }).world;
    lines.push(tick(`Network ${name}`, 'Created'));
  }
  for (const v of file.volumes) {
    const name = `${project}_${v}`;
    if (dockerOf(w).volumes.some((x) => x.name === name)) continue;
    w = apply(w, { kind: 'volume-create', name, nowMs: w.clock.nowMs, labels: { [PROJECT_LABEL]: project } }).world;
    lines.push(tick(`Volume "${name}"`, 'Created'));
  }
  const started: string[] = [];
  for (const s of order) {
    w = later(w, 300);
    const name = `${project}-${s.name}-1`;
    const existing = serviceContainers(w, project, s.name)[0];
    if (existing?.status === 'running') {
      lines.push(tick(`Container ${name}`, 'Running'));
      continue;
    }
    const r = existing
      ? apply(w, { kind: 'start', target: existing.id, nowMs: w.clock.nowMs })
      : apply(w, {
          kind: 'create',
          spec: specOf(s, images.get(s.name) ?? '', project, name),
          start: true,
          nowMs: w.clock.nowMs,
        });
    const err = errorOf(r.events);
    if (err) {
      const created = r.events.some((e) => e.kind === 'created');
      lines.push(` ✘ Container ${name}`.padEnd(32) + ' Error');
      return {
        stderr: `${lines.join('\n')}\nError response from daemon: ${err}\n`,
        exitCode: 1,
        world: created ? r.world : w,
      };
    }
    w = r.world;
    lines.push(tick(`Container ${name}`, existing ? 'Started' : 'Started'));
    started.push(name);
  }
  const n = lines.length;
  const head = `${buildOut.join('')}[+] Running ${n}/${n}\n`;
  const progress = `${head}${lines.join('\n')}${n ? '\n' : ''}`;
  if (detach) return { stderr: progress, exitCode: 0, world: w };
  const containers = serviceContainers(w, project);
  const width = Math.max(...containers.map((c) => c.labels[SERVICE_LABEL]?.length ?? 0)) + 2;
  const logs = containers.flatMap((c) =>
    c.logs.map((l) => `${`${c.labels[SERVICE_LABEL] ?? ''}-1`.padEnd(width)} | ${l}`),
  );
  return {
    stdout: `Attaching to ${containers.map((c) => c.name).join(', ')}\n${logs.join('\n')}${logs.length ? '\n' : ''}`,
    stderr: `${progress}(This simulated terminal does not stay attached: the services keep running. Use docker compose up -d next time, and docker compose down to stop them.)\n`,
    exitCode: 0,
    world: w,
  };
}

function specOf(s: ComposeService, image: string, project: string, name: string) {
  const network = `${project}_${s.networks[0] ?? 'default'}`;
  return {
    image,
    name,
    network,
    cmd: s.command ?? [],
    env: Object.entries(s.environment).map(([k, v]) => `${k}=${v}`),
    ports: s.ports.map((p, i) => ({
      hostIp: p.hostIp,
      hostPort: p.host === 0 ? 32768 + i : p.host,
      containerPort: p.container,
      proto: p.proto,
    })),
    mounts: s.volumes
      .filter((v) => v.type !== 'anonymous')
      .map((v) => ({
        type: v.type === 'volume' ? ('volume' as const) : ('bind' as const),
        source: v.type === 'volume' ? `${project}_${v.source}` : v.source,
        target: v.target,
      })),
    restart: (['always', 'unless-stopped', 'on-failure'].includes(s.restart ?? '') ? s.restart : 'no') as 'no',
    labels: { [PROJECT_LABEL]: project, [SERVICE_LABEL]: s.name },
  };
}

function down(world: World, project: string, volumes: boolean): CommandOutput {
  let w = world;
  const lines: string[] = [];
  for (const c of [...serviceContainers(w, project)].reverse()) {
    w = apply(w, { kind: 'rm', target: c.id, force: true, nowMs: w.clock.nowMs }).world;
    lines.push(tick(`Container ${c.name}`, 'Removed'));
  }
  for (const n of dockerOf(w).networks.filter((x) => x.labels[PROJECT_LABEL] === project)) {
    w = apply(w, { kind: 'network-rm', name: n.name }).world;
    lines.push(tick(`Network ${n.name}`, 'Removed'));
  }
  if (volumes)
    for (const v of dockerOf(w).volumes.filter((x) => x.labels[PROJECT_LABEL] === project)) {
      w = apply(w, { kind: 'volume-rm', name: v.name }).world;
      lines.push(tick(`Volume ${v.name}`, 'Removed'));
    }
  if (lines.length === 0) return { exitCode: 0 };
  return {
    stderr: `[+] Running ${lines.length}/${lines.length}\n${lines.join('\n')}\n`,
    exitCode: 0,
    world: later(w, 500),
  };
}

function ps(world: World, project: string, showAll: boolean): CommandOutput {
  const now = world.clock.nowMs;
  const list = serviceContainers(world, project).filter((c) => showAll || c.status === 'running');
  const rows = [
    ['NAME', 'IMAGE', 'COMMAND', 'SERVICE', 'CREATED', 'STATUS', 'PORTS'],
    ...list.map((c) => [
      c.name,
      c.image,
      commandText(c),
      c.labels[SERVICE_LABEL] ?? '',
      `${humanDuration(now - c.createdMs)} ago`,
      statusText(c, now),
      portsText(c),
    ]),
  ];
  return { stdout: table(rows), exitCode: 0 };
}

/** docker compose [-f FILE] [-p NAME] up|down|ps|config ... */
export function composeCommand(words: readonly string[], input: CommandInput): CommandOutput {
  const args = parseArgs(words, {
    values: ['f', 'file', 'p', 'project-name', 'project-directory'],
    bools: ['d', 'detach', 'v', 'volumes', 'a', 'all', 'build', 'remove-orphans', 'q', 'quiet', 'wait'],
    aliases: { f: 'file', p: 'project-name', d: 'detach', v: 'volumes', a: 'all', q: 'quiet' },
  });
  if (typeof args === 'string') return { stderr: `${args}\n`, exitCode: 1 };
  const [sub = '', ...rest] = args.positional;
  const world = input.world;
  const fileFlag = last(args, 'file');
  const path =
    fileFlag !== undefined
      ? resolvePath(world.cwd, fileFlag)
      : FILES.map((f) => resolvePath(world.cwd, f)).find((p) => world.fs.files[p] !== undefined);
  if (sub === '' || !['up', 'down', 'ps', 'config', 'ls', 'stop', 'start'].includes(sub))
    return {
      stderr:
        sub === ''
          ? 'Usage:  docker compose [OPTIONS] COMMAND\n\nDefine and run multi-container applications with Docker\n\nCommands:\n  up          Create and start containers\n  down        Stop and remove containers, networks\n  ps          List containers\n  config      Parse, resolve and render compose file in canonical format\n'
          : `unknown docker command: "compose ${sub.slice(0, 40)}"\n`,
      exitCode: sub === '' ? 0 : 1,
    };
  if (path === undefined || world.fs.files[path] === undefined)
    return {
      stderr:
        fileFlag !== undefined
          ? `open ${path ?? fileFlag}: no such file or directory\n`
          : 'no configuration file provided: not found\n',
      exitCode: 1,
    };
  let file: ComposeFile;
  try {
    file = parseCompose(world.fs.files[path] ?? '');
  } catch (e) {
    if (e instanceof ComposeError) return { stderr: `${path}: ${e.message}\n`, exitCode: 1 };
    throw e;
  }
  const dir = path.slice(0, path.lastIndexOf('/')) || '/';
  const project = projectName(last(args, 'project-name') ?? file.name ?? dir.split('/').pop() ?? 'default');
  const warn = file.warnings.map((w) => `WARN[0000] ${path}: ${w}\n`).join('');
  const withWarn = (o: CommandOutput): CommandOutput => (warn ? { ...o, stderr: `${warn}${o.stderr ?? ''}` } : o);
  switch (sub) {
    case 'up':
      return withWarn(up(world, file, project, dir, has(args, 'detach'), rest, has(args, 'build')));
    case 'down':
      return withWarn(down(world, project, has(args, 'volumes')));
    case 'ps':
      return withWarn(ps(world, project, has(args, 'all')));
    case 'config':
      return withWarn({ stdout: world.fs.files[path] ?? '', exitCode: 0 });
    default:
      return { stderr: `docker compose ${sub}: not simulated here; use up, down or ps\n`, exitCode: 1 };
  }
}
