import { useMemo, useState } from 'preact/hooks';
import { resolveConfig, type CqrsConfig } from '../../domain/cqrs';
import type { Outcome, Prediction } from './predictions';
import { configRows } from './static-view';
import { PREDICT, S } from './strings';

interface AskProps {
  uid: string;
  prediction: Prediction;
  /** The run about to start: its settings are shown, so the learner can reason from them. */
  config: CqrsConfig;
  onAnswer: (bandId: string | null) => void;
}

/** The predict-first question: one choice, then Run (or Skip). */
export function PredictAsk({ uid, prediction, config, onAnswer }: AskProps) {
  const [choice, setChoice] = useState<string | null>(null);
  const rows = useMemo(() => configRows({ config: resolveConfig(config) }), [config]);
  const [nag, setNag] = useState(false);
  const name = `${uid}-predict`;
  return (
    <form
      class="cqv-predict"
      onSubmit={(e) => {
        e.preventDefault();
        if (choice === null) setNag(true);
        else onAnswer(choice);
      }}
    >
      <fieldset aria-describedby={nag ? `${name}-nag` : undefined}>
        <legend>
          <strong>{PREDICT.legend}.</strong> {prediction.question}
        </legend>
        <ul class="cqv-choices">
          {prediction.bands.map((b) => (
            <li key={b.id}>
              <label>
                <input
                  type="radio"
                  name={name}
                  value={b.id}
                  checked={choice === b.id}
                  onChange={() => {
                    setChoice(b.id);
                    setNag(false);
                  }}
                />
                {b.label}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      {nag && (
        <p id={`${name}-nag`} class="cqv-error" role="alert">
          {PREDICT.choose}
        </p>
      )}
      <details class="cqv-details" open>
        <summary>{S.staticConfigCaption}</summary>
        <table class="cqv-table">
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">{r.label}</th>
                <td>{r.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      <div class="cqv-row">
        <button type="submit" class="cqv-primary">
          {PREDICT.run}
        </button>
        <button type="button" onClick={() => onAnswer(null)}>
          {PREDICT.skip}
        </button>
      </div>
    </form>
  );
}

interface OutcomeProps {
  outcome: Outcome;
  /** The run shown is no longer the scenario that was predicted (the learner paused the projector, say). */
  changed: boolean;
}

/**
 * The learner's prediction beside what happened. Once the run has been changed, the outcome says
 * it is about the scenario as predicted, so its figure is never read as the new run's.
 */
export function PredictOutcome({ outcome, changed }: OutcomeProps) {
  return (
    <div
      class="cqv-outcome"
      data-correct={outcome.correct ? 'true' : 'false'}
      data-changed={changed ? 'true' : undefined}
      tabIndex={-1}
    >
      <p>
        <span aria-hidden="true" class="cqv-outcome-icon">
          {outcome.correct ? '\u2713' : '\u2717'}
        </span>{' '}
        {changed && <strong>{PREDICT.beforeChanges} </strong>}
        {PREDICT.yourAnswer(outcome.chosen.label)} {PREDICT.actual(outcome.text, outcome.actual.label)}{' '}
        <strong>{outcome.correct ? PREDICT.right : PREDICT.wrong}</strong>
      </p>
      {changed && <p class="cqv-outcome-note">{PREDICT.changedSince}</p>}
    </div>
  );
}
