// A load test's results as files in one directory (uploaded as the run's artifact).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadTestSummary } from './results.js';
import type { LoadTestRun } from './run-load-test.js';

/** A summary.json of an earlier run, to compare with. */
export function readBaseline(file: string): LoadTestSummary {
  return JSON.parse(readFileSync(file, 'utf8')) as LoadTestSummary;
}

/** Writes Locust's CSV and HTML, the time series, the summary as JSON and Markdown; returns summary.md's path. */
export function writeResultFiles(dir: string, r: LoadTestRun, markdown: string): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'requests.csv'), r.artifacts.requestsCsv);
  writeFileSync(join(dir, 'failures.csv'), r.artifacts.failuresCsv);
  writeFileSync(join(dir, 'exceptions.csv'), r.artifacts.exceptionsCsv);
  writeFileSync(join(dir, 'report.html'), r.artifacts.html);
  writeFileSync(join(dir, 'timeseries.json'), `${JSON.stringify(r.samples, null, 2)}\n`);
  writeFileSync(join(dir, 'summary.json'), `${JSON.stringify(r.summary, null, 2)}\n`);
  writeFileSync(join(dir, 'summary.md'), markdown);
  return join(dir, 'summary.md');
}
