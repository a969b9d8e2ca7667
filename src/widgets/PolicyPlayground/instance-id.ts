/**
 * Ids for playground instances. Astro runs a component's frontmatter on every render, so the
 * counter lives here, in module state: every instance in the build gets its own prefix, and
 * two playgrounds on one page never share an element id.
 */
let count = 0;

/** The next instance prefix: "pp1", "pp2", ... */
export function nextInstanceId(): string {
  count += 1;
  return `pp${count}`;
}
