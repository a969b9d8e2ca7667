/**
 * `docker build` with BuildKit's layer cache: each step's cache key chains the previous key, the
 * instruction, and (for COPY/ADD) the content of the files copied. A step whose key is in the
 * cache is CACHED; once one step misses, every later step misses too, which is why copying
 * requirements.txt before app.py keeps `pip install` cached when only app.py changes.
 * Only FROM, RUN, COPY, ADD and WORKDIR are numbered steps ([2/5]); ENV, CMD, EXPOSE... only set
 * the image's configuration (BuildKit's dockerfile2llb, read 2026-12-03).
 */
import type { Behaviour, DockerState, Image, ImageConfig } from './docker-types';
import { DockerfileError, expand, pairs, parseDockerfile, words, type Instruction } from './dockerfile';
import { digestOf } from './hex';
import { addImage } from './images';

/** What a build was asked for. */
export interface BuildRequest {
  readonly dockerfile: string;
  /** Files of the build context, by path relative to the context ('app.py', 'static/x.css'). */
  readonly context: Readonly<Record<string, string>>;
  /** Familiar tags ('flask-app:1.0'); may be empty. */
  readonly tags: readonly string[];
  readonly nowMs: number;
  /** `--build-arg` values. */
  readonly buildArgs?: Readonly<Record<string, string>>;
  /** The base image for FROM (pulled if needed), or the daemon's error text. */
  resolveBase(ref: string): Image | string;
}

/** One numbered step of the build. */
export interface BuildStep {
  readonly index: number;
  readonly total: number;
  /** 'COPY app.py .' */
  readonly text: string;
  readonly cached: boolean;
  readonly line: number;
  /** Virtual time the step took, ms. */
  readonly ms: number;
}

export type BuildResult =
  | {
      readonly ok: true;
      readonly state: DockerState;
      readonly image: Image;
      readonly steps: readonly BuildStep[];
      readonly ms: number;
    }
  | {
      readonly ok: false;
      readonly state: DockerState;
      readonly message: string;
      readonly line: number | null;
      readonly steps: readonly BuildStep[];
    };

const STEP_KEYWORDS = new Set(['FROM', 'RUN', 'COPY', 'ADD', 'WORKDIR']);

/** The context files a COPY source matches ('.', a file, a directory, a simple * glob). */
function matchSources(context: Readonly<Record<string, string>>, source: string): string[] {
  const s = source.replace(/^\.\/+/, '').replace(/\/+$/, '');
  const all = Object.keys(context).sort();
  if (s === '' || s === '.') return all;
  if (s.includes('*')) {
    const re = new RegExp(`^${s.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`);
    return all.filter((f) => re.test(f));
  }
  return all.filter((f) => f === s || f.startsWith(`${s}/`));
}

function runMs(cmd: string): number {
  if (/pip\s+install|npm\s+(ci|install)/.test(cmd)) return 8000;
  if (/apt-get|apk\s+add/.test(cmd)) return 12000;
  return 700;
}

function runBytes(cmd: string): number {
  if (/pip\s+install/.test(cmd)) return 18_400_000;
  if (/npm\s+(ci|install)/.test(cmd)) return 42_000_000;
  if (/apt-get|apk\s+add/.test(cmd)) return 56_000_000;
  return 4096;
}

