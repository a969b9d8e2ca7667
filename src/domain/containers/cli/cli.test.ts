import { describe, expect, it } from 'vitest';
import { badInputs } from '../../../../tests/support/bad-inputs';
import { DOCKER_TOOL } from './index';
import { FLASK_FILES, session } from './test-helpers';

describe('docker run, ps, stop, rm', () => {
  it('pulls a missing image, runs it detached and lists it with its port as docker ps prints it', () => {
    const s = session();
    const r = s.run('docker run -d -p 8080:80 --name web nginx');
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toContain("Unable to find image 'nginx:latest' locally");
    expect(r.stderr).toContain('Status: Downloaded newer image for nginx:latest');
    expect(r.stdout).toMatch(/^[a-f0-9]{64}\n$/);
    s.wait(3000);
    const ps = s.run('docker ps').stdout ?? '';
    const [header, row] = ps.split('\n');
    expect(header).toBe(
      'CONTAINER ID   IMAGE     COMMAND                  CREATED         STATUS         PORTS                                     NAMES',
    );
    expect(row).toContain('"/docker-entrypoint.…"');
    expect(row).toContain('Up 3 seconds');
    expect(row).toContain('0.0.0.0:8080->80/tcp, [::]:8080->80/tcp');
    expect(row?.endsWith('web')).toBe(true);
    expect(row?.slice(0, 12)).toBe(r.stdout?.slice(0, 12));
  });

  it('hello-world prints its greeting and exits 0; ps -a shows it Exited (0)', () => {
    const s = session();
    const r = s.run('docker run hello-world');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('Hello from Docker!');
    expect(s.run('docker ps').stdout?.trim().split('\n')).toHaveLength(1);
    s.wait(5000);
    expect(s.run('docker ps -a').stdout).toContain('Exited (0) 5 seconds ago');
  });

  it('refuses a second container on the same host port with the daemon wording and exit 125, leaving it Created', () => {
    const s = session();
    s.run('docker run -d -p 8080:80 nginx');
    const r = s.run('docker run -d -p 8080:80 --name second nginx');
    expect(r.exitCode).toBe(125);
    expect(r.stderr).toContain('Bind for 0.0.0.0:8080 failed: port is already allocated');
    expect(r.stderr).toContain("Run 'docker run --help' for more information");
    expect(s.run('docker ps -a').stdout).toMatch(/Created\s+second/);
  });

  it('refuses a name in use, rm of a running container, and answers a misspelt image as the registry does', () => {
    const s = session();
    s.run('docker run -d --name web nginx');
    expect(s.run('docker run -d --name web nginx').stderr).toContain(
      'Conflict. The container name "/web" is already in use by container',
    );
    const rm = s.run('docker rm web');
    expect(rm.exitCode).toBe(1);
    expect(rm.stderr).toBe(
      'Error response from daemon: cannot remove container "/web": container is running: stop the container before removing or force remove\n',
    );
    const typo = s.run('docker run ngnix');
    expect(typo.exitCode).toBe(125);
    expect(typo.stderr).toContain(
      "pull access denied for ngnix, repository does not exist or may require 'docker login'",
    );
    expect(s.run('docker pull nginx:9.9').stderr).toBe(
      'Error response from daemon: manifest for nginx:9.9 not found: manifest unknown: manifest unknown\n',
    );
    expect(s.run('docker rm -f web').stdout).toBe('web\n');
    expect(s.run('docker ps -a -q').stdout).toBe('');
  });

  it('stop then rm frees the name and the port; --rm containers disappear when they exit', () => {
    const s = session();
    s.run('docker run -d -p 8080:80 --name web nginx');
    expect(s.run('docker stop web').stdout).toBe('web\n');
    expect(s.run('docker rm web').exitCode).toBe(0);
    expect(s.run('docker run -d -p 8080:80 --name web nginx').exitCode).toBe(0);
    s.run('docker run --rm hello-world');
    expect(s.run('docker ps -a --format {{.Image}}').stdout).toBe('nginx\n');
  });

  it('postgres without a password exits 1 with its real message in the logs', () => {
    const s = session();
    s.run('docker run -d --name db postgres:17');
    expect(s.run('docker ps -a --format {{.Names}}:{{.Status}}').stdout).toMatch(/^db:Exited \(1\)/);
    expect(s.run('docker logs db').stdout).toContain('You must specify POSTGRES_PASSWORD');
    s.run('docker rm db');
    s.run('docker run -d --name db -e POSTGRES_PASSWORD=example postgres:17');
    expect(s.run('docker ps --format {{.Names}}').stdout).toBe('db\n');
  });

  it('flag and argument errors use cobra wording and docker exit codes', () => {
    const s = session();
    const bad = s.run('docker run -z nginx');
    expect(bad.exitCode).toBe(125);
    expect(bad.stderr).toBe(
      "unknown shorthand flag: 'z' in -z\n\nUsage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nRun 'docker run --help' for more information\n",
    );
    expect(s.run('docker run').stderr).toContain("docker: 'docker run' requires at least 1 argument");
    expect(s.run('docker frob').stderr).toBe(
      "docker: unknown command: docker frob\n\nRun 'docker --help' for more information\n",
    );
    expect(s.run('docker run -p abc nginx').stderr).toContain('invalid containerPort: abc');
    expect(s.run('docker run -p 70000:80 nginx').stderr).toContain('invalid hostPort: 70000');
    expect(s.argv(['docker', 'run', '--name', 'a b', 'nginx']).stderr).toContain('Invalid container name (a b)');
  });

  it('exec runs a few commands in a running container; an unknown one exits 127', () => {
    const s = session();
    s.run('docker run -d --name web nginx');
    expect(s.run('docker exec web ls /usr/share/nginx/html').stdout).toBe('50x.html\nindex.html\n');
    const r = s.run('docker exec web frobnicate');
    expect(r.exitCode).toBe(127);
    expect(r.stderr).toContain('executable file not found in $PATH');
    s.run('docker stop web');
    expect(s.run('docker exec web ls').stderr).toMatch(/is not running/);
  });

  it('inspect prints JSON and a --format template', () => {
    const s = session();
    s.run('docker run -d -p 8080:80 --name web nginx');
    const json = JSON.parse(s.run('docker inspect web').stdout ?? '') as { State: { Status: string }; Name: string }[];
    expect(json[0]?.State.Status).toBe('running');
    expect(json[0]?.Name).toBe('/web');
    expect(s.run('docker inspect -f {{.State.Status}} web').stdout).toBe('running\n');
    expect(s.run('docker port web').stdout).toBe('80/tcp -> 0.0.0.0:8080\n80/tcp -> [::]:8080\n');
    expect(s.run('docker inspect nope').stderr).toBe('Error: No such object: nope\n');
  });

  it('images lists with the tree view; rmi refuses an image in use', () => {
    const s = session();
    s.run('docker run -d --name web nginx');
    s.run('docker pull redis');
    const out = s.run('docker images').stdout ?? '';
    expect(out.split('\n')[0]).toBe('IMAGE          ID             DISK USAGE   CONTENT SIZE   EXTRA');
    expect(out).toMatch(/nginx:latest\s+[a-f0-9]{12}\s+192MB\s+59.8MB\s+U/);
    expect(s.run('docker rmi nginx').stderr).toMatch(
      /conflict: unable to remove repository reference "nginx" \(must force\) - container [a-f0-9]{12} is using/,
    );
    expect(s.run('docker rmi redis').stdout).toMatch(/^Untagged: redis:latest\n/);
  });
});

