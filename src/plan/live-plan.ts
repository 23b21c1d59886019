// The plan against live state: what applying the cluster file would add, change or remove, read
// with describe calls only (a read-only role is enough). User data is compared as rendered, with
// every secret a reference, so the diff is safe to post on a pull request.
import { DescribeLaunchTemplateVersionsCommand } from '@aws-sdk/client-ec2';
import { DescribeListenersCommand } from '@aws-sdk/client-elastic-load-balancing-v2';
import { createTwoFilesPatch } from 'diff';
import type { AwsContext } from '../aws/context.js';
import {
  findImages,
  findLaunchTemplates,
  findLoadBalancing,
  findParameters,
  findSecurityGroups,
  parametersPresent,
  selector,
  tagMap,
} from '../aws/discover.js';
import { aws } from '../aws/errors.js';
import { canonical } from '../aws/launch-templates.js';
import {
  describeAwsRule,
  describeRuleSpec,
  listIngressRules,
  type RuleSpec,
  ruleDiff,
} from '../aws/security-groups.js';
import { resourceNames, storedSecrets } from '../cluster/resources.js';
import { ingressRules, type SecurityGroupRole } from '../cluster/security-rules.js';
import { PREPARE_TAG, TAG } from '../cluster/tags.js';
import type { Cluster } from '../config/schema.js';
import { describeGroup, groupDrift, groupName, groupSettings, tierCapacity } from '../ops/groups.js';
import {
  findSelectedInstance,
  type ImageRole,
  imageRecipe,
  optedIn,
  prepareScript,
  RECIPE_TAG,
} from '../ops/images.js';
import { readLastRun } from '../ops/last-run.js';
import { describeMaster, MASTER_CONFIG_TAG, masterConfigHash, masterScript } from '../ops/master.js';
import { healthDrift, type LoadBalancerKind, targetGroupHealth } from '../ops/network.js';
import { type Tier, templateName, tierTemplateData } from '../ops/templates.js';
import { type ClusterFacts, OFFLINE_FACTS } from '../render/env-files.js';
import { fence, mdCell, mdCellLines, mdText } from '../render/markdown.js';
import type { TemplateSet } from '../render/render.js';
import { verifyScript } from '../render/scripts.js';

export type ChangeAction = 'add' | 'change' | 'remove';

export interface PlannedChange {
  action: ChangeAction;
  resource: string;
  details: string[];
  diff?: string;
}

/** A script the apply sends through SSM, and whether it will run. */
export interface PlannedScript {
  /** The script's id in src/render/scripts.ts, for the copy of what last ran. */
  id?: string;
  title: string;
  runs: boolean;
  why: string;
  script: string;
  /** Against the copy of what the cluster last ran, when one was kept. */
  diff?: string;
}

export interface LivePlan {
  cluster: string;
  changes: PlannedChange[];
  unchanged: string[];
  scripts: PlannedScript[];
}

