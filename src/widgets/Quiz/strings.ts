/** Every user-facing string of the quiz, in one place for a later translation. */
export const S = {
  question: (n: number) => `Question ${n}`,
  link: (n: number) => `Link to question ${n}`,
  check: 'Check answer',
  show: 'Show answer',
  variant: 'New variant',
  variantHint: 'Draws new numbers or a new case for this question',
  attempts: (n: number) => (n === 1 ? '1 attempt' : `${n} attempts`),
  answerIs: 'Answer: ',
  score: (c: number, t: number, a: number) => `Score: ${c} of ${t} right (${a} answered).`,
  reset: 'Reset this quiz',
  resetConfirm: 'Forget every answer to this quiz?',
  variantLeavesClass: (code: string) =>
    `A new variant gives this question numbers that differ from the rest of the class (workshop code "${code}"). Draw new numbers anyway?`,
  workshop: (code: string) => `Workshop numbers: code "${code}". Everyone using this code sees the same numbers.`,
  yourAnswer: 'Your answer',
  needsJs: 'Checking answers needs JavaScript, which is off or still loading. The questions below can be read now.',
  loadError: 'This quiz could not load its questions. The questions are shown, but answers cannot be checked.',
} as const;