describe('docker build, tag, push, login', () => {
  it('builds the Flask image, then rebuilds only from COPY app.py after app.py changes', () => {
    const s = session(FLASK_FILES, '/home/learner/app');
    const first = s.run('docker build -t flask-app:1.0 .');
    expect(first.exitCode).toBe(0);
    expect(first.stderr).toMatch(/\[4\/5\] RUN pip install/);
    expect(first.stderr).not.toContain('CACHED');
    s.world = {
      ...s.world,
      fs: {
        ...s.world.fs,
        files: { ...s.world.fs.files, '/home/learner/app/app.py': 'from flask import Flask\napp = Flask(__name__)\n' },
      },
    };
    const second = s.run('docker build -t flask-app:1.0 .').stderr ?? '';
    expect(second).toContain('CACHED [2/5] WORKDIR /app');
    expect(second).toContain('CACHED [4/5] RUN pip install');
    expect(second).toMatch(/=> \[5\/5\] COPY app.py \./);
    expect(DOCKER_TOOL.check?.(s.world, { tool: 'docker', kind: 'image-built', tag: 'flask-app:1.0' })).toBe(true);
    s.run('docker run -d -p 5000:5000 --name api flask-app:1.0');
    expect(s.run('docker logs api').stdout).toContain('Listening at: http://0.0.0.0:5000');
  });

  it('names the Dockerfile line of an error, with the excerpt BuildKit prints', () => {
    const s = session(
      { 'app/Dockerfile': 'FROM python:3.12-slim\nWORKDIR /app\nRUNN pip install flask\n' },
      '/home/learner/app',
    );
    const r = s.run('docker build -t x .');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain('   3 | >>> RUNN pip install flask');
    expect(r.stderr).toContain(
      'ERROR: failed to build: failed to solve: dockerfile parse error on line 3: unknown instruction: RUNN',
    );
    const missing = session({ 'app/Dockerfile': 'FROM python:3.12-slim\nCOPY app.py .\n' }, '/home/learner/app').run(
      'docker build .',
    );
    expect(missing.stderr).toContain('"/app.py": not found');
    expect(session({}, '/home/learner').run('docker build .').stderr).toContain(
      'failed to read dockerfile: open Dockerfile: no such file or directory',
    );
  });

  it('push needs your namespace and a login; the pushed image can be pulled back', () => {
    const s = session(FLASK_FILES, '/home/learner/app');
    s.run('docker build -t flask-app:1.0 .');
    expect(s.run('docker push flask-app:1.0').stderr).toBe('denied: requested access to the resource is denied\n');
    expect(s.run('docker tag flask-app:1.0 learner/flask-app:1.0').exitCode).toBe(0);
    expect(s.run('docker push learner/flask-app:1.0').exitCode).toBe(1);
    expect(s.run('docker login -u learner --password-stdin', 'secret\n').stdout).toBe('Login Succeeded\n');
    const push = s.run('docker push learner/flask-app:1.0');
    expect(push.exitCode).toBe(0);
    expect(push.stdout).toMatch(/^The push refers to repository \[docker.io\/learner\/flask-app\]\n/);
    expect(push.stdout).toMatch(/1\.0: digest: sha256:[a-f0-9]{64} size: \d+\n$/);
    expect(DOCKER_TOOL.check?.(s.world, { tool: 'docker', kind: 'image-pushed', ref: 'learner/flask-app:1.0' })).toBe(
      true,
    );
    s.run('docker rmi learner/flask-app:1.0 flask-app:1.0');
    expect(s.run('docker pull learner/flask-app:1.0').exitCode).toBe(0);
  });
});

