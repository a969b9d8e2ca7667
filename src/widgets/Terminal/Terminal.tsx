/**
 * The terminal island. It only moves keystrokes and text between xterm.js and `createShell`
 * (src/domain/shell): every answer, file and check comes from the domain. xterm.js and its CSS
 * are imported when the island hydrates (client:visible), so a lesson ships none of it until the
 * terminal is on screen. Before that, and without JavaScript, the server-rendered transcript of
 * the lesson's example commands shows what the terminal would print.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { TaskDefinition } from '../../domain/shell/types';
import { createShell, commonPrefix, type Shell } from '../../domain/shell';
import { setTaskDone, tasksDone } from '../../domain/progress';
import { $progress, saveProgress, PROGRESS_EVENT } from '../../stores/progress';
import { commandStore, publishWorld } from '../../stores/simulation';
import { readSession, sessionKey, writeSession, type SessionEntry } from '../../stores/terminal-session';
import { complete, decodeKeys, edit, emptyLine, insert, redraw, type DrawnLine, type LineState } from './line-editor';
import { promptFor, S } from './strings';

export interface TranscriptLine {
  readonly command: string;
  readonly output: string;
}

interface Props {
  /** Unique on the site: progress and the shared simulation are saved under it. */
  id: string;
  /** Prefix of element ids, unique on the page. */
  uid: string;
  label: string;
  tools: readonly string[];
  files: Record<string, string>;
  cwd?: string | undefined;
  editable: readonly string[];
  tasks: readonly TaskDefinition[];
  examples: readonly string[];
  transcript: readonly TranscriptLine[];
}

type XTerm = import('@xterm/xterm').Terminal;

