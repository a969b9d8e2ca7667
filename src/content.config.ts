import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { LessonSchema, ModuleSchema } from './schemas/lesson';

/** Files starting with `_` are drafts: the pattern skips them, so they are never built. */
const modules = defineCollection({
  loader: glob({ base: './content/modules', pattern: '[!_]*.{yaml,yml}' }),
  schema: ModuleSchema,
});

const lessons = defineCollection({
  loader: glob({ base: './content/lessons', pattern: '[!_]*/[!_]*.mdx' }),
  schema: LessonSchema,
});

export const collections = { modules, lessons };
