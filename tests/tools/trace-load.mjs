// Diagnostic: one cold load of a route; prints the resource waterfall, long tasks and a CPU profile summary up to
// the first chart drawn. Usage: node tests/tools/trace-load.mjs http://localhost:4185/trends [cpuThrottle]
// (PROFILE_OUT=file keeps the CPU profile; INTERVAL=µs sets its sampling interval, 200 by default)
import { chromium } from '@playwright/test';
import { CHROME, CHROME_ARGS } from './chromium.mjs';

const url = process.argv[2];
const rate = Number(process.argv[3] ?? 1);
const browser = await chromium.launch({ executablePath: CHROME, args: CHROME_ARGS });
const context = await browser.newContext({
  viewport: { width: 1366, height: 900 },
  reducedMotion: process.env.RM ? 'reduce' : 'no-preference',
});
await context.addInitScript(() => {
  const probe = { chartAt: null, long: [], marks: [] };
  window.__t = probe;
  const mark = (name) => probe.marks.push([name, Math.round(performance.now())]);
  const SERIES =
    '.recharts-wrapper > svg.recharts-surface :is(.recharts-line-curve, .recharts-rectangle, .recharts-symbols)';
  const seen = new Set();
  const observer = new MutationObserver(() => {
    for (const [name, selector] of [
      ['dom: shell', 'header a, nav a'],
      ['dom: fallback', '[role=status]'],
      ['dom: lede', '.lede'],
      ['dom: chart frame', '.recharts-wrapper'],
    ])
      if (!seen.has(name) && document.querySelector(selector)) {
        seen.add(name);
        mark(name);
      }
    if (probe.chartAt !== null || !document.querySelector(SERIES)) return;
    observer.disconnect();
    probe.domAt = performance.now();
    requestAnimationFrame(() => (probe.chartAt = performance.now()));
  });
  observer.observe(document, { childList: true, subtree: true });
  if (navigator.serviceWorker) {
    const register = navigator.serviceWorker.register.bind(navigator.serviceWorker);
    navigator.serviceWorker.register = (...a) => {
      mark('sw.register');
      return register(...a).then((r) => {
        mark('sw.registered');
        const w = r.installing || r.waiting || r.active;
        w?.addEventListener('statechange', () => mark('sw.' + w.state));
        return r;
      });
    };
    const gr = navigator.serviceWorker.getRegistrations.bind(navigator.serviceWorker);
    navigator.serviceWorker.getRegistrations = () => {
      mark('sw.getRegistrations');
      return gr().then((r) => {
        mark('sw.gotRegistrations');
        return r;
      });
    };
    const pm = ServiceWorker.prototype.postMessage;
    ServiceWorker.prototype.postMessage = function (...a) {
      mark('sw.post ' + (typeof a[0] === 'string' ? a[0] : (a[0]?.type ?? '')));
      return pm.apply(this, a);
    };
    navigator.serviceWorker.addEventListener('controllerchange', () => mark('sw.controllerchange'));
    navigator.serviceWorker.addEventListener('message', (e) => mark('sw.msg ' + (e.data?.type ?? '')));
  }
  const origFetch = window.fetch;
  window.fetch = (...a) => {
    mark(
      'fetch ' +
        String(a[0]?.url ?? a[0])
          .replace(location.origin, '')
          .slice(0, 40),
    );
    return origFetch(...a);
  };
  new PerformanceObserver((l) =>
    l.getEntries().forEach((e) => probe.long.push([Math.round(e.startTime), Math.round(e.duration)])),
  ).observe({ type: 'longtask', buffered: true });
});
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
if (rate > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate });
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: Number(process.env.INTERVAL ?? 200) });
await cdp.send('Profiler.start');
await page.goto(url, { waitUntil: 'commit' });
await page.waitForFunction(() => window.__t?.chartAt != null, null, { polling: 50, timeout: 30000 });
const { profile } = await cdp.send('Profiler.stop');
if (process.env.PROFILE_OUT) (await import('node:fs')).writeFileSync(process.env.PROFILE_OUT, JSON.stringify(profile));
const t = await page.evaluate(() => ({
  chartAt: window.__t.chartAt,
  domAt: window.__t.domAt,
  long: window.__t.long,
  marks: [
    ...window.__t.marks,
    ...performance.getEntriesByType('mark').map((m) => [m.name, Math.round(m.startTime)]),
  ].sort((a, b) => a[1] - b[1]),
  nav: (() => {
    const n = performance.getEntriesByType('navigation')[0];
    return { resp: n.responseEnd, dcl: n.domContentLoadedEventEnd };
  })(),
  paint: performance.getEntriesByType('paint').map((p) => [p.name, Math.round(p.startTime)]),
  res: performance
    .getEntriesByType('resource')
    .map((r) => [
      r.name.replace(location.origin, ''),
      Math.round(r.startTime),
      Math.round(r.responseEnd),
      r.initiatorType,
    ]),
}));
console.log('chart drawn', Math.round(t.chartAt), 'dom', Math.round(t.domAt), 'nav', t.nav, 'paint', t.paint);
console.log('resources (start → end):');
for (const r of t.res.sort((a, b) => a[1] - b[1]))
  console.log('  ', String(r[1]).padStart(5), String(r[2]).padStart(5), r[3].padEnd(6), r[0]);
console.log('long tasks [start, dur]:', JSON.stringify(t.long));
console.log('marks:', JSON.stringify(t.marks));
// CPU profile: self time by function (url:line) and by script, from navigation to the first chart drawn.
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
const byUrl = new Map();
for (let i = 0; i < profile.samples.length; i++) {
  const n = byId.get(profile.samples[i]);
  const f = n.callFrame;
  const key = `${f.functionName || '(anon)'} ${f.url.replace(/.*\//, '')}:${f.lineNumber}`;
  const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
  self.set(key, (self.get(key) ?? 0) + dt);
  const u = f.url.replace(/.*\//, '') || f.functionName;
  byUrl.set(u, (byUrl.get(u) ?? 0) + dt);
}
const top = (m, k) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, k)
    .map(([a, b]) => `${b.toFixed(1).padStart(7)} ms  ${a}`)
    .join('\n');
console.log('self time by script:\n' + top(byUrl, 20));
console.log('self time by function:\n' + top(self, 30));
await browser.close();
// The longest run of samples without (idle): what the longest task spends its time on (inclusive, by function).
{
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  let best = [0, 0],
    start = 0,
    acc = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const idle = byId.get(profile.samples[i]).callFrame.functionName === '(idle)';
    if (idle) {
      start = i + 1;
      acc = 0;
      continue;
    }
    acc += profile.timeDeltas[i + 1] ?? 0;
    if (acc > best[2] || best[2] === undefined) best = [start, i, acc];
  }
  const incl = new Map();
  for (let i = best[0]; i <= best[1]; i++) {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const seen = new Set();
    for (let id = profile.samples[i]; id !== undefined; id = parent.get(id)) {
      const f = byId.get(id).callFrame;
      const key = `${f.functionName || '(anon)'} ${f.url.replace(/.*\//, '')}:${f.lineNumber}:${f.columnNumber}`;
      if (seen.has(key)) continue;
      seen.add(key);
      incl.set(key, (incl.get(key) ?? 0) + dt);
    }
  }
  console.log(`longest busy run ${(best[2] / 1000).toFixed(0)} ms, inclusive:\n` + top(incl, 60));
}
