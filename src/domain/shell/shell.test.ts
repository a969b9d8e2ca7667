import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createShell, describeCheckError, MAX_LINE_CHARS } from './index';
import { badInputs } from '../../../tests/support/bad-inputs';

const files = {
  'app/app.py': 'from flask import Flask\napp = Flask(__name__)\n',
  'app/requirements.txt': 'flask==3.1.0\n',
  'app/Dockerfile': 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nCMD ["python", "app.py"]\n',
  'notes.txt': 'one\ntwo\nthree\nfour\n',
};

describe('createShell: the public contract', () => {
  it('exec resolves with stdout, stderr and the exit code', async () => {
    const sh = createShell({ files });
    await expect(sh.exec('pwd')).resolves.toEqual({ stdout: '/home/learner\n', stderr: '', exitCode: 0 });
    await expect(sh.exec('nosuch --flag')).resolves.toEqual({
      stdout: '',
      stderr: 'bash: nosuch: command not found\n',
      exitCode: 127,
    });
  });

  it('with no options has the docker and aws commands', () => {
    const sh = createShell();
    expect(sh.run('docker --version').stdout).toMatch(/^Docker version \d+\.\d+\.\d+/);
    expect(sh.run('aws nosuchservice list').exitCode).toBe(252);
  });

  it('two shells are two separate simulations', () => {
    const a = createShell();
    const b = createShell();
    a.run('docker run -d --name web nginx');
    expect(a.run('docker ps -q').stdout.trim()).toMatch(/^[0-9a-f]{12}$/);
    expect(b.run('docker ps -q').stdout).toBe('');
  });

  it('reset brings back the starting files and engine, and keeps the history', () => {
    const sh = createShell({ files });
    sh.run('rm notes.txt');
    sh.run('docker run -d nginx');
    sh.reset();
    expect(sh.run('cat notes.txt').stdout).toBe(files['notes.txt']);
    expect(sh.run('docker ps -q').stdout).toBe('');
    expect(sh.history).toContain('rm notes.txt');
  });
});

describe('the file system', () => {
  it('cd, ls, cat, mkdir -p, echo > and >>, rm', () => {
    const sh = createShell({ files });
    expect(sh.run('ls').stdout).toBe('app  notes.txt\n');
    expect(sh.run('cd app && ls').stdout).toBe('Dockerfile  app.py  requirements.txt\n');
    expect(sh.run('pwd').stdout).toBe('/home/learner/app\n');
    expect(sh.run('cd ../nope').stderr).toBe('bash: cd: ../nope: No such file or directory\n');
    sh.run('mkdir -p deep/er && echo "hello  world" > deep/er/x.txt && echo again >> deep/er/x.txt');
    expect(sh.run('cat deep/er/x.txt').stdout).toBe('hello  world\nagain\n');
    expect(sh.run('mkdir deep').stderr).toBe("mkdir: cannot create directory 'deep': File exists\n");
    expect(sh.run('rm deep').stderr).toBe("rm: cannot remove 'deep': Is a directory\n");
    expect(sh.run('rm -r deep && ls deep').stderr).toBe("ls: cannot access 'deep': No such file or directory\n");
    expect(sh.run('cd ~ && cat nope').stderr).toBe('cat: nope: No such file or directory\n');
    expect(sh.run('cat app').stderr).toBe('cat: app: Is a directory\n');
  });

  it('writing into a missing directory says so and changes nothing', () => {
    const sh = createShell({ files });
    const r = sh.run('echo x > nowhere/file.txt');
    expect(r).toEqual({ stdout: '', stderr: 'bash: nowhere/file.txt: No such file or directory\n', exitCode: 1 });
    expect(sh.run('ls').stdout).toBe('app  notes.txt\n');
  });

  it('the edit panel writes files the commands then read', () => {
    const sh = createShell({ files });
    expect(sh.writeFile('app/app.py', 'print("v2")\n')).toBeNull();
    expect(sh.run('cat app/app.py').stdout).toBe('print("v2")\n');
    expect(sh.writeFile('missing/dir/x', 'y')).toMatch(/No such file or directory/);
  });

  it('globs expand against the file system; no match stays as typed', () => {
    const sh = createShell({ files });
    expect(sh.run('ls app/*.txt').stdout).toBe('app/requirements.txt\n');
    expect(sh.run('cat *.none').stderr).toBe('cat: *.none: No such file or directory\n');
  });
});

