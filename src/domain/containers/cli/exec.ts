/** docker exec (a few commands inside a running container) and docker inspect. */
import type { CommandInput, CommandOutput } from '../../shell/types';
import { findContainer } from '../engine';
import { findImage } from '../images';
import { inside } from '../programs';
import { last, parseArgs } from './args';
import { applyTemplate, containerJson, imageJson } from './inspect';
import { argsError, daemonError, flagError } from './output';
import { dockerOf } from './state';

/** docker exec [-it] CONTAINER COMMAND [ARG...] */
export function execCommand(words: readonly string[], input: CommandInput): CommandOutput {
  const args = parseArgs(words, {
    values: ['e', 'env', 'u', 'user', 'w', 'workdir'],
    bools: ['i', 'interactive', 't', 'tty', 'd', 'detach', 'privileged'],
    aliases: { e: 'env', u: 'user', w: 'workdir', i: 'interactive', t: 'tty', d: 'detach' },
    stopAtPositional: true,
  });
  if (typeof args === 'string') return flagError('exec', args);
  if (args.positional.length < 2) return argsError('exec', 2);
  const [target = '', ...argv] = args.positional;
  const state = dockerOf(input.world);
  const c = findContainer(state, target);
  if (!c) return daemonError(`No such container: ${target}`);
  if (c.status !== 'running') return daemonError(`container ${c.id} is not running`);
  const r = inside(c, state, argv);
  return { stdout: r.out, ...(r.err ? { stderr: r.err } : {}), exitCode: r.code };
}

/** docker inspect [--type container|image] [-f TEMPLATE] NAME... */
export function inspectCommand(
  words: readonly string[],
  input: CommandInput,
  only?: 'container' | 'image',
): CommandOutput {
  const args = parseArgs(words, {
    values: ['f', 'format', 'type'],
    bools: ['s', 'size'],
    aliases: { f: 'format', s: 'size' },
  });
  if (typeof args === 'string') return flagError('inspect', args);
  if (args.positional.length === 0) return argsError('inspect', 1);
  const state = dockerOf(input.world);
  const type = only ?? last(args, 'type');
  const found: unknown[] = [];
  const errors: string[] = [];
  for (const name of args.positional) {
    const c = type === 'image' ? undefined : findContainer(state, name);
    const i = c || type === 'container' ? undefined : findImage(state, name);
    if (c) found.push(containerJson(c, state));
    else if (i) found.push(imageJson(i));
    else errors.push(`Error: No such ${type ?? 'object'}: ${name}`);
  }
  const format = last(args, 'format');
  let stdout: string;
  if (format !== undefined) {
    const parts: string[] = [];
    for (const v of found) {
      const r = applyTemplate(format, v);
      if ('error' in r) return { stderr: `${r.error}\n`, exitCode: 1 };
      parts.push(`${r.text}\n`);
    }
    stdout = parts.join('');
  } else stdout = `${JSON.stringify(found, null, 4)}\n`;
  return { stdout, ...(errors.length ? { stderr: `${errors.join('\n')}\n` } : {}), exitCode: errors.length ? 1 : 0 };
}
