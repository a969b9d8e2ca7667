import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import { nextTab } from './tabs.ts';

interface Tab {
  id: string;
  label: string;
  content: ComponentChildren;
}

interface Props {
  uid: string;
  label: string;
  tabs: Tab[];
  selected: string;
  onSelect: (id: string) => void;
  /**
   * False before the island is interactive (and without JavaScript): every panel is then
   * shown one after the other with its heading, so nothing is hidden behind a dead tab.
   */
  interactive: boolean;
}

/** ARIA tabs (tablist/tab/tabpanel) with roving tabindex and automatic activation by arrow keys. */
export function Tabs({ uid, label, tabs, selected, onSelect, interactive }: Props) {
  const list = useRef<HTMLDivElement>(null);
  const onKeyDown = (e: KeyboardEvent) => {
    const ids = tabs.map((t) => t.id);
    const target = nextTab(ids, selected, e.key);
    if (target === null) return;
    e.preventDefault();
    onSelect(target);
    list.current?.querySelector<HTMLElement>(`#${uid}-tab-${target}`)?.focus();
  };
  return (
    <div class="pp-tabs">
      {/* Before the island is interactive the tabs do nothing: they are not rendered at all
          (fewer elements at first paint, issue 9), and every panel shows with its heading. */}
      {interactive && (
        <div ref={list} role="tablist" aria-label={label} class="pp-tablist" onKeyDown={onKeyDown}>
          {tabs.map((t) => (
            <button
              key={t.id}
              id={`${uid}-tab-${t.id}`}
              type="button"
              role="tab"
              aria-selected={t.id === selected ? 'true' : 'false'}
              aria-controls={`${uid}-panel-${t.id}`}
              tabIndex={t.id === selected ? 0 : -1}
              onClick={() => onSelect(t.id)}
            >
              {t.label}
            </button>
          ))}
        </div>
      )}
      {tabs.map((t) => (
        <div
          key={t.id}
          id={`${uid}-panel-${t.id}`}
          class="pp-panel"
          {...(interactive ? { role: 'tabpanel', 'aria-labelledby': `${uid}-tab-${t.id}`, tabIndex: 0 } : {})}
          hidden={interactive && t.id !== selected}
        >
          <h4 class={interactive ? 'visually-hidden' : 'pp-panel-title'}>{t.label}</h4>
          {/* A hidden panel holds nothing until it is chosen: fewer elements on the page. */}
          {!interactive || t.id === selected ? t.content : null}
        </div>
      ))}
    </div>
  );
}
