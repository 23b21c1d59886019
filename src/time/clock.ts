// Time for every wait in the toolkit, and for the simulated AWS. The system clock is real time; the
// scaled clock sleeps a fraction of each wait, so a build whose AWS durations add up to minutes runs
// in seconds; the virtual clock jumps instead of sleeping, so tests of long waits take no time.

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
  async sleep(ms: number): Promise<void> {
    // Timers may fire up to a millisecond early by this clock: sleep again until the time is due,
    // so a sleep never ends before the simulated time it asked for.
    const due = this.now() + ms;
    for (let left = ms; left > 0; left = due - this.now()) {
      await new Promise((resolve) => setTimeout(resolve, Math.max(1, left * this.scale)));
    }
  }
}

/**
 * Simulated time as a discrete-event clock: a sleep registers a wake-up, and time jumps to the
 * earliest one only once every other task has run as far as it can. Concurrent sleeps overlap as
 * they would in real time, so a parallel build's simulated duration is its critical path.
 */
export class VirtualClock implements Clock {
  readonly scale = 0;
  private readonly timers: { at: number; seq: number; wake: () => void }[] = [];
  private seq = 0;
  private scheduled = false;

  constructor(private t = Date.now()) {}

  now(): number {
    return this.t;
  }

  sleep(ms: number): Promise<void> {
    return new Promise((wake) => {
      this.timers.push({ at: this.t + Math.max(0, ms), seq: this.seq++, wake });
      this.schedule();
    });
  }

  advance(ms: number): void {
    this.t += ms;
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => this.fire());
  }

  private fire(): void {
    this.scheduled = false;
    this.timers.sort((a, b) => a.at - b.at || a.seq - b.seq);
    const next = this.timers.shift();
    if (!next) return;
    this.t = Math.max(this.t, next.at);
    next.wake();
    if (this.timers.length > 0) this.schedule();
  }
}

export const SYSTEM_CLOCK: Clock = new ScaledClock(1);

/** A clock whose pace can change between workflows: virtual or scaled for a build, real for Locust. */
export class SwitchableClock implements Clock {
  constructor(public inner: Clock) {}
  get scale() {
    return this.inner.scale;
  }
  now() {
    return this.inner.now();
  }
  /**
   * In slices of at most 100 real ms while a real clock is inside, so a switch to another scale
   * takes effect in a sleep already under way (a poll begun during a load test ends in scaled time).
   */
  async sleep(ms: number): Promise<void> {
    const due = this.now() + ms;
    for (let left = ms; left > 0; left = due - this.now()) {
      const inner = this.inner;
      const slice = inner.scale > 0 ? Math.min(left, 100 / inner.scale) : left;
      await inner.sleep(slice);
      if (inner === this.inner && slice === left) return;
    }
  }
}
