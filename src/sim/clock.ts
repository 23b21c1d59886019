// Time for the simulated AWS and for every wait in the toolkit. The real clock scales sleeps so a
// build whose AWS durations add up to minutes runs in seconds; the virtual clock jumps instead of
// sleeping, so tests of long waits take no time at all.

export interface Clock {
  /** Milliseconds since the Unix epoch, in this clock's time (simulated or real). */
  now(): number;
  /** Wait this many simulated milliseconds. */
  sleep(ms: number): Promise<void>;
  /** Wall-clock milliseconds one simulated millisecond takes (0 for a virtual clock). */
  readonly scale: number;
}

/** Real time, with simulated durations multiplied by `scale` (0.01: 10 minutes take 6 seconds). */
export class ScaledClock implements Clock {
  private readonly origin = performance.now();
  constructor(
    readonly scale = 1,
    private readonly start = Date.now(),
  ) {
    if (!(scale > 0)) throw new Error(`time scale must be above 0, got ${scale}`);
  }
  now(): number {
    return this.start + (performance.now() - this.origin) / this.scale;
  }
  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, Math.max(0, ms * this.scale)));
  }
}

/** Simulated time that only moves when someone sleeps; sleeping yields to other tasks first. */
export class VirtualClock implements Clock {
  readonly scale = 0;
  constructor(private t = Date.now()) {}
  now(): number {
    return this.t;
  }
  async sleep(ms: number): Promise<void> {
    await new Promise((resolve) => setImmediate(resolve));
    this.t += Math.max(0, ms);
  }
  advance(ms: number): void {
    this.t += ms;
  }
}

export const SYSTEM_CLOCK: Clock = new ScaledClock(1);
