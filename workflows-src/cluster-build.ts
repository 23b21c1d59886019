// The cluster build as a job graph: both images bake while the security groups and load balancers
// are made; the ACA-Py tier starts when its image and load balancers exist; workers start when the
// master is configured. cluster-up and cluster-apply share it.
import { action, awsJob, type Job, validateJob } from './fragments.js';

export function buildJobs(opts: { refresh: string }): Record<string, Job> {
  const refresh = opts.refresh;
  return {
    validate: validateJob(),
    secrets: awsJob(
      'Store secrets',
      [],
      [
        action(
          'store-secrets',
          'Store workflow secrets as SecureString parameters',
          {},
          {
            env: {
              WALLET_ADMIN_PASSWORD: '${{ secrets.WALLET_ADMIN_PASSWORD }}',
              ISSUER_BEARER_TOKEN: '${{ secrets.ISSUER_BEARER_TOKEN }}',
            },
          },
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
    'locust-image': awsJob(
      'Locust image',
      [],
      [
        action(
          'create-ami',
          'Bake the Locust worker image',
          { role: 'locust', rebuild: '${{ inputs.rebuild-images }}' },
          { id: 'ami' },
        ),
      ],
      {
        outputs: { 'image-id': '${{ steps.ami.outputs.locust-image-id }}' },
      },
    ),
    'acapy-image': awsJob(
      'ACA-Py image',
      [],
      [
        action(
          'create-ami',
          'Bake the ACA-Py image',
          { role: 'acapy', rebuild: '${{ inputs.rebuild-images }}' },
          { id: 'ami' },
        ),
      ],
      {
        outputs: { 'image-id': '${{ steps.ami.outputs.acapy-image-id }}' },
      },
    ),
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
    'acapy-tier': awsJob(
      'ACA-Py tier',
      ['acapy-image', 'load-balancers', 'secrets', 'security-groups'],
      [
        action(
          'render-launch-template',
          'Render the ACA-Py launch template',
          {
            tier: 'acapy',
            'image-id': '${{ needs.acapy-image.outputs.image-id }}',
            'perf-sg': '${{ needs.security-groups.outputs.perf-sg }}',
          },
          { id: 'lt' },
        ),
        action('set-default-template-version', 'Make it the default version', {
          tier: 'acapy',
          version: '${{ steps.lt.outputs.version }}',
          refresh,
        }),
        action('ensure-auto-scaling-group', 'Ensure the ACA-Py group and wait for healthy targets', {
          tier: 'acapy',
        }),
      ],
      {
        outputs: { version: '${{ steps.lt.outputs.version }}' },
      },
    ),
    'worker-tier': awsJob(
      'Locust worker tier',
      ['locust-image', 'locust-master', 'security-groups'],
      [
        action(
          'render-launch-template',
          'Render the worker launch template',
          {
            tier: 'worker',
            'image-id': '${{ needs.locust-image.outputs.image-id }}',
            'perf-sg': '${{ needs.security-groups.outputs.perf-sg }}',
          },
          { id: 'lt' },
        ),
        action('set-default-template-version', 'Make it the default version', {
          tier: 'worker',
          version: '${{ steps.lt.outputs.version }}',
          refresh,
        }),
        action('ensure-auto-scaling-group', 'Ensure the worker group', {
          tier: 'worker',
          workers: '${{ inputs.workers }}',
        }),
      ],
      {
        outputs: { version: '${{ steps.lt.outputs.version }}' },
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
