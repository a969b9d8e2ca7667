import { useEffect, useState } from 'preact/hooks';

/** The words of a copy-link control, from the widget's own strings.ts. */
export interface CopyLinkStrings {
  copy: string;
  copied: string;
  copyFailed: string;
  linkLabel: string;
}

interface Props {
  /** Prefix of element ids: unique on the page. */
  uid: string;
  /** Writes the widget's state into the address and returns the link. */
  link: () => string;
  strings: CopyLinkStrings;
  /** Class names of the wrapper and of the status line (each widget styles its own). */
  classes: { wrap: string; status: string; note?: string };
  /** A sentence about what the link leaves out, if anything. */
  note?: string | null;
  /** When this value changes (the learner changed something), an old "copied" status is cleared. */
  resetKey?: unknown;
}

/** The QR code's words: the same for every widget. */
export const QR_WORDS = {
  show: 'Show as QR code',
  label: 'QR code of the link to this scenario',
  caption: 'Scan it to open this scenario on another device:',
  tooLong: 'This link is too long for a QR code: copy it instead.',
} as const;

/**
 * "Copy link" for a widget whose state lives in the URL: a button, a status announced politely,
 * and, when the browser refuses the clipboard, the link in a read-only field to copy by hand.
 * Shared by every widget so the three behave and sound the same.
 */
export function CopyLink({ uid, link, strings, classes, note = null, resetKey }: Props) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const [href, setHref] = useState('');
  // The scenario as a QR code (issue 13), drawn on request: the QR library loads only then.
  const [qr, setQr] = useState<{ svg: string | null; url: string } | null>(null);
  useEffect(() => {
    setStatus('idle');
    setQr(null);
  }, [resetKey]);
  const toggleQr = async () => {
    if (qr) {
      setQr(null);
      return;
    }
    const url = link();
    const { qrSvg } = await import('./qr');
    setQr({ svg: qrSvg(url, QR_WORDS.label), url });
  };
  const copy = async () => {
    const url = link();
    setHref(url);
    try {
      await navigator.clipboard.writeText(url);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  };
  return (
    <div class={classes.wrap}>
      <button type="button" onClick={() => void copy()}>
        {strings.copy}
      </button>{' '}
      <button
        type="button"
        class="copy-link-qr"
        aria-expanded={qr ? 'true' : 'false'}
        aria-controls={`${uid}-qr`}
        onClick={() => void toggleQr()}
      >
        {QR_WORDS.show}
      </button>
      <p role="status" class={classes.status}>
        {status === 'copied' && strings.copied}
        {status === 'failed' && strings.copyFailed}
      </p>
      {note && <p class={classes.note ?? 'copy-link-note'}>{note}</p>}
      <div id={`${uid}-qr`} class="copy-link-qr-box">
        {qr && (
          <figure>
            {qr.svg ? (
              <div dangerouslySetInnerHTML={{ __html: qr.svg /* drawn by qr.ts, its label escaped */ }} />
            ) : (
              <p>{QR_WORDS.tooLong}</p>
            )}
            <figcaption>
              {QR_WORDS.caption} <span class="copy-link-qr-url">{qr.url}</span>
            </figcaption>
          </figure>
        )}
      </div>
      {status === 'failed' && (
        <p>
          <label for={`${uid}-link`}>{strings.linkLabel}</label>{' '}
          <input
            id={`${uid}-link`}
            type="text"
            readOnly
            value={href}
            onFocus={(e) => (e.currentTarget as HTMLInputElement).select()}
          />
        </p>
      )}
    </div>
  );
}
