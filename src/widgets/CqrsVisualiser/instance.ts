/**
 * Element ids for visualisers: each `.astro` render takes the next number, so several
 * visualisers on one page never share an id. (The island is rendered apart from the page, so
 * Preact's useId would give every instance the same id.)
 */
let count = 0;

/** The next id prefix: "cqv-1", "cqv-2", ... */
export function nextUid(): string {
  count += 1;
  return `cqv-${count}`;
}
