/**
 * Docker-style flags (spf13/pflag as docker/cli uses it): `-d`, `-dp 8080:80`, `-p=8080:80`,
 * `--name web`, `--name=web`, repeated flags collect, and for `run`/`exec` parsing stops at the
 * first positional argument (the image), so `docker run alpine ls -l` passes `-l` to the container.
 */

/** What one command accepts: flags that take a value, and switches. Short and long names both listed. */
export interface FlagSpec {
  readonly values?: readonly string[];
  readonly bools?: readonly string[];
  /** Aliases: 'd' -> 'detach'. Results are keyed by the long name. */
  readonly aliases?: Readonly<Record<string, string>>;
  /** Stop at the first positional argument (run, exec). */
  readonly stopAtPositional?: boolean;
}

export interface ParsedArgs {
  readonly flags: Readonly<Record<string, readonly string[]>>;
  readonly positional: readonly string[];
}

/** Parses `words` (after the subcommand); a string is pflag's error ("unknown flag: --x"). */
export function parseArgs(words: readonly string[], spec: FlagSpec): ParsedArgs | string {
  const flags: Record<string, string[]> = {};
  const positional: string[] = [];
  const long = (n: string) => spec.aliases?.[n] ?? n;
  const isValue = (n: string) => spec.values?.includes(n) ?? false;
  const isBool = (n: string) => spec.bools?.includes(n) ?? false;
  const add = (n: string, v: string) => (flags[long(n)] ??= []).push(v);
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? '';
    if (w === '--') {
      positional.push(...words.slice(i + 1));
      break;
    }
    if (w.startsWith('--') && w.length > 2) {
      const eq = w.indexOf('=');
      const name = eq >= 0 ? w.slice(2, eq) : w.slice(2);
      if (isBool(name)) {
        if (eq >= 0 && !['true', 'false'].includes(w.slice(eq + 1)))
          return `invalid argument "${w.slice(eq + 1)}" for "--${name}" flag: strconv.ParseBool: parsing "${w.slice(eq + 1)}": invalid syntax`;
        if (eq < 0 || w.slice(eq + 1) === 'true') add(name, 'true');
        continue;
      }
      if (!isValue(name)) return `unknown flag: --${name}`;
      if (eq >= 0) add(name, w.slice(eq + 1));
      else {
        if (i + 1 >= words.length) return `flag needs an argument: --${name}`;
        add(name, words[++i] ?? '');
      }
      continue;
    }
    if (w.startsWith('-') && w.length > 1) {
      for (let j = 1; j < w.length; j++) {
        const c = w[j] ?? '';
        if (isBool(c)) {
          add(c, 'true');
          continue;
        }
        if (isValue(c)) {
          const rest = w.slice(j + 1).replace(/^=/, '');
          if (rest !== '') add(c, rest);
          else {
            if (i + 1 >= words.length) return `flag needs an argument: '${c}' in -${c}`;
            add(c, words[++i] ?? '');
          }
          break;
        }
        return `unknown shorthand flag: '${c}' in ${w.slice(0, 40)}`;
      }
      continue;
    }
    positional.push(w);
    if (spec.stopAtPositional) {
      positional.push(...words.slice(i + 1));
      break;
    }
  }
  return { flags, positional };
}

/** True when switch `name` (long name) was given. */
export function has(args: ParsedArgs, name: string): boolean {
  return (args.flags[name]?.length ?? 0) > 0;
}

/** The last value of flag `name`, or undefined. */
export function last(args: ParsedArgs, name: string): string | undefined {
  const v = args.flags[name];
  return v?.[v.length - 1];
}

/** Every value of flag `name`. */
export function all(args: ParsedArgs, name: string): readonly string[] {
  return args.flags[name] ?? [];
}
