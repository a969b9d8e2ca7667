import { getCollection, type CollectionEntry } from 'astro:content';
import { withBase } from './base';

export type LessonEntry = CollectionEntry<'lessons'>;

/** A lesson with the URL and neighbours the shell needs. */
export interface CourseLesson {
  /** Stable id used in progress records, e.g. "01-data-in-the-cloud/01-business-requirements". */
  id: string;
  entry: LessonEntry;
  /** Path below the base, e.g. "learn/data-in-the-cloud/business-requirements/". */
  path: string;
  href: string;
  moduleId: string;
}

export interface CourseModule {
  id: string;
  title: string;
  summary: string;
  order: number;
  lessons: CourseLesson[];
  /** Sum of the lessons' durations, in minutes. */
  duration: number;
}

const stripOrder = (s: string) => s.replace(/^\d+-/, '');

/**
 * Loads modules and lessons, orders them, and checks what zod cannot see across files: a lesson's
 * `module` must exist and match its folder, orders must be unique, prerequisites must exist.
 * Any problem fails the build with the file and the field.
 */
export async function getCourse(): Promise<CourseModule[]> {
  const [modules, lessons] = await Promise.all([getCollection('modules'), getCollection('lessons')]);
  const byModule = new Map<string, CourseModule>();
  for (const m of modules) {
    byModule.set(m.id, { id: m.id, ...m.data, lessons: [], duration: 0 });
  }
  const ids = new Set(lessons.map((l) => l.id));
  for (const entry of lessons) {
    const file = `content/lessons/${entry.id}.mdx`;
    const folder = entry.id.split('/')[0] ?? '';
    const mod = byModule.get(entry.data.module);
    if (!mod) {
      throw new Error(
        `${file}: field "module" is "${entry.data.module}", but there is no content/modules/${entry.data.module}.yaml`,
      );
    }
    if (folder !== entry.data.module) {
      throw new Error(
        `${file}: field "module" is "${entry.data.module}" but the lesson sits in the folder "${folder}"`,
      );
    }
    for (const p of entry.data.prerequisites) {
      if (!ids.has(p)) throw new Error(`${file}: field "prerequisites" names "${p}", which is not a lesson id`);
    }
    const path = `learn/${stripOrder(folder)}/${stripOrder(entry.id.split('/')[1] ?? '')}/`;
    mod.lessons.push({ id: entry.id, entry, path, href: withBase(path), moduleId: mod.id });
  }
  const ordered = [...byModule.values()].sort((a, b) => a.order - b.order);
  for (const m of ordered) {
    m.lessons.sort((a, b) => a.entry.data.order - b.entry.data.order);
    m.lessons.forEach((l, i) => {
      const prev = m.lessons[i - 1];
      if (prev && prev.entry.data.order === l.entry.data.order) {
        throw new Error(`content/lessons/${l.id}.mdx: field "order" is ${l.entry.data.order}, the same as ${prev.id}`);
      }
    });
    m.duration = m.lessons.reduce((s, l) => s + l.entry.data.duration, 0);
  }
  return ordered.filter((m) => m.lessons.length > 0);
}

/** All lessons in course order, for previous/next links. */
export function flatLessons(course: CourseModule[]): CourseLesson[] {
  return course.flatMap((m) => m.lessons);
}
