/**
 * Mermaid's HTML labels write line breaks the HTML way (`<br>`), which the XML parser that
 * mermaid-render.ts uses refuses, so a diagram with a `<br/>` in a label would not render.
 * Closes HTML void elements so the SVG is well-formed XML; everything else is left as it is.
 */
export function xmlSafe(svg: string): string {
  return svg.replace(
    /<(br|hr|img|wbr)(\s[^<>]*?)?\s*\/?>/gi,
    (_match, tag: string, attributes: string | undefined) => `<${tag}${(attributes ?? '').trimEnd()}/>`,
  );
}
