import type { DecisionView, PartView } from './iam-view.ts';
import { IAM, S } from './strings.ts';

/** ✓ or ✗ with its meaning in words (the symbol alone is hidden from screen readers). */
export function Mark({ ok, silent = false }: { ok: boolean; silent?: boolean }) {
  return (
    <span class="pp-mark" data-ok={ok ? 'true' : 'false'}>
      <span aria-hidden="true">{ok ? '✓' : '✗'}</span>
      {!silent && <span class="visually-hidden">{ok ? S.matched : S.notMatched}</span>}
    </span>
  );
}

function Part({ name, part }: { name: string; part: PartView }) {
  return (
    <li>
      <Mark ok={part.matched} /> <strong>{name}</strong>: <span class="pp-learner">{part.reason}</span>
    </li>
  );
}

/** The verdict, its explanation and the trace, one card per statement; the deciding one is labelled. */
export function DecisionPanel({ view }: { view: DecisionView }) {
  return (
    <div class="pp-decision">
      <p class="pp-verdict" data-effect={view.effect}>
        <strong>{view.effect}</strong> · {IAM.reasonLabel}: {view.reasonLabel}
      </p>
      <p class="pp-learner">{view.explanation}</p>
      {view.stale && <p class="pp-note">{IAM.staleNote}</p>}
      <h5>{IAM.traceTitle}</h5>
      <ol class="pp-trace">
        {view.statements.map((s) => (
          <li key={s.key} class="pp-statement" data-decisive={s.decisive ? 'true' : 'false'}>
            <p class="pp-statement-head">
              {s.decisive && <span class="pp-badge">{IAM.decidingLabel}</span>}
              <strong>
                {s.policyName} · <span class="pp-learner">{IAM.statement(s.statementIndex, s.sid)}</span>
              </strong>{' '}
              <span class="pp-effect" data-effect={s.effect}>
                {s.effect}
              </span>
            </p>
            <ul class="pp-parts">
              <Part name={IAM.actionPart} part={s.action} />
              <Part name={IAM.resourcePart} part={s.resource} />
              {s.conditions.length === 0 ? (
                <li>{IAM.noConditions}</li>
              ) : (
                s.conditions.map((c, i) => (
                  <li key={i}>
                    <Mark ok={c.matched} />{' '}
                    <strong class="pp-learner">
                      {c.operator} {c.key}
                    </strong>
                    : <span class="pp-learner">{c.reason}</span>
                  </li>
                ))
              )}
            </ul>
            <p class="pp-summary">
              <Mark ok={s.applies} silent /> {s.summary}
            </p>
          </li>
        ))}
      </ol>
    </div>
  );
}
