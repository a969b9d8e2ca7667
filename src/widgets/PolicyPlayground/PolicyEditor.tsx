import { useRef } from 'preact/hooks';
import { gutterParts, lineCount, lineText, offsetOf } from './editor.ts';
import type { IamAction, PolicyView } from './iam-state.ts';
import { IAM } from './strings.ts';

interface Props {
  uid: string;
  userName: string;
  policies: PolicyView[];
  selected: PolicyView | undefined;
  dispatch: (action: IamAction) => void;
  /**
   * False before the island is interactive (and without JavaScript): the editor's hint and its
   * restore buttons, which do nothing yet, are left out (fewer elements at first paint).
   */
  interactive?: boolean;
}

/** The Policies panel: a select of the user's policies and a textarea with a line-number gutter. */
export function PolicyEditor({ uid, userName, policies, selected, dispatch, interactive = true }: Props) {
  const area = useRef<HTMLTextAreaElement>(null);
  const gutter = useRef<HTMLPreElement>(null);
  if (!selected) return <p>{IAM.noPolicies(userName)}</p>;
  const error = selected.error;
  const parts = gutterParts(lineCount(selected.text), error?.line ?? null);
  const errorId = `${uid}-policy-error`;
  const hintId = `${uid}-policy-hint`;

  const goToError = () => {
    const el = area.current;
    if (!el || !error) return;
    el.focus();
    const at = offsetOf(el.value, error.line, error.column);
    el.setSelectionRange(at, at);
    const lineHeight = Number.parseFloat(getComputedStyle(el).lineHeight) || 20;
    el.scrollTop = Math.max(0, (error.line - 3) * lineHeight);
  };

  return (
    <div class="pp-policies">
      <p class="pp-field">
        <label for={`${uid}-policy`}>{IAM.policyPick}</label>
        <select
          id={`${uid}-policy`}
          value={selected.id}
          onChange={(e) => dispatch({ type: 'select', policyId: (e.currentTarget as HTMLSelectElement).value })}
        >
          {policies.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
              {p.edited ? ` ${IAM.edited}` : ''}
              {p.error ? ' ⚠' : ''}
            </option>
          ))}
        </select>
      </p>
      <p class="pp-hint">{selected.description}</p>
      <label for={`${uid}-editor`} class="pp-editor-label">
        {IAM.policyEditor(selected.name)}
      </label>
      {interactive && (
        <p id={hintId} class="pp-hint">
          {IAM.editorHint}
        </p>
      )}
      <div class="pp-editor" data-invalid={error ? 'true' : 'false'}>
        <pre ref={gutter} class="pp-gutter" aria-hidden="true">
          {parts.before}
          {parts.marked && <mark class="pp-gutter-error">{parts.marked}</mark>}
          {parts.after}
        </pre>
        <textarea
          ref={area}
          id={`${uid}-editor`}
          class="pp-code"
          wrap="off"
          spellcheck={false}
          autocomplete="off"
          autocapitalize="off"
          rows={16}
          value={selected.text}
          aria-invalid={error ? 'true' : 'false'}
          aria-describedby={interactive ? (error ? `${errorId} ${hintId}` : hintId) : error ? errorId : undefined}
          onInput={(e) =>
            dispatch({ type: 'edit', policyId: selected.id, text: (e.currentTarget as HTMLTextAreaElement).value })
          }
          onScroll={(e) => {
            if (gutter.current) gutter.current.scrollTop = (e.currentTarget as HTMLTextAreaElement).scrollTop;
          }}
        />
      </div>
      <div id={errorId} class="pp-error" role="status">
        {error && (
          <>
            <p>
              <strong>{IAM.errorTitle(error.line, error.column)}</strong> · {IAM.errorPath}{' '}
              <code class="pp-learner">{error.path}</code>
            </p>
            <p class="pp-learner">{error.message}</p>
            <pre class="pp-error-line">
              <span aria-hidden="true">{error.line} │ </span>
              <span class="pp-learner">{lineText(selected.text, error.line)}</span>
            </pre>
            <p>{IAM.keptGood}</p>
          </>
        )}
      </div>
      {interactive && (
        <div class="pp-actions">
          {error && (
            <button type="button" onClick={goToError}>
              {IAM.goToError}
            </button>
          )}
          <button
            type="button"
            disabled={!selected.edited && !error}
            onClick={() => dispatch({ type: 'reset-policy', policyId: selected.id })}
          >
            {IAM.resetPolicy}
          </button>
          <button
            type="button"
            disabled={!policies.some((p) => p.edited || p.error)}
            onClick={() => dispatch({ type: 'reset-all' })}
          >
            {IAM.resetAll}
          </button>
        </div>
      )}
    </div>
  );
}
