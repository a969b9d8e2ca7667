import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';

type Entry = string | { repeat: { text: string; times: number } };

/**
 * The project's own copy of the shared list of careless and curious inputs, so tests run from a
 * clone with nothing beside it. `npm run check:bad-inputs` reports drift from ../shared.
 */
export const BAD_INPUTS_PATH = resolve(import.meta.dirname, '../fixtures/bad-inputs.json');

/**
 * The inputs from tests/fixtures/bad-inputs.json (a copy of ../shared/test-data/bad-inputs.json), by category ("numbers", "text", "json",
 * "yaml", "shell", "storage"), with `repeat` entries expanded. Every widget field, parser and the
 * terminal is fed these in tests.
 */
export function badInputs(category: string): string[] {
  if (!existsSync(BAD_INPUTS_PATH))
    throw new Error(`Missing ${BAD_INPUTS_PATH}: restore it from ../shared/test-data/bad-inputs.json`);
  const all = JSON.parse(readFileSync(BAD_INPUTS_PATH, 'utf8')) as Record<string, Entry[]>;
  const list = all[category];
  if (!list) throw new Error(`No category "${category}" in bad-inputs.json`);
  return list.map((e) => (typeof e === 'string' ? e : e.repeat.text.repeat(e.repeat.times)));
}
