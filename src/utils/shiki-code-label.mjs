// @ts-check
/**
 * A Shiki transformer that gives every highlighted block a visible label: the file name from
 * the fence's meta (```python title="app.py") or else the language. The label is a data
 * attribute so the page stays readable without JavaScript; CSS shows it above the code.
 * @returns {import('shiki').ShikiTransformer}
 */
export function codeLabel() {
  return {
    name: 'course:code-label',
    pre(node) {
      const meta = this.options.meta?.__raw ?? '';
      const title = /title=(?:"([^"]+)"|'([^']+)')/.exec(meta);
      const lang = this.options.lang === 'plaintext' || this.options.lang === 'text' ? 'text' : this.options.lang;
      node.properties['data-label'] = title ? (title[1] ?? title[2]) : lang;
    },
  };
}
