/**
 * How the docker CLI prints things: go-units' HumanDuration and HumanSizeWithPrecision, the
 * tabwriter tables (min width 10, padding 3), ports and statuses. Sources: docker/cli
 * cli/command/formatter (container.go, formatter.go), docker/go-units duration.go and size.go,
 * read 2026-12-03.
 */
import type { Container, PortBinding } from './docker-types';

/** go-units HumanDuration: "Less than a second", "3 seconds", "About a minute", "2 hours". */
export function humanDuration(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  if (seconds < 1) return 'Less than a second';
  if (seconds === 1) return '1 second';
  if (seconds < 60) return `${seconds} seconds`;
  const minutes = Math.floor(seconds / 60);
  if (minutes === 1) return 'About a minute';
  if (minutes < 60) return `${minutes} minutes`;
  const hours = Math.round(ms / 3_600_000);
  if (hours === 1) return 'About an hour';
  if (hours < 48) return `${hours} hours`;
  if (hours < 24 * 7 * 2) return `${Math.floor(hours / 24)} days`;
  if (hours < 24 * 30 * 2) return `${Math.floor(hours / 24 / 7)} weeks`;
  if (hours < 24 * 365 * 2) return `${Math.floor(hours / 24 / 30)} months`;
  return `${Math.floor(ms / 3_600_000 / 24 / 365)} years`;
}

/** go-units HumanSizeWithPrecision(size, 3): decimal units, "%.3g" ("192MB", "53.6MB", "13.3kB"). */
export function humanSize(bytes: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let v = bytes;
  let i = 0;
  while (v >= 1000 && i < units.length - 1) {
    v /= 1000;
    i++;
  }
  return `${Number(v.toPrecision(3))}${units[i] ?? 'B'}`;
}

/** Go's text/tabwriter as docker/cli sets it up: cells padded to the widest (at least 10) plus 3 spaces; the last column unpadded. */
export function table(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const r of rows) r.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, [...cell].length)));
  return rows
    .map((r) =>
      r
        .map((cell, i) =>
          i === r.length - 1
            ? cell
            : cell.padEnd(Math.max(10, (widths[i] ?? 0) + 3) - ([...cell].length - cell.length)),
        )
        .join('')
        .trimEnd(),
    )
    .map((l) => `${l}\n`)
    .join('');
}

/** The PORTS column: "0.0.0.0:8080->80/tcp, [::]:8080->80/tcp", or "80/tcp" for a port only exposed. */
export function portsText(c: Container): string {
  const parts: string[] = [];
  const published = new Set<string>();
  for (const p of c.ports) {
    published.add(`${p.containerPort}/${p.proto}`);
    if (c.status !== 'running') continue;
    parts.push(bindingText(p));
    if (p.hostIp === '0.0.0.0') parts.push(`[::]:${p.hostPort}->${p.containerPort}/${p.proto}`);
  }
  if (c.status === 'running' || c.status === 'created')
    for (const e of c.exposed) if (!published.has(e) && c.status === 'running') parts.push(e);
  return parts.join(', ');
}

/** "0.0.0.0:8080->80/tcp". */
export function bindingText(p: PortBinding): string {
  return `${p.hostIp}:${p.hostPort}->${p.containerPort}/${p.proto}`;
}

/** The STATUS column: "Up 3 seconds", "Exited (0) 5 seconds ago", "Created". */
export function statusText(c: Container, nowMs: number): string {
  switch (c.status) {
    case 'created':
      return 'Created';
    case 'running':
      return `Up ${humanDuration(nowMs - c.startedMs)}`;
    case 'exited':
      if (c.restart === 'always' || c.restart === 'unless-stopped' || (c.restart === 'on-failure' && c.exitCode !== 0))
        if (c.finishedMs === c.startedMs)
          return `Restarting (${c.exitCode}) ${humanDuration(nowMs - c.finishedMs)} ago`;
      return `Exited (${c.exitCode}) ${humanDuration(nowMs - c.finishedMs)} ago`;
  }
}

/** The COMMAND column: entrypoint and command joined, cut to 20 characters with "…", quoted. */
export function commandText(c: Container, truncate = true): string {
  const full = [...c.entrypoint, ...c.cmd].join(' ');
  const chars = [...full];
  const cut = truncate && chars.length > 20 ? `${chars.slice(0, 19).join('')}…` : full;
  return JSON.stringify(cut);
}
