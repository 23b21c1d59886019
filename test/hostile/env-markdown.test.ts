// Values that reach .env files agents trust, and Markdown that reviewers read.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_RUN } from '../../src/cluster/run-options.js';
import { parseClusterText } from '../../src/config/load.js';
import { ConfigError } from '../../src/config/problems.js';
import { groupFailures, type LoadTestSummary, summaryMarkdown } from '../../src/loadtest/results.js';
import { livePlanMarkdown } from '../../src/plan/live-plan.js';
import { offlinePlan } from '../../src/plan/offline-plan.js';
import { EnvFileError, locustEnv, OFFLINE_FACTS } from '../../src/render/env-files.js';
import { TemplateSet } from '../../src/render/render.js';
import { acapyUserData } from '../../src/render/user-data.js';
import { exampleWith } from '../fixtures/cluster-files.js';
import { cluster, SCRIPT_FACTS, SECRET_VALUES } from '../fixtures/example-cluster.js';
import { fakeInstance } from '../fixtures/shims.js';

const t = new TemplateSet();
const FACTS = SCRIPT_FACTS;

function errorsOf(text: string): string[] {
  try {
    parseClusterText(text, 'clusters/hostile.yml');
  } catch (err) {
    if (err instanceof ConfigError) return err.problems.map((p) => p.message);
    throw err;
  }
  throw new Error('accepted');
}

describe('.env: no second ISSUER_URL, whatever the file says', () => {
  test('an extra key equal to one the toolkit writes is refused by validation', () => {
    expect(errorsOf(exampleWith([['locust', 'environment'], { ISSUER_URL: 'http://evil.example' }]))).toEqual(
      ['ISSUER_URL is written by the toolkit itself'],
    );
    expect(errorsOf(exampleWith([['acapy', 'environment'], { DATABASE: 'evil.example' }]))).toEqual([
      'DATABASE is written by the toolkit itself',
    ]);
  });

  test('a line break in a value is refused by validation', () => {
    expect(
      errorsOf(exampleWith([['locust', 'messageToSend'], 'hi\nISSUER_URL=http://evil.example'])),
    ).toEqual(['contains the control or direction character U+000A; only printable text is allowed']);
  });

  test('a $ in a value is refused (docker compose would interpolate it)', () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the literal text is the attack
    expect(errorsOf(exampleWith([['locust', 'environment'], { EXTRA: '${ACAPY_ADMIN_API_KEY}' }]))).toEqual([
      'contains $ or a backtick, which docker compose would interpolate in a .env file',
    ]);
  });

  test('past validation, the .env writer refuses a repeated key and a line break itself', () => {
    const c = structuredClone(cluster());
    c.locust.environment = { MASTER_HOST: '203.0.113.9' };
    expect(() => locustEnv(c, OFFLINE_FACTS, 'worker')).toThrow(EnvFileError);
    c.locust.environment = {};
    c.locust.messageToSend = 'x\nISSUER_URL=http://evil.example';
    expect(() => locustEnv(c, OFFLINE_FACTS, 'worker')).toThrow(/line break or control character/);
  });

  test('a stored secret with a line break stops the script before it can add keys', () => {
    const dir = mkdtempSync(join(tmpdir(), 'akrida-env-'));
    writeFileSync(join(dir, 'docker-compose.yml'), '');
    const c = cluster([['source', 'acapyDirectory'], dir]);
    const inst = fakeInstance({
      parameters: {
        ...SECRET_VALUES,
        '/akrida-ops/perf-example/WALLET_ADMIN_PASSWORD': 'pw\nISSUER=evil.example',
      },
    });
    const r = inst.run(acapyUserData(t, c, FACTS), dir);
    expect(r.status).toBe(5);
    expect(r.stderr).toContain(
      'the value for ADMIN_PASSWORD has a line break; refusing to write it to the .env file',
    );
    expect(readFileSync(join(dir, '.env'), 'utf8')).not.toContain('evil.example');
    expect(inst.calls().some((x) => x.startsWith('docker-compose'))).toBe(false);
  });
});

