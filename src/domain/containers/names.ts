/**
 * Generated container names, "adjective_surname" as Docker makes them (a few of the words from
 * moby's pkg/namesgenerator, checked 2026-12-03).
 */
const LEFT = [
  'admiring',
  'bold',
  'brave',
  'clever',
  'dreamy',
  'eager',
  'festive',
  'focused',
  'gallant',
  'happy',
  'jolly',
  'keen',
  'loving',
  'modest',
  'nifty',
  'optimistic',
  'quirky',
  'relaxed',
  'sharp',
  'tender',
  'vibrant',
  'wizardly',
  'youthful',
  'zealous',
];
const RIGHT = [
  'babbage',
  'bohr',
  'curie',
  'darwin',
  'einstein',
  'euler',
  'faraday',
  'franklin',
  'goldberg',
  'hopper',
  'hypatia',
  'johnson',
  'kepler',
  'lamarr',
  'lovelace',
  'meitner',
  'noether',
  'pasteur',
  'ritchie',
  'shannon',
  'tesla',
  'torvalds',
  'turing',
  'wozniak',
];

/** The name for draw `n` (two words from the id's bytes), unique among `taken` (a digit is added, as moby does). */
export function generateName(idHex: string, taken: ReadonlySet<string>): string {
  const a = parseInt(idHex.slice(0, 4), 16) % LEFT.length;
  const b = parseInt(idHex.slice(4, 8), 16) % RIGHT.length;
  const name = `${LEFT[a] ?? 'bold'}_${RIGHT[b] ?? 'turing'}`;
  if (!taken.has(name)) return name;
  for (let i = 1; ; i++) if (!taken.has(`${name}${i}`)) return `${name}${i}`;
}

/** Container names: [a-zA-Z0-9][a-zA-Z0-9_.-]+ (moby's restrictions). */
export const VALID_NAME = /^\/?[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;
