// The simulator reads the scripts as production renders them: no line exists for its sake.
import { TemplateSet } from '../../src/render/render.js';
import { ssmScripts } from '../../src/render/scripts.js';
import { SimulatorDataError } from '../../src/sim/errors.js';
import {
  assigned,
  assignedList,
  needed,
  purposeOf,
  secretsRead,
  shellWords,
} from '../../src/sim/script-facts.js';
import { cluster, SCRIPT_FACTS } from '../fixtures/example-cluster.js';

const scripts = ssmScripts(new TemplateSet(), cluster(), SCRIPT_FACTS);
const script = (id: string) => scripts.find((s) => s.id === id)?.script ?? '';

test('no script carries a machine-readable header', () => {
  for (const s of scripts) expect(s.script).not.toMatch(/akrida-ops: \{/);
});

test("each script's purpose is its first comment line", () => {
  expect(Object.fromEntries(scripts.map((s) => [s.id, purposeOf(s.script)]))).toEqual({
    'prepare-locust-image': 'prepare-image',
    'prepare-acapy-image': 'prepare-image',
    'configure-master': 'configure-master',
    'verify-cluster': 'verify',
    'sample-load': 'sample-load',
    'locust-http': 'locust-http',
    'collect-logs': 'collect-logs',
  });
  expect(purposeOf('#!/bin/bash\necho hello\n')).toBeUndefined();
});

test('the values the simulator needs are the shell assignments the script runs', () => {
  const master = script('configure-master');
  expect(assigned(master, 'directory')).toBe(cluster().source.directory);
  expect(assignedList(master, 'required')).toEqual([
    cluster().source.compose.master,
    ...cluster().source.locustFiles.map((f) => `load-agent/locust-files/${f}`),
  ]);
  const verify = script('verify-cluster');
  expect(new URL(assigned(verify, 'admin') ?? '').hostname).toBe(SCRIPT_FACTS.adminDns);
  expect(secretsRead(verify)).toHaveLength(1);
});

test("shell words read shq's quoting back", () => {
  expect(shellWords(`'a b' 'it'\\''s' c)  ignored`)).toEqual(['a b', "it's", 'c']);
});

test('a script without the assignment the simulator reads is a named error, not a guess', () => {
  const bare = '#!/bin/bash\n# Configure the Locust master.\necho hi\n';
  expect(() => needed(assigned(bare, 'directory'), 'directory=', 'configure-master')).toThrow(
    SimulatorDataError,
  );
});
