// The ACA-Py warmup is its group's health-check grace: one shorter than a new instance takes to pass
// its health checks makes the group replace every new instance before it serves (found by the
// random-edit property test: a scale-out after warmupSeconds 120 never became healthy).
import { parseClusterText } from '../../src/config/load.js';
import { exampleWith } from '../fixtures/cluster-files.js';

const warnings = (text: string) =>
  parseClusterText(text, 'clusters/perf-example.yml').warnings.filter(
    (w) => w.path.join('.') === 'acapy.warmupSeconds',
  );

test('a warmup shorter than launch, ACA-Py start and the healthy checks is named, with what to set', () => {
  const [w] = warnings(exampleWith([['acapy', 'warmupSeconds'], 120]));
  expect(w?.severity).toBe('warning');
  expect(w?.message).toMatch(
    /120 s is shorter than a new ACA-Py instance takes to pass its health checks \(about \d+ s/,
  );
  expect(w?.hint).toMatch(/raise acapy\.warmupSeconds to \d+ or more/);
  expect(w?.line).toBeGreaterThan(1);
});

test("the example's warmup passes", () => {
  expect(warnings(exampleWith())).toEqual([]);
});
