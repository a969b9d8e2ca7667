import { $progress, $workshopCode, leaveWorkshop, resetProgress, saveProgress } from '../stores/progress';
import { exportProgressFile, importProgressFile } from '../stores/progress-file';
import { progressCode, progressCodeLink } from '../utils/progress-code';
import { withBase } from '../utils/base';

/** Export, import (validated), reset (confirmed) and the workshop code, on the progress page. */
export function initProgressPage(): void {
  // Each section says what happened right under its own controls.
  const say = (where: 'export' | 'import' | 'reset', text: string) => {
    const el = document.getElementById(`${where}-message`);
    if (el) el.textContent = text;
  };
  document.getElementById('export-progress')?.addEventListener('click', () => {
    const blob = new Blob([exportProgressFile(new Date())], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = 'cloud-course-progress.json';
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
    say('export', 'Your progress was exported to cloud-course-progress.json.');
  });
  document.getElementById('export-code')?.addEventListener('click', async () => {
    const box = document.getElementById('progress-code-box');
    const area = document.getElementById('progress-code') as HTMLTextAreaElement | null;
    if (!box || !area) return;
    const code = await progressCode(exportProgressFile(new Date()));
    area.value = code;
    box.hidden = false;
    const qr = box.querySelector<HTMLElement>('[data-qr]');
    // The QR code holds a link to the class summary with the code in its hash: scanned by the
    // instructor's phone camera, it opens that page with this learner added (nothing is sent
    // anywhere: the hash never leaves the phone). The QR library loads only when a code is shown.
    const link = progressCodeLink(code, new URL(withBase('class/'), location.href).href);
    const { qrSvg } = await import('../widgets/shared/qr');
    if (qr) qr.innerHTML = qrSvg(link, 'QR code of your progress code (a link to the class summary)') ?? '';
    area.focus();
    area.select();
    say(
      'export',
      qr?.innerHTML
        ? 'Your progress code is shown below, with its QR code.'
        : 'Your progress code is shown below (too long for a QR code: copy it instead).',
    );
  });
  const input = document.getElementById('import-file') as HTMLInputElement | null;
  input?.addEventListener('change', async () => {
    const file = input.files?.[0];
    if (!file) return;
    if (file.size > 1_000_000) {
      say('import', `Import refused: the file is too large (${file.size} bytes). Nothing was changed.`);
      return;
    }
    const r = importProgressFile(await file.text(), $progress().seed, new Date());
    if (!r.ok) say('import', `Import refused: ${r.reason}. Nothing was changed.`);
    else {
      saveProgress(r.value);
      const n = Object.keys(r.value.lessons).length;
      say('import', `Imported: ${n} completed lesson${n === 1 ? '' : 's'}.`);
    }
    input.value = '';
  });
  document.getElementById('reset-progress')?.addEventListener('click', () => {
    if (
      !confirm(
        'Reset all progress? Completed lessons, quiz answers and journal answers in this browser will be forgotten.',
      )
    )
      return;
    resetProgress();
    say('reset', 'Your progress was reset.');
  });
  const code = $workshopCode(location.search);
  const leave = document.getElementById('leave-workshop');
  const status = document.getElementById('workshop-status');
  if (code && leave && status) {
    status.textContent = `You are using the workshop code "${code}": quiz numbers are the same for everyone with this code.`;
    leave.hidden = false;
    leave.addEventListener('click', () => {
      leaveWorkshop();
      leave.hidden = true;
      status.textContent = 'You left the workshop: quizzes use your own numbers again.';
    });
  }
}
