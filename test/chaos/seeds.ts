// Which seeds a chaos suite runs. By default a few, so `npm test` stays fast; AKRIDA_CHAOS_FULL=1
// runs all 20 (worth it when changing the write rules or the simulator); AKRIDA_CHAOS_SEEDS=3,17 replays the seeds a failure named.
// ambiguous-writes makes the first seed exhaustive (every write's first call answered ambiguously),
// so its every-rule check holds with any count; more seeds add random fault placements.
export const FULL_SEED_COUNT = 20;

export interface ChaosSeeds {
  seeds: number[];
  /** A replay of named seeds, not a default or full run. */
  replay: boolean;
}

export function chaosSeeds(defaultCount: number, env = process.env): ChaosSeeds {
  if (env.AKRIDA_CHAOS_SEEDS) return { seeds: env.AKRIDA_CHAOS_SEEDS.split(',').map(Number), replay: true };
  const count = env.AKRIDA_CHAOS_FULL === '1' ? FULL_SEED_COUNT : defaultCount;
  return { seeds: Array.from({ length: count }, (_, i) => i + 1), replay: false };
}
