/**
 * The workshop agenda planner (issue 13): modules, start time, breaks and lunch in; a timed plan
 * out, computed by src/domain/agenda. A bad value gets its message beside its field and the last
 * good plan stays. The choices live in the address, so a plan can be shared or bookmarked.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { planAgenda, type Agenda, type AgendaLesson } from '../../domain/agenda';
import { NumberField } from '../shared/NumberField';
import { CopyLink } from '../shared/CopyLink';
import { readChoice, writeChoice, type AgendaChoice } from './url';

interface ModuleInfo {
  id: string;
  title: string;
  minutes: number;
}

interface Props {
  uid: string;
  lessons: AgendaLesson[];
  modules: ModuleInfo[];
  initial: AgendaChoice;
}

/** The words a message uses for each choice (never the internal names). */
const LABELS: Record<string, string> = {
  start: 'The start time',
  breakEvery: 'The minutes between breaks',
  breakMinutes: 'The length of a break',
  lunchAt: 'The lunch time',
  lunchMinutes: 'The length of lunch',
  modules: 'The modules',
};

const hours = (m: number) => (m < 60 ? `${m} min` : `${Math.floor(m / 60)} h${m % 60 ? ` ${m % 60} min` : ''}`);

/** The plan for `choice`, or the message of the field that is wrong. */
function attempt(lessons: AgendaLesson[], c: AgendaChoice): { plan: Agenda } | { field: string; message: string } {
  const whole = (name: string, text: string) => {
    const t = text.trim();
    return /^\d{1,3}$/.test(t)
      ? Number(t)
      : { field: name, message: `${LABELS[name]} must be a whole number of minutes, such as 15.` };
  };
  const every = whole('breakEvery', c.breakEvery);
  if (typeof every !== 'number') return every;
  const pause = whole('breakMinutes', c.breakMinutes);
  if (typeof pause !== 'number') return pause;
  const lunchM = c.lunchAt.trim() === '' ? 0 : whole('lunchMinutes', c.lunchMinutes);
  if (typeof lunchM !== 'number') return lunchM;
  try {
    return {
      plan: planAgenda(lessons, {
        modules: c.modules,
        start: c.start,
        breakEvery: every,
        breakMinutes: pause,
        lunchAt: c.lunchAt.trim() === '' ? undefined : c.lunchAt,
        lunchMinutes: lunchM,
      }),
    };
  } catch (e) {
    const raw = e instanceof Error ? e.message : String(e);
    const field = raw.split(' ')[0] ?? '';
    return { field, message: `${LABELS[field] ?? field}${raw.slice(field.length)}.` };
  }
}