export async function livePlan(ctx: AwsContext, c: Cluster, t: TemplateSet): Promise<LivePlan> {
  const names = resourceNames(c);
  const changes: PlannedChange[] = [];
  const unchanged: string[] = [];
  const scripts: PlannedScript[] = [];
  const add = (resource: string, details: string[] = []) =>
    changes.push({ action: 'add', resource, details });

  // Security groups and their rules.
  const sgIds: Record<SecurityGroupRole, string | undefined> = {
    'lb-sg': (await findSecurityGroups(ctx.clients, selector(c.name, 'lb-sg')))[0]?.GroupId,
    'perf-sg': (await findSecurityGroups(ctx.clients, selector(c.name, 'perf-sg')))[0]?.GroupId,
  };
  for (const role of ['lb-sg', 'perf-sg'] as const) {
    const name = role === 'lb-sg' ? names.lbSg : names.perfSg;
    const specs: RuleSpec[] = ingressRules(c)
      .filter((r) => r.group === role)
      .map((r) => ({
        fromPort: r.fromPort,
        toPort: r.toPort,
        source:
          'cidr' in r.source ? { cidr: r.source.cidr } : { groupId: sgIds[r.source.group] ?? r.source.group },
        description: r.description,
      }));
    const id = sgIds[role];
    if (!id) {
      add(
        `security group ${name}`,
        specs.map((r) => `+ ${describeRuleSpec(r)}`),
      );
      continue;
    }
    const { toAdd, toRemove } = ruleDiff(await listIngressRules(ctx, id), specs);
    if (toAdd.length + toRemove.length === 0) unchanged.push(`security group ${name}`);
    else
      changes.push({
        action: 'change',
        resource: `security group ${name} (${id})`,
        details: [
          ...toAdd.map((r) => `+ ${describeRuleSpec(r)}`),
          ...toRemove.map((r) => `- ${describeAwsRule(r)}`),
        ],
      });
  }

  // Images: the same recipe is reused; anything else is baked anew.
  const imageIds: Record<ImageRole, string | undefined> = { locust: undefined, acapy: undefined };
  for (const role of ['locust', 'acapy'] as const) {
    const instance = await findSelectedInstance(ctx, c.images[role], `images.${role}`);
    const source = instance.InstanceId ?? '';
    const script = prepareScript(t, c, role);
    const recipe = imageRecipe(source, script);
    const current = (await findImages(ctx.clients, selector(c.name, `${role}-image`))).find(
      (i) => i.State === 'available' && tagMap(i.Tags)[RECIPE_TAG] === recipe,
    );
    imageIds[role] = current?.ImageId;
    scripts.push({
      id: `prepare-${role}-image`,
      title: `Prepare the ${role === 'locust' ? 'Locust' : 'ACA-Py'} image on ${source}`,
      runs: !current,
      why: current
        ? `image ${current.ImageId} was baked from this script (recipe ${recipe})`
        : `recipe ${recipe} has no image yet${optedIn(instance, c) ? '' : `; REFUSED: ${source} lacks the tag ${PREPARE_TAG}=${c.name}`}`,
      script,
    });
    if (current) unchanged.push(`${role} image ${current.ImageId}`);
    else
      add(`${role} image`, [
        `bake from ${source} (recipe ${recipe}): Docker reset ${c.images.resetDocker ? 'on' : 'off'}, ref ${c.source.ref}`,
      ]);
  }

  // Load balancers, target groups, listeners.
  const dns: Partial<Record<LoadBalancerKind, string>> = {};
  const balancing = await findLoadBalancing(ctx.clients, selector(c.name));
  for (const kind of ['admin', 'transport'] as const) {
    const lbName = kind === 'admin' ? names.adminLb : names.transportLb;
    const tgName = kind === 'admin' ? names.adminTg : names.transportTg;
    const port = kind === 'admin' ? c.acapy.listeners.admin : c.acapy.listeners.transport;
    const tg = balancing.targetGroups.find((x) => x.tags[TAG.role] === `acapy-${kind}-tg`);
    if (!tg)
      add(`target group ${tgName}`, [
        `HTTP ${kind === 'admin' ? c.acapy.ports.admin : c.acapy.ports.transport}, health ${targetGroupHealth(c, kind).HealthCheckPath}`,
      ]);
    else {
      const drift = healthDrift(tg, targetGroupHealth(c, kind));
      if (drift.length)
        changes.push({ action: 'change', resource: `target group ${tgName}`, details: drift });
      else unchanged.push(`target group ${tgName}`);
    }
    const lb = balancing.loadBalancers.find((x) => x.tags[TAG.role] === `acapy-${kind}-lb`);
    if (!lb) {
      add(`load balancer ${lbName}`, [`application, ${c.acapy.loadBalancerScheme}`]);
      add(`listener ${lbName}:${port}`, [`HTTP ${port} -> ${tgName}`]);
      continue;
    }
    dns[kind] = lb.DNSName;
    unchanged.push(`load balancer ${lbName}`);
    const listeners = await aws('DescribeListeners', `load balancer ${lbName}`, () =>
      ctx.clients.elbv2.send(new DescribeListenersCommand({ LoadBalancerArn: lb.LoadBalancerArn })),
    );
    const l = listeners.Listeners?.find((x) => x.Port === port);
    if (!l) add(`listener ${lbName}:${port}`, [`HTTP ${port} -> ${tgName}`]);
    else if (tg && l.DefaultActions?.[0]?.TargetGroupArn !== tg.TargetGroupArn) {
      changes.push({
        action: 'change',
        resource: `listener ${lbName}:${port}`,
        details: [`forward to ${tgName}`],
      });
    } else unchanged.push(`listener ${lbName}:${port}`);
  }

  // The master's configuration.
  const master = await describeMaster(ctx, c);
  const facts: ClusterFacts = {
    adminDns: dns.admin ?? OFFLINE_FACTS.adminDns,
    transportDns: dns.transport ?? OFFLINE_FACTS.transportDns,
    masterPrivateIp: master.privateIp,
  };
  const mScript = masterScript(t, c, facts);
  const hash = masterConfigHash(mScript);
  const lastRan = master.tags[MASTER_CONFIG_TAG];
  scripts.push({
    id: 'configure-master',
    title: `Configure the Locust master ${master.instanceId}`,
    runs: lastRan !== hash,
    why:
      lastRan === hash
        ? `the master last ran this script (hash ${hash})`
        : `the master last ran ${lastRan ? `a script with hash ${lastRan}` : 'no configuration of ours'}; this one is ${hash}${master.tags[PREPARE_TAG] === c.name ? '' : `; REFUSED: ${master.instanceId} lacks the tag ${PREPARE_TAG}=${c.name}`}`,
    script: mScript,
  });
  scripts.push({
    title: 'Verify the cluster (read-only checks on the master)',
    runs: true,
    why: 'every cluster-up ends with it',
    script: verifyScript(t, c, { adminDns: facts.adminDns }),
  });
  if (lastRan === hash) unchanged.push(`Locust master ${master.instanceId} configuration`);
  else
    changes.push({
      action: 'change',
      resource: `Locust master ${master.instanceId}`,
      details: ['rewrite .env and restart Locust as master (configuration changed)'],
    });

  // Launch templates: compared with the latest version as rendered now.
  const templateIds: Partial<Record<Tier, string>> = {};
  for (const tier of ['acapy', 'worker'] as const) {
    const name = templateName(c, tier);
    const data = tierTemplateData(c, tier, t, {
      imageId: imageIds[tier === 'acapy' ? 'acapy' : 'locust'] ?? '<new image>',
      perfSg: sgIds['perf-sg'] ?? '<perf-sg>',
      facts,
    });
    const [lt] = await findLaunchTemplates(ctx.clients, selector(c.name, `${tier}-template`));
    if (!lt) {
      add(`launch template ${name}`, [`version 1 (default): ${String(data.InstanceType)}`]);
      continue;
    }
    templateIds[tier] = lt.LaunchTemplateId;
    const v = await aws('DescribeLaunchTemplateVersions', `launch template ${name}`, () =>
      ctx.clients.ec2.send(
        new DescribeLaunchTemplateVersionsCommand({
          LaunchTemplateId: lt.LaunchTemplateId,
          Versions: ['$Latest'],
        }),
      ),
    );
    const latest = v.LaunchTemplateVersions?.[0];
    const have = latest?.LaunchTemplateData ?? {};
    if (canonical(have) === canonical(data)) {
      if (lt.DefaultVersionNumber !== latest?.VersionNumber) {
        changes.push({
          action: 'change',
          resource: `launch template ${name}`,
          details: [`default version ${lt.DefaultVersionNumber} -> ${latest?.VersionNumber}`],
        });
      } else unchanged.push(`launch template ${name} version ${latest?.VersionNumber}`);
      continue;
    }
    const next = (lt.LatestVersionNumber ?? 0) + 1;
    const fields = [
      'ImageId',
      'InstanceType',
      'SecurityGroupIds',
      'IamInstanceProfile',
      'MetadataOptions',
      'TagSpecifications',
    ]
      .filter(
        (k) =>
          canonical((have as Record<string, unknown>)[k]) !== canonical((data as Record<string, unknown>)[k]),
      )
      .map(
        (k) =>
          `${k}: ${canonical((have as Record<string, unknown>)[k])} -> ${canonical((data as Record<string, unknown>)[k])}`,
      );
    const oldUd = Buffer.from(have.UserData ?? '', 'base64').toString();
    const newUd = Buffer.from(data.UserData ?? '', 'base64').toString();
    changes.push({
      action: 'change',
      resource: `launch template ${name}`,
      details: [`new version ${next}, made the default`, ...fields],
      ...(oldUd !== newUd
        ? {
            diff: createTwoFilesPatch(
              `user data v${latest?.VersionNumber}`,
              `user data v${next}`,
              oldUd,
              newUd,
              '',
              '',
              { context: 2 },
            ),
          }
        : {}),
    });
  }

  // Groups.
  for (const tier of ['acapy', 'worker'] as const) {
    const name = groupName(c, tier);
    const g = await describeGroup(ctx, name);
    const cap = tierCapacity(c, tier);
    if (!g) {
      add(`auto scaling group ${name}`, [`min ${cap.min} / desired ${cap.desired} / max ${cap.max}`]);
      continue;
    }
    const drift = groupDrift(g, groupSettings(c, tier, templateIds[tier] ?? '', cap));
    if (drift.length)
      changes.push({ action: 'change', resource: `auto scaling group ${name}`, details: drift });
    else unchanged.push(`auto scaling group ${name}`);
  }

  // Parameters written from workflow secrets: presence only, through DescribeParameters, so the
  // read-only plan role needs no GetParameter on SecureStrings and never sees a value.
  const present = await parametersPresent(
    ctx.clients,
    storedSecrets(c).map(([name]) => name),
  );
  for (const [name] of storedSecrets(c)) {
    if (present.has(name)) unchanged.push(`parameter ${name}`);
    else add(`parameter ${name}`, ['SecureString from the workflow secret']);
  }
  const wanted = new Set(storedSecrets(c).map(([name]) => name));
  for (const p of await findParameters(ctx.clients, selector(c.name, 'secret'))) {
    if (p.Name && !wanted.has(p.Name))
      changes.push({
        action: 'remove',
        resource: `parameter ${p.Name}`,
        details: ['no longer referenced by the cluster file'],
      });
  }
  await Promise.all(
    scripts.map(async (s) => {
      if (!s.runs || !s.id) return;
      const last = await readLastRun(ctx, c, s.id);
      if (last && 'script' in last && last.script !== s.script)
        s.diff = createTwoFilesPatch('last run', 'this plan', last.script, s.script, '', '', { context: 2 });
    }),
  );
  return {
    cluster: c.name,
    changes,
    unchanged,
    scripts,
  };
}

