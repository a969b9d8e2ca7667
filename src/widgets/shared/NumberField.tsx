/**
 * The widget kit's number field (issue 9: one NumberField, not one per widget). `NumberInput` is
 * the text box every number field uses (decimal keyboard on phones, no autocorrect, aria-invalid
 * and the message wired to it); `NumberField` adds the label, a hint and the message. Widgets
 * pass their CSS prefix so each keeps its look (`cqv-field`, `egx-field`, ...).
 */

interface InputProps {
  id: string;
  text: string;
  error: string | undefined;
  /** Ids of the hint and message that describe the box (the message id is added when there is one). */
  describedBy?: string | undefined;
  class?: string | undefined;
  onText: (text: string) => void;
}

/** The id of a field's message, derived from the text box's id. */
export const messageId = (id: string): string => `${id}-error`;

/** A text box for a number: the value stays text, so the learner's typing is never rewritten. */
export function NumberInput({ id, text, error, describedBy, class: className, onText }: InputProps) {
  const described = [describedBy ?? '', error ? messageId(id) : ''].filter(Boolean).join(' ');
  return (
    <input
      id={id}
      type="text"
      class={className}
      inputMode="decimal"
      autoComplete="off"
      spellcheck={false}
      value={text}
      aria-invalid={error ? 'true' : undefined}
      aria-describedby={described || undefined}
      onInput={(e) => onText((e.currentTarget as HTMLInputElement).value)}
    />
  );
}

/** A field's message when its text is refused (nothing when there is none). */
export function FieldMessage({ id, error, prefix }: { id: string; error: string | undefined; prefix: string }) {
  return error ? (
    <p id={messageId(id)} class={`${prefix}-error`}>
      {error}
    </p>
  ) : null;
}

interface FieldProps {
  /** CSS prefix of the widget: classes are `<prefix>-field`, `<prefix>-field-hint`, `<prefix>-error`. */
  prefix: string;
  /** Unique id of the text box; the hint and message derive theirs from it. */
  id: string;
  label: string;
  text: string;
  error: string | undefined;
  onText: (text: string) => void;
  /** Extra hint under the label. */
  hint?: string | undefined;
}

/** A labelled text box for a number, with its hint and its message when its text is refused. */
export function NumberField({ prefix, id, label, text, error, onText, hint }: FieldProps) {
  const hintId = `${id}-hint`;
  return (
    <div class={`${prefix}-field`} data-invalid={error ? 'true' : undefined}>
      <label for={id}>{label}</label>
      {hint && (
        <span id={hintId} class={`${prefix}-field-hint`}>
          {hint}
        </span>
      )}
      <NumberInput id={id} text={text} error={error} describedBy={hint ? hintId : undefined} onText={onText} />
      <FieldMessage id={id} error={error} prefix={prefix} />
    </div>
  );
}