describe('docker compose', () => {
  const compose = [
    "version: '3'",
    'services:',
    '  web:',
    '    image: nginx',
    '    ports:',
    "      - '8080:80'",
    '    depends_on: [db]',
    '  db:',
    '    image: postgres:17',
    '    environment:',
    '      POSTGRES_PASSWORD: example',
    '    volumes:',
    '      - db-data:/var/lib/postgresql/data',
    'volumes:',
    '  db-data:',
    '',
  ].join('\n');

  it('up -d warns about version, starts db before web; ps lists them; down removes them but keeps the volume', () => {
    const s = session({ 'shop/compose.yaml': compose }, '/home/learner/shop');
    const up = s.run('docker compose up -d');
    expect(up.exitCode).toBe(0);
    expect(up.stderr).toContain(
      'WARN[0000] /home/learner/shop/compose.yaml: the attribute `version` is obsolete, it will be ignored, please remove it to avoid potential confusion',
    );
    const stderr = up.stderr ?? '';
    expect(stderr.indexOf('Container shop-db-1')).toBeLessThan(stderr.indexOf('Container shop-web-1'));
    expect(stderr).toContain('Network shop_default');
    expect(DOCKER_TOOL.check?.(s.world, { tool: 'docker', kind: 'compose-up', services: ['web', 'db'] })).toBe(true);
    const ps = s.run('docker compose ps').stdout ?? '';
    expect(ps.split('\n')[0]).toMatch(/^NAME\s+IMAGE\s+COMMAND\s+SERVICE\s+CREATED\s+STATUS\s+PORTS$/);
    expect(ps).toContain('shop-web-1');
    expect(s.run('docker compose down').exitCode).toBe(0);
    expect(s.run('docker ps -a -q').stdout).toBe('');
    expect(s.run('docker volume ls').stdout).toContain('shop_db-data');
    expect(DOCKER_TOOL.check?.(s.world, { tool: 'docker', kind: 'compose-down' })).toBe(true);
  });

  it('answers a missing file and a bad file with the line', () => {
    expect(session().run('docker compose up -d').stderr).toBe('no configuration file provided: not found\n');
    const s = session({ 'compose.yaml': 'services:\n  web:\n    ports: ["80"]\n' });
    expect(s.run('docker compose up -d').stderr).toContain(
      'line 2: service "web" has neither an image nor a build context specified',
    );
  });
});

