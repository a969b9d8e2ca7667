/**
 * A glossary term's definition shows on hover and focus (CSS, global.css). WCAG 1.4.13 asks that
 * such content can be dismissed without moving the pointer or the focus: Esc hides it, until the
 * pointer or the focus leaves the term.
 */
export function initTermTips(): void {
  document.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape') return;
    for (const term of document.querySelectorAll<HTMLAnchorElement>('a.term:hover, a.term:focus-visible')) {
      term.dataset['dismissed'] = '';
      const reset = () => delete term.dataset['dismissed'];
      term.addEventListener('mouseleave', reset, { once: true });
      term.addEventListener('blur', reset, { once: true });
    }
  });
}