export default function AgendaPlanner({ uid, lessons, modules, initial }: Props) {
  const [choice, setChoice] = useState<AgendaChoice>(initial);
  const good = useRef<Agenda | null>(null);
  const touched = useRef(false);
  const result = useMemo(() => attempt(lessons, choice), [lessons, choice]);
  if ('plan' in result) good.current = result.plan;
  const plan = good.current;
  const error = 'plan' in result ? null : result;

  // A shared link wins over the defaults.
  useEffect(() => {
    setChoice(
      readChoice(
        location.search,
        initial,
        modules.map((m) => m.id),
      ),
    );
  }, []);
  useEffect(() => {
    if (!touched.current) return;
    history.replaceState(history.state, '', `${location.pathname}${writeChoice(location.search, choice)}`);
  }, [choice]);

  const set = (patch: Partial<AgendaChoice>) => {
    touched.current = true;
    setChoice((c) => ({ ...c, ...patch }));
  };
  const messageFor = (field: string) => (error && error.field === field ? error.message : undefined);

  return (
    <section class="ag" aria-labelledby={`${uid}-title`}>
      <h2 id={`${uid}-title`}>Plan your workshop</h2>
      <div class="ag-controls">
        <fieldset class="ag-modules">
          <legend>Modules to teach</legend>
          {modules.map((m) => (
            <p key={m.id}>
              <input
                type="checkbox"
                id={`${uid}-m-${m.id}`}
                checked={choice.modules.includes(m.id)}
                onChange={(e) => {
                  const on = (e.currentTarget as HTMLInputElement).checked;
                  const next = modules
                    .map((x) => x.id)
                    .filter((id) => (id === m.id ? on : choice.modules.includes(id)));
                  set({ modules: next });
                }}
              />
              <label for={`${uid}-m-${m.id}`}>
                {m.title} ({hours(m.minutes)})
              </label>
            </p>
          ))}
        </fieldset>
        <div class="ag-times">
          <p class="ag-field" data-invalid={messageFor('start') ? 'true' : undefined}>
            <label for={`${uid}-start`}>Start time</label>
            <input
              id={`${uid}-start`}
              type="time"
              value={choice.start}
              aria-invalid={messageFor('start') ? 'true' : undefined}
              aria-describedby={messageFor('start') ? `${uid}-start-error` : undefined}
              onInput={(e) => set({ start: (e.currentTarget as HTMLInputElement).value })}
            />
            {messageFor('start') && (
              <span id={`${uid}-start-error`} class="ag-error">
                {messageFor('start')}
              </span>
            )}
          </p>
          <NumberField
            prefix="ag"
            id={`${uid}-every`}
            label="Break after this many minutes of lessons"
            text={choice.breakEvery}
            error={messageFor('breakEvery')}
            onText={(t) => set({ breakEvery: t })}
          />
          <NumberField
            prefix="ag"
            id={`${uid}-break`}
            label="Length of a break (minutes)"
            text={choice.breakMinutes}
            error={messageFor('breakMinutes')}
            onText={(t) => set({ breakMinutes: t })}
          />
          <p class="ag-field" data-invalid={messageFor('lunchAt') ? 'true' : undefined}>
            <label for={`${uid}-lunch`}>Lunch at (leave empty for none)</label>
            <input
              id={`${uid}-lunch`}
              type="time"
              value={choice.lunchAt}
              onInput={(e) => set({ lunchAt: (e.currentTarget as HTMLInputElement).value })}
            />
          </p>
          <NumberField
            prefix="ag"
            id={`${uid}-lunchm`}
            label="Length of lunch (minutes)"
            text={choice.lunchMinutes}
            error={messageFor('lunchMinutes')}
            onText={(t) => set({ lunchMinutes: t })}
          />
        </div>
      </div>
      {error && !['start', 'breakEvery', 'breakMinutes', 'lunchMinutes'].includes(error.field) && (
        <p class="notice" role="status">
          {error.message} The plan below is the last one that worked.
        </p>
      )}
      {plan && (
        <>
          <p class="ag-summary" role="status">
            {plan.items.length === 0
              ? 'Choose at least one module.'
              : `${plan.start} to ${plan.end}: ${hours(plan.teachingMinutes)} of lessons, ${hours(plan.totalMinutes - plan.teachingMinutes)} of breaks and lunch.`}
          </p>
          <table class="ag-plan">
            <caption class="visually-hidden">The timed plan</caption>
            <thead>
              <tr>
                <th scope="col">Time</th>
                <th scope="col">What</th>
                <th scope="col">Minutes</th>
              </tr>
            </thead>
            <tbody>
              {plan.items.map((item, i) => (
                <tr key={i} data-kind={item.kind}>
                  <td>
                    {item.start} to {item.end}
                  </td>
                  <td>
                    {item.kind === 'lesson' ? (
                      <>
                        {item.title} <span class="ag-module">({item.module})</span>
                      </>
                    ) : (
                      <strong>{item.title}</strong>
                    )}
                  </td>
                  <td>{item.minutes}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <p class="ag-actions">
        <button type="button" onClick={() => print()}>
          Print the plan
        </button>
      </p>
      <CopyLink
        uid={uid}
        link={() => {
          history.replaceState(history.state, '', `${location.pathname}${writeChoice(location.search, choice)}`);
          return location.href;
        }}
        strings={{
          copy: 'Copy a link to this plan',
          copied: 'Link copied.',
          copyFailed: 'Your browser did not let the page copy. Select the link and copy it:',
          linkLabel: 'Link to this plan',
        }}
        classes={{ wrap: 'ag-share', status: 'ag-status' }}
        resetKey={choice}
      />
    </section>
  );
}
