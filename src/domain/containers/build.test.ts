import { describe, expect, it } from 'vitest';
import { badInputs } from '../../../tests/support/bad-inputs';
import { buildImage, type BuildRequest } from './build';
import { DockerfileError, parseDockerfile } from './dockerfile';
import { createEngine } from './engine';
import { catalogueImage } from './images';
import { parseReference, type Reference } from './reference';
import type { DockerState } from './docker-types';

const FLASK = `# syntax=docker/dockerfile:1
FROM python:3.12-slim
ARG APP_HOME=/app
WORKDIR $APP_HOME
COPY requirements.txt .
RUN pip install --no-cache-dir \\
    -r requirements.txt
COPY . .
ENV PORT=5000
EXPOSE \${PORT}
USER 10001
CMD ["gunicorn", "--bind", "0.0.0.0:5000", "app:app"]
`;

const request = (context: Record<string, string>, dockerfile = FLASK): BuildRequest => ({
  dockerfile,
  context,
  tags: ['flask-app:1.0'],
  nowMs: 0,
  resolveBase: (ref) => catalogueImage(parseReference(ref) as Reference) ?? `${ref}: not found`,
});

describe('parseDockerfile', () => {
  it('joins continuations, skips comments and reads exec form', () => {
    const ins = parseDockerfile(FLASK);
    expect(ins.map((i) => i.keyword)).toEqual([
      'FROM',
      'ARG',
      'WORKDIR',
      'COPY',
      'RUN',
      'COPY',
      'ENV',
      'EXPOSE',
      'USER',
      'CMD',
    ]);
    expect(ins[4]?.args).toBe('pip install --no-cache-dir  -r requirements.txt');
    expect(ins[9]?.exec).toEqual(['gunicorn', '--bind', '0.0.0.0:5000', 'app:app']);
  });

  it('names the line of each error', () => {
    const cases: [string, string][] = [
      ['FROM python\nRUNN x\n', 'dockerfile parse error on line 2: unknown instruction: RUNN'],
      ['RUN echo hi\n', 'dockerfile parse error on line 1: no build stage in current context'],
      ['FROM a b\n', 'dockerfile parse error on line 1: FROM requires either one or three arguments'],
      [
        'FROM python\nCOPY app.py\n',
        'dockerfile parse error on line 2: COPY requires at least two arguments, but only one was provided. Destination could not be determined',
      ],
      ['FROM python\nEXPOSE eighty\n', 'dockerfile parse error on line 2: invalid containerPort: eighty'],
      ['\n# only a comment\n', 'dockerfile parse error on line 1: file with no instructions'],
    ];
    for (const [text, message] of cases) expect(() => parseDockerfile(text)).toThrow(message);
  });

  it('answers every text bad input with a DockerfileError or instructions, never another exception', () => {
    for (const text of [...badInputs('text'), ...badInputs('shell')]) {
      try {
        parseDockerfile(text);
      } catch (e) {
        expect(e).toBeInstanceOf(DockerfileError);
      }
    }
  });
});

describe('buildImage cache', () => {
  const files = { 'requirements.txt': 'flask==3.1.0\n', 'app.py': 'print(1)\n' };
  const cachedSteps = (state: DockerState, ctx: Record<string, string>, dockerfile = FLASK) => {
    const r = buildImage(state, request(ctx, dockerfile));
    if (!r.ok) throw new Error(r.message);
    return {
      state: r.state,
      cached: r.steps.filter((s) => s.cached && s.index > 1).map((s) => s.text),
      config: r.image.config,
    };
  };

  it('rebuilds nothing when nothing changed, and only COPY . after app.py changes', () => {
    const first = cachedSteps(createEngine(1), files);
    expect(first.cached).toEqual([]);
    expect(first.config.workdir).toBe('/app');
    expect(first.config.exposed).toEqual(['5000/tcp']);
    expect(first.config.user).toBe('10001');
    const same = cachedSteps(first.state, files);
    expect(same.cached).toEqual([
      'WORKDIR $APP_HOME',
      'COPY requirements.txt .',
      'RUN pip install --no-cache-dir  -r requirements.txt',
      'COPY . .',
    ]);
    const edited = cachedSteps(first.state, { ...files, 'app.py': 'print(2)\n' });
    expect(edited.cached).toEqual([
      'WORKDIR $APP_HOME',
      'COPY requirements.txt .',
      'RUN pip install --no-cache-dir  -r requirements.txt',
    ]);
    const deps = cachedSteps(first.state, { ...files, 'requirements.txt': 'flask==3.1.1\n' });
    expect(deps.cached).toEqual(['WORKDIR $APP_HOME']);
  });

  it("copying everything first (the notes' order) loses the install cache on every code change", () => {
    const notes =
      'FROM python:3.12-slim\nWORKDIR /app\nCOPY . /app\nRUN pip install -r requirements.txt\nCMD ["python", "app.py"]\n';
    const first = cachedSteps(createEngine(1), files, notes);
    const edited = cachedSteps(first.state, { ...files, 'app.py': 'print(2)\n' }, notes);
    expect(edited.cached).toEqual(['WORKDIR /app']);
  });

  it('reports a missing base image and a missing COPY source with the line', () => {
    const base = buildImage(createEngine(1), request(files, 'FROM python:3.99\n'));
    expect(base.ok).toBe(false);
    if (!base.ok) expect(base.line).toBe(1);
    const copy = buildImage(createEngine(1), request({}, 'FROM python:3.12-slim\nCOPY app.py .\n'));
    expect(copy.ok).toBe(false);
    if (!copy.ok) {
      expect(copy.line).toBe(2);
      expect(copy.message).toContain('"/app.py": not found');
    }
  });
});
