/** docker images/pull/rmi/tag/push/login: the image and registry commands. */
import type { CommandInput, CommandOutput } from '../../shell/types';
import { later } from '../../shell/world';
import type { Image } from '../docker-types';
import { humanDuration, humanSize, table } from '../format';
import { digestOf, shortId } from '../hex';
import { findImage } from '../images';
import { familiarName, familiarTag, parseReference } from '../reference';
import { isLoggedIn, logIn, repositoryExists, requiresCreatedRepository, storePushed } from '../registry';
import { has, last, parseArgs } from './args';
import { applyTemplate } from './inspect';
import { argsError, daemonError, flagError, ok } from './output';
import { apply, dockerOf, ensureImage, errorOf, withDocker } from './state';

/**
 * docker images: since docker/cli 28 the default is the tree view (IMAGE, ID, DISK USAGE,
 * CONTENT SIZE, EXTRA; "U" marks an image in use), and -q or --format keep the classic table
 * (cli/command/image/list.go shouldUseTree and tree.go, read 2026-12-03). Without a terminal
 * width the legend line is not printed.
 */
export function imagesCommand(words: readonly string[], input: CommandInput): CommandOutput {
  const args = parseArgs(words, {
    values: ['format', 'f', 'filter'],
    bools: ['a', 'all', 'q', 'quiet', 'digests', 'no-trunc', 'tree'],
    aliases: { a: 'all', q: 'quiet', f: 'filter' },
  });
  if (typeof args === 'string') return flagError('images', args);
  const state = dockerOf(input.world);
  const want = args.positional[0];
  const entries: { name: string; image: Image }[] = [];
  for (const i of state.images) {
    if (i.repoTags.length === 0) entries.push({ name: '<untagged>', image: i });
    for (const t of i.repoTags) entries.push({ name: t, image: i });
  }
  const picked = entries
    .filter((e) => want === undefined || e.name === want || e.name.split(':')[0] === want)
    .sort((a, b) => (a.name === '<untagged>' ? 1 : b.name === '<untagged>' ? -1 : a.name.localeCompare(b.name)));
  if (has(args, 'quiet'))
    return ok([...new Set(picked.map((e) => shortId(e.image.id)))].map((id) => `${id}\n`).join(''));
  const now = input.world.clock.nowMs;
  const format = last(args, 'format');
  if (format !== undefined || has(args, 'digests')) {
    const f = (e: { name: string; image: Image }) => ({
      Repository: e.name === '<untagged>' ? '<none>' : e.name.slice(0, e.name.lastIndexOf(':')),
      Tag: e.name === '<untagged>' ? '<none>' : e.name.slice(e.name.lastIndexOf(':') + 1),
      ID: shortId(e.image.id),
      Digest: e.image.repoDigests[0]?.split('@')[1] ?? '<none>',
      CreatedSince: `${humanDuration(now - e.image.createdMs)} ago`,
      Size: humanSize(e.image.sizeBytes),
    });
    const tmpl = (format ?? 'table').replace(/\\t/g, '\t');
    const isTable = tmpl.startsWith('table');
    const body = isTable
      ? tmpl.slice(5).trim() ||
        `{{.Repository}}\t{{.Tag}}${has(args, 'digests') ? '\t{{.Digest}}' : ''}\t{{.ID}}\t{{.CreatedSince}}\t{{.Size}}`
      : tmpl;
    const rows: string[][] = [];
    if (isTable) {
      const h = applyTemplate(body, {
        Repository: 'REPOSITORY',
        Tag: 'TAG',
        ID: 'IMAGE ID',
        Digest: 'DIGEST',
        CreatedSince: 'CREATED',
        Size: 'SIZE',
      });
      if ('error' in h) return { stderr: `${h.error}\n`, exitCode: 1 };
      rows.push(h.text.split('\t'));
    }
    for (const e of picked) {
      const r = applyTemplate(body, f(e));
      if ('error' in r) return { stderr: `${r.error}\n`, exitCode: 1 };
      rows.push(r.text.split('\t'));
    }
    return ok(isTable ? table(rows) : rows.map((r) => `${r.join('\t')}\n`).join(''));
  }
  const inUse = (i: Image) => state.containers.some((c) => c.imageId === i.id);
  const nameW = Math.max(5, ...picked.map((e) => e.name.length));
  const row = (name: string, id: string, disk: string, content: string, extra: string) =>
    `${name.padEnd(nameW)}   ${id.padEnd(12)}   ${disk.padStart(10)}   ${content.padStart(12)}   ${extra}`.trimEnd();
  const lines = [row('IMAGE', 'ID', 'DISK USAGE', 'CONTENT SIZE', 'EXTRA')];
  for (const e of picked)
    lines.push(
      row(
        e.name,
        shortId(e.image.id),
        humanSize(e.image.sizeBytes),
        humanSize(e.image.contentBytes),
        inUse(e.image) ? 'U' : '',
      ),
    );
  return ok(`${lines.join('\n')}\n`);
}

