import { loadBank } from '../quiz/banks';
import type { CourseModule } from './course';
import { quizBanksIn } from './quiz-tags';

/**
 * Finds the quizzes each lesson embeds (by reading its MDX source at build time) and the ids of
 * their questions, so the sidebar can show a score without loading any quiz code.
 */
export async function quizIndex(course: CourseModule[]): Promise<Record<string, { id: string; q: string[] }[]>> {
  const out: Record<string, { id: string; q: string[] }[]> = {};
  for (const lesson of course.flatMap((m) => m.lessons)) {
    const ids = quizBanksIn(lesson.entry.body ?? '');
    out[lesson.id] = await Promise.all(
      ids.map(async (id) => ({ id, q: (await loadBank(id)).questions.map((t) => t.id) })),
    );
  }
  return out;
}
