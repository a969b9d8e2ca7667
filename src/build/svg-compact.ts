/**
 * Smaller diagrams for the offline course (issue 13's precache budget): Mermaid writes
 * coordinates to 13 significant digits, double-quotes every attribute (each quote becomes
 * `&quot;` inside the page's `src="data:..."`) and defines a dozen arrow markers a diagram may
 * never use, with a style sheet for every kind of diagram. `compactSvg` rounds numbers inside
 * attribute values (path data to a tenth of a pixel, the rest to a hundredth: invisible), quotes
 * attributes with `'`, and drops markers and symbols nothing refers to, style rules for classes
 * nothing uses and data attributes no rule selects on. Labels are never touched, so a label such
 * as "0.0208" keeps its digits.
 */

/** Numbers with two or more decimals, as Mermaid writes coordinates. */
const LONG_NUMBER = /(-?\d+\.\d{2,})/g;

/** `text` with its long numbers rounded to `decimals` places (trailing zeros dropped). */
const round = (text: string, decimals: number): string =>
  text.replace(LONG_NUMBER, (n) => {
    const r = Number(Number(n).toFixed(decimals));
    return Object.is(r, -0) ? '0' : String(r);
  });

/**
 * Rewrites one tag's attributes: rounded numbers, single quotes. Path data and polygon points are
 * kept to a tenth of a pixel (a diagram is never shown larger than its natural size), other
 * values (sizes, transforms, the viewBox) to a hundredth.
 */
function compactTag(tag: string): string {
  return tag.replace(/(\s[\w:.-]+)="([^"]*)"/g, (_m, name: string, value: string) => {
    const places = name === ' d' || name === ' points' ? 1 : 2;
    const v = round(value, places).replace(/'/g, '&apos;');
    return `${name}='${v}'`;
  });
}

/**
 * Removes <marker> and <symbol> definitions that no `url(#id)` or `href="#id"` refers to (a
 * sequence diagram carries a computer, a database and a clock symbol whether it uses them or not),
 * then the empty <defs> they leave.
 */
function dropUnusedDefinitions(svg: string): string {
  const out = svg.replace(
    /<(marker|symbol)\b[^>]*\bid=(['"])([^'"]+)\2[\s\S]*?<\/\1>/g,
    (definition, _tag: string, _q: string, id: string) => {
      const rest = svg.replace(definition, '');
      return rest.includes(`#${id})`) || rest.includes(`#${id}'`) || rest.includes(`#${id}"`) ? definition : '';
    },
  );
  return out.replace(/<defs><\/defs>|<defs\/>/g, '');
}

/**
 * Drops the style sheet's rules for classes the drawing does not use (Mermaid writes one sheet for
 * every kind of node, edge and error): a rule stays when one of its comma-separated selectors names
 * only classes that appear in the markup. Keyframes stay only when a kept rule animates.
 */
function purgeStyle(svg: string): string {
  return svg.replace(/<style>([\s\S]*?)<\/style>/, (_m, css: string) => {
    const markup = svg.replace(css, '');
    const used = new Set<string>();
    for (const m of markup.matchAll(/\bclass=(['"])([^'"]*)\1/g)) for (const c of m[2]!.split(/\s+/)) used.add(c);
    const rules = css.match(/@keyframes[^{]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}|@[^{;]+;|[^{}]+\{[^{}]*\}/g) ?? [];
    const kept = rules.filter((rule) => {
      if (rule.startsWith('@keyframes')) return true;
      const selectors = rule.slice(0, rule.indexOf('{')).split(',');
      return selectors.some((sel) => [...sel.matchAll(/\.([\w-]+)/g)].every((c) => used.has(c[1]!)));
    });
    const animated = kept.some((r) => !r.startsWith('@keyframes') && /animation/.test(r));
    const sheet = kept.filter((r) => animated || !r.startsWith('@keyframes')).join('');
    // Anything the rule matcher did not recognise is kept as it was (never lose a rule by accident).
    return rules.join('') === css.replace(/\s+$/, '') ? `<style>${sheet}</style>` : `<style>${css}</style>`;
  });
}

/** Removes data-* attributes (Mermaid's bookkeeping: edge points, ids) that the style sheet never selects on. */
function dropDataAttributes(svg: string): string {
  const css = /<style>([\s\S]*?)<\/style>/.exec(svg)?.[1] ?? '';
  return svg.replace(/<[a-zA-Z][^<>]*>/g, (tag) =>
    tag.replace(/\s(data-[\w-]+)=(['"])[^'"]*\2/g, (attr, name: string) => (css.includes(name) ? attr : '')),
  );
}

/** The same drawing in fewer bytes (see the file's comment). */
export function compactSvg(svg: string): string {
  // Only start tags carry attributes; text between tags (labels, CSS) is left as it is.
  const tags = svg.replace(/<[a-zA-Z][^<>]*>/g, compactTag);
  return dropDataAttributes(purgeStyle(dropUnusedDefinitions(tags)));
}
