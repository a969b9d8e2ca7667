interface Props {
  /** Unique id of the text box; the message derives its id from it. */
  id: string;
  label: string;
  text: string;
  error: string | undefined;
  onText: (text: string) => void;
  /** Extra hint under the label. */
  hint?: string;
}

/** A labelled text box for a number, with the field's message when its text is refused. */
export function NumberField({ id, label, text, error, onText, hint }: Props) {
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const described = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ');
  return (
    <div class="cqv-field" data-invalid={error ? 'true' : undefined}>
      <label for={id}>{label}</label>
      {hint && (
        <span id={hintId} class="cqv-field-hint">
          {hint}
        </span>
      )}
      <input
        id={id}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        spellcheck={false}
        value={text}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={described || undefined}
        onInput={(e) => onText((e.currentTarget as HTMLInputElement).value)}
      />
      {error && (
        <p id={errorId} class="cqv-error">
          {error}
        </p>
      )}
    </div>
  );
}
