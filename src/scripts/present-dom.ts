/**
 * Reads a lesson page into presenter sections (shared by the presenter and the speaker window,
 * both loaded only in those modes): the header (title, objectives), every top-level block of the
 * lesson's prose, then the key takeaways. A `##` heading starts a section.
 */
import { splitSections, type Block, type Section } from './presenter-core';

export interface LessonSlides {
  /** The lesson's id (from the page), which names the BroadcastChannel. */
  readonly lessonId: string;
  readonly title: string;
  readonly elements: readonly HTMLElement[];
  readonly sections: readonly Section[];
}

/** The page's lesson as sections, or null on a page that is not a lesson. */
export function readLesson(): LessonSlides | null {
  const main = document.querySelector<HTMLElement>('.lesson-main');
  const header = main?.querySelector<HTMLElement>('.lesson-header');
  const prose = main?.querySelector<HTMLElement>('.prose');
  if (!main || !header || !prose) return null;
  const takeaways = main.querySelector<HTMLElement>('.takeaways');
  const elements = [header, ...[...prose.children].filter((e) => e instanceof HTMLElement)];
  if (takeaways) elements.push(takeaways);
  const blocks: Block[] = elements.map((el) => {
    const heading = el.tagName === 'H2' ? el : el === takeaways ? el.querySelector('h2') : null;
    return heading?.id ? { headingId: heading.id, headingText: heading.textContent?.trim() ?? heading.id } : {};
  });
  const title = header.querySelector('h1')?.textContent?.trim() ?? document.title;
  const lessonId = main.querySelector<HTMLElement>('[data-lesson-id]')?.dataset['lessonId'] ?? location.pathname;
  return { lessonId, title, elements, sections: splitSections(blocks, title, 'main') };
}
