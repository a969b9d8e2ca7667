import { useState } from 'preact/hooks';
import type { DecisionView, PartView, StatementView } from './iam-view.ts';
import { IAM, S } from './strings.ts';

/**
 * ✓ or ✗, named in words for screen readers (one element: a page with three playgrounds carries
 * hundreds of these, and issue 9 keeps a lesson under 1,200 elements at first paint).
 */
export function Mark({ ok, silent = false }: { ok: boolean; silent?: boolean }) {
  return silent ? (
    <span class="pp-mark" data-ok={ok ? 'true' : 'false'} aria-hidden="true">
      {ok ? '✓' : '✗'}
    </span>
  ) : (
    <span class="pp-mark" data-ok={ok ? 'true' : 'false'} role="img" aria-label={ok ? S.matched : S.notMatched}>
      {ok ? '✓' : '✗'}
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

/** How each part of a statement matched: action, resource, conditions. */
function Parts({ s }: { s: StatementView }) {
  return (
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
  );
}

/**
 * The verdict, its explanation and the trace, one card per statement; the deciding one is
 * labelled and shows how each part matched. The other statements show their one-line summary
 * (which says why they did or did not apply); their parts appear when the learner asks
 * (`interactive`), so a lesson with several playgrounds stays light at first paint.
 */
export function DecisionPanel({ view, interactive = false }: { view: DecisionView; interactive?: boolean }) {
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (key: string) =>
    setOpen((o) => {
      const next = new Set(o);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  // With no deciding statement (an implicit deny), why each one failed is the answer: once the
  // learner is working with the playground, every statement shows its parts.
  const showAll = interactive && !view.statements.some((s) => s.decisive);
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
            {s.decisive || showAll || open.has(s.key) ? <Parts s={s} /> : null}
            <p class="pp-summary">
              <Mark ok={s.applies} silent /> {s.summary}
            </p>
            {interactive && !s.decisive && !showAll && (
              <button
                type="button"
                class="pp-parts-toggle"
                aria-expanded={open.has(s.key) ? 'true' : 'false'}
                onClick={() => toggle(s.key)}
              >
                {open.has(s.key) ? IAM.hideParts : IAM.showParts}
              </button>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
