// The regression report's HTML page in a real headless browser (Debian's chromium, driven by
// playwright-core): opened from the file with the network off, it shows the verdict table and, in
// each chart, one drawn curve per run with the variants overlaid. The screenshot is kept in out/.
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { assembleReport, REPORT_FILES, writeReportFiles } from '../../src/regression/report.js';
import { makeRuns } from '../fixtures/regression-runs.js';

const CHROMIUM = '/usr/bin/chromium';
/** What the page's SVG paths answer (the test's tsconfig has no DOM library). */
interface DrawnPath {
  getBBox(): { x: number; y: number; width: number; height: number };
  getTotalLength(): number;
}
const SECTION = {
  confidence: 0.95,
  repetitions: 2,
  thresholds: { p95LatencyPercent: 10, throughputPercent: 5, errorRatio: 0.01 },
};

test('the HTML report shows the verdicts and the overlaid curves, offline', async () => {
  if (!existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} is missing: install Debian's chromium (bash scripts/setup.sh as root)`);
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

  // A fresh profile each run: playwright passes it to chromium as --user-data-dir.
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'akrida-chromium-')), {
    executablePath: CHROMIUM,
    offline: true,
    viewport: { width: 1100, height: 900 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    timeout: 60_000,
  });
  try {
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(pathToFileURL(join(dir, REPORT_FILES.html)).href);

    const table = await page.$$eval('#verdicts tbody tr', (trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')),
    );
    expect(table.map((r) => [r[0], r[1], r[7]])).toEqual([
      ['p95 latency (ms)', 'acapy-1-4', 'worse'],
      ['throughput (req/s)', 'acapy-1-4', 'worse'],
      ['error ratio', 'acapy-1-4', 'same'],
    ]);
    expect(table[0]?.[4]).toMatch(/^\+3\d\.\d %$/);
    expect(await page.textContent('#cluster-on')).toBe('acapy-1-3');

    for (const chart of ['latency', 'throughput', 'cpu']) {
      const curves = await page.$$eval(`svg[data-chart="${chart}"] path.series`, (paths) =>
        paths.map((p) => {
          const box = (p as unknown as DrawnPath).getBBox();
          return {
            variant: p.getAttribute('data-variant'),
            length: (p as unknown as DrawnPath).getTotalLength(),
            stroke: p.getAttribute('stroke'),
            box: { w: box.width, h: box.height },
          };
        }),
      );
      // Two runs of each variant, overlaid in one chart, each a drawn line of its variant's colour.
      expect(curves.map((c) => c.variant)).toEqual(['acapy-1-3', 'acapy-1-4', 'acapy-1-3', 'acapy-1-4']);
      for (const c of curves) {
        expect(c.length).toBeGreaterThan(100);
        expect(c.box.w).toBeGreaterThan(300);
      }
      expect(new Set(curves.map((c) => c.stroke)).size).toBe(2);
    }
    // The slower variant's latency curve sits above the baseline's (smaller y is higher on screen).
    const meanY = await page.$$eval('svg[data-chart="latency"] path.series', (paths) =>
      paths.map((p) => {
        const b = (p as unknown as DrawnPath).getBBox();
        return [p.getAttribute('data-variant'), b.y + b.height / 2] as const;
      }),
    );
    const ys = (v: string) => meanY.filter(([n]) => n === v).map(([, y]) => y);
    expect(Math.max(...ys('acapy-1-4'))).toBeLessThan(Math.min(...ys('acapy-1-3')));

    mkdirSync('out', { recursive: true });
    await page.screenshot({ path: join('out', 'regression-report.png'), fullPage: true });
    expect(existsSync(join('out', 'regression-report.png'))).toBe(true);
    expect(requests.filter((u) => !u.startsWith('file:'))).toEqual([]);
  } finally {
    await context.close();
  }
}, 120_000);