describe('task checks', () => {
  it('container-running looks at the engine (image and published port), not at what was typed', () => {
    const s = session();
    const check = { tool: 'docker', kind: 'container-running', image: 'nginx', publish: '8080:80' };
    expect(DOCKER_TOOL.check?.(s.world, check)).toBe(false);
    s.run('docker run -d -p 8081:80 nginx');
    expect(DOCKER_TOOL.check?.(s.world, check)).toBe(false);
    s.run('docker container run --detach --publish=8080:80 nginx:latest');
    expect(DOCKER_TOOL.check?.(s.world, check)).toBe(true);
    s.run('docker stop ' + (s.run('docker ps -q').stdout ?? '').split('\n').filter(Boolean).join(' '));
    expect(DOCKER_TOOL.check?.(s.world, check)).toBe(false);
    expect(DOCKER_TOOL.check?.(s.world, { tool: 'docker', kind: 'container-removed', image: 'nginx' })).toBe(false);
  });

  it('validateCheck explains malformed checks', () => {
    const v = DOCKER_TOOL.validateCheck;
    expect(v?.({ tool: 'docker', kind: 'container-running', image: 'nginx' })).toBeNull();
    expect(v?.({ tool: 'docker', kind: 'teleport' })).toMatch(
      /^docker check kind 'teleport' is unknown; expected one of container-running/,
    );
    expect(v?.({ tool: 'docker', kind: 'container-running' })).toBe("docker check 'container-running' needs 'image'");
    expect(v?.({ tool: 'docker', kind: 'container-running', image: 'nginx', publish: '8080' })).toContain(
      "'publish' must look like '8080:80'",
    );
    expect(v?.({ tool: 'docker', kind: 'compose-up', services: [] })).toContain("'services' must be a non-empty list");
    expect(v?.({ tool: 'docker', kind: 'image-built', tag: 'Bad Tag' })).toContain('not a valid image reference');
  });
});

describe('bad input', () => {
  it('every shell bad input, given to docker as words, gets an answer and never throws', () => {
    for (const line of badInputs('shell')) {
      const s = session();
      const words = line.split(/\s+/).filter((w) => w !== '');
      const argv = words[0] === 'docker' ? words : ['docker', ...words];
      const r = s.argv(argv);
      expect(typeof r.exitCode).toBe('number');
      if (r.exitCode !== 0) expect(r.stderr ?? '').not.toBe('');
    }
  });

  it('text bad inputs as names, images, tags and formats are refused with a message', () => {
    for (const text of badInputs('text')) {
      const s = session();
      for (const argv of [
        ['docker', 'run', '-d', '--name', text, 'nginx'],
        ['docker', 'run', text],
        ['docker', 'ps', '--format', text],
        ['docker', 'tag', 'nginx', text],
        ['docker', 'logs', text],
        ['docker', 'network', 'create', text],
      ]) {
        const r = s.argv(argv);
        expect(typeof r.exitCode).toBe('number');
        expect(`${r.stdout ?? ''}${r.stderr ?? ''}`).not.toContain('undefined');
      }
    }
  });
});

describe('docker compose up SERVICE', () => {
  it('starts the service and everything it depends on, directly or not', () => {
    const file =
      'services:\n  web:\n    image: nginx\n    depends_on: [api]\n  api:\n    image: redis\n    depends_on: [db]\n  db:\n    image: redis\n  other:\n    image: redis\n';
    const s = session({ 'p/compose.yaml': file }, '/home/learner/p');
    expect(s.run('docker compose up -d web').exitCode).toBe(0);
    expect(s.run('docker ps --format {{.Names}}').stdout?.split('\n').filter(Boolean).sort()).toEqual([
      'p-api-1',
      'p-db-1',
      'p-web-1',
    ]);
  });
});

