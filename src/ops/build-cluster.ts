// The whole manual procedure in dependency order: independent steps run at once (both images
// bake while the security groups and load balancers are made), so the build costs its critical
// path. Every step is an ensure, so a re-run converges and an interrupted run resumes.
import type { AwsContext } from '../aws/context.js';
import { setDefaultVersion } from '../aws/launch-templates.js';
import type { Cluster } from '../config/schema.js';
import type { TemplateSet } from '../render/render.js';
import { renewExpiry } from './expiry.js';
import { ensureGroup, groupName, waitGroupReady } from './groups.js';
import { bakeImage } from './images.js';
import { configureMaster, describeMaster } from './master.js';
import { ensureClusterSecurityGroups, ensureLoadBalancer } from './network.js';
import { checkSecrets, storeSecrets } from './secrets.js';
import { ensureTierTemplate } from './templates.js';
import { type Check, verifyCluster } from './verify.js';

export interface StepTiming {
  step: string;
  startMs: number;
  endMs: number;
}

export interface BuildResult {
  images: { locust: string; acapy: string };
  loadBalancers: { adminDns: string; transportDns: string };
  templates: { acapy: { id: string; version: number }; worker: { id: string; version: number } };
  groups: { acapy: string; worker: string };
  master: { instanceId: string; privateIp: string };
  checks: Check[];
  timings: StepTiming[];
}

export interface BuildOptions {
  /** Workflow secrets by name, for { githubSecret } references. */
  env: Record<string, string | undefined>;
  rebuildImages?: boolean;
  onStep?: (step: string, phase: 'start' | 'end', atMs: number) => void;
}

export async function buildCluster(
  ctx: AwsContext,
  c: Cluster,
  t: TemplateSet,
  opts: BuildOptions,
): Promise<BuildResult> {
  const timings: StepTiming[] = [];
  let origin = ctx.clock.now();
  const step = async <T>(name: string, run: () => Promise<T>): Promise<T> => {
    const startMs = ctx.clock.now() - origin;
    opts.onStep?.(name, 'start', startMs);
    const value = await run();
    const endMs = ctx.clock.now() - origin;
    timings.push({ step: name, startMs, endMs });
    opts.onStep?.(name, 'end', endMs);
    return value;
  };

  // Everything that can fail without changing AWS fails first.
  await checkSecrets(ctx, c, opts.env);
  const masterInfo = describeMaster(ctx, c);
  origin = ctx.clock.now();

  // Off the critical path: what exists gets a fresh expiry when due; what is made now has one.
  const renewal = renewExpiry(ctx, c);
  const sgs = step('security-groups', () => ensureClusterSecurityGroups(ctx, c));
  const secrets = step('secrets', () => storeSecrets(ctx, c, opts.env));
  const locustImage = step('locust-image', () =>
    bakeImage(ctx, c, 'locust', t, { rebuild: opts.rebuildImages ?? false }),
  );
  const acapyImage = step('acapy-image', () =>
    bakeImage(ctx, c, 'acapy', t, { rebuild: opts.rebuildImages ?? false }),
  );
  const lbs = (async () => {
    const { lbSg } = await sgs;
    return step('acapy-load-balancers', async () => {
      const [admin, transport] = await Promise.all([
        ensureLoadBalancer(ctx, c, 'admin', lbSg),
        ensureLoadBalancer(ctx, c, 'transport', lbSg),
      ]);
      return { admin, transport };
    });
  })();
  const facts = async () => {
    const [{ admin, transport }, m] = await Promise.all([lbs, masterInfo]);
    return { adminDns: admin.dns, transportDns: transport.dns, masterPrivateIp: m.privateIp };
  };

  const acapyTemplate = (async () => {
    const [image, { perfSg }, f] = await Promise.all([acapyImage, sgs, facts(), secrets]);
    return step('acapy-template', async () => {
      const lt = await ensureTierTemplate(ctx, c, 'acapy', t, { imageId: image.imageId, perfSg, facts: f });
      await setDefaultVersion(ctx, lt.id, lt.version);
      return lt;
    });
  })();
  const acapyGroup = (async () => {
    // The backstop follows the group's expiry tag, so the renewal comes first.
    const [lt, { admin, transport }] = await Promise.all([acapyTemplate, lbs, renewal]);
    return step('acapy-group', async () => {
      const tgs = [admin.tgArn, transport.tgArn];
      const g = await ensureGroup(ctx, c, 'acapy', { templateId: lt.id, targetGroupArns: tgs });
      await waitGroupReady(ctx, g.name, tgs);
      return g;
    });
  })();
  const master = (async () => {
    const [{ admin, transport }, { perfSg }, m] = await Promise.all([lbs, sgs, masterInfo, secrets]);
    return step('locust-master', async () => {
      await configureMaster(ctx, c, t, {
        master: m,
        perfSg,
        adminDns: admin.dns,
        transportDns: transport.dns,
      });
      return m;
    });
  })();
  const workerTemplate = (async () => {
    const [image, { perfSg }, f] = await Promise.all([locustImage, sgs, facts(), master]);
    return step('worker-template', async () => {
      const lt = await ensureTierTemplate(ctx, c, 'worker', t, { imageId: image.imageId, perfSg, facts: f });
      await setDefaultVersion(ctx, lt.id, lt.version);
      return lt;
    });
  })();
  const workerGroup = (async () => {
    const [lt] = await Promise.all([workerTemplate, renewal]);
    return step('worker-group', async () => {
      const g = await ensureGroup(ctx, c, 'worker', { templateId: lt.id, targetGroupArns: [] });
      await waitGroupReady(ctx, g.name, []);
      return g;
    });
  })();

  const [ag, wg, m, { admin, transport }, li, ai, alt, wlt] = await Promise.all([
    acapyGroup,
    workerGroup,
    master,
    lbs,
    locustImage,
    acapyImage,
    acapyTemplate,
    workerTemplate,
    renewal,
  ]);
  const checks = await step('verify', () =>
    verifyCluster(ctx, c, t, {
      masterId: m.instanceId,
      adminDns: admin.dns,
      transportDns: transport.dns,
      targetGroups: [
        { name: `${c.name}-tg-adm`, arn: admin.tgArn },
        { name: `${c.name}-tg-trn`, arn: transport.tgArn },
      ],
    }),
  );
  return {
    images: { locust: li.imageId, acapy: ai.imageId },
    loadBalancers: { adminDns: admin.dns, transportDns: transport.dns },
    templates: { acapy: { id: alt.id, version: alt.version }, worker: { id: wlt.id, version: wlt.version } },
    groups: { acapy: ag.name ?? groupName(c, 'acapy'), worker: wg.name },
    master: { instanceId: m.instanceId, privateIp: m.privateIp },
    checks,
    timings,
  };
}
