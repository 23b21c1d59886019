// Files in the repo that are generated from sources, with the content they must have: the cluster
// JSON Schema, docs/writes.md, the workflows, each action's action.yml and docs page, the IAM files.
import { stringify } from 'yaml';
import { actions } from '../actions/index.js';
import { withPinComments } from '../workflows-src/fragments.js';
import { workflows } from '../workflows-src/index.js';
import { actionDoc, actionDocsIndex, actionYml } from './action-docs.js';
import { writesMarkdown } from './aws/writes.js';
import { clusterJsonSchema } from './config/json-schema.js';
import { bootstrapFiles } from './iam/bootstrap-files.js';
import { iamFiles } from './iam/files.js';

export interface GeneratedFile {
  path: string;
  content: string;
}

const CHAOS = 'chaos (`test/chaos/ambiguous-writes.test.ts`)';
const ONE_AT_A_TIME = '`test/aws/writes.test.ts` (sent twice, the effect of once)';

/** Which test proves each write's rule; docs/writes.md shows it. */
export const PROVEN_BY: Record<string, string> = {
  '*': CHAOS,
  PutParameter: `${CHAOS}; \`test/aws/writes.test.ts\` ("compare")`,
  CreateImage: `${CHAOS}; \`test/aws/writes.test.ts\` (one image, not two)`,
  DeleteParameter: `${CHAOS}; \`test/aws/writes.test.ts\` ("done")`,
  CreateTags: `${CHAOS}; ${ONE_AT_A_TIME}`,
  TerminateInstances: ONE_AT_A_TIME,
  ModifyListener: ONE_AT_A_TIME,
  ModifyTargetGroup: ONE_AT_A_TIME,
  AddTags: ONE_AT_A_TIME,
  CreateOrUpdateTags: ONE_AT_A_TIME,
  AttachLoadBalancerTargetGroups: ONE_AT_A_TIME,
  DetachLoadBalancerTargetGroups: ONE_AT_A_TIME,
  AddTagsToResource: ONE_AT_A_TIME,
  ModifyVolume: '`test/resources/machine-edits.test.ts` (a grow answered 500 after it was done)',
};

/** Every action's interface, from its definition, in the order of their folders. */
export const definitions = () =>
  Object.entries(actions)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, main]) => main.definition);

export function generatedFiles(): GeneratedFile[] {
  return [
    { path: 'schema/cluster.schema.json', content: clusterJsonSchema() },
    { path: 'docs/writes.md', content: writesMarkdown(PROVEN_BY) },
    ...Object.entries(workflows()).map(([name, wf]) => ({
      path: `.github/workflows/${name}.yml`,
      content: `# Generated from workflows-src/ by npm run build; edit the sources, not this file.\n${withPinComments(stringify(wf, { lineWidth: 0, aliasDuplicateObjects: false }))}`,
    })),
    ...definitions().flatMap((d) => [
      { path: `actions/${d.id}/action.yml`, content: actionYml(d) },
      { path: `docs/actions/${d.id}.md`, content: actionDoc(d) },
    ]),
    { path: 'docs/actions/README.md', content: actionDocsIndex(definitions()) },
    ...iamFiles(),
    ...bootstrapFiles(),
  ];
}
