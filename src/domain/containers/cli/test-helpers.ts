/** A tiny driver for the docker command's unit tests: runs lines against one world (no shell needed). */
import type { CommandOutput, World } from '../../shell/types';
import { createWorld, later } from '../../shell/world';
import { runDocker } from './index';

export interface Session {
  world: World;
  /** Runs one `docker ...` line (split on spaces; quote-free lines only) and keeps the new world. */
  run(line: string, stdin?: string): CommandOutput;
  /** Runs argv as given. */
  argv(argv: readonly string[]): CommandOutput;
  wait(ms: number): void;
}

/** A session on a fresh world with `files` (relative to /home/learner). */
export function session(files: Record<string, string> = {}, cwd?: string): Session {
  const s: Session = {
    world: createWorld({ files }),
    run(line, stdin = '') {
      const r = runDocker({ argv: line.split(' ').filter((w) => w !== ''), stdin, world: s.world });
      if (r.world) s.world = r.world;
      return r;
    },
    argv(argv) {
      const r = runDocker({ argv, stdin: '', world: s.world });
      if (r.world) s.world = r.world;
      return r;
    },
    wait(ms) {
      s.world = later(s.world, ms);
    },
  };
  if (cwd) s.world = { ...s.world, cwd };
  return s;
}

/** The notes' Flask app, its Dockerfile (the lesson's corrected one) and a compose file. */
export const FLASK_FILES: Record<string, string> = {
  'app/Dockerfile': [
    'FROM python:3.12-slim',
    'WORKDIR /app',
    'COPY requirements.txt .',
    'RUN pip install --no-cache-dir -r requirements.txt',
    'COPY app.py .',
    'EXPOSE 5000',
    'CMD ["gunicorn", "--bind", "0.0.0.0:5000", "app:app"]',
    '',
  ].join('\n'),
  'app/requirements.txt': 'flask==3.1.0\ngunicorn==23.0.0\n',
  'app/app.py':
    'from flask import Flask\n\napp = Flask(__name__)\n\n@app.route("/")\ndef hello():\n    return "Hello, World!"\n',
};
