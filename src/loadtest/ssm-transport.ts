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
    const chunks: Buffer[] = [];
    let status = 0;
    let size = Number.POSITIVE_INFINITY;
    for (let offset = 0; offset < size; offset += CHUNK) {
      const script = locustHttpScript(this.templates, {
        file,
        first: offset === 0,
        offset,
        chunk: CHUNK,
        url,
        form: form ?? [],
      });
      const [r] = await runOnInstances(this.ctx, {
        targets: { instanceIds: [this.masterId] },
        script,
        comment: `akrida-ops locust ${path}`.slice(0, 100),
        timeoutSeconds: 120,
      });
      if (!r)
        throw new LocustError(`${this.describe()}${path}: the command on the master returned no result`);
      // A missing line is an unreadable answer, not an empty value (an empty size would end the read).
      const field = (k: string) => {
        const v = new RegExp(`^akrida-http-${k} (.*)$`, 'm').exec(r.stdout)?.[1];
        if (v === undefined)
          throw new LocustError(
            `${this.describe()}${path}: unreadable answer from the master (no ${k} line)`,
          );
        return v;
      };
      if (offset === 0) status = Number(field('status'));
      size = Number(field('size'));
      if (!Number.isFinite(size))
        throw new LocustError(`${this.describe()}${path}: unreadable answer from the master`);
      chunks.push(Buffer.from(field('chunk'), 'base64'));
      if (size === 0) break;
    }
    const body = gunzipSync(Buffer.concat(chunks)).toString('utf8');
    return { status, body };
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
