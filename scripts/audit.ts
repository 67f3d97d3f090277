import { spawnSync } from 'node:child_process';

// `npm run audit:prod` (also run by .ci/run): fails on any high or critical advisory in the
// production dependencies. Where the registry's audit endpoint can't be reached (the build
// machines of this project only allow package downloads: it answers 405), it says so and passes,
// since failing would block every build on something no commit can change; the pinned lockfile
// and the manual review in SECURITY.md ("Supply chain") cover that case.

interface AuditReport {
  statusCode?: number;
  message?: string;
  error?: unknown;
  vulnerabilities?: Record<string, { name: string; severity: string; via: unknown[]; fixAvailable: unknown }>;
  metadata?: { vulnerabilities: Record<string, number> };
}

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', timeout: 120_000 });
let report: AuditReport;
try {
  report = JSON.parse(run.stdout) as AuditReport;
} catch {
  console.error(`[audit] npm audit gave no report (exit ${run.status}): ${run.stderr.trim().split('\n').at(-1) ?? ''}`);
  process.exit(1);
}

if (!report.metadata) {
  const reason = report.message ?? JSON.stringify(report.error);
  console.warn(`[audit] WARNING: the registry's audit endpoint is unavailable here (${reason}); no advisory check was possible.`);
  console.warn('[audit] Run `npm run audit:prod` where https://registry.npmjs.org/-/npm/v1/security/advisories/bulk is reachable before a release.');
  process.exit(0);
}

const serious = Object.values(report.vulnerabilities ?? {}).filter((entry) => entry.severity === 'high' || entry.severity === 'critical');
const counts = report.metadata.vulnerabilities;
console.log(
  `[audit] Production dependencies: ${Object.entries(counts)
    .map(([level, n]) => `${n} ${level}`)
    .join(', ')}.`,
);
for (const entry of serious) console.error(`[audit] ${entry.severity.toUpperCase()} ${entry.name} (fix available: ${JSON.stringify(entry.fixAvailable)})`);
process.exit(serious.length > 0 ? 1 : 0);
