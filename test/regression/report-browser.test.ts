// The regression report's HTML page in a real headless browser (Debian's chromium, driven by
// playwright-core): opened from the file with the network off, it shows the verdict table and, in
// each chart, one drawn curve per run with the variants overlaid. The screenshot is kept in out/.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { assembleReport, REPORT_FILES, writeReportFiles } from '../../src/regression/report.js';
import { makeRuns } from '../fixtures/regression-runs.js';
import { seeReport } from '../fixtures/report-browser.js';

const SECTION = {
  confidence: 0.95,
  repetitions: 2,
  thresholds: { p95LatencyPercent: 10, throughputPercent: 5, errorRatio: 0.01 },
};

test('the HTML report shows the verdicts and the overlaid curves, offline', async () => {
  const runs = makeRuns(
    [
      { variant: 'acapy-1-3', p95Ms: 180, rps: 40, cpu: 35 },
      { variant: 'acapy-1-4', p95Ms: 250, rps: 31, cpu: 55 },
    ],
    2,
    0.01,
  );
  const report = assembleReport({
    cluster: 'example',
    section: SECTION,
    variants: [
      { name: 'acapy-1-3', acapyTag: 'py3.12-1.3.0', walletType: 'askar', baseline: true, status: 'ok' },
      { name: 'acapy-1-4', acapyTag: 'py3.12-1.4.0', walletType: 'askar', baseline: false, status: 'ok' },
    ],
    runs,
    clusterOn: 'acapy-1-3',
    startedAt: '2026-01-01T00:00:00Z',
    finishedAt: '2026-01-01T00:40:00Z',
  });
  const dir = resolve('out', 'regression-report');
  writeReportFiles(dir, report);
  const html = readFileSync(join(dir, REPORT_FILES.html), 'utf8');
  expect(html).not.toMatch(/(src|href)=["']?(https?:)?\/\//);

  const seen = await seeReport(join(dir, REPORT_FILES.html), join('out', 'regression-report.png'));
  expect(seen.verdicts.map((r) => [r[0], r[1], r[7]])).toEqual([
    ['p95 latency (ms)', 'acapy-1-4', 'worse'],
    ['throughput (req/s)', 'acapy-1-4', 'worse'],
    ['error ratio', 'acapy-1-4', 'same'],
  ]);
  expect(seen.verdicts[0]?.[4]).toMatch(/^\+3\d\.\d %$/);
  expect(seen.clusterOn).toBe('acapy-1-3');
  for (const curves of Object.values(seen.curves)) {
    // Two runs of each variant, overlaid in one chart, each a drawn line of its variant's colour.
    expect(curves.map((c) => c.variant)).toEqual(['acapy-1-3', 'acapy-1-4', 'acapy-1-3', 'acapy-1-4']);
    for (const c of curves) {
      expect(c.length).toBeGreaterThan(100);
      expect(c.width).toBeGreaterThan(300);
    }
    expect(new Set(curves.map((c) => c.stroke)).size).toBe(2);
  }
  // The slower variant's latency curve sits above the baseline's (smaller y is higher on screen).
  const ys = (v: string) => seen.curves.latency.filter((c) => c.variant === v).map((c) => c.midY);
  expect(Math.max(...ys('acapy-1-4'))).toBeLessThan(Math.min(...ys('acapy-1-3')));
  expect(existsSync(join('out', 'regression-report.png'))).toBe(true);
  expect(seen.offPage).toEqual([]);
}, 120_000);
