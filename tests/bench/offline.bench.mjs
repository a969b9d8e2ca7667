// Offline course (issue 13): what the service worker precaches on a first visit, raw and gzip
// (what the browser stores, and about what it downloads from a server that compresses). Target:
// under 5 MB. Read from the Workbox manifest in dist/sw.js.
import { readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const TARGET = 5 * 1024 * 1024;

export async function run() {
  const sw = readFileSync('dist/sw.js', 'utf8');
  const urls = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]);
  let raw = 0;
  let gzip = 0;
  let html = 0;
  for (const url of urls) {
    const file = `dist/${url.replace(/^\/[^/]+\//, '')}`;
    try {
      const body = readFileSync(file);
      raw += statSync(file).size;
      gzip += gzipSync(body).length;
      if (file.endsWith('.html')) html += body.length;
    } catch {
      /* a URL without a file (none expected) */
    }
  }
  const mb = (n) => `${(n / 1024 / 1024).toFixed(2)} MB`;
  return [
    '## Offline: the service worker precache',
    '',
    '| files | raw (stored) | gzip (downloaded) | of which pages (raw) |',
    '| ---: | ---: | ---: | ---: |',
    `| ${urls.length} | ${mb(raw)} | ${mb(gzip)} | ${mb(html)} |`,
    '',
    `Target: precache under ${mb(TARGET)}: raw ${raw <= TARGET ? 'met' : 'NOT met'}, gzip ${gzip <= TARGET ? 'met' : 'NOT met'}.`,
  ];
}