describe('quoting, variables, pipes and lists (POSIX rules through shell-quote)', () => {
  it('quotes keep spaces; variables expand; $? is the last exit code', () => {
    const sh = createShell();
    expect(sh.run(`echo 'a   b' "c  d" e\\ f`).stdout).toBe('a   b c  d e f\n');
    expect(sh.run('echo $HOME').stdout).toBe('/home/learner\n');
    sh.run('GREETING=hi');
    expect(sh.run('echo "$GREETING there"').stdout).toBe('hi there\n');
    sh.run('false');
    expect(sh.run('echo $?').stdout).toBe('1\n');
  });

  it('pipes feed grep, head, tail and wc', () => {
    const sh = createShell({ files });
    expect(sh.run('cat notes.txt | grep -v o | wc -l').stdout).toBe('1\n');
    expect(sh.run('head -n 2 notes.txt').stdout).toBe('one\ntwo\n');
    expect(sh.run('cat notes.txt | tail -1').stdout).toBe('four\n');
    expect(sh.run('grep -c o notes.txt').stdout).toBe('3\n');
    expect(sh.run('grep zzz notes.txt').exitCode).toBe(1);
  });

  it('&& runs on success, || on failure, ; always', () => {
    const sh = createShell();
    expect(sh.run('false && echo no; echo yes').stdout).toBe('yes\n');
    expect(sh.run('false || echo rescued').stdout).toBe('rescued\n');
    expect(sh.run('true && echo ran').stdout).toBe('ran\n');
  });

  it('answers syntax errors and unsupported features as bash would, exit 2', () => {
    const sh = createShell();
    expect(sh.run('| grep x')).toMatchObject({ stderr: "bash: syntax error near unexpected token `|'\n", exitCode: 2 });
    expect(sh.run('echo >')).toMatchObject({
      stderr: "bash: syntax error near unexpected token `newline'\n",
      exitCode: 2,
    });
    expect(sh.run('echo "open')).toMatchObject({
      stderr: 'bash: unexpected EOF while looking for matching `"\'\n',
      exitCode: 2,
    });
    expect(sh.run('echo $(whoami)').stderr).toMatch(/command substitution .* not supported/);
    expect(sh.run('sleep 5 &').stderr).toMatch(/background .* not supported/);
  });

  it('sleep moves the virtual clock, which docker ps shows', () => {
    const sh = createShell();
    sh.run('docker run -d --name web nginx');
    sh.run('sleep 2m');
    expect(sh.run('docker ps --format "{{.Status}}"').stdout).toBe('Up 2 minutes\n');
    expect(sh.run('sleep forever').stderr).toBe(
      "sleep: invalid time interval 'forever'\nTry 'sleep --help' for more information.\n",
    );
  });
});

describe('completion', () => {
  it('completes commands, docker subcommands, container names and files', () => {
    const sh = createShell({ files });
    expect(sh.complete('doc', 3)).toEqual({ partial: 'doc', candidates: ['docker'] });
    expect(sh.complete('docker st', 9).candidates).toEqual(['start', 'stop']);
    sh.run('docker run -d --name web nginx');
    expect(sh.complete('docker stop w', 13).candidates).toEqual(['web']);
    expect(sh.complete('cat app/r', 9).candidates).toEqual(['app/requirements.txt']);
    expect(sh.complete('cd a', 4).candidates).toEqual(['app/']);
  });
});

describe('guided task checks', () => {
  it('ask the engine, not the text typed', () => {
    const sh = createShell();
    const check = { tool: 'docker', kind: 'container-running', image: 'nginx', publish: '8080:80' };
    expect(sh.check(check)).toBe(false);
    sh.run('docker container run --detach --publish 8080:80 nginx');
    expect(sh.check(check)).toBe(true);
    sh.run('docker rm -f $(echo x)'); // refused: nothing changes
    expect(sh.check(check)).toBe(true);
  });

  it('a check for an unknown tool or kind is reported for the build', () => {
    expect(describeCheckError({ tool: 'kubectl', kind: 'x' }, ['docker'])).toMatch(/no tool named "kubectl"/);
    expect(describeCheckError({ tool: 'docker', kind: 'nonsense' })).not.toBeNull();
    expect(describeCheckError({ tool: 'docker', kind: 'image-present', image: 'nginx' })).toBeNull();
  });
});

describe('careless and curious input never breaks the shell', () => {
  const all = ['shell', 'text', 'numbers', 'json', 'yaml', 'storage'].flatMap((c) => badInputs(c));
  it.each(all.map((s, i) => [i, s] as const))('bad input #%i gets an answer and keeps the world', (_i, input) => {
    const sh = createShell({ files });
    const before = sh.run('ls').stdout;
    for (const line of [input, `docker run ${input}`, `docker ps ${input}`, `cat ${input}`, `echo ${input}`]) {
      const r = sh.run(line);
      expect(Number.isInteger(r.exitCode)).toBe(true);
      expect(typeof r.stdout).toBe('string');
      expect(r.stderr).not.toMatch(/the simulation failed/);
    }
    expect(sh.run('pwd').exitCode).toBe(0);
    expect(before).toBe('app  notes.txt\n');
  });

  it('a line longer than the limit is refused with its length', () => {
    const sh = createShell();
    const r = sh.run('x'.repeat(MAX_LINE_CHARS + 1));
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/line too long \(20001 characters/);
  });

  it('escape sequences and control characters are stripped, never run', () => {
    const sh = createShell();
    expect(sh.run('ec\x1b[31mho\x07 hi\x1b]0;title\x07').stdout).toBe('hi\n');
  });

  it('any printable line: the shell answers with an integer exit code and never throws', () => {
    const sh = createShell({ files });
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (line) => {
        const r = sh.run(line);
        return Number.isInteger(r.exitCode) && !r.stderr.includes('the simulation failed');
      }),
      { numRuns: 300 },
    );
  });
});
