// An action's interface is declared once, in its definition (actions/<name>/src/main.ts); action.yml
// and docs/actions/<name>.md are generated from it. These tests fail when a committed action.yml and
// its definition disagree on an input, whether it is required, its default, or an output, and show
// that an edit on either side is caught.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { actions } from '../../actions/index.js';
import { actionNames } from '../../scripts/bundle.js';
import type { ActionInterface } from '../../src/action/define-action.js';
import { actionYml } from '../../src/action-docs.js';

interface Yml {
  inputs?: Record<string, { required?: boolean; default?: unknown }>;
  outputs?: Record<string, unknown>;
}

/** Each way an action.yml and a definition disagree, in words. */
function disagreements(ymlText: string, def: ActionInterface): string[] {
  const yml = parse(ymlText) as Yml;
  const out: string[] = [];
  const declared = new Map(def.inputs.map((i) => [i.name, i.declared]));
  for (const name of new Set([...declared.keys(), ...Object.keys(yml.inputs ?? {})])) {
    const d = declared.get(name);
    const y = yml.inputs?.[name];
    if (!d) out.push(`input ${name}: in action.yml, not in the definition`);
    else if (!y) out.push(`input ${name}: in the definition, not in action.yml`);
    else if ('required' in d !== (y.required === true))
      out.push(`input ${name}: required in ${'required' in d ? 'the definition' : 'action.yml'} only`);
    else if ('default' in d && String(y.default ?? '') !== d.default)
      out.push(
        `input ${name}: default "${String(y.default ?? '')}" in action.yml, "${d.default}" in the definition`,
      );
  }
  const outputs = Object.keys(def.outputs);
  for (const name of new Set([...outputs, ...Object.keys(yml.outputs ?? {})])) {
    if (!outputs.includes(name)) out.push(`output ${name}: in action.yml, not in the definition`);
    else if (!yml.outputs?.[name]) out.push(`output ${name}: in the definition, not in action.yml`);
  }
  return out;
}

const committed = (name: string) => readFileSync(`actions/${name}/action.yml`, 'utf8');

test('actions/index.ts lists every action folder', () => {
  expect(Object.keys(actions).sort()).toEqual(actionNames());
});

describe.each(actionNames())('%s', (name) => {
  const def = actions[name]?.definition as ActionInterface;

  test('action.yml agrees with the definition on every input, default and output', () => {
    expect(def.id).toBe(name);
    expect(disagreements(committed(name), def)).toEqual([]);
  });

  test('action.yml is exactly what the definition generates (npm run build)', () => {
    expect(committed(name)).toBe(actionYml(def));
  });
});

describe('a disagreement is caught', () => {
  const def = actions['create-ami']?.definition as ActionInterface;
  const yml = committed('create-ami');

  test('a default changed in action.yml', () => {
    const edited = yml.replace('default: both', 'default: acapy');
    expect(edited).not.toBe(yml);
    expect(disagreements(edited, def)).toEqual([
      'input role: default "acapy" in action.yml, "both" in the definition',
    ]);
    expect(edited).not.toBe(actionYml(def));
  });

  test('an input made optional in action.yml', () => {
    const edited = yml.replace(/(cluster:\n.*\n {4})required: true/, '$1default: ""');
    expect(disagreements(edited, def)).toEqual(['input cluster: required in the definition only']);
  });

  test('an input added to the definition, a default changed there, an output dropped', () => {
    const changed: ActionInterface = {
      ...def,
      inputs: [
        ...def.inputs.map((i) => (i.name === 'rebuild' ? { ...i, declared: { default: 'true' } } : i)),
        { name: 'dry-run', description: 'x', declared: { default: 'false' } },
      ],
      outputs: { 'locust-image-id': 'x' },
    };
    expect(disagreements(yml, changed)).toEqual([
      'input rebuild: default "false" in action.yml, "true" in the definition',
      'input dry-run: in the definition, not in action.yml',
      'output acapy-image-id: in action.yml, not in the definition',
    ]);
    // The generated file differs, so the drift test (generatedFiles) fails until npm run build.
    expect(actionYml(changed)).not.toBe(yml);
  });
});
