import type { ComponentChildren } from 'preact';
import { Notice } from './Share.tsx';
import type { LinkApi } from './use-link.ts';

interface FrameProps {
  link: LinkApi;
  title: string;
  intro: string;
  /** A notice to show under the introduction (e.g. a link that could not be fully used). */
  notice: string | null;
  onDismissNotice: () => void;
  /** Extra data attributes on the root, e.g. the OAuth scenario (tests and styles read them). */
  data?: Record<string, string>;
  children: ComponentChildren;
}

/** The shell every playground mode shares: root element for the link, title, introduction, notice. */
export function Frame({ link, title, intro, notice, onDismissNotice, data = {}, children }: FrameProps) {
  const dataAttributes = Object.fromEntries(Object.entries(data).map(([k, v]) => [`data-${k}`, v]));
  return (
    <div
      ref={(el) => {
        link.root.current = el;
      }}
      class="pp-body"
      data-ready={link.ready ? 'true' : 'false'}
      {...dataAttributes}
    >
      <h3>{title}</h3>
      <p class="pp-hint">{intro}</p>
      {notice && <Notice text={notice} onDismiss={onDismissNotice} />}
      {children}
    </div>
  );
}

interface PickerProps {
  /** Id of the select; its label points at it. */
  id: string;
  label: string;
  value: string;
  options: readonly { id: string; title: string }[];
  onChoose: (id: string) => void;
  disabled?: boolean;
  /**
   * False before the island is interactive (and without JavaScript): the select then holds the
   * current option only, since a dozen options per playground are elements a lesson's first
   * paint pays for (issue 9's budget), and nobody can choose before hydration anyway.
   */
  interactive?: boolean;
}

/** A labelled select of presets or scenarios. */
export function Picker({ id, label, value, options, onChoose, disabled = false, interactive = true }: PickerProps) {
  const shown = interactive ? options : options.filter((o) => o.id === value);
  return (
    <p class="pp-field">
      <label for={id}>{label}</label>
      <select
        id={id}
        value={value}
        disabled={disabled}
        onChange={(e) => onChoose((e.currentTarget as HTMLSelectElement).value)}
      >
        {shown.map((o) => (
          <option key={o.id} value={o.id}>
            {o.title}
          </option>
        ))}
      </select>
    </p>
  );
}
