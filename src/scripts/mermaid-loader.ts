import { themeStore } from '../stores/theme';

/**
 * Finds Mermaid fences (rendered as `pre > code.language-mermaid`, their source readable without
 * JavaScript) and renders each one only when it comes near the viewport. The Mermaid library is
 * imported on the first such diagram, so pages without diagrams never load it.
 */
export function initMermaid(): void {
  const blocks = [...document.querySelectorAll<HTMLElement>('pre > code.language-mermaid')];
  if (blocks.length === 0) return;
  const figures = blocks.map((code) => {
    const pre = code.parentElement as HTMLElement;
    const fig = document.createElement('div');
    fig.className = 'mermaid-figure';
    fig.dataset['state'] = 'pending';
    fig.dataset['source'] = code.textContent ?? '';
    pre.replaceWith(fig);
    fig.append(pre);
    return fig;
  });
  const render = (fig: HTMLElement) =>
    import('./mermaid-render')
      .then((m) => m.renderDiagram(fig))
      .catch(() => {
        fig.dataset['state'] = 'error';
      });
  const io = new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        if (!e.isIntersecting) continue;
        io.unobserve(e.target);
        void render(e.target as HTMLElement);
      }
    },
    { rootMargin: '200px 0px' },
  );
  figures.forEach((f) => io.observe(f));
  let colours = themeStore.get()?.effective;
  themeStore.listen((t) => {
    if (t?.effective === colours) return;
    colours = t?.effective;
    figures.filter((f) => f.dataset['state'] === 'rendered').forEach((f) => void render(f));
  });
  // Printing: render every diagram so the printout keeps them.
  addEventListener('beforeprint', () =>
    figures.filter((f) => f.dataset['state'] === 'pending').forEach((f) => void render(f)),
  );
}
