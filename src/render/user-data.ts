// The launch-template user data of each tier, rendered from templates/.
import type { Cluster } from '../config/schema.js';
import { acapyEnv, type ClusterFacts, type EnvEntry, locustEnv } from './env-files.js';
import type { TemplateSet } from './render.js';

/** Entries with every flag set, as strict templates need. */
export function envForTemplate(entries: readonly EnvEntry[]) {
  return entries.map((e) => ({
    key: e.key,
    isValue: 'value' in e,
    isSecret: 'secret' in e,
    isHeaders: 'headers' in e,
    isImds: 'imds' in e,
    value: 'value' in e ? e.value : '',
    secret: 'secret' in e ? e.secret : '',
    headers: 'headers' in e ? e.headers : [],
    imds: 'imds' in e ? e.imds : '',
  }));
}

export function acapyUserData(t: TemplateSet, c: Cluster, f: ClusterFacts): string {
  return t.render('acapy-user-data.sh.hbs', {
    cluster: c.name,
    region: c.region,
    directory: c.source.acapyDirectory,
    composeFile: c.source.compose.acapy,
    env: envForTemplate(acapyEnv(c, f)),
  });
}

/** The compose file the workers build and run: their own if the file names one, else the master's. */
export function workerComposeFile(c: Cluster): string {
  return c.source.compose.worker ?? c.source.compose.master;
}

export function workerUserData(t: TemplateSet, c: Cluster, f: ClusterFacts): string {
  return t.render('locust-worker-user-data.sh.hbs', {
    cluster: c.name,
    region: c.region,
    directory: c.source.directory,
    composeFile: workerComposeFile(c),
    // With the master's compose file, an override runs its Locust service as a worker.
    override: c.source.compose.worker === undefined,
    service: c.source.locustService,
    env: envForTemplate(locustEnv(c, f, 'worker')),
  });
}
