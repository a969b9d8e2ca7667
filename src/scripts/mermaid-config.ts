/**
 * The one Mermaid configuration: used by the build-time renderer (src/build/diagrams.ts) and by
 * the live renderer that the compose visualiser uses (mermaid-render.ts), so a diagram looks the
 * same whichever drew it.
 */
export function mermaidConfig(dark: boolean) {
  return {
    startOnLoad: false,
    securityLevel: 'strict' as const,
    theme: dark ? ('dark' as const) : ('default' as const),
    // Edge labels sit on their own background: pin it to the page colours so text keeps a
    // contrast ratio above 4.5:1 in both themes (axe checks this).
    themeVariables: dark
      ? { edgeLabelBackground: '#12161c', textColor: '#e6e9ee', lineColor: '#b3bcc8' }
      : { edgeLabelBackground: '#ffffff', textColor: '#1b1f24' },
    // ELK (Mermaid 12's default) would pull ~660 KB gzip; dagre is enough for course diagrams.
    layout: 'dagre',
    fontFamily: 'system-ui, sans-serif',
  };
}
