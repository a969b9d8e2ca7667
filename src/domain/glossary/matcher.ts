/**
 * Finding the first use of each glossary term in a lesson's text. Pure: the build's hast plugin
 * (src/build/glossary-links.ts) feeds it text nodes in document order and builds the links.
 */
import type { GlossaryTerm } from './terms';

/** A piece of a text node: plain text, or the first use of a term. */
export type Segment = { text: string; termId?: undefined } | { text: string; termId: string };

/** Finds terms in text; one matcher per build, one `seen` set per lesson. */
export interface TermMatcher {
  /**
   * Splits `text` into plain and term segments. Only terms allowed in `lessonId` and not yet in
   * `seen` become term segments; each one found is added to `seen` (so a term is linked once).
   */
  split(text: string, lessonId: string, seen: Set<string>): Segment[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The pattern of one form: a form with a capital letter is exact (SAS, Kubernetes, Service); an
 * all-lowercase form matches in any case (Egress at a sentence start, Shared Access Signature in
 * title case). A trailing "s" is allowed (plurals: pods, VMs, CDNs).
 */
function formPattern(form: string): string {
  const exact = /[A-Z]/.test(form);
  const chars = [...form].map((c) => {
    if (c === ' ') return '\\s+';
    if (!exact && c.toLowerCase() !== c.toUpperCase()) return `[${c}${c.toUpperCase()}]`;
    return escape(c);
  });
  return `${chars.join('')}${/s$/i.test(form) ? '' : '[sS]?'}`;
}

/**
 * Builds a matcher over the glossary. Forms are tried longest first, so "Docker Compose" wins over
 * a shorter form at the same place. A match must stand alone: no letter, digit, hyphen or
 * underscore just before or after it, and no ".word" after it (so "Node.js" is not "Node").
 */
export function createTermMatcher(terms: readonly GlossaryTerm[]): TermMatcher {
  // One entry per form; a form shared by two terms (a Linux and a Kubernetes "namespace") keeps
  // both, and the lesson decides which one applies.
  const byForm = new Map<string, GlossaryTerm[]>();
  for (const t of terms) for (const form of t.match) byForm.set(form, [...(byForm.get(form) ?? []), t]);
  const forms = [...byForm].map(([form, ts]) => ({ form, terms: ts })).sort((a, b) => b.form.length - a.form.length);
  if (forms.length === 0) return { split: (text) => [{ text }] };
  const groups = forms.map((f) => `(${formPattern(f.form)})`).join('|');
  const source = `(?<![\\p{L}\\p{N}_-])(?:${groups})(?![\\p{L}\\p{N}_-]|\\.[\\p{L}\\p{N}])`;
  return {
    split(text, lessonId, seen) {
      const re = new RegExp(source, 'gu');
      const out: Segment[] = [];
      let from = 0;
      for (const m of text.matchAll(re)) {
        // The group that matched tells which form (and so which term) it was.
        const index = m.slice(1).findIndex((g) => g !== undefined);
        const term = forms[index]?.terms.find((t) => !t.only || t.only.some((p) => lessonId.startsWith(p)));
        if (!term || seen.has(term.id)) continue;
        seen.add(term.id);
        const at = m.index;
        if (at > from) out.push({ text: text.slice(from, at) });
        out.push({ text: m[0], termId: term.id });
        from = at + m[0].length;
      }
      if (from < text.length || out.length === 0) out.push({ text: text.slice(from) });
      return out;
    },
  };
}
