import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { tableRowHeaders } from './table-headers';

const html = (md: string) => markdownToHtml(md, { hastPlugins: [tableRowHeaders] }).html.replace(/\n/g, '');

describe('comparison tables get row headers', () => {
  it('an empty corner makes each row’s first cell its header (formatting kept)', () => {
    const out = html(
      '| | Docker | Kubernetes |\n| --- | --- | --- |\n| **Scale** | one host | a cluster |\n| Heals | no | yes |\n',
    );
    expect(out).toContain('<thead><tr><td></td><th>Docker</th><th>Kubernetes</th></tr></thead>');
    expect(out).toContain('<tr><th scope="row"><strong>Scale</strong></th><td>one host</td><td>a cluster</td></tr>');
    expect(out).toContain('<tr><th scope="row">Heals</th><td>no</td><td>yes</td></tr>');
  });

  it('a table with a filled corner is left alone', () => {
    const out = html('| Term | Meaning |\n| --- | --- |\n| Pod | one or more containers |\n');
    expect(out).toContain('<th>Term</th>');
    expect(out).toContain('<td>Pod</td>');
    expect(out).not.toContain('scope="row"');
  });
});
