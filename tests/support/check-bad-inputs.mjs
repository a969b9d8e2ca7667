// Compares the project's copy of the bad-inputs list with the shared one beside the project
// folder (../shared/test-data/bad-inputs.json). Not part of `npm test`: tests must not read
// outside the project. Exit 1 on drift; exit 0 with a notice when the shared list is absent.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const local = resolve(import.meta.dirname, '../fixtures/bad-inputs.json');
const shared = resolve(import.meta.dirname, '../../../shared/test-data/bad-inputs.json');

if (!existsSync(shared)) {
  console.log(`check:bad-inputs: no shared list at ${shared}; nothing to compare (the copy is used as is).`);
  process.exit(0);
}
const a = JSON.stringify(JSON.parse(readFileSync(local, 'utf8')));
const b = JSON.stringify(JSON.parse(readFileSync(shared, 'utf8')));
if (a !== b) {
  console.error(
    `check:bad-inputs: tests/fixtures/bad-inputs.json differs from ${shared}. Copy the shared list over it.`,
  );
  process.exit(1);
}
console.log('check:bad-inputs: tests/fixtures/bad-inputs.json matches the shared list.');
