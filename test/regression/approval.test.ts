// What the approver of a regression sees before anything is written: the runs in order, what each
// variant changes in Akrida's checkout, and every script the run sends, in full.
import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { parseClusterText } from '../../src/config/load.js';
import { regressionPlanMarkdown } from '../../src/regression/approval.js';
import { TemplateSet } from '../../src/render/render.js';

test('the plan lists the interleaved runs, each variant’s changes, and the scripts', () => {
  const doc = parseDocument(readFileSync('clusters/example.yml', 'utf8'));
  doc.setIn(
    ['regression', 'variants'],
    doc.createNode([
      { name: 'acapy-1-3', acapyTag: 'py3.12-1.3.0', walletType: 'askar', baseline: true },
      {
        name: 'acapy-1-4',
        acapyTag: 'py3.12-1.4.0',
        walletType: 'askar',
        settings: { 'log-level': 'warning' },
      },
      { name: 'future', acapyTag: 'py3.12-9.9.0', walletType: 'askar' },
    ]),
  );
  const c = parseClusterText(doc.toString(), 'clusters/example.yml').cluster;
  const md = regressionPlanMarkdown(new TemplateSet(), c);
  expect(md).toContain(
    'Runs, interleaved: acapy-1-3#1 → acapy-1-4#1 → future#1 → acapy-1-3#2 → acapy-1-4#2 → future#2.',
  );
  expect(md).toContain(
    '| acapy-1-4 | py3.12-1.4.0 | askar |  | docker/Dockerfile: acapy-agent:py3.12-1.3.0 → acapy-agent:py3.12-1.4.0 | wallet-type: askar; wallet-allow-insecure-seed: true; wallet-storage-type: postgres_storage; log-level: warning |',
  );
  expect(md).toMatch(
    /\| future \| .* \| fails before its load test: ACA-Py 9\.9\.0 .* is not a release the toolkit knows/,
  );
  expect(md).toContain('Issuer machine as variant acapy-1-4 (before its image is baked)');
  expect(md).not.toContain('Issuer machine as variant future');
  expect(md).toContain("set_arg 'log-level' 'warning'");
  expect(md).toContain('# Reset the wallet databases.');
  expect(md).toContain('# Sample container load.');
});
