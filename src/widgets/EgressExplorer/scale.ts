/**
 * Slider scales. A slider position is a whole number (so arrow keys and Page Up/Down step
 * through sensible values); the paired text box holds the exact value. Volumes and counts use
 * a "nice" logarithmic grid (0, 1, 1.2, 1.5, 2, 2.5, 3, 4 ... 9, 10, 12 ...), percentages and
 * prices a linear one.
 */

/** Maps slider positions 0..max to values and back. */
export interface SliderScale {
  /** The last position. */
  readonly max: number;
  /** The value at a position (clamped to 0..max). */
  valueAt(position: number): number;
  /** The position shown for a value: the last one at or below it (0 for anything below). */
  positionOf(value: number): number;
}

// Mantissas times ten, so grid values are built from integers and stay exact decimals.
const MANTISSAS = [10, 12, 15, 20, 25, 30, 40, 50, 60, 70, 80, 90];

const clamp = (position: number, max: number): number => Math.min(max, Math.max(0, Math.round(position)));

/** 0, then nice values from 1 up to and including `max` (when `accept` allows them). */
export function niceGrid(max: number, accept: (value: number) => boolean = () => true): number[] {
  const values = [0];
  for (let decade = 0; decade <= 20; decade += 1) {
    for (const m of MANTISSAS) {
      const value = decade === 0 ? m / 10 : m * 10 ** (decade - 1);
      if (value > max || !accept(value)) return values;
      values.push(value);
    }
  }
  return values;
}

/** A scale over a list of increasing values. */
export function gridScale(values: readonly number[]): SliderScale {
  const max = values.length - 1;
  return {
    max,
    valueAt: (position) => values[clamp(position, max)] ?? 0,
    positionOf: (value) => {
      let found = 0;
      values.forEach((v, i) => {
        if (v <= value) found = i;
      });
      return found;
    },
  };
}

/** A linear scale: position p is (min + p) / divisor, e.g. min 0, steps 250, divisor 1000 for £0.000-£0.250. */
export function linearScale(min: number, steps: number, divisor = 1): SliderScale {
  return {
    max: steps,
    valueAt: (position) => (min + clamp(position, steps)) / divisor,
    positionOf: (value) => clamp(value * divisor - min, steps),
  };
}
