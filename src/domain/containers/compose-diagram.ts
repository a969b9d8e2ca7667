/**
 * A compose file as a Mermaid flowchart (services, published ports, dependencies, networks,
 * volumes) and as a text alternative. The domain returns diagram text; one component renders it.
 */
import { ComposeError, parseCompose, type ComposeFile } from './compose';

const id = (prefix: string, name: string) => `${prefix}_${name.replace(/[^A-Za-z0-9_]/g, '_')}`;
/** A label safe inside Mermaid quotes (quotes and angle brackets as entities). */
const label = (text: string) => text.replace(/"/g, '#quot;').replace(/</g, '#lt;').replace(/>/g, '#gt;');

/** The Mermaid flowchart of a parsed compose file. */
export function composeFileToMermaid(file: ComposeFile): string {
  const lines = ['flowchart LR'];
  const published = file.services.some((s) => s.ports.length > 0);
  if (published) lines.push('  host(["Host (your machine)"])');
  for (const s of file.services) {
    const what = s.image ?? `build: ${s.build?.context ?? '.'}`;
    lines.push(`  ${id('svc', s.name)}["${label(`${s.name}: ${what}`)}"]`);
  }
  for (const n of new Set(file.services.flatMap((s) => s.networks)))
    lines.push(`  ${id('net', n)}{{"${label(`network: ${n}`)}"}}`);
  for (const v of file.volumes) lines.push(`  ${id('vol', v)}[("${label(`volume: ${v}`)}")]`);
  for (const s of file.services) {
    for (const p of s.ports)
      lines.push(
        `  host -- "${label(`${p.host === 0 ? 'random' : p.host} → ${p.container}/${p.proto}`)}" --> ${id('svc', s.name)}`,
      );
    for (const d of s.dependsOn) lines.push(`  ${id('svc', s.name)} -. "depends on" .-> ${id('svc', d)}`);
    for (const n of s.networks) lines.push(`  ${id('svc', s.name)} --- ${id('net', n)}`);
    for (const v of s.volumes)
      if (v.type === 'volume') lines.push(`  ${id('svc', s.name)} -- "${label(v.target)}" --- ${id('vol', v.source)}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The diagram of a compose file (a Mermaid flowchart). Throws ComposeError (with a line) on bad
 * YAML or an invalid file.
 */
export function composeToMermaid(composeYaml: string): string {
  return composeFileToMermaid(parseCompose(composeYaml));
}

/** One sentence per service: the text alternative of the diagram. */
export function describeCompose(file: ComposeFile): string[] {
  return file.services.map((s) => {
    const parts = [`${s.name} runs ${s.image ?? `an image built from ${s.build?.context ?? '.'}`}`];
    parts.push(
      s.ports.length > 0
        ? `publishes ${s.ports.map((p) => `host port ${p.host === 0 ? '(random)' : p.host} to container port ${p.container}/${p.proto}`).join(', ')}`
        : 'publishes no port',
    );
    if (s.dependsOn.length > 0) parts.push(`starts after ${s.dependsOn.join(', ')}`);
    parts.push(`joins network ${s.networks.join(', ')}`);
    const vols = s.volumes.filter((v) => v.type !== 'anonymous');
    if (vols.length > 0) parts.push(`mounts ${vols.map((v) => `${v.source} at ${v.target}`).join(', ')}`);
    return `${parts.join('; ')}.`;
  });
}

/** What the compose visualiser shows for a text: the diagram and its text alternative, or the error. */
export type ComposeView =
  | {
      readonly ok: true;
      readonly mermaid: string;
      readonly sentences: readonly string[];
      readonly warnings: readonly string[];
      readonly services: number;
    }
  | { readonly ok: false; readonly line: number | null; readonly message: string };

/** The visualiser's view of `composeYaml`; never throws for bad input. */
export function composeView(composeYaml: string): ComposeView {
  try {
    const file = parseCompose(composeYaml);
    return {
      ok: true,
      mermaid: composeFileToMermaid(file),
      sentences: describeCompose(file),
      warnings: file.warnings,
      services: file.services.length,
    };
  } catch (e) {
    if (e instanceof ComposeError) return { ok: false, line: e.line, message: e.detail };
    throw e;
  }
}
