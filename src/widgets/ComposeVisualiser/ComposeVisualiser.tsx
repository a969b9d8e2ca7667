import { useEffect, useRef, useState } from 'preact/hooks';
import { composeView, type ComposeView } from '../../domain/containers';
import { themeStore } from '../../stores/theme';
import { S } from './strings';

interface Props {
  /** Prefix of element ids, unique on the page. */
  uid: string;
  /** The example compose file the widget starts with. */
  initial: string;
}

type Good = Extract<ComposeView, { ok: true }>;

const REDRAW_MS = 250;

/**
 * The compose visualiser: a labelled textarea in, a Mermaid diagram and a text list out. Every
 * fact comes from src/domain/containers (composeView); Mermaid is imported only once the island
 * is on screen (client:visible), with the page's one renderer (scripts/mermaid-render.ts, dagre).
 * Bad YAML shows the domain's message with its line and keeps the last good diagram.
 */
export default function ComposeVisualiser({ uid, initial }: Props) {
  const [text, setText] = useState(initial);
  const [view, setView] = useState<ComposeView>(() => composeView(initial));
  const [good, setGood] = useState<Good | null>(() => {
    const v = composeView(initial);
    return v.ok ? v : null;
  });
  const [drawState, setDrawState] = useState<'pending' | 'rendered' | 'error'>('pending');
  const figure = useRef<HTMLDivElement>(null);
  const timer = useRef<number | undefined>(undefined);

  const onInput = (value: string) => {
    setText(value);
    clearTimeout(timer.current);
    timer.current = window.setTimeout(() => {
      const v = composeView(value);
      setView(v);
      if (v.ok) setGood(v);
    }, REDRAW_MS);
  };
  useEffect(() => () => clearTimeout(timer.current), []);

  const source = good?.mermaid ?? '';
  useEffect(() => {
    const fig = figure.current;
    if (!fig || source === '') return;
    let cancelled = false;
    const draw = () => {
      fig.dataset['source'] = source;
      setDrawState('pending');
      import('../../scripts/mermaid-render')
        .then((m) => m.renderDiagram(fig))
        .then(() => !cancelled && setDrawState('rendered'))
        .catch(() => !cancelled && setDrawState('error'));
    };
    draw();
    // Redraw in the new colours when the theme changes (the shared store, docs/decisions/0006).
    let colours = themeStore.get()?.effective;
    const unlisten = themeStore.listen((t) => {
      if (t?.effective === colours) return;
      colours = t?.effective;
      draw();
    });
    return () => {
      cancelled = true;
      unlisten();
    };
  }, [source]);

  const errorId = `${uid}-error`;
  return (
    <div class="cv" data-state={view.ok ? 'ok' : 'error'}>
      <h3 class="cv-title">{S.title}</h3>
      <div class="cv-edit">
        <label for={`${uid}-yaml`}>{S.editorLabel}</label>
        <p id={`${uid}-help`} class="cv-help">
          {S.editorHelp}
        </p>
        <textarea
          id={`${uid}-yaml`}
          class="cv-yaml"
          spellcheck={false}
          rows={Math.min(24, Math.max(8, text.split('\n').length + 1))}
          value={text}
          aria-describedby={`${uid}-help${view.ok ? '' : ` ${errorId}`}`}
          aria-invalid={!view.ok}
          onInput={(e) => onInput((e.currentTarget as HTMLTextAreaElement).value)}
          onKeyDown={(e) => {
            // Tab indents with two spaces, as YAML needs; Escape then Tab leaves the editor.
            if (e.key === 'Tab' && !e.shiftKey && (e.currentTarget as HTMLTextAreaElement).dataset['escape'] !== '1') {
              const ta = e.currentTarget as HTMLTextAreaElement;
              e.preventDefault();
              const { selectionStart: a, selectionEnd: b } = ta;
              const next = `${ta.value.slice(0, a)}  ${ta.value.slice(b)}`;
              ta.value = next;
              ta.selectionStart = ta.selectionEnd = a + 2;
              onInput(next);
            }
            (e.currentTarget as HTMLTextAreaElement).dataset['escape'] = e.key === 'Escape' ? '1' : '';
          }}
        />
        <button type="button" class="cv-reset" onClick={() => onInput(initial)}>
          {S.reset}
        </button>
      </div>
      <div aria-live="polite" class="cv-status">
        {!view.ok && (
          <p id={errorId} class="cv-error">
            <strong>{S.errorPrefix(view.line)}</strong>
            {view.message}
            {good && <> {S.keptDiagram}</>}
          </p>
        )}
      </div>
      {good && (
        <>
          <figure class="diagram cv-figure">
            {drawState !== 'rendered' && <p class="cv-muted">{drawState === 'error' ? S.drawFailed : S.loading}</p>}
            {/* Filled by the Mermaid renderer; Preact never renders children here. */}
            <div ref={figure} class="mermaid-figure cv-diagram" data-state={drawState} />
            <figcaption>{S.diagramCaption}</figcaption>
          </figure>
          <h4>
            {S.listHeading} ({S.services(good.services)})
          </h4>
          <ul class="cv-list">
            {good.sentences.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
          {good.warnings.length > 0 && (
            <>
              <h4>{S.warningsHeading}</h4>
              <ul class="cv-warnings">
                {good.warnings.map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </div>
  );
}