export function livePlanMarkdown(plan: LivePlan, file: string): string {
  const out = [`## Plan for cluster ${mdText(plan.cluster)} (${mdText(file)}), against live state`, ''];
  if (plan.changes.length === 0) {
    out.push(`No changes. ${plan.unchanged.length} resources are up to date.`);
  } else {
    const count = (a: ChangeAction) => plan.changes.filter((c) => c.action === a).length;
    out.push(
      `${count('add')} to add, ${count('change')} to change, ${count('remove')} to remove; ${plan.unchanged.length} unchanged.`,
      '',
    );
    out.push('| action | resource | details |', '|---|---|---|');
    for (const c of plan.changes)
      out.push(`| ${c.action} | ${mdCell(c.resource)} | ${mdCellLines(c.details)} |`);
    for (const c of plan.changes.filter((x) => x.diff))
      out.push('', `### ${mdText(c.resource)}: user data`, '', fence('diff', c.diff ?? ''));
  }
  const runs = plan.scripts.filter((x) => x.runs);
  out.push('', '### Scripts this apply runs as root through SSM', '');
  for (const x of plan.scripts)
    out.push(`- ${x.runs ? '**runs**' : 'skipped'}: ${mdText(x.title)} (${mdText(x.why)})`);
  for (const x of runs) {
    if (x.diff) out.push('', `#### ${mdText(x.title)}: changes since it last ran`, '', fence('diff', x.diff));
    out.push(
      '',
      `<details><summary>${mdText(x.title)}</summary>`,
      '',
      fence('bash', x.script),
      '',
      '</details>',
    );
  }
  return `${out.join('\n')}\n`;
}
