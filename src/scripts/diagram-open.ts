/**
 * "Open the diagram full width" (issue 15): a diagram wider than the lesson's column opens at its
 * natural size in a modal dialog, which scrolls both ways if the screen is smaller still. The
 * dialog holds a copy of the image (the dark theme's filter applies to it too, global.css); Esc or "Close" ends it and focus
 * returns to the button (the dialog element does both).
 */
export function initDiagramOpen(): void {
  document.addEventListener('click', (event) => {
    const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button.diagram-open');
    if (!button) return;
    const figure = button.closest('figure.diagram');
    const shown = [...(figure?.querySelectorAll<HTMLImageElement>('.mermaid-svg img') ?? [])].find(
      (img) => img.offsetParent !== null,
    );
    if (!shown) return;
    const dialog = document.createElement('dialog');
    dialog.className = 'diagram-dialog';
    dialog.setAttribute('aria-label', button.dataset['caption'] ?? shown.alt);
    const close = document.createElement('button');
    close.type = 'button';
    close.className = 'diagram-dialog-close';
    close.textContent = 'Close';
    close.addEventListener('click', () => dialog.close());
    const frame = document.createElement('div');
    frame.className = 'diagram-dialog-frame';
    frame.tabIndex = 0;
    frame.setAttribute('role', 'group');
    frame.setAttribute('aria-label', `${shown.alt} (full width; scroll if it is still cut off)`);
    const img = shown.cloneNode() as HTMLImageElement;
    img.removeAttribute('style');
    img.loading = 'eager';
    frame.append(img);
    dialog.append(close, frame);
    dialog.addEventListener('close', () => dialog.remove());
    // A click on the backdrop (outside the dialog's box) closes it too.
    dialog.addEventListener('click', (e) => {
      if (e.target === dialog) dialog.close();
    });
    document.body.append(dialog);
    dialog.showModal();
    close.focus();
  });
}
