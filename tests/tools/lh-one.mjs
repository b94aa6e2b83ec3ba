// Diagnostic: one Lighthouse mobile run of a URL; prints the score, the metrics and the long tasks.
// Usage: node tests/tools/lh-one.mjs http://localhost:4185/trends [port]
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import run from 'lighthouse';
import { CHROME, CHROME_ARGS } from './chromium.mjs';

const url = process.argv[2];
const port = Number(process.argv[3] ?? 9235);
const profile = mkdtempSync(resolve(tmpdir(), 'lh-one-'));
const chrome = spawn(
  CHROME,
  ['--headless=new', `--remote-debugging-port=${port}`, `--user-data-dir=${profile}`, ...CHROME_ARGS, 'about:blank'],
  { stdio: 'ignore' },
);
try {
  for (let j = 0; ; j++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/json/version`)).ok) break;
    } catch {
      if (j > 100) throw new Error('no chrome');
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const { lhr } = await run(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
  if (process.env.LHR_OUT) writeFileSync(process.env.LHR_OUT, JSON.stringify(lhr));
  const a = lhr.audits;
  console.log('score', Math.round(lhr.categories.performance.score * 100));
  for (const k of [
    'first-contentful-paint',
    'largest-contentful-paint',
    'speed-index',
    'total-blocking-time',
    'cumulative-layout-shift',
    'interactive',
  ])
    console.log(' ', k, Math.round(a[k].numericValue), 'score', a[k].score);
  console.log('long tasks (start, duration, url):');
  for (const t of a['long-tasks']?.details?.items ?? [])
    console.log('  ', Math.round(t.startTime), Math.round(t.duration), t.url.replace(/^https?:\/\/[^/]+/, ''));
  console.log('bootup:');
  for (const t of (a['bootup-time']?.details?.items ?? []).slice(0, 8))
    console.log(
      '  ',
      Math.round(t.total),
      'script',
      Math.round(t.scripting),
      'parse',
      Math.round(t.scriptParseCompile),
      t.url.replace(/^https?:\/\/[^/]+/, ''),
    );
  console.log(
    'main thread:',
    (a['mainthread-work-breakdown']?.details?.items ?? [])
      .map((i) => `${i.group} ${Math.round(i.duration)}`)
      .join(', '),
  );
} finally {
  const exited = new Promise((r) => chrome.once('exit', r));
  chrome.kill();
  await exited;
  // Chromium's helpers may still write to the profile for a moment after it exits: retry, never fail the run.
  rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
}
