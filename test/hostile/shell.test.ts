// Values that reach root shells. The schema refuses each payload in each field; and even when a
// value gets past validation (a bug, a new field), rendering quotes it: every script the toolkit
// sends runs under bash on a fake instance, and a canary proves no payload executed.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseClusterText } from '../../src/config/load.js';
import { ConfigError } from '../../src/config/problems.js';
import type { Cluster } from '../../src/config/schema.js';
import { TemplateSet } from '../../src/render/render.js';
import { ssmScripts } from '../../src/render/scripts.js';
import { acapyUserData, workerUserData } from '../../src/render/user-data.js';
import { exampleWith } from '../fixtures/cluster-files.js';
import { cluster, INSTANCE_PARAMETERS, SCRIPT_FACTS } from '../fixtures/example-cluster.js';
import { fakeInstance } from '../fixtures/shims.js';

const t = new TemplateSet();
const FACTS = SCRIPT_FACTS;
const PARAMS = INSTANCE_PARAMETERS;

const canaryDir = mkdtempSync(join(tmpdir(), 'akrida-canary-'));
const canary = join(canaryDir, 'PWNED');

/** Ways out of a shell word, a quoted string, a comment line or a here-doc. */
const PAYLOADS = [
  `main$(touch ${canary})`,
  `main\`touch ${canary}\``,
  `x'; touch ${canary}; '`,
  `x"; touch ${canary}; "`,
  `x\ntouch ${canary}\n`,
  `YAML\ntouch ${canary}\nYAML`,
  `x\r\ntouch ${canary}`,
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the literal text is the attack
  `$(touch${'${IFS}'}${canary})`,
];

type Setter = [string, (c: Cluster, v: string) => void];
/** Every field whose value ends up in a script, set on an already-validated cluster. */
const FIELDS: Setter[] = [
  ['name', (c, v) => Object.assign(c, { name: v })],
  ['region', (c, v) => Object.assign(c, { region: v })],
  ['source.ref', (c, v) => Object.assign(c.source, { ref: v })],
  ['source.repository', (c, v) => Object.assign(c.source, { repository: `https://example.org/${v}` })],
  ['source.locustService', (c, v) => Object.assign(c.source, { locustService: v })],
  ['source.compose.master', (c, v) => Object.assign(c.source.compose, { master: v })],
  ['source.compose.worker', (c, v) => Object.assign(c.source.compose, { worker: v })],
  ['source.compose.acapy', (c, v) => Object.assign(c.source.compose, { acapy: v })],
  ['source.locustFiles', (c, v) => Object.assign(c.source, { locustFiles: [v] })],
  ['acapy.databaseHost', (c, v) => Object.assign(c.acapy, { databaseHost: v })],
  ['acapy.genesisUrl', (c, v) => Object.assign(c.acapy, { genesisUrl: v })],
  ['acapy.environment', (c, v) => Object.assign(c.acapy, { environment: { EXTRA: v } })],
  [
    'acapy.secrets.adminApiKey',
    (c, v) => Object.assign(c.acapy.secrets, { adminApiKey: { parameter: `/a/${v}` } }),
  ],
  ['locust.ledger', (c, v) => Object.assign(c.locust, { ledger: v })],
  ['locust.schema', (c, v) => Object.assign(c.locust, { schema: v })],
  ['locust.messageToSend', (c, v) => Object.assign(c.locust, { messageToSend: v })],
  [
    'locust.issuer.headers',
    (c, v) => Object.assign(c.locust.issuer, { headers: { [v]: { githubSecret: 'T' } } }),
  ],
  ['locust.environment', (c, v) => Object.assign(c.locust, { environment: { EXTRA: v } })],
];

/** A checkout with every file the scripts look for, named as the cluster names them. */
function checkoutFor(c: Cluster): string {
  const dir = mkdtempSync(join(tmpdir(), 'akrida-hostile-checkout-'));
  const files = [
    c.source.compose.master,
    c.source.compose.worker ?? c.source.compose.master,
    c.source.compose.acapy,
    ...c.source.locustFiles.map((f) => `load-agent/locust-files/${f}`),
  ];
  for (const f of files) {
    try {
      mkdirSync(join(dir, f, '..'), { recursive: true });
      writeFileSync(join(dir, f), '');
    } catch {
      // A payload that is no file name: the script's own check reports it missing.
    }
  }
  return dir;
}

