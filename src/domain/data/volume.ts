/** Bytes in a decimal gigabyte: cloud bills and this course use decimal units (1 GB = 10^9 B). */
export const BYTES_PER_GB = 1e9;
const SECONDS_PER_DAY = 86_400;

/** A source of data: how many producers, how often each emits, how big each record is. */
export interface IngestProfile {
  /** Devices, services or users producing data. */
  sources: number;
  /** Records per second from each source. */
  recordsPerSecond: number;
  /** Average size of one record, in bytes. */
  bytesPerRecord: number;
}

function check(name: string, v: number): void {
  if (!Number.isFinite(v) || v < 0) throw new RangeError(`${name} must be a finite number >= 0 (received ${v})`);
}

/**
 * Data volume produced per day, in decimal GB. Velocity (records per second) times size times
 * sources gives the volume a storage design must absorb.
 */
export function dailyVolumeGB(p: IngestProfile): number {
  check('sources', p.sources);
  check('recordsPerSecond', p.recordsPerSecond);
  check('bytesPerRecord', p.bytesPerRecord);
  return (p.sources * p.recordsPerSecond * p.bytesPerRecord * SECONDS_PER_DAY) / BYTES_PER_GB;
}

/** Records per second arriving in total (the profile's velocity). */
export function velocity(p: IngestProfile): number {
  check('sources', p.sources);
  check('recordsPerSecond', p.recordsPerSecond);
  return p.sources * p.recordsPerSecond;
}

/** Rounds to `digits` decimals for display and answers (half away from zero, no float noise). */
export function roundTo(value: number, digits: number): number {
  // Shifting through the decimal string ("1.005e2" is exactly 100.5) avoids 1.005 * 100 = 100.49999….
  const text = String(Math.abs(value));
  if (text.includes('e')) return Math.round(value * 10 ** digits) / 10 ** digits; // tiny or huge: no noise to fix
  const shifted = Math.round(Number(`${text}e${digits}`));
  const result = Math.sign(value) * Number(`${shifted}e-${digits}`);
  return Object.is(result, -0) ? 0 : result;
}
