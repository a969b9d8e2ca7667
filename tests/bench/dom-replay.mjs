// The "floor" of a browser benchmark, shared by the benches that time a widget's update: the same
// DOM changes the widget made, written again directly with no framework, timed the same way.
// `installDomReplay` is passed to `page.evaluate` once per page; it defines `window.__domReplay`:
// - `timed(root, act)`: dispatches `act` at the start of a frame and times it until a task queued
//   from that frame runs (after its style, layout and paint). Records every DOM change under
//   `root` (MutationObserver) and the form controls whose `value` property changed (properties
//   are not seen by a MutationObserver: a slider's or a text box's value). Returns
//   `{ step, script, records, values }`; `script` ends at the last DOM change observed.
// - `floorOf(records, values)`: undoes the changes (not timed), lets two frames paint the old
//   state, then writes them again directly at the start of a frame, timed the same way.

/** Runs in the page. */
export function installDomReplay() {
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const controls = (root) => [...root.querySelectorAll('input, textarea, select')];

  async function timed(root, act) {
    await frame();
    const records = [];
    let last = 0;
    const observer = new MutationObserver((list) => {
      records.push(...list);
      last = performance.now();
    });
    observer.observe(root, {
      subtree: true,
      childList: true,
      characterData: true,
      characterDataOldValue: true,
      attributes: true,
      attributeOldValue: true,
    });
    const before = new Map(controls(root).map((c) => [c, c.value]));
    const { t0, painted } = await new Promise((resolve) => {
      requestAnimationFrame(() => {
        const t0 = performance.now();
        act();
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve({ t0, painted: performance.now() });
        channel.port2.postMessage(0);
      });
    });
    await frame();
    records.push(...observer.takeRecords());
    observer.disconnect();
    const values = [...before]
      .filter(([c, v]) => c.isConnected && c.value !== v)
      .map(([control, from]) => ({ control, from, to: control.value }));
    return { step: painted - t0, script: last > t0 ? last - t0 : 0, records, values };
  }

  async function floorOf(records, values = []) {
    // The new value of each text or attribute change: the next change's old value, or the value now.
    const after = records.map((r, k) => {
      const later = records
        .slice(k + 1)
        .find((n) => n.target === r.target && n.type === r.type && n.attributeName === r.attributeName);
      if (r.type === 'characterData') return later ? later.oldValue : r.target.data;
      if (r.type === 'attributes') return later ? later.oldValue : r.target.getAttribute(r.attributeName);
      return null;
    });
    const apply = (r, k, forward) => {
      if (r.type === 'characterData') r.target.data = forward ? after[k] : r.oldValue;
      else if (r.type === 'attributes') {
        const v = forward ? after[k] : r.oldValue;
        if (v === null) r.target.removeAttribute(r.attributeName);
        else r.target.setAttribute(r.attributeName, v);
      } else {
        const [gone, come] = forward ? [r.removedNodes, r.addedNodes] : [r.addedNodes, r.removedNodes];
        for (const n of gone) n.parentNode?.removeChild(n);
        for (const n of come)
          r.target.insertBefore(n, r.nextSibling && r.nextSibling.parentNode === r.target ? r.nextSibling : null);
      }
    };
    for (let k = records.length - 1; k >= 0; k -= 1) apply(records[k], k, false);
    for (const v of values) v.control.value = v.from;
    await frame();
    await frame();
    const direct = await new Promise((resolve) => {
      requestAnimationFrame(() => {
        const t0 = performance.now();
        for (const v of values) v.control.value = v.to;
        for (const [k, r] of records.entries()) apply(r, k, true);
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now() - t0);
        channel.port2.postMessage(0);
      });
    });
    await frame();
    return direct;
  }

  window.__domReplay = { timed, floorOf };
}
