// `npm audit --omit=dev`: fails on a high or critical advisory in a runtime dependency.
// Some registries (mirrors, closed networks) have no audit endpoint: that is reported, not treated as a pass
// of the check nor as a failure of the build.
import { spawnSync } from 'node:child_process';

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' });
let report;
try {
  report = JSON.parse(run.stdout || '{}');
} catch {
  report = {};
}
const counts = report.metadata?.vulnerabilities;
if (!counts) {
  const reason = (run.stderr || report.error?.summary || 'no report').split('\n').find((l) => l.trim()) ?? 'no report';
  console.warn(`audit: NOT CHECKED, the registry's audit endpoint did not answer (${reason.trim()}).`);
  process.exit(0);
}
const serious = (counts.high ?? 0) + (counts.critical ?? 0);
console.log(
  `audit (runtime dependencies): ${counts.critical ?? 0} critical, ${counts.high ?? 0} high, ${counts.moderate ?? 0} moderate, ${counts.low ?? 0} low`,
);
process.exit(serious > 0 ? 1 : 0);
