/** Adds a "Copy" button to every highlighted code block (only with JavaScript, where it works). */
export function initCodeCopy(): void {
  if (!navigator.clipboard) return;
  document.querySelectorAll<HTMLPreElement>('pre.astro-code').forEach((pre) => {
    const btn = document.createElement('button');
    btn.type = 'button';
    btn.className = 'copy-code';
    btn.textContent = 'Copy';
    btn.setAttribute('aria-label', `Copy ${pre.dataset['label'] ?? 'code'} to the clipboard`);
    btn.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(pre.querySelector('code')?.innerText ?? pre.innerText);
        btn.textContent = 'Copied';
      } catch {
        btn.textContent = 'Copy failed';
      }
      setTimeout(() => (btn.textContent = 'Copy'), 2000);
    });
    const wrap = document.createElement('div');
    wrap.className = 'code-wrap';
    pre.replaceWith(wrap);
    wrap.append(btn, pre);
  });
}