/** docker pull. */
export function pullCommand(words: readonly string[], input: CommandInput): CommandOutput {
  const args = parseArgs(words, {
    values: ['platform'],
    bools: ['a', 'all-tags', 'q', 'quiet', 'disable-content-trust'],
    aliases: { a: 'all-tags', q: 'quiet' },
  });
  if (typeof args === 'string') return flagError('pull', args);
  if (args.positional.length !== 1) return argsError('pull', 1, true);
  const text = args.positional[0] ?? '';
  const ref = parseReference(text);
  if (typeof ref === 'string') return { stderr: `${ref}\n`, exitCode: 1 };
  const existing = findImage(dockerOf(input.world), text);
  const explicit = /:[^/]+$/.test(text) || text.includes('@');
  if (existing && existing.repoDigests.length > 0) {
    const head = explicit ? '' : 'Using default tag: latest\n';
    const digest = existing.repoDigests[0]?.split('@')[1] ?? '';
    return ok(
      `${head}${ref.tag}: Pulling from ${ref.path}\nDigest: ${digest}\nStatus: Image is up to date for ${familiarTag(ref)}\n${ref.registry}/${ref.path}:${ref.tag}\n`,
      later(input.world, 800),
    );
  }
  const r = ensureImage(input.world, text);
  if ('error' in r) return daemonError(r.error, explicit ? {} : { stdout: 'Using default tag: latest\n' });
  const out = has(args, 'quiet') ? '' : `${r.lines.join('\n')}\n`;
  return ok(`${out}${ref.registry}/${ref.path}:${ref.tag}\n`, r.world);
}

/** docker rmi. */
export function rmiCommand(words: readonly string[], input: CommandInput): CommandOutput {
  const args = parseArgs(words, { bools: ['f', 'force', 'no-prune'], aliases: { f: 'force' } });
  if (typeof args === 'string') return flagError('rmi', args);
  if (args.positional.length === 0) return argsError('rmi', 1);
  let world = input.world;
  let stdout = '';
  let stderr = '';
  for (const target of args.positional) {
    const r = apply(world, { kind: 'rmi', target, force: has(args, 'force') });
    const err = errorOf(r.events);
    if (err) {
      stderr += `Error response from daemon: ${err}\n`;
      continue;
    }
    world = r.world;
    for (const e of r.events) {
      if (e.kind === 'untagged') stdout += `Untagged: ${e.ref}\n`;
      if (e.kind === 'deleted') stdout += `Deleted: ${e.id}\n`;
    }
  }
  return { stdout, ...(stderr ? { stderr } : {}), exitCode: stderr ? 1 : 0, world };
}

/** docker tag. */
export function tagCommand(words: readonly string[], input: CommandInput): CommandOutput {
  const args = parseArgs(words, {});
  if (typeof args === 'string') return flagError('tag', args);
  if (args.positional.length !== 2) return argsError('tag', 2, true);
  const [source = '', target = ''] = args.positional;
  const ref = parseReference(target);
  if (typeof ref === 'string')
    return {
      stderr: `Error parsing reference: "${target.slice(0, 80)}" is not a valid repository/tag: ${ref}\n`,
      exitCode: 1,
    };
  if (!findImage(dockerOf(input.world), source)) {
    const s = parseReference(source);
    return daemonError(`No such image: ${typeof s === 'string' ? source : familiarTag(s)}`);
  }
  const r = apply(input.world, { kind: 'tag', source, target: familiarTag(ref) });
  const err = errorOf(r.events);
  return err ? daemonError(err) : ok('', r.world);
}

