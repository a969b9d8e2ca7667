import { Component, type ComponentChildren } from 'preact';

interface Props {
  /** The values the children are drawn from: they are re-rendered only when one of these changes. */
  deps: readonly unknown[];
  children: ComponentChildren;
}

/**
 * A memo for part of an island without pulling in preact/compat: its children are diffed again
 * only when one of `deps` changes (compared with Object.is). For parts that only show data, such
 * as a chart's axes or a table, so a slider step spends its frame on what actually moved.
 */
export class Frozen extends Component<Props> {
  override shouldComponentUpdate(next: Props): boolean {
    const before = this.props.deps;
    const after = next.deps;
    return before.length !== after.length || after.some((value, i) => !Object.is(value, before[i]));
  }

  override render() {
    return this.props.children;
  }
}