describe('docker run IMAGE COMMAND', () => {
  it('runs the command in the image: Alpine files, the host kernel', () => {
    const s = session();
    expect(s.run('docker run --rm alpine cat /etc/os-release').stdout).toContain('NAME="Alpine Linux"');
    expect(s.run('docker run --rm alpine uname -r').stdout).toBe('6.8.0-87-generic\n');
    const missing = s.run('docker run --rm alpine frob');
    expect(missing.exitCode).toBe(127);
  });
});

describe('any command line', () => {
  it('gets an answer, never an exception: random words, flags and names in any order', async () => {
    const fc = (await import('fast-check')).default;
    const word = fc.constantFrom(
      'run',
      'ps',
      'rm',
      'rmi',
      'stop',
      'start',
      'logs',
      'exec',
      'inspect',
      'port',
      'images',
      'pull',
      'push',
      'tag',
      'build',
      'network',
      'volume',
      'compose',
      'up',
      'down',
      'ls',
      'create',
      '-d',
      '-p',
      '8080:80',
      '-a',
      '-f',
      '--name',
      'web',
      'nginx',
      'hello-world',
      'alpine',
      '-e',
      'A=1',
      '-v',
      'data:/data',
      '--rm',
      '.',
      '-t',
      'x:1',
      '--format',
      '{{.Names}}',
      '',
      '-',
      '--',
      '-it',
      'sh',
      '--network',
      'net',
    );
    fc.assert(
      fc.property(fc.array(fc.array(word, { maxLength: 7 }), { maxLength: 6 }), (lines) => {
        const s = session({ 'compose.yaml': 'services:\n  web:\n    image: nginx\n', Dockerfile: 'FROM alpine\n' });
        for (const line of lines) {
          const r = s.argv(['docker', ...line]);
          expect(Number.isInteger(r.exitCode)).toBe(true);
          if (r.exitCode !== 0) expect((r.stderr ?? '').length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('completion', () => {
  it('offers subcommands, flags, container names and image tags from the engine', () => {
    const s = session();
    s.run('docker run -d --name web nginx');
    const complete = DOCKER_TOOL.commands[0]?.complete;
    expect(complete?.({ argv: ['docker'], partial: 'co', world: s.world })).toContain('compose');
    expect(complete?.({ argv: ['docker', 'stop'], partial: '', world: s.world })).toEqual(['web']);
    expect(complete?.({ argv: ['docker', 'rmi'], partial: '', world: s.world })).toEqual(['nginx:latest']);
    expect(complete?.({ argv: ['docker', 'ps'], partial: '-', world: s.world })).toContain('--all');
  });
});

describe('networks and volumes', () => {
  it('creates, lists, uses and removes them, with the daemon refusals', () => {
    const s = session();
    expect(s.run('docker network create app-net').stdout).toMatch(/^[a-f0-9]{64}\n$/);
    expect(s.run('docker network create app-net').stderr).toBe(
      'Error response from daemon: network with name app-net already exists\n',
    );
    expect(s.run('docker network ls').stdout).toMatch(
      /^NETWORK ID\s+NAME\s+DRIVER\s+SCOPE\n(.*\n){3}[a-f0-9]{12}\s+app-net\s+bridge\s+local\n$/,
    );
    expect(s.run('docker volume create db-data').stdout).toBe('db-data\n');
    s.run(
      'docker run -d --name db --network app-net -v db-data:/var/lib/postgresql/data -e POSTGRES_PASSWORD=x postgres:17',
    );
    expect(s.run('docker run -d --network nope nginx').stderr).toContain('network nope not found');
    expect(s.run('docker network rm app-net').stderr).toContain('has active endpoints');
    expect(s.run('docker volume rm db-data').stderr).toMatch(/remove db-data: volume is in use - \[[a-f0-9]{64}\]/);
    s.run('docker rm -f db');
    expect(s.run('docker volume rm db-data').stdout).toBe('db-data\n');
    expect(s.run('docker network rm app-net').stdout).toBe('app-net\n');
    expect(s.run('docker volume ls').stdout).toBe('DRIVER    VOLUME NAME\n');
  });
});
