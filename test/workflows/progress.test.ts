// What an operator sees on the simulated AWS: every action's output in one group, status lines
// at most 30 simulated seconds apart during an image bake, AWS calls at debug level, and a
// verification whose command returns nothing failing at once with that finding.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { loadClusterFile } from '../../src/config/load.js';
import { repoRoot, runWorkflowFile } from '../../src/runner/runner.js';
import { simulatedAccount } from '../../src/runner/simulated-account.js';
import { purposeOf } from '../../src/sim/script-facts.js';
import { VirtualClock } from '../../src/time/clock.js';

const root = repoRoot();
const file = join(root, '.github/workflows/cluster-up.yml');

interface Stamped {
  at: number;
  job: string;
  text: string;
}

async function run(debug = false) {
  const clock = new VirtualClock();
  const a = await simulatedAccount([loadClusterFile('clusters/perf-example.yml').cluster], clock);
  const lines: Stamped[] = [];
  const runOnce = () =>
    runWorkflowFile(file, {
      root,
      event: { name: 'workflow_dispatch' },
      inputs: { cluster: 'clusters/perf-example.yml' },
      secrets: a.secrets,
      deps: a.deps,
      debug,
      artifactsDir: mkdtempSync(join(tmpdir(), 'akrida-progress-')),
      log: (l) => {
        const m = /^\[([^\]]+)\] (.*)$/.exec(l);
        lines.push({ at: clock.now(), job: m?.[1] ?? '', text: m?.[2] ?? l });
      },
    });
  return { a, clock, lines, runOnce };
}

describe('progress an operator can follow, on the simulated AWS', () => {
  let r: Awaited<ReturnType<typeof run>>;
  let result: Awaited<ReturnType<typeof runWorkflowFile>>;

  beforeAll(async () => {
    r = await run(true);
    result = await r.runOnce();
  });

  test('the build succeeds', () => {
    expect(result.result).toBe('success');
  });

  test('each action step opens one group named for the action', () => {
    const wf = parse(readFileSync(file, 'utf8')) as {
      jobs: Record<string, { steps?: { name?: string; uses?: string }[] }>;
    };
    let checked = 0;
    for (const [job, spec] of Object.entries(wf.jobs)) {
      const own = r.lines.filter((l) => l.job === job);
      for (const step of spec.steps ?? []) {
        // Our actions, from this checkout or (for callers) the toolkit's checkout beside theirs.
        const action = /^\.\/(?:\.akrida-ops\/)?actions\/(.+)$/.exec(step.uses ?? '')?.[1];
        if (!action) continue;
        // A step that did not run (the saved plan's, without saved-plan) opens no group.
        const ran = result.steps.find((x) => x.job === job && x.step === step.name)?.result;
        if (ran !== 'success' && ran !== 'failure') continue;
        const at = own.findIndex((l) => l.text === step.name);
        expect([job, step.name, own[at + 1]?.text]).toEqual([job, step.name, `  ▸ ${action}`]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(10);
  });

  test('an image bake prints status lines at most 30 simulated seconds apart', () => {
    const own = r.lines.filter((l) => l.job === 'locust-image' && !l.text.startsWith('  debug:'));
    const from = own.findIndex((l) => l.text === 'Bake the Locust worker image');
    const to = own.findIndex((l) => /^ {2}locust: baked /.test(l.text));
    const bake = own.slice(from, to + 1);
    // Preparation (~5 min) and the image (~7 min): a long wait, narrated.
    expect((bake.at(-1)?.at ?? 0) - (bake[0]?.at ?? 0)).toBeGreaterThan(10 * 60_000);
    const gaps = bake.slice(1).map((l, i) => l.at - (bake[i]?.at ?? 0));
    expect(Math.max(...gaps)).toBeLessThanOrEqual(30_000);
    const status = bake.map((l) => l.text).filter((t) => t.includes('waiting for'));
    expect(status).toContainEqual(
      expect.stringMatching(
        /waiting for image ami-\w+ to become available: pending, \d+s elapsed, expected ~7m 00s$/,
      ),
    );
    expect(status).toContainEqual(
      expect.stringMatching(
        /waiting for "akrida-ops prepare locust image for perf-example" on i-\w+: InProgress, .* elapsed, expected ~5m 02s$/,
      ),
    );
  });

  test('with step debug on, each AWS call shows operation, resource, duration and retries', () => {
    const debug = r.lines.filter((l) => l.text.startsWith('  debug: aws ')).map((l) => l.text);
    expect(debug).toContainEqual(
      expect.stringMatching(
        /^ {2}debug: aws EC2 CreateImage \(InstanceId=i-\w+ Name=perf-example-locust-[\w-]+\): ok in \d+ ms, no retry$/,
      ),
    );
    expect(debug).toContainEqual(expect.stringMatching(/^ {2}debug: aws SSM SendCommand .*: ok in \d+ ms/));
    expect(debug).toContainEqual(
      expect.stringMatching(/^ {2}debug: aws SSM PutParameter \(Name=\/akrida-ops\//),
    );
    // Ids and names only: no secret value, not even PutParameter's.
    const text = r.lines.map((l) => l.text).join('\n');
    for (const v of Object.values(r.a.secrets)) expect(text).not.toContain(v);
    for (const p of r.a.sim.ssm.parameters.values()) expect(text).not.toContain(p.value);
  });

  test('a verification whose command returns nothing fails at once, saying so', async () => {
    const handler = r.a.sim.ssm.handler;
    r.a.sim.onCommand((ctx) =>
      purposeOf(ctx.script) === 'verify' ? { exitCode: 0, stdout: '', seconds: 2 } : handler(ctx),
    );
    const t0 = r.lines.length;
    const again = await r.runOnce();
    r.a.sim.onCommand(handler);
    expect(again.jobs.verify?.result).toBe('failure');
    const verify = r.lines.slice(t0).filter((l) => l.job === 'verify');
    const failed = verify.find((l) => /failed: verification failed: /.test(l.text));
    expect(failed?.text).toContain('the command returned nothing');
    expect((failed?.at ?? Number.POSITIVE_INFINITY) - (verify[0]?.at ?? 0)).toBeLessThan(30_000);
    expect(again.summary).toContain('| **FAIL** | verify script output on i-');
  });
});
