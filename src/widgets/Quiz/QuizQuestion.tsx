import { useEffect, useState } from 'preact/hooks';
import type { Grade, Question, Response } from '../../quiz/types';
import { answerText } from '../../quiz/grade';
import type { QuestionState } from '../../domain/progress';
import { S } from './strings';
import { readDraft, writeDraft } from '../../stores/drafts';

interface Props {
  n: number;
  bankId: string;
  question: Question;
  state: QuestionState | undefined;
  parameterised: boolean;
  ready: boolean;
  onCheck: (r: Response) => Grade;
  onReveal: () => void;
  onVariant: () => void;
}

const initialText = (s: QuestionState | undefined) => (typeof s?.last === 'string' ? s.last : '');
const initialChoices = (s: QuestionState | undefined) =>
  Array.isArray(s?.last) ? s.last : typeof s?.last === 'string' ? [s.last] : [];

/** One question: a fieldset with its legend, inputs, buttons and live feedback. */
export function QuizQuestion({
  n,
  bankId,
  question: q,
  state,
  parameterised,
  ready,
  onCheck,
  onReveal,
  onVariant,
}: Props) {
  const [text, setText] = useState(initialText(state));
  const [chosen, setChosen] = useState<string[]>(initialChoices(state));
  const [feedback, setFeedback] = useState<Grade | null>(null);
  const [touched, setTouched] = useState(false);
  const anchor = `q-${bankId}-${q.id}`;
  const inputId = `${anchor}-input`;
  const draftKey = `${bankId}/${q.id}/${state?.variant ?? 0}`;

  // Progress arrives after the first render: show the answer last checked, or the one typed
  // before a reload and not yet checked, unless the learner has started typing since.
  useEffect(() => {
    if (touched || !ready) return;
    const draft = readDraft(draftKey);
    if (q.kind === 'numeric' || q.kind === 'text') setText(typeof draft === 'string' ? draft : initialText(state));
    else setChosen(Array.isArray(draft) ? draft : initialChoices(state));
  }, [ready, state?.last, draftKey]);

  const typed = (value: string) => {
    setTouched(true);
    setText(value);
    writeDraft(draftKey, value);
  };

  const response = (): Response =>
    q.kind === 'single'
      ? { kind: 'single', choice: chosen[0] ?? null }
      : q.kind === 'multiple'
        ? { kind: 'multiple', choices: chosen }
        : { kind: q.kind, text };

  const submit = (e: Event) => {
    e.preventDefault();
    const g = onCheck(response());
    if (g.status !== 'invalid') writeDraft(draftKey, null);
    setFeedback(g);
  };
  const toggle = (id: string, on: boolean) => {
    setTouched(true);
    const next =
      q.kind === 'single' ? [id] : on ? [...chosen.filter((x) => x !== id), id] : chosen.filter((x) => x !== id);
    setChosen(next);
    writeDraft(draftKey, next);
  };

  const attempts = state?.attempts ?? 0;
  const status = feedback?.status ?? (attempts > 0 ? (state?.correct ? 'correct' : 'incorrect') : null);
  return (
    <li class="quiz-q" id={anchor}>
      <form onSubmit={submit} noValidate>
        <fieldset>
          <legend>
            <span class="quiz-n">{S.question(n)}</span>{' '}
            <a class="quiz-link" href={`#${anchor}`} aria-label={S.link(n)}>
              #
            </a>
            <span class="quiz-prompt">{q.prompt}</span>
          </legend>
          {(q.kind === 'single' || q.kind === 'multiple') && (
            <ul class="quiz-choices">
              {q.choices.map((c) => (
                <li key={c.id}>
                  <label>
                    <input
                      type={q.kind === 'single' ? 'radio' : 'checkbox'}
                      name={`${anchor}-choice`}
                      value={c.id}
                      checked={chosen.includes(c.id)}
                      onChange={(e) => toggle(c.id, (e.currentTarget as HTMLInputElement).checked)}
                    />{' '}
                    {c.label}
                  </label>
                </li>
              ))}
            </ul>
          )}
          {(q.kind === 'numeric' || q.kind === 'text') && (
            <p class="quiz-input">
              <label for={inputId}>{S.yourAnswer}</label>
              <input
                id={inputId}
                type="text"
                inputMode={q.kind === 'numeric' ? 'decimal' : 'text'}
                autoComplete="off"
                spellcheck={false}
                maxLength={200}
                value={text}
                aria-describedby={`${anchor}-fb`}
                onInput={(e) => typed((e.currentTarget as HTMLInputElement).value)}
              />
              {q.kind === 'numeric' && q.units.length > 0 && <span class="quiz-unit">{q.units[0]}</span>}
            </p>
          )}
          <div class="quiz-actions">
            <button type="submit" disabled={!ready}>
              {S.check}
            </button>
            <button type="button" disabled={!ready || attempts === 0} onClick={onReveal}>
              {S.show}
            </button>
            {parameterised && (
              <button
                type="button"
                disabled={!ready}
                title={S.variantHint}
                onClick={() => {
                  setFeedback(null);
                  setText('');
                  setChosen([]);
                  writeDraft(draftKey, null);
                  onVariant();
                }}
              >
                {S.variant}
              </button>
            )}
            <span class="quiz-attempts">{S.attempts(attempts)}</span>
          </div>
          <div
            id={`${anchor}-fb`}
            class="quiz-feedback"
            role="status"
            aria-live="polite"
            data-status={status ?? 'none'}
          >
            {feedback && <p>{feedback.message}</p>}
            {!feedback && status === 'correct' && <p>Correct.</p>}
            {(status === 'correct' || state?.revealed) && <p class="quiz-expl">{q.explanation}</p>}
            {state?.revealed && (
              <p class="quiz-answer">
                <strong>{S.answerIs}</strong>
                {answerText(q)}
              </p>
            )}
          </div>
        </fieldset>
      </form>
    </li>
  );
}
