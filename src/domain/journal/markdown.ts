/** The journal as a Markdown file (the journal page's download). Pure. */
import type { Journal } from './record';
import type { JournalQuestion } from './questions';

/**
 * Lines that would change the file's structure if written as they are: an ATX heading, a setext
 * underline, a thematic break, a code fence, or a raw HTML block that runs to its closing tag.
 */
const STRUCTURAL = [
  /^ {0,3}#/,
  /^ {0,3}(=+|-+)\s*$/,
  /^ {0,3}([-*_])(\s*\1){2,}\s*$/,
  /^ {0,3}(`{3,}|~{3,})/,
  /^ {0,3}<(script|pre|style|textarea)\b/i,
];

/**
 * An answer as Markdown body text: the learner's own lists and emphasis stay, but a line that
 * would start a heading, a rule, a setext underline, a code fence or an HTML block is escaped
 * with a backslash, so no answer can break the file (every question stays a level-2 heading).
 */
export function answerToMarkdown(text: string): string {
  return text
    .split('\n')
    .map((line) => (STRUCTURAL.some((re) => re.test(line)) ? line.replace(/^( {0,3})/, '$1\\') : line))
    .join('\n')
    .trimEnd();
}

/**
 * The journal as a Markdown file: a title, when it was exported, then each question as a
 * level-2 heading with its prompt quoted and the answer (or "No answer yet."). Answers to
 * questions no longer asked follow under "Earlier questions", so nothing written is left out.
 */
export function journalToMarkdown(j: Journal, questions: readonly JournalQuestion[], now: Date, title: string): string {
  const lines = [`# ${title}`, '', `Exported on ${now.toISOString().slice(0, 10)} from Cloud Data & Containers.`, ''];
  const answer = (id: string) => {
    const a = j.answers[id];
    return a ? answerToMarkdown(a.text) : '_No answer yet._';
  };
  questions.forEach((q, i) => {
    lines.push(`## ${i + 1}. ${q.title}`, '', `> ${q.prompt}`, '', answer(q.id), '');
  });
  const known = new Set(questions.map((q) => q.id));
  const earlier = Object.keys(j.answers).filter((id) => !known.has(id));
  if (earlier.length > 0) {
    lines.push('## Earlier questions', '');
    for (const id of earlier) lines.push(`### ${id}`, '', answer(id), '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
