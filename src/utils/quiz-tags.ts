/** How a lesson embeds a quiz: `<Quiz bank="id" />`. The one pattern the build and the content tests read. */
const QUIZ_TAG = /<Quiz\s+bank=["']([^"']+)["']/g;

/** The ids of the quiz banks a lesson's MDX source embeds, in order. */
export function quizBanksIn(source: string): string[] {
  return [...source.matchAll(QUIZ_TAG)].map((m) => m[1] ?? '');
}
