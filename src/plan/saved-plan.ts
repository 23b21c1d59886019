// A saved plan (`akrida plan --live --out plan.json`), Terraform's semantics: the cluster file's
// hash and commit, the toolkit, a fingerprint of every field the plan read at every address, the
// changes, and the hash of every script the apply would run. Its own hash covers all of that, so
// an edit or a truncation is refused before anything reaches AWS.
import { createHash } from 'node:crypto';
import * as z from 'zod';
import { ADDRESS_KINDS, type Address } from '../aws/address.js';
import { runOptionsSchema, runOptionWords } from '../cluster/run-options.js';
import { canonical } from '../resources/provider.js';
import type { LivePlan } from './live-plan.js';

export const PLAN_FORMAT = 'akrida-plan/2';

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** A fingerprint of one value: short, and never the value (a plan file may be shared). */
export const fingerprint = (v: unknown) => sha256(canonical(v ?? null)).slice(0, 16);

const addressSchema = z
  .object({
    kind: z.enum(ADDRESS_KINDS),
    name: z.string(),
    id: z.string().optional(),
    cluster: z.string().optional(),
    in: z.string().optional(),
    field: z.string().optional(),
    note: z.string().optional(),
  })
  .strict();

const hex = (n: number) => z.string().regex(new RegExp(`^[0-9a-f]{${n}}$`));

const savedPlanSchema = z
  .object({
    format: z.literal(PLAN_FORMAT),
    cluster: z
      .object({
        name: z.string(),
        region: z.string(),
        file: z.string(),
        sha256: hex(64),
        commit: z.string().nullable(),
      })
      .strict(),
    toolkit: z.string(),
    createdAt: z.string(),
    /** The run's options the plan was made with: its apply runs with exactly these. */
    run: runOptionsSchema,
    /** Per address: each field's fingerprint, or null when nothing was there. */
    observed: z.array(
      z
        .object({ key: z.string(), address: addressSchema, fields: z.record(z.string(), hex(16)).nullable() })
        .strict(),
    ),
    changes: z.array(
      z
        .object({
          action: z.enum(['add', 'change', 'remove']),
          resource: z.string(),
          details: z.array(z.string()),
          address: addressSchema,
          fields: z
            .array(
              z.object({ field: z.string(), before: z.unknown().optional(), after: z.unknown() }).strict(),
            )
            .optional(),
        })
        .strict(),
    ),
    /** Each script with its text: the apply sends only those that run (src/plan/approval.ts). */
    scripts: z.array(
      z.object({ title: z.string(), runs: z.boolean(), sha256: hex(64), script: z.string() }).strict(),
    ),
    summary: z
      .object({ add: z.number(), change: z.number(), remove: z.number(), unchanged: z.number() })
      .strict(),
    hash: hex(64),
  })
  .strict();

export type SavedPlan = z.infer<typeof savedPlanSchema>;

/** What identifies one address across two plans: its kind, name and container, not its id. */
export const addressKey = (a: Address | z.infer<typeof addressSchema>) =>
  [a.kind, a.name, a.in, a.cluster].filter(Boolean).join(' ');

export interface PlanSource {
  /** The cluster file as the repository names it, and its text. */
  file: string;
  text: string;
  region: string;
  commit: string | null;
  toolkit: string;
  now: Date;
}

/** The saved form of a live plan; `hash` covers every other field. */
export function savedPlan(plan: LivePlan, src: PlanSource): SavedPlan {
  const count = (a: string) => plan.changes.filter((c) => c.action === a).length;
  const body: Omit<SavedPlan, 'hash'> = {
    format: PLAN_FORMAT,
    cluster: {
      name: plan.cluster,
      region: src.region,
      file: src.file,
      sha256: sha256(src.text),
      commit: src.commit,
    },
    toolkit: src.toolkit,
    createdAt: src.now.toISOString(),
    run: plan.run,
    observed: plan.observed
      .map((o) => ({
        key: addressKey(o.address),
        address: o.address,
        fields: o.fields
          ? Object.fromEntries(
              Object.entries({ ...(o.address.id ? { id: o.address.id } : {}), ...o.fields })
                .sort(([a], [b]) => a.localeCompare(b))
                .map(([k, v]) => [k, fingerprint(v)]),
            )
          : null,
      }))
      .sort((a, b) => a.key.localeCompare(b.key)),
    changes: plan.changes.map((c) => ({
      action: c.action,
      resource: c.resource,
      details: c.details,
      address: c.address,
      ...(c.fields ? { fields: c.fields } : {}),
    })),
    scripts: plan.scripts.map((s) => ({
      title: s.title,
      runs: s.runs,
      sha256: sha256(s.script),
      script: s.script,
    })),
    summary: {
      add: count('add'),
      change: count('change'),
      remove: count('remove'),
      unchanged: plan.unchanged.length,
    },
  };
  // Round-trip through JSON first, so the hash is of what the file holds (undefined fields dropped).
  const plain = JSON.parse(JSON.stringify(body)) as Omit<SavedPlan, 'hash'>;
  return { ...plain, hash: sha256(canonical(plain)) };
}

export class PlanFileError extends Error {}

/** A plan file as written by `savedPlan`, or a PlanFileError that says what is wrong with it. */
export function parseSavedPlan(text: string, file: string): SavedPlan {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new PlanFileError(
      `${file}: not a plan file (${(err as Error).message}); it may be truncated: make it again with akrida plan --live --out`,
    );
  }
  const r = savedPlanSchema.safeParse(json);
  if (!r.success) {
    const issue = r.error.issues[0];
    const at = issue?.path.join('.') || '(top level)';
    throw new PlanFileError(
      `${file}: not a plan this toolkit wrote (${PLAN_FORMAT}): ${at}: ${issue?.message}; make it again with akrida plan --live --out`,
    );
  }
  const { hash, ...body } = r.data;
  if (sha256(canonical(body)) !== hash)
    throw new PlanFileError(
      `${file}: its content does not match its hash (edited or damaged after it was made); make it again with akrida plan --live --out`,
    );
  return r.data;
}

/** The plan in a few words, for the approval and the pull request: its hash and its counts. */
export function planHeadline(p: SavedPlan): string {
  const s = p.summary;
  const run = runOptionWords(p.run);
  return `plan ${p.hash.slice(0, 12)} of ${p.cluster.name} (${p.cluster.file} ${p.cluster.sha256.slice(0, 12)}): ${s.add} to add, ${s.change} to change, ${s.remove} to remove, ${s.unchanged} unchanged${run.length ? `; Run options: ${run.join('; ')}` : ''}`;
}
