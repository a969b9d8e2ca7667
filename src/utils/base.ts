/**
 * The site's base path, always ending with `/` (e.g. `/` or `/course/`).
 * `import.meta.env.BASE_URL` follows `base` in astro.config.mjs, which is normalised there.
 */
export const BASE: string = import.meta.env.BASE_URL.endsWith('/')
  ? import.meta.env.BASE_URL
  : `${import.meta.env.BASE_URL}/`;

/**
 * The only way to build an internal URL: `withBase('learn/x/')` gives `/course/learn/x/`
 * under the base `/course/`. Leading slashes on `path` are ignored so no call can drop the base.
 */
export function withBase(path = ''): string {
  return BASE + path.replace(/^\/+/, '');
}
