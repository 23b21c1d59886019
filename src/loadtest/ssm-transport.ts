// Locust's web API reached through SSM Run Command on the master: curl runs there, on the
// master's own loopback, and the answer comes back gzipped in chunks under SSM's output limit.
import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import type { AwsContext } from '../aws/context.js';
import { runOnInstances } from '../aws/run-command.js';
import type { TemplateSet } from '../render/render.js';
import { locustHttpScript } from '../render/scripts.js';
import { type HttpAnswer, LocustError, type LocustTransport } from './locust-client.js';

/** Raw bytes per chunk: base64 makes it 4/3 larger, well under 24,000 characters. */
const CHUNK = 16_000;
/** Chunk reads in flight at once: well under SSM's SendCommand rate. */
const PARALLEL = 6;

export class SsmTransport implements LocustTransport {
  private seq = 0;

  constructor(
    private readonly ctx: AwsContext,
    private readonly templates: TemplateSet,
    readonly masterId: string,
    readonly webPort: number,
  ) {}

  describe(): string {
    return `ssm://${this.masterId}:${this.webPort}`;
  }

  private async call(path: string, form: string[] | undefined): Promise<HttpAnswer> {
    this.seq += 1;
    const file = `/tmp/akrida-ops-locust-${createHash('sha256').update(`${path}:${this.seq}:${Date.now()}`).digest('hex').slice(0, 12)}.gz`;
    const url = `http://127.0.0.1:${this.webPort}${path}`;
    // The first command calls Locust and names the size; the other chunks are read at once, a few
    // commands at a time: each is an SSM round trip of seconds, and a report is a dozen chunks.
    const first = await this.chunk(path, { file, first: true, offset: 0, url, form: form ?? [] });
    const status = Number(first.field('status'));
    const size = Number(first.field('size'));
    if (!Number.isFinite(size))
      throw new LocustError(`${this.describe()}${path}: unreadable answer from the master`);
    const offsets: number[] = [];
    for (let offset = CHUNK; offset < size; offset += CHUNK) offsets.push(offset);
    const rest: Buffer[] = [];
    for (let i = 0; i < offsets.length; i += PARALLEL) {
      const batch = offsets.slice(i, i + PARALLEL).map(async (offset) => {
        const r = await this.chunk(path, { file, first: false, offset, url, form: [] });
        return Buffer.from(r.field('chunk'), 'base64');
      });
      rest.push(...(await Promise.all(batch)));
    }
    const body = gunzipSync(Buffer.concat([Buffer.from(first.field('chunk'), 'base64'), ...rest])).toString(
      'utf8',
    );
    return { status, body };
  }

  /** One chunk of the answer kept on the master, with a reader of its `akrida-http-*` lines. */
  private async chunk(
    path: string,
    call: { file: string; first: boolean; offset: number; url: string; form: string[] },
  ): Promise<{ field: (k: string) => string }> {
    const [r] = await runOnInstances(this.ctx, {
      targets: { instanceIds: [this.masterId] },
      script: locustHttpScript(this.templates, { ...call, chunk: CHUNK }),
      comment: `akrida-ops locust ${path}`.slice(0, 100),
      timeoutSeconds: 120,
    });
    if (!r) throw new LocustError(`${this.describe()}${path}: the command on the master returned no result`);
    // A missing line is an unreadable answer, not an empty value (an empty size would end the read).
    const field = (k: string) => {
      const v = new RegExp(`^akrida-http-${k} (.*)$`, 'm').exec(r.stdout)?.[1];
      if (v === undefined)
        throw new LocustError(`${this.describe()}${path}: unreadable answer from the master (no ${k} line)`);
      return v;
    };
    return { field };
  }

  get(path: string): Promise<HttpAnswer> {
    return this.call(path, undefined);
  }

  postForm(path: string, form: Record<string, string>): Promise<HttpAnswer> {
    return this.call(
      path,
      Object.entries(form).map(([k, v]) => `${k}=${v}`),
    );
  }
}
