/** RegisterTaskDefinition: validate, normalise, and give the next revision of the family. */
import {
  parseTaskCpu,
  parseTaskMemory,
  validateTaskDefinition,
  type LaunchType,
  type TaskDefinitionError,
} from './task-definition';
import type { ContainerSpec, TaskDefinitionRecord } from './cluster-types';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The record ECS would store for `def`, or its errors. ECS checks the definition against every
 * launch type it requires (EC2 when none is listed); `compatibilities` then lists what it is
 * valid for.
 */
export function toRecord(
  def: unknown,
  revision: (family: string) => number,
  nowMs: number,
): { ok: true; record: TaskDefinitionRecord } | { ok: false; errors: TaskDefinitionError[] } {
  const raw = isRecord(def) ? def : null;
  const requires = raw !== null && Array.isArray(raw['requiresCompatibilities']) ? raw['requiresCompatibilities'] : [];
  const targets = (requires.length === 0 ? ['EC2'] : requires).filter(
    (c): c is LaunchType => c === 'EC2' || c === 'FARGATE' || c === 'EXTERNAL',
  );
  const seen = new Set<string>();
  const errors: TaskDefinitionError[] = [];
  for (const t of targets.length === 0 ? (['EC2'] as LaunchType[]) : targets)
    for (const e of validateTaskDefinition(def, t)) {
      const key = e.path + e.message;
      if (seen.has(key)) continue;
      seen.add(key);
      errors.push(e);
    }
  if (errors.length > 0 || raw === null) return { ok: false, errors };
  const family = raw['family'] as string;
  const containers = (raw['containerDefinitions'] as Record<string, unknown>[]).map((c): ContainerSpec => {
    const mappings = Array.isArray(c['portMappings']) ? (c['portMappings'] as Record<string, unknown>[]) : [];
    const mode = raw['networkMode'] ?? 'bridge';
    const ports = mappings
      .map((p) => (mode === 'awsvpc' || mode === 'host' ? p['containerPort'] : p['hostPort']))
      .filter((p): p is number => typeof p === 'number' && p > 0);
    return { name: c['name'] as string, image: c['image'] as string, essential: c['essential'] !== false, ports };
  });
  const sum = (key: string): number =>
    (raw['containerDefinitions'] as Record<string, unknown>[]).reduce(
      (s, c) => s + (typeof c[key] === 'number' ? (c[key] as number) : 0),
      0,
    );
  const cpu = parseTaskCpu(raw['cpu']) ?? sum('cpu');
  const memory =
    parseTaskMemory(raw['memory']) ??
    (raw['containerDefinitions'] as Record<string, unknown>[]).reduce(
      (s, c) =>
        s +
        (typeof c['memory'] === 'number'
          ? c['memory']
          : typeof c['memoryReservation'] === 'number'
            ? c['memoryReservation']
            : 0),
      0,
    );
  const networkMode = (raw['networkMode'] ?? 'bridge') as TaskDefinitionRecord['networkMode'];
  const compatibilities = (['EC2', 'EXTERNAL', 'FARGATE'] as LaunchType[]).filter(
    (t) =>
      validateTaskDefinition(def, t).filter((e) => !e.message.startsWith('Task definition does not support')).length ===
      0,
  );
  return {
    ok: true,
    record: {
      family,
      revision: revision(family),
      cpu,
      memory,
      networkMode,
      compatibilities,
      requiresCompatibilities: requires.filter((c): c is string => typeof c === 'string'),
      containers,
      source: raw,
      status: 'ACTIVE',
      registeredAt: nowMs,
    },
  };
}
