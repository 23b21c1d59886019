// `akrida init NAME`: a new cluster file from the example, renamed, with its parameter paths under
// the new name and a header that says what to replace. Checked by the same loader before writing.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseClusterText } from '../config/load.js';
import { UsageError } from './options.js';

export class InitError extends Error {
  override name = 'InitError';
}

const NAME = /^[a-z][a-z0-9-]{1,20}[a-z0-9]$/;

const GUIDANCE = `# Cluster {name}, made by \`akrida init\` from the example cluster file. Before the first run, replace:
#   network.vpcId, network.vpcCidrs, network.subnetIds   your VPC and two or more subnets
#   access.operatorCidrs                                  the addresses allowed to reach admin and Locust
#   images.*.tags, locust.master.instance.tags            the tags of your stand-alone instances
#   acapy.genesisUrl, acapy.databaseHost, locust.schema, locust.credDef, locust.mediation.url
#   loadTest.*, teardown.*                                users, gates, schedule and time to live
# and create the Parameter Store values under /akrida/{name}/ (or name a workflow
# secret instead: { githubSecret: ACAPY_ADMIN_API_KEY }).
# Then: akrida validate clusters/{name}.yml && akrida plan --cluster clusters/{name}.yml
`;

const FROM_ZERO_GUIDANCE = `# Cluster {name}, made by \`akrida init --from-zero\` from clusters/example.yml. Before the first run, replace:
#   network.vpcId, network.vpcCidrs, network.subnetIds   your VPC and two or more private subnets
#   access.operatorCidrs                                  the addresses allowed to reach admin and Locust
#   machines.issuer.registerUrl                           your ledger's registration endpoint (or remove it
#                                                         and anchor the DID by hand when cluster-up asks)
#   acapy.genesisUrl, loadTest.*, teardown.*              the ledger, users, gates, schedule and time to live
# The toolkit makes the machines, the secrets marked { generated: … } and the issuer's ids.
# Then: akrida validate clusters/{name}.yml && akrida plan --cluster clusters/{name}.yml
`;

export function scaffold(name: string, example: string, fromZero = false): string {
  if (!NAME.test(name))
    throw new UsageError(
      `${name} is not a usable cluster name: 3-22 characters, lower-case letters, digits and -, starting with a letter (e.g. perf-team)`,
    );
  const source = readFileSync(example, 'utf8');
  const old = /^name: (\S+)$/m.exec(source)?.[1];
  if (!old) throw new InitError(`${example} has no top-level name: to replace`);
  const body = source
    .split('\n')
    // The example's own header goes (the guidance replaces it): its leading comment lines.
    .filter(
      (l, i, all) =>
        !(
          l.startsWith('#') &&
          !l.startsWith('# yaml-language-server') &&
          all.slice(1, i).every((x) => x.startsWith('#'))
        ),
    )
    .join('\n')
    .replace(/^name: .*$/m, `name: ${name}`)
    .split(`/akrida/${old}/`)
    .join(`/akrida/${name}/`);
  const [schemaLine, ...rest] = body.split('\n');
  const guidance = fromZero ? FROM_ZERO_GUIDANCE : GUIDANCE;
  return `${schemaLine}\n${guidance.split('{name}').join(name)}${rest.join('\n')}`;
}

/** Writes clusters/NAME.yml (or into dir); refuses to overwrite. Returns the path written. */
export function initCluster(
  name: string,
  opts: { dir: string; example: string; force?: boolean | undefined; fromZero?: boolean | undefined },
): string {
  const path = join(opts.dir, `${name}.yml`);
  if (existsSync(path) && !opts.force) throw new UsageError(`${path} exists; pass --force to replace it`);
  const text = scaffold(name, opts.example, opts.fromZero);
  parseClusterText(text, path); // the scaffold must itself be a valid cluster file
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return path;
}
