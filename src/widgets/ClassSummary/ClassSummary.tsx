/**
 * The class summary (issue 13): the instructor drops the learners' exported progress files and
 * sees, in this browser only, completion per lesson and the questions most missed. Every file is
 * read by src/domain/progress (summariseClass); a bad one is refused with its reason and the
 * rest still count.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { summariseClass, type ClassFile, type ClassSummary as Summary, type CourseShape } from '../../domain/progress';
import { formatPercent } from '../shared/kit';
import { CODE_HASH, readProgressCode } from '../../utils/progress-code';
import { readClassRecords, saveClassRecords } from '../../stores/class-records';

interface Props {
  uid: string;
  course: CourseShape;
}

export default function ClassSummary({ uid, course }: Props) {
  const [files, setFiles] = useState<ClassFile[]>([]);
  const [summary, setSummary] = useState<Summary | null>(null);
  const [busy, setBusy] = useState(false);
  // True once the records kept in this browser have been read (the status says so when none).
  const [ready, setReady] = useState(false);
  // The files as last set, for handlers registered once (the hash listener) and for async reads.
  const current = useRef<ClassFile[]>([]);

  /** Counts `next` and keeps in this browser the records the summary accepted. */
  const show = (next: ClassFile[]) => {
    current.current = next;
    setFiles(next);
    const s = summariseClass(next, course, new Date());
    setSummary(next.length > 0 ? s : null);
    const kept = new Set(s.learners.map((l) => l.file));
    saveClassRecords(next.filter((f) => kept.delete(f.name)));
  };
  const addRead = (read: ClassFile[]) => show([...current.current, ...read]);
  const add = async (list: FileList | null) => {
    if (!list || list.length === 0) return;
    setBusy(true);
    const read = await Promise.all(
      [...list].map(async (f) => ({
        name: f.name.slice(0, 120),
        // Never read more than the summary accepts: a huge file is refused by its size.
        text: f.size > 1_000_000 ? ' '.repeat(1_000_001) : await f.text(),
      })),
    );
    addRead(read);
    setBusy(false);
  };
  // Progress codes (a learner's export as text, src/utils/progress-code.ts), one per line: each is
  // read as its file would be; a line that is not a code is refused by name with the reason.
  const [codes, setCodes] = useState('');
  const [codeErrors, setCodeErrors] = useState<string[]>([]);
  const readCodes = async (lines: string[], label: (i: number) => string) => {
    const results = await Promise.all(lines.map((line) => readProgressCode(line)));
    const read: ClassFile[] = [];
    const errors: string[] = [];
    results.forEach((r, i) => {
      if (r.ok) read.push({ name: `code ${current.current.length + read.length + 1}`, text: r.text });
      else errors.push(`${label(i)}: ${r.reason}.`);
    });
    setCodeErrors(errors);
    if (read.length > 0) addRead(read);
  };
  const addCodes = () => {
    const lines = codes
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean);
    if (lines.length === 0) return;
    setCodes('');
    void readCodes(lines, (i) => `Line ${i + 1}`);
  };
  // Files chosen before the island was interactive are still in the box: read them now. The
  // records kept from earlier visits come back, and a learner's QR code (a link to this page with
  // `#add=<code>`) adds that learner; the hash is then removed so a reload does not add it again.
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const kept = readClassRecords();
    if (kept.length > 0) show(kept);
    setReady(true);
    const fromHash = () => {
      if (!location.hash.startsWith(CODE_HASH)) return;
      void readCodes([location.hash], () => 'The scanned link');
      history.replaceState(history.state, '', location.pathname + location.search);
    };
    fromHash();
    addEventListener('hashchange', fromHash);
    const box = input.current;
    if (box?.files && box.files.length > 0) void add(box.files).then(() => (box.value = ''));
    return () => removeEventListener('hashchange', fromHash);
  }, []);
  const clear = () => show([]);
  const n = summary?.learners.length ?? 0;

  return (
    <section class="cs" aria-labelledby={`${uid}-title`}>
      <h2 id={`${uid}-title`}>Add the learners' files</h2>
      <p>
        Each learner exports their progress from <em>Your progress</em> and sends you the file. Add them here (several
        at once, or a few at a time). The files are read in this browser; nothing is uploaded. The learners counted are
        kept in this browser, so you can add more later or scan learners' QR codes one after another (each scan opens
        this page with that learner added); <em>Start again</em> forgets them.
      </p>
      <p
        class="cs-drop"
        onDragOver={(e) => e.preventDefault()}
        onDrop={(e) => {
          e.preventDefault();
          void add(e.dataTransfer?.files ?? null);
        }}
      >
        <label for={`${uid}-files`}>Progress files (JSON), or drop them here</label>
        <input
          id={`${uid}-files`}
          ref={input}
          type="file"
          multiple
          accept="application/json,.json"
          onChange={(e) => {
            const input = e.currentTarget as HTMLInputElement;
            void add(input.files).then(() => (input.value = ''));
          }}
        />
        {files.length > 0 && (
          <button type="button" onClick={clear}>
            Start again
          </button>
        )}
      </p>
      <div class="cs-codes">
        <label for={`${uid}-codes`}>Or paste progress codes (from Your progress, one per line)</label>
        <textarea
          id={`${uid}-codes`}
          rows={3}
          value={codes}
          spellcheck={false}
          aria-describedby={codeErrors.length > 0 ? `${uid}-code-errors` : undefined}
          onInput={(e) => setCodes((e.currentTarget as HTMLTextAreaElement).value)}
        />
        <button type="button" onClick={addCodes}>
          Add the codes
        </button>
        {codeErrors.length > 0 && (
          <ul id={`${uid}-code-errors`} class="cs-refused">
            {codeErrors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        )}
      </div>
      <p role="status" class="cs-status">
        {busy
          ? 'Reading the files…'
          : summary
            ? `${n} learner${n === 1 ? '' : 's'} counted, ${summary.refused.length} file${summary.refused.length === 1 ? '' : 's'} refused.`
            : ready
              ? 'No learners added yet.'
              : ''}
      </p>
      {summary && summary.refused.length > 0 && (
        <>
          <h3>Files refused</h3>
          <ul class="cs-refused">
            {summary.refused.map((r, i) => (
              <li key={i}>
                <strong>{r.file}</strong>: {r.reason}.
              </li>
            ))}
          </ul>
        </>
      )}
      {summary && n > 0 && (
        <>
          <h3>Learners</h3>
          <table class="cs-table">
            <thead>
              <tr>
                <th scope="col">File</th>
                <th scope="col">Lessons complete</th>
                <th scope="col">Questions right</th>
              </tr>
            </thead>
            <tbody>
              {summary.learners.map((l) => (
                <tr key={l.file}>
                  <td>{l.file}</td>
                  <td>
                    {l.lessonsDone} of {course.lessons.length}
                  </td>
                  <td>
                    {l.correct} of {summary.totalQuestions} ({l.answered} answered)
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <h3>Completion and quiz scores per lesson</h3>
          <table class="cs-table cs-lessons">
            <thead>
              <tr>
                <th scope="col">Lesson</th>
                <th scope="col">Learners who completed it</th>
                <th scope="col">Quiz answers right</th>
              </tr>
            </thead>
            <tbody>
              {summary.perLesson.map((l) => (
                <tr key={l.id}>
                  <td>{l.title}</td>
                  <td>
                    <span class="cs-bar" aria-hidden="true">
                      <span style={{ width: `${Math.round((100 * l.done) / n)}%` }} />
                    </span>{' '}
                    {l.done} of {n} ({formatPercent(l.done / n, 0)})
                  </td>
                  <td>
                    {l.answers === 0 ? (
                      'no answers yet'
                    ) : (
                      <>
                        <span class="cs-bar" aria-hidden="true">
                          <span style={{ width: `${Math.round((100 * l.right) / l.answers)}%` }} />
                        </span>{' '}
                        {l.right} of {l.answers} ({formatPercent(l.right / l.answers, 0)})
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <h3>Questions, the most missed first</h3>
          {summary.perQuestion.length === 0 ? (
            <p>No learner has checked a quiz answer yet.</p>
          ) : (
            <table class="cs-table">
              <thead>
                <tr>
                  <th scope="col">Lesson</th>
                  <th scope="col">Question</th>
                  <th scope="col">Missed</th>
                  <th scope="col">Right</th>
                </tr>
              </thead>
              <tbody>
                {summary.perQuestion.map((q) => (
                  <tr key={`${q.bankId}/${q.questionId}`}>
                    <td>{q.lessonTitle}</td>
                    <td>
                      <code>{q.questionId}</code>
                    </td>
                    <td>
                      {q.missed} of {q.tried}
                    </td>
                    <td>{formatPercent(q.correct / q.tried, 0)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
}
