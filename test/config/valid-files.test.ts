import { readFileSync } from 'node:fs';
import { loadClusterFile, parseClusterText } from '../../src/config/load.js';
import { sizeWorkers } from '../../src/config/sizing.js';
import { generatedFiles } from '../../src/generated.js';
import { EXAMPLE_FILE, exampleWith } from '../fixtures/cluster-files.js';

describe('a valid cluster file', () => {
  test('the shipped example loads with the seed procedure defaults filled in', () => {
    const { cluster, warnings } = loadClusterFile(EXAMPLE_FILE);
    expect(warnings).toEqual([]);
    expect(cluster.acapy.ports).toEqual({ admin: 8150, transport: 8151 });
    expect(cluster.acapy.listeners).toEqual({ admin: 8080, transport: 80 });
    expect(cluster.acapy.healthCheck).toEqual({
      adminPath: '/status/live',
      transportPath: '/',
      healthyThreshold: 2,
      unhealthyThreshold: 2,
      timeoutSeconds: 10,
      intervalSeconds: 12,
      successCodes: '200',
    });
    expect(cluster.acapy.warmupSeconds).toBe(300);
    expect(cluster.locust.workers.warmupSeconds).toBe(3600);
    expect(cluster.locust.master).toMatchObject({ webPort: 8089, bindPort: 8090 });
    expect(cluster.acapy.services).toEqual({ postgres: 5432, redis: 6379, mediator: 3000, tails: 6543 });
    expect(cluster.acapy.loadBalancerScheme).toBe('internal');
  });

  test('Spot workers are off unless the file asks; asked, the defaults fill the rest', () => {
    expect(loadClusterFile(EXAMPLE_FILE).cluster.locust.workers.spot).toBeUndefined();
    expect(loadClusterFile(EXAMPLE_FILE).cluster.locust.workers.maxLostShare).toBe(0.05);
    const { cluster, warnings } = parseClusterText(
      exampleWith([['locust', 'workers', 'spot'], { instanceTypes: ['t3.xlarge', 'm5.xlarge'] }]),
      'c.yml',
    );
    expect(warnings).toEqual([]);
    expect(cluster.locust.workers.spot).toEqual({
      instanceTypes: ['t3.xlarge', 'm5.xlarge'],
      onDemandBase: 0,
      spotPercent: 100,
      allocationStrategy: 'price-capacity-optimized',
      capacityRebalance: true,
    });
    // A base that covers every worker leaves none on Spot: said, not refused.
    const all = parseClusterText(
      exampleWith([
        ['locust', 'workers', 'spot'],
        { instanceTypes: ['t3.xlarge', 'm5.xlarge'], onDemandBase: 2 },
      ]),
      'c.yml',
    );
    expect(all.warnings.map((w) => w.message)).toEqual([
      'the on-demand base (2) covers all 2 workers: none runs on Spot',
    ]);
  });

  test('tags default to the seed type=Perf', () => {
    const { cluster } = parseClusterText(exampleWith([['tags']]), 'c.yml');
    expect(cluster.tags).toEqual({ type: 'Perf' });
  });

  test('0.0.0.0/0 with the explicit opt-in is accepted, loudly', () => {
    const text = exampleWith([['access'], { operatorCidrs: ['0.0.0.0/0'], allowAnywhere: true }]);
    const { warnings } = parseClusterText(text, 'c.yml');
    expect(warnings.map((w) => `${w.severity} ${w.message}`)).toEqual([
      'warning these ranges open the ACA-Py admin listener and Locust UI to 100 % of the IPv4 internet',
    ]);
  });

  test('the removed upstream master compose file is a warning with a hint', () => {
    const { warnings } = parseClusterText(
      exampleWith([['source', 'compose', 'master'], 'master.docker-compose.yml']),
      'c.yml',
    );
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({
      severity: 'warning',
      path: ['source', 'compose', 'master'],
      hint: 'check the file exists at source.ref',
    });
  });

  test('workers are sized from targetUsers by ports and memory', () => {
    const text = exampleWith(
      [['locust', 'workers', 'count']],
      [['locust', 'workers', 'targetUsers'], 1000],
      [['loadTest', 'users'], 1000],
    );
    const { cluster } = parseClusterText(text, 'c.yml');
    // t3.xlarge: 16384 MiB less 1024 reserved at 100 MiB each = 153 agents; 501 ports.
    expect(sizeWorkers(cluster)).toEqual({
      workers: 7,
      usersPerWorker: 143,
      portsPerWorker: 501,
      memoryUsersPerWorker: 153,
      maxUsersPerWorker: 153,
    });
  });

  test('a secret may be a Parameter Store name or a workflow secret', () => {
    const { cluster } = loadClusterFile(EXAMPLE_FILE);
    expect(cluster.acapy.secrets.adminApiKey).toEqual({
      parameter: '/akrida/perf-example/acapy-admin-api-key',
    });
    expect(cluster.acapy.secrets.walletAdminPassword).toEqual({ githubSecret: 'WALLET_ADMIN_PASSWORD' });
  });
});

describe('generated files', () => {
  test.each(generatedFiles().map((f) => [f.path, f]))(
    '%s matches its source (run npm run build)',
    (_p, f) => {
      expect(readFileSync(f.path, 'utf8')).toBe(f.content);
    },
  );

  test('the example names the JSON schema for editors', () => {
    expect(readFileSync(EXAMPLE_FILE, 'utf8').split('\n')[0]).toBe(
      '# yaml-language-server: $schema=../schema/cluster.schema.json',
    );
  });
});