/** For each line, whether it sits inside a fenced block, following CommonMark's fence rules. */
function fencedLines(md: string): boolean[] {
  let open = 0;
  return md.split('\n').map((line) => {
    if (open === 0) {
      const m = /^(`{3,})/.exec(line);
      if (m?.[1]) open = m[1].length;
      return false;
    }
    const close = /^(`{3,})\s*$/.exec(line);
    if (close?.[1] && close[1].length >= open) {
      open = 0;
      return false;
    }
    return true;
  });
}

describe('Markdown: a value cannot close a fence or add markup', () => {
  const HOSTILE = '````` <img src=x onerror=alert(1)> | [link](http://evil.example) ``';

  test('a load test whose errors carry backticks, HTML and pipes keeps its table', () => {
    const stat = {
      method: 'POST',
      name: 'receive_credential',
      requests: 10,
      failures: 10,
      rps: 1,
      p50: 1,
      p95: 2,
      p99: 3,
    };
    const s: LoadTestSummary = {
      cluster: 'perf-example',
      users: 1,
      spawnRate: 1,
      runTimeSeconds: 10,
      actualSeconds: 10,
      totals: { ...stat, name: 'Aggregated' },
      requests: [stat],
      gates: [],
      // Locust's failures CSV, as the master serves it: the error text is whatever the agent raised.
      failures: groupFailures(`Method,Name,Error,Occurrences\nPOST,receive_credential,"${HOSTILE}",10\n`),
      valid: true,
      passed: false,
    };
    const md = summaryMarkdown(s, []);
    const row = md.split('\n').find((l) => l.startsWith('| receive_credential | 10 |') && l.includes('img'));
    expect(row).toBeDefined();
    expect(row).not.toMatch(/(?<!\\)<img/);
    // Four columns: no pipe from the error text splits the row.
    expect((row ?? '').split(/(?<!\\)\|/).length - 2).toBe(4);
  });

  test('the offline plan fences every script longer than the backtick runs inside it', () => {
    const c = structuredClone(cluster());
    c.locust.environment = { EXTRA: HOSTILE };
    const md = offlinePlan({ file: 'clusters/hostile.yml', cluster: c, warnings: [], text: '' }, t);
    const lines = md.split('\n');
    const fenced = fencedLines(md);
    const hits = lines.map((l, i) => [l, fenced[i]] as const).filter(([l]) => l.includes('onerror'));
    expect(hits.length).toBeGreaterThanOrEqual(3);
    for (const [, inside] of hits) expect(inside).toBe(true);
  });

  test('a live plan from hostile AWS names and diffs stays in its table and fences', () => {
    const md = livePlanMarkdown(
      {
        cluster: 'perf-example',
        acapy: 'ACA-Py 1.3.0',
        observed: [],
        run: DEFAULT_RUN,
        notes: ['group <img src=x onerror=alert(1)>: 2 running instances on version 3 stay so'],
        changes: [
          {
            action: 'change',
            resource: `security group ${HOSTILE}`,
            details: [`+ tcp 80 from ${HOSTILE}`],
            address: { kind: 'security-group', name: HOSTILE },
            diff: `--- a\n+++ b\n+${HOSTILE}\n+\`\`\`\n+# not a heading`,
          },
        ],
        unchanged: [],
        scripts: [{ title: 'Verify', runs: true, why: HOSTILE, script: `echo '${HOSTILE}'` }],
      },
      'clusters/hostile.yml',
    );
    const lines = md.split('\n');
    const fenced = fencedLines(md);
    for (const [i, l] of lines.entries()) {
      if (fenced[i]) continue;
      expect(l).not.toMatch(/(?<!\\)<img|(?<!\\)\[link\]|^# not a heading/);
    }
    expect(lines.find((l) => l.startsWith('| change |'))?.split(/(?<!\\)\|/).length).toBe(5);
  });
});
