// Every script the toolkit sends through SSM Run Command, rendered from templates/. One place, so
// the plan can show each of them in full and the operations send exactly what the plan showed.
import { adminUrl as adminEndpoint } from '../cluster/listeners.js';
import { parameterName } from '../cluster/secrets.js';
import type { Cluster } from '../config/schema.js';
import { type ClusterFacts, locustEnv, secretEnvKeys } from './env-files.js';
import { issuerApiInput, machineInputs, OFFLINE_MACHINE_FACTS } from './machine-inputs.js';
import { machineSsmScripts } from './machine-scripts.js';
import type { TemplateSet } from './render.js';
import { envForTemplate, workerComposeFile } from './user-data.js';

export type ImageRole = 'locust' | 'acapy';

export function prepareScript(t: TemplateSet, c: Cluster, role: ImageRole): string {
  const locust = role === 'locust';
  const directory = locust ? c.source.directory : c.source.acapyDirectory;
  const composeFiles = locust
    ? [...new Set([c.source.compose.master, workerComposeFile(c)])]
    : [c.source.compose.acapy];
  return t.render('prepare-image.sh.hbs', {
    region: c.region,
    role,
    resetDocker: c.images.resetDocker,
    directory,
    checkout: locust,
    ref: c.source.ref,
    composeFiles,
  });
}

/**
 * Where Akrida's locustfiles are in its checkout: its Dockerfile adds ./load-agent as the image's
 * working directory, where the compose command's `locust -f locust-files/...` finds them.
 */
export const LOCUSTFILES_DIR = 'load-agent/locust-files';

export function masterScript(t: TemplateSet, c: Cluster, facts: ClusterFacts): string {
  const requires = [c.source.compose.master, ...c.source.locustFiles.map((f) => `${LOCUSTFILES_DIR}/${f}`)];
  return t.render('configure-master.sh.hbs', {
    region: c.region,
    directory: c.source.directory,
    ref: c.source.ref,
    requires,
    service: c.source.locustService,
    composeFile: c.source.compose.master,
    env: envForTemplate(locustEnv(c, facts, 'master')),
  });
}

export function verifyScript(t: TemplateSet, c: Cluster, input: { adminDns: string }): string {
  const adminUrl = adminEndpoint(c, input.adminDns);
  const apiKeyParameter = parameterName(c, c.acapy.secrets.adminApiKey);
  const locustStatsUrl = `http://127.0.0.1:${c.locust.master.webPort}/stats/requests`;
  return t.render('verify-cluster.sh.hbs', {
    region: c.region,
    apiKeyParameter,
    adminUrl,
    locustStatsUrl,
  });
}

/** After EBS grew a machine's root volume: its partition and file system follow. */
export function growRootScript(t: TemplateSet, c: Cluster, role: string, sizeGiB: number): string {
  return t.render('grow-root-volume.sh.hbs', { cluster: c.name, role, sizeGiB });
}

/**
 * What collect-logs prints per project: the latest lines, masked, within half of the 24,000
 * characters of stdout GetCommandInvocation returns (two projects and their headers fit).
 */
export const COLLECTED_LOGS = { lines: 200, characters: 11_000 } as const;

/** What every template rendered for a cluster on demand (run-on-instances) is given. */
export function onDemandContext(c: Cluster): Record<string, unknown> {
  const keys = secretEnvKeys(c);
  return {
    cluster: c.name,
    region: c.region,
    directory: c.source.directory,
    acapyDirectory: c.source.acapyDirectory,
    secretKeys: keys.secret.join(','),
    headerKeys: keys.headers.join(','),
    ...COLLECTED_LOGS,
  };
}

/** On demand (run-on-instances): the compose logs of every project the toolkit started, secrets masked. */
export function collectLogsScript(t: TemplateSet, c: Cluster): string {
  return t.render('collect-logs.sh.hbs', onDemandContext(c));
}

/** During a load test, on each worker: CPU and memory of the whole instance. */
export function sampleLoadScript(t: TemplateSet): string {
  return t.render('sample-load.sh.hbs', {});
}

/** During a load test, on the master: one call to Locust's web API, answered in chunks. */
export function locustHttpScript(
  t: TemplateSet,
  call: { file: string; first: boolean; offset: number; chunk: number; url: string; form: string[] },
): string {
  return t.render('locust-http.sh.hbs', call);
}

export interface SsmScript {
  id: string;
  title: string;
  /** When and where it runs. */
  when: string;
  script: string;
}

/** Every script a cluster's workflows send, as the plan shows them. */
export function ssmScripts(t: TemplateSet, c: Cluster, facts: ClusterFacts): SsmScript[] {
  const issuer = issuerApiInput(c);
  const machines = machineSsmScripts(t, {
    machines: machineInputs(c, {
      ...OFFLINE_MACHINE_FACTS,
      ...(facts.databaseIp ? { databaseIp: facts.databaseIp } : {}),
    }),
    ...(issuer ? { issuer } : {}),
  });
  return [
    ...machines,
    {
      id: 'prepare-locust-image',
      title: 'Prepare the Locust image',
      when: 'cluster-up, on the stand-alone Locust instance before it is imaged (only when its recipe changed)',
      script: prepareScript(t, c, 'locust'),
    },
    {
      id: 'prepare-acapy-image',
      title: 'Prepare the ACA-Py image',
      when: 'cluster-up, on the stand-alone ACA-Py instance before it is imaged (only when its recipe changed)',
      script: prepareScript(t, c, 'acapy'),
    },
    {
      id: 'configure-master',
      title: 'Configure the Locust master',
      when: 'cluster-up, on the Locust master (only when this script changed)',
      script: masterScript(t, c, facts),
    },
    {
      id: 'verify-cluster',
      title: 'Verify the cluster',
      when: 'cluster-up, on the Locust master, read-only checks',
      script: verifyScript(t, c, { adminDns: facts.adminDns }),
    },
    {
      id: 'sample-load',
      title: 'Sample worker load',
      when: 'load-test, on each Locust worker while the test runs',
      script: sampleLoadScript(t),
    },
    {
      id: 'locust-http',
      title: "Call Locust's web API",
      when: 'load-test, on the Locust master (one call per request; this one reads the statistics)',
      script: locustHttpScript(t, {
        file: '/tmp/akrida-ops-locust-<id>.gz',
        first: true,
        offset: 0,
        chunk: 16000,
        url: `http://127.0.0.1:${c.locust.master.webPort}/stats/requests`,
        form: [],
      }),
    },
    {
      id: 'collect-logs',
      title: 'Collect logs',
      when: 'on demand (run-on-instances), on the instances an operator names',
      script: collectLogsScript(t, c),
    },
  ];
}