export default function Terminal(props: Props) {
  const { id, uid, label, tasks, examples, transcript, editable } = props;
  const screen = useRef<HTMLDivElement>(null);
  const shellRef = useRef<Shell | null>(null);
  const termRef = useRef<XTerm | null>(null);
  const typeRef = useRef<(text: string) => void>(() => undefined);
  const [ready, setReady] = useState<'waiting' | 'ready' | 'failed'>('waiting');
  const [done, setDone] = useState<readonly string[]>([]);
  const [announce, setAnnounce] = useState('');
  const [editPath, setEditPath] = useState(editable[0] ?? '');
  const [editText, setEditText] = useState('');
  const [dirty, setDirty] = useState(false);
  const [editMessage, setEditMessage] = useState('');
  const dirtyRef = useRef(false);
  dirtyRef.current = dirty;
  const editPathRef = useRef(editPath);
  editPathRef.current = editPath;

  // What the learner typed and saved, replayed after a reload (the shell is deterministic).
  const sessionRef = useRef<SessionEntry[]>([]);
  const storageKey = () => sessionKey(location.pathname, id);
  const record = (entry: SessionEntry) => {
    sessionRef.current = [...sessionRef.current, entry];
    writeSession(storageKey(), sessionRef.current);
  };

  const absolute = (p: string) => (p.startsWith('/') ? p : `/home/learner/${p}`);
  const fileText = (p: string) => shellRef.current?.world.fs.files[absolute(p)];

  /** Ticks the tasks the simulated state now satisfies, saves them, and says so. */
  const checkTasks = () => {
    const shell = shellRef.current;
    if (!shell) return;
    let p = $progress();
    const before = new Set(tasksDone(p, id));
    const newly: string[] = [];
    for (const t of tasks)
      if (!before.has(t.id) && shell.check(t.check)) {
        p = setTaskDone(p, id, t.id, new Date());
        newly.push(t.text);
      }
    if (newly.length > 0) {
      saveProgress(p);
      setAnnounce(S.taskDone(newly));
    }
    setDone(tasksDone(p, id));
  };

  useEffect(() => {
    setDone(tasksDone($progress(), id));
    const refresh = () => setDone(tasksDone($progress(), id));
    addEventListener(PROGRESS_EVENT, refresh);
    return () => removeEventListener(PROGRESS_EVENT, refresh);
  }, [id]);

  useEffect(() => {
    const el = screen.current;
    if (!el) return;
    let disposed = false;
    let observer: ResizeObserver | undefined;
    let unlisten: (() => void) | undefined;
    let shell: Shell;
    try {
      shell = createShell({ files: props.files, tools: props.tools, ...(props.cwd ? { cwd: props.cwd } : {}) });
    } catch (e) {
      setReady('failed');
      setAnnounce(`${S.failed} (${e instanceof Error ? e.message : String(e)})`);
      return;
    }
    shellRef.current = shell;
    const saved = readSession(storageKey());
    for (const entry of saved) {
      if ('run' in entry) shell.run(entry.run);
      else shell.writeFile(absolute(entry.write), entry.text);
    }
    sessionRef.current = [...saved];
    setEditText(fileText(editPathRef.current) ?? '');
    Promise.all([import('@xterm/xterm'), import('@xterm/addon-fit'), import('@xterm/xterm/css/xterm.css?inline')])
      .then(([{ Terminal: XTermClass }, { FitAddon }, { default: css }]) => {
        if (disposed) return;
        // The stylesheet comes as text with the code (a lazily imported .css file is not emitted
        // by the static build), once per page.
        if (!document.getElementById('xterm-css')) {
          const style = document.createElement('style');
          style.id = 'xterm-css';
          style.textContent = css;
          document.head.append(style);
        }
        const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
        const term = new XTermClass({
          screenReaderMode: true,
          cursorBlink: !reduced,
          convertEol: true,
          rows: 16,
          fontSize: 14,
          scrollback: 2000,
          fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
          theme: { background: '#101418', foreground: '#e6edf3', cursor: '#e6edf3', selectionBackground: '#3b5070' },
        });
        termRef.current = term;
        const fit = new FitAddon();
        term.loadAddon(fit);
        el.replaceChildren();
        term.open(el);
        const textarea = el.querySelector('textarea');
        textarea?.setAttribute('aria-label', S.inputLabel(label));
        const doFit = () => {
          try {
            fit.fit();
          } catch {
            /* not laid out yet */
          }
        };
        doFit();
        observer = new ResizeObserver(doFit);
        observer.observe(el);

        let line: LineState = emptyLine(shell.history.length);
        let drawn: DrawnLine = { cursorRow: 0 };
        let lastWasTab = false;
        let escaped = false;
        // A line ending in a backslash continues on the next, with bash's "> " prompt.
        let pending = '';
        const prompt = () => (pending ? '> ' : promptFor(shell.world.cwd));
        const draw = () => {
          const r = redraw(prompt(), line, term.cols, drawn);
          drawn = r.drawn;
          term.write(r.bytes);
        };
        const newPrompt = () => {
          line = emptyLine(shell.history.length);
          drawn = { cursorRow: 0 };
          draw();
        };
        const runLine = () => {
          line = { ...line, cursor: line.text.length };
          draw();
          term.write('\r\n');
          if (/(^|[^\\])\\$/.test(line.text)) {
            pending += `${line.text.slice(0, -1)} `;
            newPrompt();
            return;
          }
          const full = pending + line.text;
          pending = '';
          const r = shell.run(full);
          record({ run: full });
          // A command's errors come before its result, as the pull progress of `docker run` does.
          const out = r.stderr + r.stdout;
          if (out !== '') term.write(out.endsWith('\n') ? out : `${out}\n`);
          publishWorld(id, shell.world);
          checkTasks();
          if (!dirtyRef.current) setEditText(fileText(editPathRef.current) ?? '');
          newPrompt();
        };
        const tab = () => {
          const c = shell.complete(line.text, line.cursor);
          if (c.candidates.length === 1) {
            line = complete(line, c.partial, c.candidates[0] ?? '', true);
            draw();
          } else if (c.candidates.length > 1) {
            const common = commonPrefix(c.candidates);
            if (common.length > c.partial.length) {
              line = complete(line, c.partial, common, false);
              draw();
            } else if (lastWasTab) {
              line = { ...line };
              term.write(`\r\n${c.candidates.slice(0, 200).join('  ')}\r\n`);
              drawn = { cursorRow: 0 };
              draw();
            }
          }
        };
        const onData = (data: string) => {
          for (const key of decodeKeys(data)) {
            const isTab = key.type === 'key' && key.name === 'tab';
            if (key.type === 'text') {
              line = insert(line, key.text);
              draw();
            } else if (key.name === 'enter') runLine();
            else if (isTab) tab();
            else if (key.name === 'cancel') {
              line = { ...line, cursor: line.text.length };
              draw();
              term.write('^C\r\n');
              pending = '';
              newPrompt();
            } else if (key.name === 'clear') {
              term.write('\x1b[H\x1b[2J');
              drawn = { cursorRow: 0 };
              draw();
            } else {
              line = edit(line, key.name, shell.history);
              draw();
            }
            lastWasTab = isTab;
          }
        };
        term.onData(onData);
        // Escape then Tab leaves the terminal (Tab alone completes): no keyboard trap.
        term.attachCustomKeyEventHandler((ev) => {
          if (ev.type !== 'keydown') return true;
          if (ev.key === 'Escape') {
            escaped = true;
            return false;
          }
          if (ev.key === 'Tab' && escaped) {
            escaped = false;
            return false;
          }
          escaped = false;
          return true;
        });
        // The cluster view's drills run here, as if typed, so the learner sees the command.
        unlisten = commandStore(id).listen((request) => {
          if (!request) return;
          line = insert(emptyLine(shell.history.length), request.line);
          draw();
          runLine();
        });
        typeRef.current = (text: string) => {
          line = insert(emptyLine(shell.history.length), text);
          draw();
          term.focus();
        };
        term.write(S.welcome);
        if (saved.length > 0) term.write(S.restored(saved.filter((e) => 'run' in e).length));
        publishWorld(id, shell.world);
        if (saved.length > 0) checkTasks();
        newPrompt();
        setReady('ready');
      })
      .catch((e: unknown) => {
        if (disposed) return;
        setReady('failed');
        setAnnounce(`${S.failed} (${e instanceof Error ? e.message : String(e)})`);
      });
    return () => {
      disposed = true;
      observer?.disconnect();
      unlisten?.();
      termRef.current?.dispose();
      termRef.current = null;
    };
    // The shell is created once per island; props are fixed by the lesson.
  }, []);

  const reset = () => {
    const shell = shellRef.current;
    const term = termRef.current;
    if (!shell) return;
    shell.reset();
    sessionRef.current = [];
    writeSession(storageKey(), []);
    publishWorld(id, shell.world);
    setDirty(false);
    setEditText(fileText(editPath) ?? '');
    setEditMessage('');
    if (term) {
      term.write(`\x1b[H\x1b[2J\x1b[3J${S.resetDone}\r\n`);
      typeRef.current('');
    }
    setAnnounce(S.resetDone);
  };

  const save = () => {
    const shell = shellRef.current;
    if (!shell) return;
    const err = shell.writeFile(absolute(editPath), editText);
    if (err) setEditMessage(S.saveFailed(err));
    else {
      record({ write: editPath, text: editText });
      setDirty(false);
      setEditMessage(S.saved(editPath));
      publishWorld(id, shell.world);
      checkTasks();
    }
  };

  const tasksId = `${uid}-tasks`;
  return (
    <div class="term" role="group" aria-labelledby={`${uid}-label`}>
      <div class="term-bar">
        <p class="term-label" id={`${uid}-label`}>
          {label}
        </p>
        <button type="button" class="term-reset" onClick={reset} disabled={ready !== 'ready'}>
          {S.reset}
        </button>
      </div>
      <p class="term-help" id={`${uid}-help`}>
        {S.help}
      </p>
      <div class="term-screen" ref={screen} data-state={ready} aria-describedby={`${uid}-help`}>
        <pre class="term-transcript" tabIndex={0} aria-label={S.transcriptLabel}>
          {transcript.map((t) => `$ ${t.command}\n${t.output}`).join('')}
        </pre>
      </div>
      {ready === 'failed' && <p class="term-error">{S.failed}</p>}
      {examples.length > 0 && (
        <div class="term-examples">
          <span>{S.tryTyping}</span>
          {examples.map((e) => (
            <button
              type="button"
              key={e}
              class="term-example"
              disabled={ready !== 'ready'}
              onClick={() => typeRef.current(e)}
              aria-label={S.typeFor(e)}
            >
              <code>{e}</code>
            </button>
          ))}
        </div>
      )}
      {tasks.length > 0 && (
        <section class="term-tasks" aria-labelledby={tasksId}>
          <p class="term-tasks-title" id={tasksId}>
            {S.tasksTitle(done.filter((d) => tasks.some((t) => t.id === d)).length, tasks.length)}
          </p>
          <ol>
            {tasks.map((t) => {
              const isDone = done.includes(t.id);
              return (
                <li key={t.id} class={isDone ? 'done' : ''} data-task={t.id}>
                  <span class="term-tick" aria-hidden="true">
                    {isDone ? '✓' : '○'}
                  </span>{' '}
                  <span class="visually-hidden">{isDone ? S.doneWord : S.todoWord}</span>
                  {t.text}
                  {t.hint && (
                    <details class="term-hint">
                      <summary>{S.hint}</summary>
                      <code>{t.hint}</code>
                    </details>
                  )}
                </li>
              );
            })}
          </ol>
        </section>
      )}
      {editable.length > 0 && (
        <section class="term-editor" aria-label={S.editorLabel}>
          {editable.length > 1 && (
            <label>
              {S.fileToEdit}{' '}
              <select
                value={editPath}
                onChange={(e) => {
                  const p = (e.target as HTMLSelectElement).value;
                  setEditPath(p);
                  setEditText(fileText(p) ?? '');
                  setDirty(false);
                }}
              >
                {editable.map((p) => (
                  <option key={p} value={p}>
                    {p}
                  </option>
                ))}
              </select>
            </label>
          )}
          <label for={`${uid}-edit`} class="term-edit-label">
            {S.editing(editPath)}
          </label>
          <textarea
            id={`${uid}-edit`}
            class="term-edit"
            rows={10}
            spellcheck={false}
            value={editText}
            disabled={ready !== 'ready'}
            onInput={(e) => {
              setEditText((e.target as HTMLTextAreaElement).value);
              setDirty(true);
              setEditMessage('');
            }}
          />
          <button type="button" onClick={save} disabled={ready !== 'ready' || !dirty}>
            {S.save}
          </button>
          <span class="term-edit-message" role="status">
            {editMessage}
          </span>
        </section>
      )}
      <p class="visually-hidden" role="status" aria-live="polite">
        {announce}
      </p>
    </div>
  );
}
