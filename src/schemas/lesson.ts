import { z } from 'astro/zod';

/** Frontmatter of a module file in `content/modules/` (one YAML file per module). */
export const ModuleSchema = z.strictObject({
  /** Position of the module in the course, from 1. */
  order: z.number().int().positive(),
  /** The module's title as shown on the home page and in the sidebar. */
  title: z.string().min(3),
  /** One or two sentences: what the learner can do after the module. */
  summary: z.string().min(10),
});

/** Frontmatter of a lesson in `content/lessons/<nn-module>/<nn-lesson>.mdx`. */
export const LessonSchema = z.strictObject({
  /** The lesson's title (the page's h1). */
  title: z.string().min(3),
  /** One sentence for search results, the home page and the meta description. */
  description: z.string().min(10).max(200),
  /** The id of the module the lesson belongs to: a file name in `content/modules/` without extension. */
  module: z.string().regex(/^\d\d-[a-z0-9-]+$/, 'a module id such as "01-data-in-the-cloud"'),
  /** Position of the lesson inside its module, from 1. */
  order: z.number().int().positive(),
  /** Estimated minutes to read and do the exercises. */
  duration: z.number().int().min(1).max(240),
  /** What the learner will be able to do: shown at the top of the lesson. */
  objectives: z.array(z.string().min(3)).min(1),
  /** Key takeaways, shown in a box at the end of the lesson. */
  takeaways: z.array(z.string().min(3)).min(1),
  /** Lesson ids (e.g. "01-data-in-the-cloud/01-business-requirements") to read first. */
  prerequisites: z.array(z.string()).default([]),
});

export type ModuleData = z.infer<typeof ModuleSchema>;
export type LessonData = z.infer<typeof LessonSchema>;