function scriptsOf(c: Cluster): { name: string; script?: string; refused?: string }[] {
  const out: { name: string; script?: string; refused?: string }[] = [];
  const attempt = (name: string, render: () => string) => {
    try {
      out.push({ name, script: render() });
    } catch (err) {
      out.push({ name, refused: err instanceof Error ? err.message : String(err) });
    }
  };
  attempt('acapy user data', () => acapyUserData(t, c, FACTS));
  attempt('worker user data', () => workerUserData(t, c, FACTS));
  try {
    // sample-load takes no value from the cluster file (and sleeps a second): not run here.
    for (const s of ssmScripts(t, c, FACTS).filter((x) => x.id !== 'sample-load'))
      out.push({ name: s.id, script: s.script });
  } catch (err) {
    // One script refused: render them one by one to test the others.
    for (const id of ['prepare-locust-image', 'prepare-acapy-image', 'configure-master', 'verify-cluster']) {
      attempt(id, () => {
        const s = ssmScripts(
          t,
          { ...c, acapy: { ...c.acapy, environment: {} }, locust: { ...c.locust, environment: {} } },
          FACTS,
        ).find((x) => x.id === id);
        if (!s) throw err;
        return s.script;
      });
    }
  }
  return out;
}

describe('shell: every payload is refused by the schema, in every field that reaches a script', () => {
  const YAML_FIELDS: [string, (string | number)[], (v: string) => unknown][] = [
    ['source.ref', ['source', 'ref'], (v) => v],
    ['source.directory', ['source', 'directory'], (v) => `/home/${v}`],
    ['source.locustService', ['source', 'locustService'], (v) => v],
    ['source.compose.worker', ['source', 'compose', 'worker'], (v) => v],
    ['source.locustFiles', ['source', 'locustFiles'], (v) => [`${v}.py`]],
    ['acapy.databaseHost', ['acapy', 'databaseHost'], (v) => v],

    ['locust.schema', ['locust', 'schema'], (v) => v],
    ['locust.ledger', ['locust', 'ledger'], (v) => v],
    ['parameter names', ['acapy', 'secrets', 'walletAccount'], (v) => ({ parameter: `/akrida/${v}` })],
  ];
  // Free text (a message, an extra .env value) may hold quotes and semicolons: it is text, quoted
  // by construction (the rendering half below proves it). What would act in a .env file or a
  // shell even inside quotes ($, backticks, line breaks) is refused there too.
  const FREE_TEXT: [string, (string | number)[], (v: string) => unknown][] = [
    ['acapy.environment', ['acapy', 'environment'], (v) => ({ EXTRA: v })],
    ['locust.messageToSend', ['locust', 'messageToSend'], (v) => v],
  ];
  test.each(FREE_TEXT)('%s refuses what acts even when quoted', (_name, path, wrap) => {
    for (const payload of PAYLOADS.filter((p) => /[$`\r\n]/.test(p))) {
      expect(() => parseClusterText(exampleWith([path, wrap(payload)]), 'clusters/hostile.yml')).toThrow(
        ConfigError,
      );
    }
  });

  test.each(YAML_FIELDS)('%s', (_name, path, wrap) => {
    for (const payload of PAYLOADS) {
      expect(() => parseClusterText(exampleWith([path, wrap(payload)]), 'clusters/hostile.yml')).toThrow(
        ConfigError,
      );
    }
  });
});

// Fields written into .env files, where a line break is refused outright, are set together; the
// rest together, so one refusal cannot hide whether the other scripts quote their values.
const ENV_FIELDS = new Set([
  'acapy.databaseHost',
  'acapy.genesisUrl',
  'acapy.environment',
  'locust.ledger',
  'locust.schema',
  'locust.messageToSend',
  'locust.environment',
]);
// The cluster name heads every script's comment, where a line break is refused: it goes alone.
const GROUPS: Setter[][] = [
  FIELDS.filter(([f]) => f === 'name'),
  FIELDS.filter(([f]) => f !== 'name' && !ENV_FIELDS.has(f)),
  FIELDS.filter(([f]) => ENV_FIELDS.has(f)),
];

describe('shell: rendering quotes what validation would have refused', () => {
  test.each(PAYLOADS.map((p) => [JSON.stringify(p), p]))('payload %s in every field', (_title, payload) => {
    rmSync(canary, { force: true });
    let ran = 0;
    for (const group of GROUPS) {
      const c = structuredClone(cluster());
      for (const [, set] of group) set(c, payload);
      const dir = checkoutFor(c);
      c.source.directory = dir;
      c.source.acapyDirectory = dir;
      for (const s of scriptsOf(c)) {
        if (s.refused) {
          // Refusing to render is an acceptable answer, with a message that says why.
          expect(s.refused).toMatch(
            /line break|control character|not a plain|expects|not a file name|one line/,
          );
          continue;
        }
        const inst = fakeInstance({ parameters: PARAMS });
        writeFileSync(join(inst.bin, 'git'), '#!/bin/bash\nexit 0\n', { mode: 0o755 });
        inst.run(s.script ?? '', dir);
        ran++;
        if (existsSync(canary))
          throw new Error(`payload ran in ${s.name} (fields ${group.map(([f]) => f).join(', ')})`);
      }
    }
    // Not vacuous: scripts rendered with the payload in them and ran.
    expect(ran).toBeGreaterThanOrEqual(4);
  });
});
