import { describe, expect, it } from 'vitest';
import { transcript } from './transcript';

describe('transcript', () => {
  it('runs docker commands in order against one engine, with sleep moving the clock', () => {
    const steps = transcript([
      'docker run -d --name web nginx',
      'sleep 5',
      'docker ps --format "{{.Names}} {{.Status}}"',
    ]);
    expect(steps[0]?.output).toContain("Unable to find image 'nginx:latest' locally");
    expect(steps[2]?.output).toBe('web Up 5 seconds\n');
  });

  it('edits files with echo >> and pipes echo into stdin', () => {
    const steps = transcript(
      [
        'echo "FROM alpine" > Dockerfile',
        'docker build -q -t x .',
        'echo "$TOKEN" | docker login -u me --password-stdin',
      ],
      {},
      '/home/learner',
    );
    expect(steps[1]?.output).toMatch(/^sha256:[a-f0-9]{64}\n$/);
    expect(steps[2]?.output).toBe('Login Succeeded\n');
  });

  it('fails the build for a command it cannot run', () => {
    expect(() => transcript(['rm -rf /'])).toThrow(
      'DockerTranscript runs docker commands and sleep only (received: rm -rf /)',
    );
  });
});
