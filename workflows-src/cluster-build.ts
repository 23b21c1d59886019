// The cluster build as a job graph: both images bake while the security groups and load balancers
// are made; the ACA-Py tier starts when its image and load balancers exist; workers start when the
// master is configured. cluster-up and cluster-apply share it.
import { action, approvalJob, awsJob, type Job, validateJob, workflowSecrets } from './fragments.js';

function imageJob(role: 'locust' | 'acapy', label: string): Job {
  return awsJob(
    `${label === 'ACA-Py' ? 'ACA-Py' : 'Locust'} image`,
    [],
    [
      action(
        'create-ami',
        `Bake the ${label} image`,
        { role, rebuild: '${{ inputs.rebuild-images }}' },
        { id: 'ami' },
      ),
    ],
    { outputs: { 'image-id': `\${{ steps.ami.outputs.${role}-image-id }}` } },
  );
}

/** A tier: render its launch template, make the version the default, ensure its group. */
function tierJob(
  tier: 'acapy' | 'worker',
  name: string,
  needs: string[],
  refresh: string,
  group: { title: string; inputs: Record<string, string> },
): Job {
  const image = tier === 'acapy' ? 'acapy-image' : 'locust-image';
  return awsJob(
    name,
    needs,
    [
      action(
        'render-launch-template',
        `Render the ${tier === 'acapy' ? 'ACA-Py' : 'worker'} launch template`,
        {
          tier,
          'image-id': `\${{ needs.${image}.outputs.image-id }}`,
          'perf-sg': '${{ needs.security-groups.outputs.perf-sg }}',
        },
        { id: 'lt' },
      ),
      action('set-default-template-version', 'Make it the default version', {
        tier,
        version: '${{ steps.lt.outputs.version }}',
        refresh,
      }),
      action('ensure-auto-scaling-group', group.title, { tier, ...group.inputs }),
    ],
    { outputs: { version: '${{ steps.lt.outputs.version }}' } },
  );
}

export function buildJobs(opts: { refresh: string }): Record<string, Job> {
  const refresh = opts.refresh;
  return {
    validate: validateJob(),
    approve: approvalJob('cluster-up'),
    secrets: awsJob(
      'Store secrets',
      [],
      [
        action(
          'store-secrets',
          'Store workflow secrets as SecureString parameters',
          {},
          {
            env: Object.fromEntries(workflowSecrets().map((s) => [s, `\${{ secrets.${s} }}`])),
          },
        ),
        action(
          'renew-expiry',
          "Renew the cluster's expiry (an apply keeps a cluster in use from the sweeper)",
        ),
      ],
    ),
    'security-groups': awsJob(
      'Security groups',
      [],
      [action('ensure-security-groups', 'Ensure security groups and rules', {}, { id: 'sg' })],
      {
        outputs: { 'lb-sg': '${{ steps.sg.outputs.lb-sg }}', 'perf-sg': '${{ steps.sg.outputs.perf-sg }}' },
      },
    ),
    'locust-image': imageJob('locust', 'Locust worker'),
    'acapy-image': imageJob('acapy', 'ACA-Py'),
    'load-balancers': awsJob(
      'ACA-Py load balancers',
      ['security-groups'],
      [
        action(
          'ensure-load-balancer',
          'Ensure admin and transport load balancers',
          { 'lb-sg': '${{ needs.security-groups.outputs.lb-sg }}' },
          { id: 'lb' },
        ),
      ],
      {
        outputs: {
          'admin-dns': '${{ steps.lb.outputs.admin-dns }}',
          'transport-dns': '${{ steps.lb.outputs.transport-dns }}',
        },
      },
    ),
    'locust-master': awsJob(
      'Locust master',
      ['load-balancers', 'secrets'],
      [action('configure-locust-master', 'Configure the Locust master', {}, { id: 'master' })],
      {
        outputs: { 'master-ip': '${{ steps.master.outputs.master-ip }}' },
      },
    ),
    'acapy-tier': tierJob(
      'acapy',
      'ACA-Py tier',
      ['acapy-image', 'load-balancers', 'secrets', 'security-groups'],
      refresh,
      {
        title: 'Ensure the ACA-Py group and wait for healthy targets',
        inputs: {},
      },
    ),
    'worker-tier': tierJob(
      'worker',
      'Locust worker tier',
      ['locust-image', 'locust-master', 'security-groups'],
      refresh,
      {
        title: 'Ensure the worker group',
        inputs: { workers: '${{ inputs.workers }}' },
      },
    ),
    verify: awsJob(
      'Verify and summarise',
      [
        'secrets',
        'security-groups',
        'locust-image',
        'acapy-image',
        'load-balancers',
        'locust-master',
        'acapy-tier',
        'worker-tier',
      ],
      [
        action('verify-cluster', 'Verify the cluster', {}, { id: 'verify' }),
        action(
          'summarize-cluster',
          'Summarise the cluster, its cost and the time each job took',
          { jobs: '${{ toJSON(needs) }}' },
          { if: 'always()' },
        ),
      ],
    ),
  };
}