/** docker push: Docker Hub needs a login and your own namespace; ECR needs a login and a created repository. */
export function pushCommand(words: readonly string[], input: CommandInput): CommandOutput {
  const args = parseArgs(words, {
    values: ['platform'],
    bools: ['a', 'all-tags', 'q', 'quiet', 'disable-content-trust'],
    aliases: { a: 'all-tags', q: 'quiet' },
  });
  if (typeof args === 'string') return flagError('push', args);
  if (args.positional.length !== 1) return argsError('push', 1, true);
  const text = args.positional[0] ?? '';
  const ref = parseReference(text);
  if (typeof ref === 'string') return { stderr: `${ref}\n`, exitCode: 1 };
  const image = findImage(dockerOf(input.world), familiarTag(ref));
  if (!image) return { stderr: `An image does not exist locally with the tag: ${familiarName(ref)}\n`, exitCode: 1 };
  const head = `The push refers to repository [${ref.registry}/${ref.path}]\n`;
  const layerLines = [...image.layers].reverse().map((l) => `${shortId(l)}: Preparing`);
  const world = input.world;
  if (ref.registry === 'docker.io' && (ref.path.startsWith('library/') || !isLoggedIn(world, 'docker.io')))
    return {
      stdout: head + layerLines.map((l) => `${l}\n`).join(''),
      stderr: 'denied: requested access to the resource is denied\n',
      exitCode: 1,
    };
  if (ref.registry !== 'docker.io' && !isLoggedIn(world, ref.registry))
    return { stdout: head, stderr: 'no basic auth credentials\n', exitCode: 1 };
  if (requiresCreatedRepository(ref.registry) && !repositoryExists(world, ref.registry, ref.path)) {
    const account = ref.registry.split('.')[0] ?? '';
    return {
      stdout: head,
      stderr: `name unknown: The repository with name '${ref.path}' does not exist in the registry with id '${account}'\n`,
      exitCode: 1,
    };
  }
  const digest = digestOf(`manifest ${image.id} ${ref.registry}/${ref.path}`);
  let next = storePushed(later(world, 2000 + image.layers.length * 200), ref.registry, ref.path, ref.tag, {
    digest,
    image,
  });
  const state = dockerOf(next);
  next = withDocker(next, {
    ...state,
    images: state.images.map((i) =>
      i.id === image.id ? { ...i, repoDigests: [...new Set([...i.repoDigests, `${familiarName(ref)}@${digest}`])] } : i,
    ),
  });
  const pushed = [...image.layers]
    .reverse()
    .map((l) => `${shortId(l)}: Pushed\n`)
    .join('');
  return ok(`${head}${pushed}${ref.tag}: digest: ${digest} size: ${1000 + image.layers.length * 200}\n`, next);
}

/** docker login. The simulation cannot prompt, so a user name is needed (-u), with -p or --password-stdin. */
export function loginCommand(words: readonly string[], input: CommandInput): CommandOutput {
  const args = parseArgs(words, {
    values: ['u', 'username', 'p', 'password'],
    bools: ['password-stdin'],
    aliases: { u: 'username', p: 'password' },
  });
  if (typeof args === 'string') return flagError('login', args);
  const server = args.positional[0] ?? 'docker.io';
  const host = server
    .replace(/^https?:\/\//, '')
    .replace(/\/.*$/, '')
    .replace(/^(index\.|registry-1\.)?docker\.io$/, 'docker.io');
  const user = last(args, 'username');
  const password = has(args, 'password-stdin') ? input.stdin.replace(/\r?\n$/, '') : last(args, 'password');
  if (has(args, 'password-stdin') && last(args, 'password') !== undefined)
    return { stderr: '--password and --password-stdin are mutually exclusive\n', exitCode: 1 };
  if (has(args, 'password-stdin') && user === undefined)
    return { stderr: 'Must provide --username with --password-stdin\n', exitCode: 1 };
  if (user === undefined || password === undefined)
    return { stderr: 'Error: Cannot perform an interactive login from a non TTY device\n', exitCode: 1 };
  if (password === '') return { stderr: 'Error: Password Required\n', exitCode: 1 };
  const warn =
    last(args, 'password') !== undefined
      ? 'WARNING! Using --password via the CLI is insecure. Use --password-stdin.\n'
      : '';
  return ok('Login Succeeded\n', logIn(input.world, host, user), warn || undefined);
}
