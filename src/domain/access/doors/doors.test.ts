import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as all from '../index.ts';
import * as iam from './iam.ts';
import * as bank from './bank.ts';
import * as sas from './sas.ts';
import * as oauth from './oauth.ts';
import * as encoding from './encoding.ts';

/** Every module a file loads through its static, non-type imports (bare packages by name). */
function graph(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const source = readFileSync(file, 'utf8');
  for (const m of source.matchAll(/^(?:import|export)\s+(?!type\b)[^'"]*?from\s+'([^']+)'/gm)) {
    const spec = m[1] as string;
    if (spec.startsWith('.')) graph(resolve(dirname(file), spec), seen);
    else seen.add(spec);
  }
  return seen;
}

const door = (name: string): string[] => [...graph(resolve(import.meta.dirname, `${name}.ts`))];

describe('the doors of the access domain', () => {
  it('the IAM, bank, SAS and encoding doors never load jose or the OIDC module', () => {
    for (const name of ['iam', 'bank', 'sas', 'encoding']) {
      const files = door(name);
      expect(files, name).not.toContain('jose');
      expect(
        files.filter((f) => /oidc|oauth|pkce/.test(f)),
        name,
      ).toEqual([]);
    }
    expect(door('oauth')).toContain('jose');
  });

  it('the IAM door brings no bank data, SAS or shared keys', () => {
    expect(door('iam').filter((f) => /bank|sas|shared-keys|rbac/.test(f))).toEqual([]);
  });

  it('index.ts exports exactly the doors together, each name from one door only', () => {
    const doors = [iam, bank, sas, oauth, encoding].map((d) => Object.keys(d));
    const names = doors.flat();
    expect(new Set(names).size).toBe(names.length);
    expect(Object.keys(all).sort()).toEqual([...names].sort());
    expect(all.evaluate).toBe(iam.evaluate);
    expect(all.createSas).toBe(sas.createSas);
    expect(all.runScenario).toBe(oauth.runScenario);
  });
});
