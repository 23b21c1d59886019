import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { clusterFileAction } from '../../../src/action/define-action.js';
import { input } from '../../../src/action/inputs.js';
import { io } from '../../../src/action/io.js';
import { appendHistory, historyEntry, historyFile, trendRows } from '../../../src/regression/history.js';
import type { RegressionReport } from '../../../src/regression/model.js';
import { REPORT_FILES, writeReportFiles } from '../../../src/regression/report.js';
import { trendMarkdown } from '../../../src/regression/report-markdown.js';

export const run = clusterFileAction('regression-history', {
  title: 'Regression history',
  description:
    "Append a regression's results to the cluster's history on the data branch the cluster file's regression.history names (made when absent), push it with the job's token, and write the report again with the trend of the last runs per variant (and the trend to the job summary).",
  inputs: {
    results: input.text({ required: true, description: 'The folder run-regression wrote its report to.' }),
    token: input.text({ description: "The job's token (github.token), sent to an https repository only." }),
    repository: input.text({
      required: true,
      description: 'The git URL of this repository, e.g. https://github.com/OWNER/REPO.git.',
    }),
  },
  outputs: { runs: 'How many runs the history holds for this cluster.' },
  run: async ({ cluster, inputs: i }) => {
    if (i.token) io().setSecret(i.token);
    const h = cluster.regression?.history;
    if (!h) return { failure: `${cluster.name} has no regression section` };
    const report = JSON.parse(readFileSync(join(i.results, REPORT_FILES.json), 'utf8')) as RegressionReport;
    const history = await appendHistory(
      { remote: i.repository, branch: h.branch, ...(i.token ? { token: i.token } : {}) },
      cluster.name,
      historyEntry(report),
    );
    const trend = trendRows(history, h.keep);
    writeReportFiles(i.results, report, trend);
    const where = `${history.length} run(s) of ${cluster.name} in ${historyFile(cluster.name)} on branch ${h.branch}`;
    return { outputs: { runs: history.length }, summary: `${trendMarkdown(trend, h.keep)}\n${where}.\n` };
  },
});
