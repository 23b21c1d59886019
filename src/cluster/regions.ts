// Region names, checked without AWS: the sweeper's list and the cluster listing read them.

/** Region names from configuration (e.g. AKRIDA_SWEEP_REGIONS), with anything else set apart. */
export function sweepRegions(list: string[]): { valid: string[]; invalid: string[] } {
  const valid: string[] = [];
  const invalid: string[] = [];
  for (const r of list.map((x) => x.trim()).filter(Boolean))
    (/^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d$/.test(r) ? valid : invalid).push(r);
  return { valid: [...new Set(valid)].sort(), invalid };
}
