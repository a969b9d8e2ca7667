/**
 * The widget kit (issue 9): what every widget's `.astro` wrapper and island share, so none grows
 * its own copy.
 *
 * - `instanceId(prefix)`: element-id prefixes, unique across the build ("term-1", "term-2").
 * - `widgetProps(widget, where, schema, props)`: props checked by a zod schema at build time; an
 *   authoring mistake fails the build with the widget, the page and the prop by name.
 * - `urlNamespace(prefix, instance)`: query-parameter names for one widget instance, so two
 *   explorers on a page keep apart (`eg.vol` for the first, `eg2.vol` for the second).
 * - Number and money formatting lives in `src/domain/shared/format.ts` (widgets and quiz banks
 *   share it); it is re-exported here.
 */
import type { z } from 'astro/zod';

export { formatCount, formatDecimal, formatPercent, formatUsd } from '../../domain/shared/format';

/**
 * The next element-id prefix for a widget kind: "<prefix>-1", "<prefix>-2", ... Astro runs a
 * wrapper's frontmatter once per render; the counter sits on globalThis because the dev server
 * may load this module more than once, and ids must stay unique on a page either way.
 */
export function instanceId(prefix: string): string {
  const g = globalThis as { __cdcInstanceIds?: Map<string, number> };
  const counts = (g.__cdcInstanceIds ??= new Map());
  const next = (counts.get(prefix) ?? 0) + 1;
  counts.set(prefix, next);
  return `${prefix}-${next}`;
}

/** Shows a received value in a build error: short, quoted when text. */
function shown(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

/**
 * Checks a widget's props against its schema at build time and returns the parsed props (with
 * defaults applied). A mistake throws one error listing every bad prop:
 *   <FargateSizer> in /course/learn/05-deploying/04-fargate-and-choosing/: prop `cpu`: must be one
 *   of 256, 512, ... (received 300)
 */
export function widgetProps<S extends z.ZodType>(
  widget: string,
  where: string,
  schema: S,
  props: unknown,
): z.output<S> {
  const result = schema.safeParse(props);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const path = issue.path.length > 0 ? issue.path.map(String).join('.') : '(props)';
    let received: unknown = props;
    for (const key of issue.path)
      received = (received as Record<PropertyKey, unknown> | undefined)?.[key as PropertyKey];
    return `prop \`${path}\`: ${issue.message} (received ${shown(received)})`;
  });
  throw new Error(`<${widget}> in ${where}: ${lines.join('; ')}`);
}

/** The query parameters of one widget instance. */
export interface UrlNamespace {
  /** The parameter for `name`, e.g. `eg.vol` (instance 1) or `eg2.vol` (instance 2). */
  key(name: string): string;
  /** True when `param` belongs to this instance. */
  owns(param: string): boolean;
}

/**
 * Namespaced query parameters: instance 1 of `eg` uses `eg.<name>` (so links shared before
 * namespacing keep working), instance n uses `eg<n>.<name>`.
 */
export function urlNamespace(prefix: string, instance = 1): UrlNamespace {
  if (!/^[a-z][a-z0-9]*$/.test(prefix))
    throw new RangeError(`url prefix must be lower-case letters and digits (received '${prefix}')`);
  if (!Number.isInteger(instance) || instance < 1)
    throw new RangeError(`instance must be a whole number >= 1 (received ${instance})`);
  const head = instance === 1 ? `${prefix}.` : `${prefix}${instance}.`;
  return { key: (name) => head + name, owns: (param) => param.startsWith(head) };
}

/** Which instance of a widget kind an element is, counting from 1 in document order. */
export function instanceIndex(element: Element | null, selector: string): number {
  if (element === null) return 1;
  const all = [...element.ownerDocument.querySelectorAll(selector)];
  const at = all.indexOf(element);
  return at < 0 ? 1 : at + 1;
}
