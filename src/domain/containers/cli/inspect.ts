/**
 * `docker inspect` JSON (the Engine API's field names, trimmed to what a learner reads) and the
 * small subset of Go templates `--format` supports here: `{{.A.B}}`, `{{json .A}}`, literal text.
 */
import type { Container, DockerState, Image } from '../docker-types';

const iso = (ms: number) =>
  ms === 0 ? '0001-01-01T00:00:00Z' : new Date(ms).toISOString().replace(/\.000Z$/, '.000000000Z');

/** A container as `docker inspect` shows it. */
export function containerJson(c: Container, state: DockerState): Record<string, unknown> {
  const portMap: Record<string, { HostIp: string; HostPort: string }[] | null> = {};
  for (const e of c.exposed) portMap[e] = null;
  for (const p of c.ports) {
    const key = `${p.containerPort}/${p.proto}`;
    const list = portMap[key] ?? [];
    list.push({ HostIp: p.hostIp, HostPort: String(p.hostPort) });
    if (p.hostIp === '0.0.0.0') list.push({ HostIp: '::', HostPort: String(p.hostPort) });
    portMap[key] = list;
  }
  const networks: Record<string, unknown> = {};
  c.networks.forEach((n, i) => {
    const net = state.networks.find((x) => x.name === n);
    networks[n] = {
      NetworkID: net?.id ?? '',
      IPAddress:
        c.status === 'running'
          ? `172.${
              17 +
              Math.max(
                0,
                state.networks.findIndex((x) => x.name === n),
              )
            }.0.${2 + i + state.containers.indexOf(c)}`
          : '',
      Aliases: c.labels['com.docker.compose.service'] ? [c.labels['com.docker.compose.service'], c.name] : null,
    };
  });
  const cmd = [...c.entrypoint, ...c.cmd];
  return {
    Id: c.id,
    Created: iso(c.createdMs),
    Path: cmd[0] ?? '',
    Args: cmd.slice(1),
    State: {
      Status: c.status,
      Running: c.status === 'running',
      Paused: false,
      Restarting: false,
      OOMKilled: false,
      Dead: false,
      ExitCode: c.exitCode,
      StartedAt: iso(c.startedMs),
      FinishedAt: iso(c.finishedMs),
    },
    Image: c.imageId,
    Name: `/${c.name}`,
    RestartCount: 0,
    HostConfig: {
      PortBindings: Object.fromEntries(
        c.ports.map((p) => [
          `${p.containerPort}/${p.proto}`,
          [{ HostIp: p.hostIp === '0.0.0.0' ? '' : p.hostIp, HostPort: String(p.hostPort) }],
        ]),
      ),
      RestartPolicy: { Name: c.restart, MaximumRetryCount: 0 },
      AutoRemove: c.autoRemove,
      NetworkMode: c.networks[0] ?? 'bridge',
    },
    Mounts: c.mounts.map((m) => ({
      Type: m.type,
      Name: m.type === 'volume' ? m.source : undefined,
      Source: m.type === 'volume' ? `/var/lib/docker/volumes/${m.source}/_data` : m.source,
      Destination: m.target,
      RW: true,
    })),
    Config: {
      Hostname: c.id.slice(0, 12),
      Env: c.env,
      Cmd: c.cmd,
      Image: c.image,
      Entrypoint: c.entrypoint.length > 0 ? c.entrypoint : null,
      ExposedPorts: Object.fromEntries(c.exposed.map((e) => [e, {}])),
      Labels: c.labels,
    },
    NetworkSettings: { Ports: c.status === 'running' ? portMap : {}, Networks: networks },
  };
}

/** An image as `docker image inspect` shows it. */
export function imageJson(i: Image): Record<string, unknown> {
  return {
    Id: i.id,
    RepoTags: i.repoTags,
    RepoDigests: i.repoDigests,
    Created: iso(i.createdMs),
    Config: {
      User: i.config.user,
      ExposedPorts: Object.fromEntries(i.config.exposed.map((e) => [e, {}])),
      Env: i.config.env,
      Cmd: i.config.cmd.length > 0 ? i.config.cmd : null,
      WorkingDir: i.config.workdir === '/' ? '' : i.config.workdir,
      Entrypoint: i.config.entrypoint.length > 0 ? i.config.entrypoint : null,
    },
    Architecture: 'amd64',
    Os: 'linux',
    Size: i.sizeBytes,
    RootFS: { Type: 'layers', Layers: i.layers },
  };
}

function lookup(value: unknown, path: string): unknown {
  let v: unknown = value;
  for (const key of path.split('.').filter((k) => k !== '')) {
    if (typeof v !== 'object' || v === null) return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  return v;
}

function show(v: unknown): string {
  if (v === undefined) return '<no value>';
  if (v === null) return '<nil>';
  if (Array.isArray(v)) return `[${v.map(show).join(' ')}]`;
  if (typeof v === 'object')
    return `map[${Object.entries(v as Record<string, unknown>)
      .map(([k, x]) => `${k}:${show(x)}`)
      .join(' ')}]`;
  return String(v);
}

/** Applies a Go-template subset to `value`; a string starting with 'template' on a parse error. */
export function applyTemplate(template: string, value: unknown): { text: string } | { error: string } {
  let bad: string | null = null;
  const text = template.replace(
    /\{\{\s*(json\s+)?(\.[\w.]*)\s*\}\}|\{\{([^}]*)\}\}/g,
    (_m, json: string | undefined, path: string | undefined, other: string | undefined) => {
      if (other !== undefined) {
        bad ??= other.trim();
        return '';
      }
      const v = lookup(value, path ?? '.');
      return json ? JSON.stringify(v ?? null) : show(v);
    },
  );
  if (bad !== null)
    return {
      error: `template parsing error: template: :1: function "${String(bad).split(/\s+/)[0] ?? ''}" not defined`,
    };
  return { text };
}
