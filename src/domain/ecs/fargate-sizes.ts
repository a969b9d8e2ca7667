/**
 * The task sizes AWS Fargate accepts: task-level CPU units and the memory (MiB) each allows.
 * Source: Amazon ECS Developer Guide, "Troubleshoot Amazon ECS task definition invalid CPU or
 * memory errors" (task-cpu-memory-error.html) and the RegisterTaskDefinition `memory` parameter
 * (API reference), read 2026-12-03. 8 and 16 vCPU need Linux platform version 1.4.0 or later.
 */

/** One CPU size and the memory values allowed with it. */
export interface FargateCpuSize {
  /** Task CPU units (1 vCPU = 1,024). */
  readonly cpu: number;
  /** Allowed task memory values in MiB, ascending. */
  readonly memory: readonly number[];
}

const GiB = 1024;
const range = (fromGiB: number, toGiB: number, stepGiB: number): number[] => {
  const out: number[] = [];
  for (let g = fromGiB; g <= toGiB; g += stepGiB) out.push(g * GiB);
  return out;
};

/** The full table, smallest CPU first. */
export const FARGATE_SIZES: readonly FargateCpuSize[] = Object.freeze([
  { cpu: 256, memory: [512, 1024, 2048] },
  { cpu: 512, memory: range(1, 4, 1) },
  { cpu: 1024, memory: range(2, 8, 1) },
  { cpu: 2048, memory: range(4, 16, 1) },
  { cpu: 4096, memory: range(8, 30, 1) },
  { cpu: 8192, memory: range(16, 60, 4) },
  { cpu: 16384, memory: range(32, 120, 8) },
]);

/** Every CPU value Fargate accepts, in CPU units. */
export const FARGATE_CPU_VALUES: readonly number[] = FARGATE_SIZES.map((s) => s.cpu);

/**
 * The memory values (MiB) Fargate allows with `cpuUnits`: fargateMemoryOptions(256) is
 * [512, 1024, 2048]; [] when `cpuUnits` is not a Fargate CPU size (or not a number at all).
 */
export function fargateMemoryOptions(cpuUnits: number): number[] {
  const size = FARGATE_SIZES.find((s) => s.cpu === cpuUnits);
  return size === undefined ? [] : [...size.memory];
}

/** True when the pair is a Fargate task size. */
export function isFargateSize(cpuUnits: number, memoryMiB: number): boolean {
  return fargateMemoryOptions(cpuUnits).includes(memoryMiB);
}

/** A valid pair, with how far it is from the one asked for. */
export interface FargateSuggestion {
  readonly cpu: number;
  readonly memory: number;
}

/**
 * The valid sizes nearest to a pair (at most `limit`, closest first): distance counts CPU steps
 * in the table and memory in GiB, so 256/4096 suggests 512/4096 first, then 256/2048. Ties go to
 * the cheaper (smaller) size.
 */
export function nearestFargateSizes(cpuUnits: number, memoryMiB: number, limit = 3): FargateSuggestion[] {
  const cpuIndex = (c: number): number => {
    const exact = FARGATE_CPU_VALUES.indexOf(c);
    if (exact >= 0) return exact;
    // Between two sizes: a fractional position, so both neighbours count as close.
    const above = FARGATE_CPU_VALUES.findIndex((v) => v > c);
    return above === -1 ? FARGATE_CPU_VALUES.length - 1 + 1 : above - 0.5;
  };
  const want = Number.isFinite(cpuUnits) ? cpuIndex(cpuUnits) : 0;
  const wantGiB = Number.isFinite(memoryMiB) ? memoryMiB / GiB : 0;
  const all = FARGATE_SIZES.flatMap((s, i) =>
    s.memory.map((m) => ({ cpu: s.cpu, memory: m, d: Math.abs(i - want) + Math.abs(m / GiB - wantGiB) })),
  );
  all.sort((a, b) => a.d - b.d || a.cpu - b.cpu || a.memory - b.memory);
  return all.slice(0, Math.max(0, limit)).map(({ cpu, memory }) => ({ cpu, memory }));
}
