/**
 * Build-time glossary links (issue 13): a Sätteri hast plugin, added to the Markdown processor in
 * astro.config.mjs, that links the first use of each glossary term in every lesson to its entry
 * on /glossary/. Lesson MDX files are never edited; the glossary data lives in src/domain/glossary.
 *
 * What is skipped: headings, links, code and preformatted text, keyboard/sample text, and every
 * MDX component (quizzes, widgets, diagrams with their Mermaid source, asides): only the lesson's
 * own prose is linked.
 *
 * Each link is one element, `<a class="term" href=".../glossary/#id" aria-describedby="term-def-id"
 * data-def="...">`: the CSS tooltip shows `data-def` on hover and keyboard focus (global.css, no
 * JavaScript), and screen readers get the same words as the link's description from one hidden
 * list of definitions at the end of the lesson. The definitions stay out of the paragraphs, so the
 * lesson's text (its textContent, its search index) is unchanged.
 */
import { fileURLToPath } from 'node:url';
import { GLOSSARY, createTermMatcher, type GlossaryTerm } from '../domain/glossary';

/** Elements whose text is never linked. */
const SKIP_TAGS = new Set([
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'a',
  'code',
  'pre',
  'kbd',
  'samp',
  'script',
  'style',
  'svg',
  'button',
  'label',
  'summary',
]);

/** The slice of the Sätteri hast node and visitor context this plugin uses. */
interface HNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HNode[];
}
interface HContext {
  parent(node: HNode): HNode | undefined;
  replaceNode(node: HNode, replacement: HNode | HNode[]): void;
  appendChild(node: HNode, child: HNode | HNode[]): void;
}
/** A Sätteri hast plugin: a factory called once per compiled document. */
export type GlossaryPluginEntry = (file: { fileURL: URL | undefined }) => {
  name: string;
  text(node: HNode, ctx: HContext): void;
  after(root: HNode, ctx: HContext): void;
} | null;

/** The lesson id of a lesson file ("02-access-control/03-abac"), or null for any other file. */
export function lessonIdOf(path: string): string | null {
  const m = /[\\/]content[\\/]lessons[\\/]([^\\/]+)[\\/]([^\\/_][^\\/]*)\.mdx?$/.exec(path);
  return m ? `${m[1]}/${m[2]}` : null;
}

/** True when the text sits inside something that must not be linked (see SKIP_TAGS, components). */
function skipped(node: HNode, ctx: HContext): boolean {
  for (let p = ctx.parent(node); p; p = ctx.parent(p)) {
    if (p.type.startsWith('mdx')) return true;
    if (p.type === 'element' && SKIP_TAGS.has(p.tagName ?? '')) return true;
  }
  return false;
}

/** The id of the hidden definition a link points at. */
export const defId = (termId: string) => `term-def-${termId}`;

/**
 * The plugin. `base` is the site's base path ending in "/" (e.g. "/course/"); `terms` defaults
 * to the course glossary (tests pass their own).
 */
export function glossaryLinks(base: string, terms: readonly GlossaryTerm[] = GLOSSARY): GlossaryPluginEntry {
  const matcher = createTermMatcher(terms);
  const byId = new Map(terms.map((t) => [t.id, t]));
  const href = (id: string) => `${base}glossary/#${id}`;
  return ({ fileURL }) => {
    const lessonId = fileURL
      ? lessonIdOf(fileURL.protocol === 'file:' ? fileURLToPath(fileURL) : fileURL.pathname)
      : null;
    if (!lessonId) return null;
    const seen = new Set<string>();
    const linked: GlossaryTerm[] = [];
    return {
      name: 'glossary-links',
      text(node, ctx) {
        const value = node.value ?? '';
        if (!/\p{L}/u.test(value) || skipped(node, ctx)) return;
        const segments = matcher.split(value, lessonId, seen);
        if (!segments.some((s) => s.termId)) return;
        ctx.replaceNode(
          node,
          segments.map((s): HNode => {
            const term = s.termId === undefined ? undefined : byId.get(s.termId);
            if (!term) return { type: 'text', value: s.text };
            linked.push(term);
            return {
              type: 'element',
              tagName: 'a',
              properties: {
                href: href(term.id),
                className: ['term'],
                ariaDescribedBy: defId(term.id),
                dataDef: term.definition,
              },
              children: [{ type: 'text', value: s.text }],
            };
          }),
        );
      },
      after(root, ctx) {
        if (linked.length === 0) return;
        ctx.appendChild(root, {
          type: 'element',
          tagName: 'div',
          properties: { className: ['term-defs'], hidden: true, dataPagefindIgnore: '' },
          children: linked.map((t) => ({
            type: 'element',
            tagName: 'span',
            properties: { id: defId(t.id) },
            children: [{ type: 'text', value: t.definition }],
          })),
        });
      },
    };
  };
}