/** What a built image's containers do: a web server's start-up lines when the command starts one. */
function behaviourOf(base: Behaviour, config: ImageConfig, context: Readonly<Record<string, string>>): Behaviour {
  const cmd = [...config.entrypoint, ...config.cmd].join(' ');
  const port = config.exposed[0]?.split('/')[0] ?? '8000';
  if (/gunicorn/.test(cmd)) {
    const bind = /--bind[= ](\S+)/.exec(cmd)?.[1] ?? `0.0.0.0:${port}`;
    return {
      kind: 'server',
      logs: [
        '[{time} +0000] [1] [INFO] Starting gunicorn 23.0.0',
        `[{time} +0000] [1] [INFO] Listening at: http://${bind.replace(/^:/, '0.0.0.0:')} (1)`,
        '[{time} +0000] [1] [INFO] Using worker: sync',
        '[{time} +0000] [7] [INFO] Booting worker with pid: 7',
      ],
    };
  }
  const script = /python3?\s+(\S+\.py)/.exec(cmd)?.[1];
  if (/flask\s+run/.test(cmd) || (script && /Flask\(/.test(context[script] ?? ''))) {
    return {
      kind: 'server',
      logs: [
        " * Serving Flask app 'app'",
        ' * Debug mode: off',
        'WARNING: This is a development server. Do not use it in a production deployment. Use a production WSGI server instead.',
        ' * Running on all addresses (0.0.0.0)',
        `Press CTRL+C to quit`,
      ],
    };
  }
  return base;
}

/** Builds an image; the state gains the image and the new cache keys. Never throws for bad input. */
export function buildImage(state: DockerState, req: BuildRequest): BuildResult {
  let instructions: Instruction[];
  try {
    instructions = parseDockerfile(req.dockerfile);
  } catch (e) {
    if (e instanceof DockerfileError) return { ok: false, state, message: e.message, line: e.line, steps: [] };
    throw e;
  }
  const total = instructions.filter((i) => STEP_KEYWORDS.has(i.keyword)).length;
  const vars: Record<string, string> = {};
  const steps: BuildStep[] = [];
  const cache = new Set(state.buildCache);
  const newKeys: string[] = [];
  let s = state;
  let key = '';
  let base: Image | null = null;
  let config: ImageConfig | null = null;
  let size = 0;
  let content = 0;
  const layers: string[] = [];
  let ms = 0;
  for (const ins of instructions) {
    const args = expand(ins.args, { ...vars, ...(req.buildArgs ?? {}) });
    if (ins.keyword === 'ARG') {
      for (const [k, v] of pairs(args)) vars[k] = req.buildArgs?.[k] ?? v;
      continue;
    }
    if (ins.keyword === 'FROM') {
      const ref = words(args)[0] ?? '';
      const found = req.resolveBase(ref);
      if (typeof found === 'string') return { ok: false, state: s, message: found, line: ins.line, steps };
      s = addImage(s, found);
      base = found;
      config = found.config;
      size = found.sizeBytes;
      content = found.contentBytes;
      layers.push(...found.layers);
      key = found.id;
      steps.push({ index: steps.length + 1, total, text: `FROM ${ref}`, cached: true, line: ins.line, ms: 0 });
      continue;
    }
    if (!config || !base)
      return {
        ok: false,
        state: s,
        message: `dockerfile parse error on line ${ins.line}: no build stage in current context`,
        line: ins.line,
        steps,
      };
    let cfg: ImageConfig = config;
    switch (ins.keyword) {
      case 'ENV':
        for (const [k, v] of pairs(args)) {
          vars[k] = v;
          cfg = { ...cfg, env: [...cfg.env.filter((e) => !e.startsWith(`${k}=`)), `${k}=${v}`] };
        }
        break;
      case 'EXPOSE':
        cfg = {
          ...cfg,
          exposed: [
            ...new Set([...cfg.exposed, ...words(args).map((p) => (p.includes('/') ? p.toLowerCase() : `${p}/tcp`))]),
          ],
        };
        break;
      case 'CMD':
        cfg = { ...cfg, cmd: ins.exec ?? ['/bin/sh', '-c', args] };
        break;
      case 'ENTRYPOINT':
        cfg = { ...cfg, entrypoint: ins.exec ?? ['/bin/sh', '-c', args], cmd: [] };
        break;
      case 'USER':
        cfg = { ...cfg, user: args };
        break;
      case 'WORKDIR': {
        const wd: string = args.startsWith('/') ? args : `${cfg.workdir.replace(/\/$/, '')}/${args}`;
        cfg = { ...cfg, workdir: wd };
        break;
      }
      default:
        break;
    }
    config = cfg;
    if (!STEP_KEYWORDS.has(ins.keyword)) continue;
    let material = `${ins.keyword} ${args}`;
    let stepMs = 100;
    let bytes = 0;
    if (ins.keyword === 'COPY' || ins.keyword === 'ADD') {
      const list = (ins.exec ?? words(args)).filter((w) => !w.startsWith('--'));
      for (const src of list.slice(0, -1)) {
        const files = matchSources(req.context, src);
        if (files.length === 0)
          return {
            ok: false,
            state: s,
            message: `failed to compute cache key: failed to calculate checksum of ref ${key.slice(7, 19)}::${digestOf(src).slice(7, 32)}: "/${src.replace(/^\.\//, '')}": not found`,
            line: ins.line,
            steps,
          };
        for (const f of files) {
          material += `\n${f}\n${req.context[f] ?? ''}`;
          bytes += (req.context[f] ?? '').length;
        }
      }
    }
    if (ins.keyword === 'RUN') {
      stepMs = runMs(args);
      bytes = runBytes(args);
    }
    key = digestOf(`${key}\n${material}`);
    const cached = cache.has(key);
    if (!cached) {
      newKeys.push(key);
      ms += stepMs;
    }
    layers.push(digestOf(`layer ${key}`));
    size += bytes;
    content += Math.round(bytes * 0.4);
    steps.push({
      index: steps.length + 1,
      total,
      text: `${ins.keyword} ${ins.args}`,
      cached,
      line: ins.line,
      ms: cached ? 0 : stepMs,
    });
  }
  if (!config || !base)
    return { ok: false, state, message: 'failed to solve: no build stage in current context', line: null, steps };
  const finalConfig = config;
  const image: Image = {
    id: digestOf(`image ${key}\n${JSON.stringify(finalConfig)}`),
    repoTags: [...req.tags],
    repoDigests: [],
    createdMs: req.nowMs,
    sizeBytes: size,
    contentBytes: content,
    layers,
    config: finalConfig,
    behaviour: behaviourOf(base.behaviour, finalConfig, req.context),
  };
  const next = addImage({ ...s, buildCache: [...s.buildCache, ...newKeys] }, image);
  return { ok: true, state: next, image, steps, ms };
}
