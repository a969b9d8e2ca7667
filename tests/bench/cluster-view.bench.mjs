// Cluster view (issue 11): one update of the picture of a simulated cluster with 1,000 pods on
// 101 nodes, with the CPU slowed down 4x. The update is a drill ("Delete a pod": the terminal runs
// `kubectl delete pod ...`, the ReplicaSet replaces the pod, the view redraws), dispatched at the
// start of a frame and timed until a task queued from that frame runs, i.e. after its style,
// layout and paint. "Script" ends when the view's last DOM change of the step is observed.
// The floor row: the same DOM changes to the view (recorded by a MutationObserver during each
// step, undone, then written again directly, no framework), timed the same way in the same run.
// The terminal's own screen redraws in a later frame (xterm renders on its own animation frame)
// and is in neither row.

const RUNS = 30;
const TARGET_RATIO = 1.25;
const LESSON = 'learn/deploying/kubernetes-deployment-and-service/';
const TERMINAL = 'k8s-deploy';

/** Runs in the page: RUNS drill steps, each measured, then its DOM changes replayed as the floor. */
async function measure({ runs }) {
  const view = document.querySelector('[data-cluster-of="k8s-deploy"]');
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const button = () => [...view.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Delete a pod');
  const step = [];
  const script = [];
  const floor = [];
  let unchanged = 0;
  for (let i = 0; i < runs + 3; i += 1) {
    await frame();
    const records = [];
    let last = 0;
    const observer = new MutationObserver((list) => {
      records.push(...list);
      last = performance.now();
    });
    observer.observe(view, {
      subtree: true,
      childList: true,
      characterData: true,
      characterDataOldValue: true,
      attributes: true,
      attributeOldValue: true,
    });
    const { t0, painted } = await new Promise((resolve) => {
      requestAnimationFrame(() => {
        const t0 = performance.now();
        button()?.click();
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve({ t0, painted: performance.now() });
        channel.port2.postMessage(0);
      });
    });
    await frame();
    records.push(...observer.takeRecords());
    observer.disconnect();
    if (records.length === 0) unchanged += 1;
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
    // Undo the step (not timed), let a frame paint the old state, then write the step again directly.
    for (let k = records.length - 1; k >= 0; k -= 1) apply(records[k], k, false);
    await frame();
    await frame();
    const direct = await new Promise((resolve) => {
      requestAnimationFrame(() => {
        const t0 = performance.now();
        for (const [k, r] of records.entries()) apply(r, k, true);
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now() - t0);
        channel.port2.postMessage(0);
      });
    });
    await frame();
    if (i >= 3) {
      step.push(painted - t0);
      script.push(last > t0 ? last - t0 : 0);
      floor.push(direct);
    }
  }
  const pods = view.querySelectorAll('.cv2-pod').length;
  return { step, script, floor, unchanged, pods, text: view.textContent ?? '' };
}

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};
const ms = (n) => `${n.toFixed(1)} ms`;

/** The benchmark plugin: returns Markdown lines for bench-results/bench.md. */
export async function run({ browser, baseUrl }) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${baseUrl}${LESSON}`);
  const term = page.locator(`[data-terminal="${TERMINAL}"]`);
  await term.scrollIntoViewIfNeeded();
  await page.locator(`[data-terminal="${TERMINAL}"] .term-screen[data-state="ready"]`).waitFor({ timeout: 30_000 });
  await term.locator('.xterm').click();
  const type = async (line) => {
    await page.keyboard.type(line);
    await page.keyboard.press('Enter');
  };
  // 101 nodes (minikube start --nodes on a fresh cluster), 20 Deployments of 50 replicas, a minute
  // of cluster time so every pod runs.
  await type('minikube start --nodes=101');
  for (let i = 0; i < 20; i += 1)
    await type(`kubectl create deployment web${String(i).padStart(2, '0')} --image=nginx --replicas=50`);
  await type('sleep 60');
  const view = page.locator(`[data-cluster-of="${TERMINAL}"]`);
  await view.scrollIntoViewIfNeeded();
  await view.getByText('The cluster now (101 nodes, 1000 pods)').waitFor({ timeout: 60_000 });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const r = await page.evaluate(measure, { runs: RUNS });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await page.close();
  const step = percentile(r.step, 50);
  const floor = percentile(r.floor, 50);
  const ratio = step / floor;
  return [
    '## Cluster view: one update with 1,000 pods (CPU throttled 4x)',
    '',
    `Median over ${RUNS} "Delete a pod" drills on 101 nodes and 1,000 pods (${r.pods} pods drawn after the last step; ${r.unchanged} steps changed nothing${/NaN|undefined/.test(r.text) ? '; NaN or undefined shown!' : ''}).`,
    '',
    '| measure | median | p95 |',
    '| --- | ---: | ---: |',
    `| drill to painted view (terminal command, controllers, Preact) | ${ms(step)} | ${ms(percentile(r.step, 95))} |`,
    `| of which script until the view's last DOM change | ${ms(percentile(r.script, 50))} | ${ms(percentile(r.script, 95))} |`,
    `| floor: the same DOM changes written directly | ${ms(floor)} | ${ms(percentile(r.floor, 95))} |`,
    '',
    `Ratio to the floor: ${ratio.toFixed(2)}x. Target at most ${TARGET_RATIO}x: ${ratio <= TARGET_RATIO ? 'met' : 'NOT met'}.`,
  ];
}
