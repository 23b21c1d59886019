// Step 7 and the end of step 8, automated: every target healthy, ACA-Py live and ready through
// the admin load balancer, an invitation whose URL starts with the transport load balancer's DNS
// name on port 80 and resolves, and the Locust master counting every in-service worker.
// The HTTP checks run on the master through SSM, so nothing is opened to the runner.
import { DescribeTargetHealthCommand } from '@aws-sdk/client-elastic-load-balancing-v2';
import type { AwsContext } from '../aws/context.js';
import { aws } from '../aws/errors.js';
import { runOnInstances } from '../aws/run-command.js';
import { WaitTimeoutError, waitFor } from '../aws/wait.js';
import type { Cluster } from '../config/schema.js';
import { mdCell } from '../render/markdown.js';
import type { TemplateSet } from '../render/render.js';
import { verifyScript } from '../render/scripts.js';
import { describeGroup } from '../resources/group-describe.js';
import { groupName } from '../resources/groups.js';

export { verifyScript };

export interface Check {
  check: string;
  expected: string;
  actual: string;
  ok: boolean;
}

export interface VerifyInput {
  masterId: string;
  adminDns: string;
  transportDns: string;
  targetGroups: { name: string; arn: string }[];
  /** How long to wait for the checks to settle before reporting failures (default 10 minutes). */
  settleMs?: number;
}

export function parseVerifyOutput(stdout: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of stdout.split('\n')) {
    const m = /^akrida-verify (\S+) (.*)$/.exec(line.trim());
    if (m?.[1] && m[2] !== undefined) out[m[1]] = m[2];
  }
  return out;
}

/** Every line the verify script prints, whatever the cluster's state. */
export const VERIFY_KEYS = ['live', 'ready', 'invitation', 'invitation_url', 'locust', 'workers'] as const;

/**
 * What is wrong with a successful verify command's output, or undefined when every line is
 * there. Waiting cannot fix such output (the script did not run as written), so it fails at once.
 */
export function verifyOutputProblem(stdout: string): string | undefined {
  if (!stdout.trim()) return 'the command returned nothing';
  const v = parseVerifyOutput(stdout);
  const missing = VERIFY_KEYS.filter((k) => !(k in v));
  if (missing.length === VERIFY_KEYS.length) {
    const first = stdout.trim().split('\n')[0]?.slice(0, 120);
    return `the command returned no akrida-verify line (first line: ${JSON.stringify(first)})`;
  }
  return missing.length ? `the command returned no line for ${missing.join(', ')}` : undefined;
}

class VerifyOutputError extends Error {}

export async function verifyCluster(
  ctx: AwsContext,
  c: Cluster,
  t: TemplateSet,
  input: VerifyInput,
): Promise<Check[]> {
  const checks: Check[] = [];
  const add = (check: string, expected: string, actual: string, ok = expected === actual) =>
    checks.push({ check, expected, actual, ok });

  const acapy = await describeGroup(ctx, groupName(c, 'acapy'));
  const workers = await describeGroup(ctx, groupName(c, 'worker'));
  const acapyInService = (acapy?.Instances ?? []).filter((i) => i.LifecycleState === 'InService').length;
  const workersInService = (workers?.Instances ?? []).filter((i) => i.LifecycleState === 'InService').length;
  add('ACA-Py instances in service', String(acapy?.DesiredCapacity ?? 0), String(acapyInService));
  add('Locust workers in service', String(workers?.DesiredCapacity ?? 0), String(workersInService));
  for (const tg of input.targetGroups) {
    const h = await aws('DescribeTargetHealth', `target group ${tg.name}`, () =>
      ctx.clients.elbv2.send(new DescribeTargetHealthCommand({ TargetGroupArn: tg.arn })),
    );
    // A target draining after a scale-in is leaving, as it should; every other one must be healthy.
    const states = (h.TargetHealthDescriptions ?? [])
      .map((d) => d.TargetHealth?.State ?? 'unknown')
      .filter((s) => s !== 'draining');
    const healthy = states.filter((s) => s === 'healthy').length;
    const others = states.filter((s) => s !== 'healthy');
    add(
      `healthy targets in ${tg.name}`,
      String(acapy?.DesiredCapacity ?? 0),
      others.length === 0 ? String(healthy) : `${healthy} (and ${others.join(', ')})`,
      healthy === (acapy?.DesiredCapacity ?? 0) && others.length === 0,
    );
  }

  // Workers register with the master some time after they are in service: poll the master until
  // every check passes or the deadline passes, then report what the last poll saw.
  let v: Record<string, string> = {};
  try {
    v = await waitFor(
      async () => {
        const [run] = await runOnInstances(ctx, {
          targets: { instanceIds: [input.masterId] },
          script: verifyScript(t, c, input),
          comment: `akrida-ops verify ${c.name}`,
          timeoutSeconds: 300,
        });
        if (!run) throw new VerifyOutputError(`the command returned no result for ${input.masterId}`);
        const problem = verifyOutputProblem(run.stdout);
        if (problem) throw new VerifyOutputError(problem);
        v = parseVerifyOutput(run.stdout);
        const settled = v.live === '200' && v.ready === '200' && v.workers === String(workersInService);
        return settled
          ? { done: true, value: v }
          : { done: false, status: `workers ${v.workers ?? '-'}/${workersInService}, live ${v.live ?? '-'}` };
      },
      {
        what: `the Locust master to count ${workersInService} workers and ACA-Py to answer`,
        timeoutMs: input.settleMs ?? 10 * 60_000,
        clock: ctx.clock,
        log: ctx.log,
        minDelayMs: 5_000,
        maxDelayMs: 15_000,
      },
    );
  } catch (err) {
    if (err instanceof VerifyOutputError) {
      add(`verify script output on ${input.masterId}`, 'akrida-verify lines', err.message, false);
      return checks;
    }
    if (!(err instanceof WaitTimeoutError)) throw err;
  }
  add('ACA-Py /status/live via admin LB', '200', v.live ?? '-');
  add('ACA-Py /status/ready via admin LB', '200', v.ready ?? '-');
  add('Out-of-Band create-invitation with the admin API key', '200', v.invitation ?? '-');
  const url = v.invitation_url ?? '-';
  const prefix = `http://${input.transportDns}`;
  const expectedPort = String(c.acapy.listeners.transport);
  let onTransport = false;
  try {
    const u = new URL(url);
    onTransport =
      u.hostname === input.transportDns &&
      (u.port || (u.protocol === 'https:' ? '443' : '80')) === expectedPort;
  } catch {
    onTransport = false;
  }
  add('invitation_url on the transport LB and port', `${prefix}:${expectedPort}/…`, url, onTransport);
  add('invitation_url resolves', '200', v.invitation_resolves ?? '-');
  add('Locust master web API', '200', v.locust ?? '-');
  add('workers counted by the Locust master', String(workersInService), v.workers ?? '-');
  return checks;
}

export function checksTable(checks: Check[]): string {
  const rows = checks.map(
    (c) =>
      `| ${c.ok ? 'pass' : '**FAIL**'} | ${mdCell(c.check)} | ${mdCell(c.expected)} | ${mdCell(c.actual)} |`,
  );
  return ['| result | check | expected | actual |', '|---|---|---|---|', ...rows].join('\n');
}
