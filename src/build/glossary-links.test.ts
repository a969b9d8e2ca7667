import { describe, expect, it } from 'vitest';
import { markdownToHtml, mdxToJs } from 'satteri';
import { glossaryLinks, lessonIdOf } from './glossary-links';
import type { GlossaryTerm } from '../domain/glossary';
import { badInputs } from '../../tests/support/bad-inputs';

const TERMS: GlossaryTerm[] = [
  { id: 'pod', term: 'Pod', definition: 'The smallest unit Kubernetes runs.', lesson: 'x/y', match: ['pod'] },
  { id: 'cqrs', term: 'CQRS', definition: 'Reads and writes apart.', lesson: 'x/y', match: ['CQRS'] },
];
const LESSON = new URL('file:///repo/content/lessons/05-deploying/02-kubernetes.mdx');
const plugin = glossaryLinks('/course/', TERMS);
// The plugin's structural types are a slice of Sätteri's; the real pipeline accepts it as is.
const hastPlugins = [plugin] as never;
const html = (md: string, fileURL: URL = LESSON) => markdownToHtml(md, { hastPlugins, fileURL }).html;
const links = (out: string) => [...out.matchAll(/<a [^>]*class="term"[^>]*>([^<]*)<\/a>/g)].map((m) => m[1]);

describe('glossary links in a lesson', () => {
  it('links the first use of each term to its glossary entry under the base, with a description', () => {
    const out = html('A pod runs. Another pod.\n\nCQRS splits models; CQRS again.');
    expect(links(out)).toEqual(['pod', 'CQRS']);
    expect(out).toContain('href="/course/glossary/#pod"');
    expect(out).toContain('aria-describedby="term-def-pod"');
    expect(out).toContain('data-def="The smallest unit Kubernetes runs."');
    expect(out).toMatch(
      /<div class="term-defs" hidden data-pagefind-ignore=""><span id="term-def-pod">The smallest unit Kubernetes runs\.<\/span><span id="term-def-cqrs">/,
    );
  });

  it('keeps case as written and matches acronyms exactly', () => {
    expect(links(html('Pods first. cqrs is not CQRS.'))).toEqual(['Pods', 'CQRS']);
  });

  it('skips headings, code, links, tables of code and Mermaid fences, linking the first use in prose', () => {
    const md = [
      '## The pod heading',
      '',
      '`pod` in code, [a pod link](/x/), and:',
      '',
      '```mermaid',
      'flowchart LR',
      '  pod --> CQRS',
      '```',
      '',
      '```yaml',
      'kind: Pod',
      '```',
      '',
      'Now the pod in prose.',
    ].join('\n');
    const out = html(md);
    expect(links(out)).toEqual(['pod']);
    expect(out).toMatch(/<p>Now the <a [^>]*>pod<\/a> in prose\.<\/p>/);
    expect(out).toContain('<h2>The pod heading</h2>');
  });

  it('skips every MDX component (quizzes, widgets, diagrams, asides)', () => {
    const src =
      'import Quiz from "./q";\n\n<Quiz>A pod in a quiz</Quiz>\n\n<Aside title="pod">\n\nA pod in an aside.\n\n</Aside>\n\nThe pod in prose.\n';
    const { code } = mdxToJs(src, { hastPlugins, fileURL: LESSON });
    const anchors = [...code.matchAll(/className: "term"[\s\S]*?children: "([^"]*)"/g)].map((m) => m[1]);
    expect(anchors).toEqual(['pod']);
    expect(code).toContain('"A pod in a quiz"');
  });

  it('leaves pages that are not lessons alone (and draft lessons)', () => {
    expect(links(html('A pod.', new URL('file:///repo/src/pages/about.md')))).toEqual([]);
    expect(lessonIdOf('/r/content/lessons/02-access-control/03-abac.mdx')).toBe('02-access-control/03-abac');
    expect(lessonIdOf('/r/content/lessons/02-access-control/_draft.mdx')).toBeNull();
  });

  it('keeps careless text as it was, apart from the links', () => {
    for (const text of badInputs('text')) {
      const plain = markdownToHtml(text).html;
      const linked = html(text)
        .replace(/<a [^>]*class="term"[^>]*>([^<]*)<\/a>/g, '$1')
        .replace(/<div class="term-defs"[\s\S]*<\/div>$/, '');
      expect(linked).toBe(plain);
    }
  });
});
