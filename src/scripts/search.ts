/** The subset of the Pagefind API this page uses. */
interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string; module?: string } }>;
}
interface Pagefind {
  search(q: string): Promise<{ results: PagefindResult[] }>;
}

let pagefind: Promise<Pagefind> | null = null;

/**
 * Pagefind's excerpt marks hits with <mark>; everything else in it is text from our own pages.
 * It is still rebuilt as DOM nodes (never parsed as an HTML string) so no markup can get through.
 */
function excerptNodes(excerpt: string): Node[] {
  const nodes: Node[] = [];
  excerpt.split(/(<mark>.*?<\/mark>)/g).forEach((part) => {
    const m = /^<mark>(.*)<\/mark>$/.exec(part);
    const text = (m ? m[1]! : part)
      .replace(/<[^>]*>/g, '')
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'");
    if (m) {
      const mark = document.createElement('mark');
      mark.textContent = text;
      nodes.push(mark);
    } else nodes.push(document.createTextNode(text));
  });
  return nodes;
}

/** Wires the search form; Pagefind (built into dist/pagefind) is imported on first use. */
export function initSearch(): void {
  const form = document.getElementById('search-form') as HTMLFormElement | null;
  const input = document.getElementById('search-input') as HTMLInputElement | null;
  const status = document.getElementById('search-status');
  const list = document.getElementById('search-results');
  if (!form || !input || !status || !list) return;
  const run = async () => {
    const q = input.value.trim().slice(0, 200);
    history.replaceState(null, '', q ? `?q=${encodeURIComponent(q)}` : location.pathname);
    list.replaceChildren();
    if (!q) {
      status.textContent = 'Type a word to search for.';
      return;
    }
    status.textContent = 'Searching…';
    try {
      pagefind ??= import(/* @vite-ignore */ form.dataset['pagefind'] ?? '') as Promise<Pagefind>;
      const { results } = await (await pagefind).search(q);
      const top = await Promise.all(results.slice(0, 20).map((r) => r.data()));
      for (const r of top) {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = r.url;
        a.textContent = r.meta.title ?? r.url;
        const p = document.createElement('p');
        p.append(...excerptNodes(r.excerpt));
        li.append(a, p);
        list.append(li);
      }
      status.textContent =
        results.length === 0
          ? `No lesson mentions "${q}".`
          : `${results.length} lesson${results.length === 1 ? '' : 's'} found for "${q}".`;
    } catch {
      pagefind = null;
      status.textContent = 'Search is not available: the search index was not found. (It is built by "npm run build".)';
    }
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void run();
  });
  const initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial.slice(0, 200);
    void run();
  }
}
