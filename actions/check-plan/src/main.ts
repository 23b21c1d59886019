import { input } from '../../../src/action/inputs.js';
import { io } from '../../../src/action/io.js';
import { renderingClusterAction } from '../../../src/action/rendering-action.js';
import { RUN_INPUTS, runOptionsOf } from '../../../src/action/run-inputs.js';
import { checkPlanFile, readPlanFile } from '../../../src/plan/plan-file.js';
import { planHeadline } from '../../../src/plan/saved-plan.js';
import { mdText } from '../../../src/render/markdown.js';

export const run = renderingClusterAction('check-plan', {
  title: 'Check plan',
  description:
    'Before an apply writes anything: read a saved plan (plan-cluster with plan-out), check that it is for this cluster file and toolkit and unedited, then read AWS again and refuse, naming each address and field that moved, unless everything is as the plan read it.',
  inputs: {
    'plan-file': input.text({ description: 'The saved plan (JSON) to hold the apply to.' }),
    hash: input.text({
      fallback: '',
      description: 'The hash the approver saw; when set, the plan file must have it.',
    }),
    ...RUN_INPUTS,
  },
  outputs: {
    hash: "The plan's hash.",
  },
  run: async ({ ctx, loaded, templates, inputs }) => {
    const plan = readPlanFile(inputs['plan-file'], loaded.file);
    if (inputs.hash && inputs.hash !== plan.hash)
      throw new Error(`${inputs['plan-file']}: plan ${plan.hash} is not the approved plan ${inputs.hash}`);
    await checkPlanFile(ctx, plan, loaded, templates, runOptionsOf(inputs));
    io().info(`${planHeadline(plan)}: AWS is as planned`);
    return {
      outputs: { hash: plan.hash },
      summary: `### Approved plan holds\n\n${mdText(planHeadline(plan))}: the cluster file, the toolkit and every address it read are as planned; this run applies it.\n`,
    };
  },
});
