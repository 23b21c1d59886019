// What the approver sees before a regression writes anything: the runs in order, what each variant
// changes in Akrida's checkout (literal replacements and arg-file lines), and every script the run
// sends through SSM in full, rendered from templates/ as it will run (no AWS call: the machines'
// addresses are placeholders until the run finds them).
import type { Cluster } from '../config/schema.js';
import type { RegressionSection } from '../config/schema-regression.js';
import { OFFLINE_MACHINE_FACTS } from '../render/machine-inputs.js';
import { machineScript } from '../render/machine-scripts.js';
import { fence, mdRow, mdText } from '../render/markdown.js';
import type { TemplateSet } from '../render/render.js';
import { resetWalletsScript, sampleContainersScript } from './server-scripts.js';
import { interleavedRuns, variantBlocker, variantCheckout, variantIssuerInput } from './variants.js';

export function regressionPlanMarkdown(t: TemplateSet, c: Cluster): string {
  const r = c.regression as RegressionSection;
  const lt = c.loadTest;
  const order = interleavedRuns(r.variants, r.repetitions)
    .map((x) => `${x.variant}#${x.repetition}`)
    .join(' → ');
  const out = [
    `## Regression plan for ${mdText(c.name)}`,
    '',
    `Runs, interleaved: ${mdText(order)}. Each: roll the ACA-Py tier to the variant's image (baked once, tagged with the variant), reset the wallet databases, warm up ${r.warmupSeconds} s, then ${lt.users} users at ${lt.spawnRate}/s for ${lt.runTimeSeconds} s. At the end the tier is rolled back to the baseline.`,
    '',
    mdRow(['variant', 'acapy-agent', 'wallet', 'baseline', 'checkout changes', 'arg file']),
    '|---|---|---|---|---|---|',
  ];
  for (const v of r.variants) {
    const blocker = variantBlocker(v);
    const co = blocker ? undefined : variantCheckout(c, v);
    out.push(
      mdRow([
        v.name,
        v.acapyTag,
        v.walletType,
        v.baseline ? 'yes' : '',
        blocker
          ? `fails before its load test: ${blocker}`
          : co?.replacements.map((x) => `${x.file}: ${x.placeholder} → ${x.value}`).join('; ') || 'none',
        co?.settings.map((s) => `${s.key}: ${s.value}`).join('; ') ?? '–',
      ]),
    );
  }
  const script = (title: string, body: string) => [
    '',
    `<details><summary>${mdText(title)}</summary>`,
    '',
    fence('bash', body),
    '',
    '</details>',
  ];
  for (const v of r.variants)
    if (!variantBlocker(v))
      out.push(
        ...script(
          `Issuer machine as variant ${v.name} (before its image is baked)`,
          machineScript(t, variantIssuerInput(c, OFFLINE_MACHINE_FACTS, v)),
        ),
      );
  out.push(
    ...script('Wallet reset on the database machine (before every run)', resetWalletsScript(t, c)),
    ...script(
      'Docker stats on the ACA-Py instances and the database machine (during every run)',
      sampleContainersScript(t, lt.runTimeSeconds),
    ),
  );
  return `${out.join('\n')}\n`;
}
