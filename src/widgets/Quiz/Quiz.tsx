import { useEffect, useState } from 'preact/hooks';
import type { Grade, Question, QuizBank, Response } from '../../quiz/types';
import { grade } from '../../quiz/grade';
import { createRng, questionSeed } from '../../quiz/seed';
import { loadBank } from '../../quiz/banks';
import { quizScore, resetQuiz, setQuestion, type ProgressRecord } from '../../domain/progress';
import { useStore } from '@nanostores/preact';
import { $progress, $workshopCode, progressStore, saveProgress, workshopStore } from '../../stores/progress';
import { QuizQuestion } from './QuizQuestion';
import { S } from './strings';

interface Props {
  bankId: string;
  title: string;
  /** Questions drawn with the default seed by the server, so the page reads fine before hydration. */
  initial: Question[];
  parameterised: boolean[];
}

/** Draws every question of the bank for this learner (or workshop) and their chosen variants. */
function draw(bank: QuizBank, progress: ProgressRecord, workshop: string | null): Question[] {
  return bank.questions.map((t) => {
    const variant = progress.quizzes[bank.id]?.[t.id]?.variant ?? 0;
    return t.build(
      createRng(questionSeed({ workshop, personal: progress.seed }, bank.id, t.id, t.parameterised ? variant : 0)),
    );
  });
}

/** The quiz island: questions, grading through src/quiz (which calls src/domain), progress saved. */
export default function Quiz({ bankId, title, initial, parameterised }: Props) {
  const [bank, setBank] = useState<QuizBank | null>(null);
  const [questions, setQuestions] = useState(initial);
  // The shared store (docs/decisions/0006): the sidebar, a terminal's ticks and another tab all
  // see the same record. 'initial' keeps the first render equal to the server's (no progress).
  const progress = useStore(progressStore, { ssr: 'initial' }) ?? null;
  const [workshop, setWorkshop] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const [epoch, setEpoch] = useState(0);

  useEffect(() => {
    const w = $workshopCode(location.search);
    setWorkshop(w);
    loadBank(bankId)
      .then((b) => {
        setBank(b);
        setQuestions(draw(b, $progress(), w));
      })
      .catch(() => setFailed(true));
  }, [bankId]);

  // Leaving the workshop (the banner or the progress page) brings back the learner's own numbers.
  useEffect(
    () =>
      workshopStore.listen((code) => {
        const now = code ?? null;
        setWorkshop(now);
        setBank((b) => {
          if (b) setQuestions(draw(b, $progress(), now));
          return b;
        });
      }),
    [],
  );

  const update = (next: ProgressRecord) => saveProgress(next);
  const stateOf = (id: string) => progress?.quizzes[bankId]?.[id];

  const check = (q: Question, r: Response): Grade => {
    const g = grade(q, r);
    if (g.status === 'invalid' || !progress) return g;
    const prev = stateOf(q.id);
    const last = r.kind === 'single' ? (r.choice ?? '') : r.kind === 'multiple' ? r.choices : r.text;
    update(
      setQuestion(progressStore.get() ?? progress, bankId, q.id, {
        attempts: (prev?.attempts ?? 0) + 1,
        correct: g.status === 'correct',
        revealed: prev?.revealed ?? false,
        variant: prev?.variant ?? 0,
        last,
      }),
    );
    return g;
  };
  const reveal = (q: Question) => {
    const prev = stateOf(q.id);
    if (!progress || !prev) return;
    update(setQuestion(progressStore.get() ?? progress, bankId, q.id, { ...prev, revealed: true }));
  };
  const newVariant = (i: number) => {
    if (!progress || !bank) return;
    const t = bank.questions[i];
    if (!t) return;
    const current = stateOf(t.id)?.variant ?? 0;
    // Under a workshop code, the first new variant takes this question off the class's numbers.
    if (workshop && current === 0 && !confirm(S.variantLeavesClass(workshop))) return;
    const variant = current + 1;
    const next = setQuestion(progressStore.get() ?? progress, bankId, t.id, {
      attempts: 0,
      correct: false,
      revealed: false,
      variant,
    });
    update(next);
    setQuestions(draw(bank, next, workshop));
  };
  const reset = () => {
    if (!progress || !bank || !confirm(S.resetConfirm)) return;
    const next = resetQuiz(progressStore.get() ?? progress, bankId);
    update(next);
    setQuestions(draw(bank, next, workshop));
    setEpoch((e) => e + 1);
  };

  const score = progress
    ? quizScore(
        progress,
        bankId,
        questions.map((q) => q.id),
      )
    : null;
  return (
    <section class="quiz" aria-labelledby={`quiz-${bankId}-title`} data-ready={bank ? 'true' : 'false'}>
      <h2 id={`quiz-${bankId}-title`}>{title}</h2>
      {workshop && <p class="quiz-workshop">{S.workshop(workshop)}</p>}
      {failed && (
        <p class="quiz-error" role="alert">
          {S.loadError}
        </p>
      )}
      {!failed && !bank && <p class="quiz-needs-js">{S.needsJs}</p>}
      <ol class="quiz-list">
        {questions.map((q, i) => (
          <QuizQuestion
            key={`${epoch}-${q.id}-${stateOf(q.id)?.variant ?? 0}`}
            n={i + 1}
            bankId={bankId}
            question={q}
            state={stateOf(q.id)}
            parameterised={parameterised[i] ?? false}
            ready={bank !== null}
            onCheck={(r) => check(q, r)}
            onReveal={() => reveal(q)}
            onVariant={() => newVariant(i)}
          />
        ))}
      </ol>
      {score && (
        <p class="quiz-score" aria-live="polite">
          {S.score(score.correct, score.total, score.answered)}{' '}
          <button type="button" onClick={reset} disabled={!bank}>
            {S.reset}
          </button>
        </p>
      )}
    </section>
  );
}
