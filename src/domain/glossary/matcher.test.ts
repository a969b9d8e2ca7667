import { describe, expect, it } from 'vitest';
import { createTermMatcher } from './matcher';
import type { GlossaryTerm } from './terms';
import { GLOSSARY } from './terms';
import { glossaryIndex } from './list';
import { badInputs } from '../../../tests/support/bad-inputs';

const t = (id: string, match: string[], only?: string[]): GlossaryTerm => ({
  id,
  term: id,
  definition: `${id} defined.`,
  lesson: 'x/y',
  match,
  ...(only ? { only } : {}),
});
const TERMS = [
  t('egress', ['data egress', 'egress']),
  t('sas', ['shared access signature', 'SAS']),
  t('docker-compose', ['Docker Compose']),
  t('docker-hub', ['Docker Hub']),
  t('pod', ['pod'], ['05-deploying/']),
  t('node', ['node'], ['05-deploying/']),
  t('linux-ns', ['namespace'], ['04-containers/']),
  t('k8s-ns', ['namespace'], ['05-deploying/']),
  t('service', ['Service']),
];
const m = createTermMatcher(TERMS);
const linked = (text: string, lesson = '05-deploying/02-k8s', seen = new Set<string>()) =>
  m
    .split(text, lesson, seen)
    .filter((s) => s.termId)
    .map((s) => `${s.termId}:${s.text}`);

describe('the term matcher', () => {
  it('links only the first use of a term in a lesson, across text nodes', () => {
    const seen = new Set<string>();
    expect(linked('Egress costs money; egress again.', 'a/b', seen)).toEqual(['egress:Egress']);
    expect(linked('More egress here.', 'a/b', seen)).toEqual([]);
    expect(linked('More egress here.', 'a/c')).toEqual(['egress:egress']);
  });

  it('keeps the text around a term whole and in order', () => {
    const segments = m.split('Pay for data egress, not ingress.', 'a/b', new Set());
    expect(segments.map((s) => s.text).join('')).toBe('Pay for data egress, not ingress.');
    expect(segments).toEqual([
      { text: 'Pay for ' },
      { text: 'data egress', termId: 'egress' },
      { text: ', not ingress.' },
    ]);
  });

  it('matches a lowercase form in any case but an acronym or a kind only as written', () => {
    expect(linked('Data egress is billed.', 'a/b')).toEqual(['egress:Data egress']);
    expect(linked('EGRESS in capitals', 'a/b')).toEqual(['egress:EGRESS']);
    expect(linked('the sas token and SAS.', 'a/b')).toEqual(['sas:SAS']);
    expect(linked('a cloud service, then a Service.')).toEqual(['service:Service']);
  });

  it('accepts plurals and prefers the longest form', () => {
    expect(linked('Three Pods ran.')).toEqual(['pod:Pods']);
    expect(linked('Use Docker Compose and Docker Hub.', 'a/b')).toEqual([
      'docker-compose:Docker Compose',
      'docker-hub:Docker Hub',
    ]);
    expect(linked('A Shared Access Signature is a SAS.', 'a/b')).toEqual(['sas:Shared Access Signature']);
  });

  it('needs a whole word: not inside another word, a hyphenated word or a file name', () => {
    expect(linked('podcast, spodium, sub-pod, pod-level')).toEqual([]);
    expect(linked('Node.js runs on a node.')).toEqual(['node:node']);
  });

  it('links a term only in the lessons it belongs to, and picks the meaning by lesson', () => {
    expect(linked('a pod', '02-access-control/05-keys')).toEqual([]);
    expect(linked('a namespace', '04-containers/01-x')).toEqual(['linux-ns:namespace']);
    expect(linked('a namespace', '05-deploying/02-x')).toEqual(['k8s-ns:namespace']);
  });

  it('returns careless text unchanged and never throws', () => {
    for (const text of badInputs('text')) {
      const segments = m.split(text, '05-deploying/02-k8s', new Set());
      expect(segments.map((s) => s.text).join('')).toBe(text);
    }
  });
});

describe('the course glossary', () => {
  it('has 50 to 120 terms with unique ids, kebab-case anchors and one- or two-sentence definitions', () => {
    expect(GLOSSARY.length).toBeGreaterThanOrEqual(50);
    expect(GLOSSARY.length).toBeLessThanOrEqual(120);
    expect(new Set(GLOSSARY.map((g) => g.id)).size).toBe(GLOSSARY.length);
    for (const g of GLOSSARY) {
      expect(g.id, g.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      const sentences = g.definition.split(/(?<=[.!?])\s+(?=[A-Z"])/).length;
      expect(sentences, `${g.id}: ${g.definition}`).toBeLessThanOrEqual(2);
      expect(g.definition.length, g.id).toBeLessThanOrEqual(260);
      expect(g.match.length, g.id).toBeGreaterThan(0);
    }
  });

  it('lists every term once, A to Z, sorted within each letter', () => {
    const index = glossaryIndex(GLOSSARY);
    expect(index.map((l) => l.letter).join('')).toBe('ABCDEFGHIJKLMNOPQRSTUVWXYZ');
    const flat = index.flatMap((l) => l.terms.map((x) => x.term));
    expect(flat).toHaveLength(GLOSSARY.length);
    for (const l of index) {
      const names = l.terms.map((x) => x.term.toLowerCase());
      expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en-GB')));
    }
  });
});
