// Workers lost during a load test: the master's connected workers sample by sample (a worker that
// goes missing or leaves is lost; one never seen before is a replacement that joined), explained by
// the worker group's activity history (which instance, and why: a Spot interruption or another
// cause), with the gap each left and the share of the run's worker time lost.
import type { WorkerInfo } from './locust-client.js';

/** A scaling activity of the worker group, as the watch reads it. */
export interface GroupActivity {
  /** Epoch ms (the run's clock). */
  at: number;
  description: string;
  cause?: string;
  statusMessage?: string;
}

/** What AWS says about an instance that left (DescribeInstances). */
export interface LostInstance {
  id: string;
  instanceType?: string;
  lifecycle?: string;
  stateReason?: string;
}

export interface WorkerLoss {
  /** The master's name of the worker. */
  worker: string;
  /** Seconds into the run the worker was lost: its instance's termination, else when the master missed it. */
  t: number;
  at: string;
  /** Seconds into the run the master showed it missing. */
  seenT: number;
  instanceId?: string;
  instanceType?: string;
  spot: boolean;
  /** Why, in AWS's words (the activity's cause, the instance's state reason). */
  reason: string;
  /** Seconds into the run a replacement worker joined, when one did. */
  rejoinedT?: number;
  /** Seconds the run went without this worker. */
  gapSeconds: number;
}

export interface Interruption {
  losses: WorkerLoss[];
  /** Share of the run's worker time lost (0-1). */
  lostShare: number;
  /** The cluster file's locust.workers.maxLostShare. */
  limit: number;
  /** Requests counted after the first loss: load made with fewer workers. */
  requestsAfterLoss: number;
  /** Seconds into the run from which the samples are marked. */
  markedFromT: number;
}

const connected = (ws: WorkerInfo[]) => ws.filter((w) => w.state !== 'missing').map((w) => w.id);

/** Follows the master's workers from sample to sample. */
export class WorkerWatch {
  private readonly known = new Set<string>();
  private readonly live = new Set<string>();
  readonly lost: { worker: string; seenT: number }[] = [];
  readonly joined: { worker: string; t: number }[] = [];
  /** Cumulative request counts per sample: [t, requests]. */
  readonly counts: [number, number][] = [];

  constructor(initial: WorkerInfo[]) {
    for (const id of connected(initial)) {
      this.known.add(id);
      this.live.add(id);
    }
  }

  /** One sample; returns the workers lost since the previous one. */
  observe(t: number, workers: WorkerInfo[], requests: number): string[] {
    this.counts.push([t, requests]);
    const now = new Set(connected(workers));
    const gone = [...this.live].filter((id) => !now.has(id));
    for (const id of gone) {
      this.live.delete(id);
      this.lost.push({ worker: id, seenT: t });
    }
    for (const id of now) {
      if (this.known.has(id)) continue;
      this.known.add(id);
      this.live.add(id);
      this.joined.push({ worker: id, t });
    }
    return gone;
  }

  /** The losses explained by the group's terminations during the run, in order. */
  report(opts: {
    start: number;
    actualSeconds: number;
    expected: number;
    limit: number;
    totalRequests: number;
    terminations: GroupActivity[];
    instances: Map<string, LostInstance>;
  }): Interruption | undefined {
    if (this.lost.length === 0) return undefined;
    const ends = opts.terminations.filter((a) => a.at >= opts.start).sort((a, b) => a.at - b.at);
    const joins = [...this.joined];
    const losses = this.lost.map((l, i): WorkerLoss => {
      const a = ends[i];
      const id = a ? /(i-[0-9a-f]+)/.exec(a.description)?.[1] : undefined;
      const inst = id ? opts.instances.get(id) : undefined;
      const t = a ? Math.min(l.seenT, Math.max(0, (a.at - opts.start) / 1000)) : l.seenT;
      const j = joins.findIndex((x) => x.t >= t);
      const rejoinedT = j >= 0 ? joins.splice(j, 1)[0]?.t : undefined;
      const spotWords = /spot|rebalance/i.test(`${a?.cause} ${a?.statusMessage} ${inst?.stateReason}`);
      const reason = a
        ? [a.cause, a.statusMessage, inst?.stateReason].filter(Boolean).join(' ')
        : 'no activity of the worker group names an instance it terminated: the worker process itself stopped, or the master lost its connection';
      return {
        worker: l.worker,
        t,
        at: new Date(opts.start + t * 1000).toISOString(),
        seenT: l.seenT,
        ...(id ? { instanceId: id } : {}),
        ...(inst?.instanceType ? { instanceType: inst.instanceType } : {}),
        spot: spotWords || inst?.lifecycle === 'spot',
        reason,
        ...(rejoinedT !== undefined ? { rejoinedT } : {}),
        gapSeconds: (rejoinedT ?? opts.actualSeconds) - t,
      };
    });
    const first = Math.min(...losses.map((l) => l.t));
    const before = [...this.counts].reverse().find(([t]) => t <= first)?.[1] ?? 0;
    const lostSeconds = losses.reduce((s, l) => s + Math.max(0, l.gapSeconds), 0);
    const share =
      opts.expected > 0 && opts.actualSeconds > 0 ? lostSeconds / (opts.expected * opts.actualSeconds) : 1;
    return {
      losses,
      lostShare: Math.min(1, share),
      limit: opts.limit,
      requestsAfterLoss: Math.max(0, opts.totalRequests - before),
      markedFromT: first,
    };
  }
}

/** The interruption in words: the run's verdict line and the table of lost workers. */
export function interruptionMarkdown(i: Interruption, cell: (s: string) => string): string[] {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const over = i.lostShare >= i.limit;
  return [
    '',
    `> **${i.losses.length} worker${i.losses.length > 1 ? 's' : ''} lost during the run**: ${pct(i.lostShare)} of the run's worker time, ${over ? 'at or above' : 'under'} the ${pct(i.limit)} limit (locust.workers.maxLostShare)${over ? ': the result is **interrupted**, not judged by its gates' : ': the gates judge the run'}. The ${i.requestsAfterLoss} requests from t=${Math.round(i.markedFromT)} s on were made with fewer workers (marked afterLoss in timeseries.json).`,
    '',
    '| lost worker | at | instance | why | replacement joined | gap |',
    '|---|---|---|---|---|---|',
    ...i.losses.map(
      (l) =>
        `| ${cell(l.worker)} | t=${Math.round(l.t)} s (${l.at}) | ${cell(l.instanceId ? `${l.instanceId}${l.instanceType ? ` (${l.instanceType}${l.spot ? ', Spot' : ''})` : ''}` : 'unknown')} | ${cell(`${l.spot ? 'Spot interruption: ' : ''}${l.reason}`)} | ${l.rejoinedT !== undefined ? `t=${Math.round(l.rejoinedT)} s` : 'not during the run'} | ${Math.round(l.gapSeconds)} s |`,
    ),
  ];
}
