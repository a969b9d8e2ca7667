import { describe, expect, it } from 'vitest';
import { humanDuration, humanSize, table } from './format';
import { parseReference } from './reference';

describe('docker CLI formats', () => {
  it('humanDuration follows go-units', () => {
    expect(
      [0, 1000, 3000, 60_000, 150_000, 3_600_000, 5 * 3_600_000, 3 * 86_400_000, 20 * 86_400_000].map(humanDuration),
    ).toEqual([
      'Less than a second',
      '1 second',
      '3 seconds',
      'About a minute',
      '2 minutes',
      'About an hour',
      '5 hours',
      '3 days',
      '2 weeks',
    ]);
  });

  it('humanSize uses decimal units and three significant digits', () => {
    expect([20_100, 192_000_000, 59_800_000, 1_120_000_000].map(humanSize)).toEqual([
      '20.1kB',
      '192MB',
      '59.8MB',
      '1.12GB',
    ]);
  });

  it('tables pad each column to its widest cell plus 3, at least 10', () => {
    expect(
      table([
        ['DRIVER', 'VOLUME NAME'],
        ['local', 'db-data'],
      ]),
    ).toBe('DRIVER    VOLUME NAME\nlocal     db-data\n');
  });

  it('parses references as distribution/reference does', () => {
    expect(parseReference('nginx')).toEqual({
      registry: 'docker.io',
      path: 'library/nginx',
      tag: 'latest',
      digest: null,
    });
    expect(parseReference('learner/app:1.0')).toMatchObject({ path: 'learner/app', tag: '1.0' });
    expect(parseReference('123456789012.dkr.ecr.eu-west-2.amazonaws.com/app:1')).toMatchObject({
      registry: '123456789012.dkr.ecr.eu-west-2.amazonaws.com',
      path: 'app',
    });
    expect(parseReference('Nginx')).toBe('invalid reference format: repository name (Nginx) must be lowercase');
    expect(parseReference('a b')).toBe('invalid reference format');
  });
});
