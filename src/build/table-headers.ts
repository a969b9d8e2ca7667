/**
 * Row headers for comparison tables (a Sätteri hast plugin, registered in astro.config.mjs).
 * A Markdown table whose header row starts with an empty cell (`| | Docker | Kubernetes |`)
 * compares things row by row: its first column names each row. Markdown can only make that column
 * data cells, so a screen reader reading "No" in a row cannot say which row it is in (axe and
 * Lighthouse: `td-has-header`). This turns the empty corner into a `<td>` and each row's first
 * cell into `<th scope="row">`; tables with a filled corner are left as they are.
 */

/** The slice of the Sätteri hast node and visitor context this plugin uses. */
interface HNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HNode[];
}
interface HContext {
  textContent(node: HNode): string;
  replaceNode(node: HNode, replacement: HNode | HNode[]): void;
}

const elements = (n: HNode | undefined): HNode[] => (n?.children ?? []).filter((c) => c.type === 'element');

export const tableRowHeaders = {
  name: 'table-row-headers',
  element: {
    filter: ['table'],
    visit(table: HNode, ctx: HContext): void {
      const sections = elements(table);
      const thead = sections.find((s) => s.tagName === 'thead');
      const tbody = sections.find((s) => s.tagName === 'tbody');
      const corner = elements(elements(thead)[0])[0];
      if (!tbody || corner?.tagName !== 'th' || ctx.textContent(corner).trim() !== '') return;
      ctx.replaceNode(corner, { type: 'element', tagName: 'td', properties: {}, children: [] });
      for (const row of elements(tbody)) {
        const first = elements(row)[0];
        if (first?.tagName === 'td')
          ctx.replaceNode(first, {
            type: 'element',
            tagName: 'th',
            properties: { scope: 'row' },
            children: first.children ?? [],
          });
      }
    },
  },
};
