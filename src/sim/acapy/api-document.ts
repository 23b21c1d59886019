// ACA-Py's admin API as its own OpenAPI document describes it (data/acapy/openapi-<release>.json):
// which routes exist, with which methods, query parameters and request bodies. The stand-ins answer
// from it as ACA-Py's aiohttp server does (an unknown route 404, a known route with another method
// 405, a query or body that fails the route's schema 422), and test/acapy/ holds every call the
// toolkit makes against it.
//
// One deliberate strictness: ACA-Py's schemas drop unknown fields silently (marshmallow EXCLUDE, in
// acapy_agent/messaging/models/openapi.py). A misspelt field then does nothing on a real agent, so
// the stand-ins refuse it with 422 and say so: a test fails where production would quietly differ.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { type AcapyRelease, CHECKED_ACAPY, lineOf } from '../../acapy/versions.js';

interface Parameter {
  name: string;
  in: 'query' | 'path' | 'header';
  required?: boolean;
  schema?: Record<string, unknown>;
}
interface Operation {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: Record<string, unknown> }>; required?: boolean };
}
interface OpenApi {
  info: { version: string };
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, unknown> };
}

export interface AdminCall {
  method: string;
  /** The path alone, e.g. /wallet/did/public. */
  path: string;
  query?: Record<string, string>;
  /** The parsed JSON body, if one was sent. */
  body?: unknown;
}

export type Verdict =
  | { ok: true; route: string; method: string }
  | { ok: false; status: 404 | 405 | 422; reason: string; route?: string };

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

function dataDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'data', 'acapy');
    try {
      readFileSync(join(candidate, 'README.md'));
      return candidate;
    } catch {
      const up = dirname(dir);
      if (up === dir) throw new Error('cannot find data/acapy/ (ACA-Py API documents)');
      dir = up;
    }
  }
}

/** Every object schema refuses properties it does not declare (see the note at the top). */
function closeObjects(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(closeObjects);
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) {
    // Examples and descriptions are prose; nothing validates against them.
    if (k === 'example' || k === 'description') continue;
    out[k] =
      k === 'properties'
        ? Object.fromEntries(Object.entries(v as object).map(([p, s]) => [p, closeObjects(s)]))
        : closeObjects(v);
  }
  if (out.properties !== undefined && out.additionalProperties === undefined)
    out.additionalProperties = false;
  return out;
}

/** One release's admin API: route matching and request validation. */
export class AcapyApi {
  readonly release: string;
  private readonly doc: OpenApi;
  private readonly routes: { template: string; pattern: RegExp; literal: boolean }[];
  private readonly ajv: Ajv;
  private readonly validators = new Map<string, ValidateFunction>();

  constructor(doc: OpenApi) {
    this.doc = doc;
    this.release = doc.info.version.replace(/^v/, '');
    this.routes = Object.keys(doc.paths).map((template) => ({
      template,
      literal: !template.includes('{'),
      pattern: new RegExp(
        `^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{[^}]+\\?\}/g, '[^/]+')}$`,
      ),
    }));
    // Python's patterns are not all valid in JavaScript's unicode mode; formats are documentation here.
    this.ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false, validateFormats: false });
    this.ajv.addSchema({ $id: 'acapy', components: closeObjects(doc.components) }, 'acapy');
  }

  /** The route a path falls on: a literal route first, as aiohttp's router resolves them. */
  route(path: string): string | undefined {
    const hits = this.routes.filter((r) => r.pattern.test(path));
    return (hits.find((r) => r.literal) ?? hits[0])?.template;
  }

  has(method: string, route: string): boolean {
    return this.doc.paths[route]?.[method.toLowerCase()] !== undefined;
  }

  /** What ACA-Py answers a call before its handler runs: 404, 405, 422, or the route it reaches. */
  check(call: AdminCall): Verdict {
    const method = call.method.toLowerCase();
    const route = this.route(call.path);
    if (route === undefined)
      return {
        ok: false,
        status: 404,
        reason: `Not Found: ${call.path} is not a route of ACA-Py ${this.release}`,
      };
    const op = this.doc.paths[route]?.[method];
    if (!op || !METHODS.includes(method)) {
      const allowed = Object.keys(this.doc.paths[route] ?? {}).map((m) => m.toUpperCase());
      return {
        ok: false,
        status: 405,
        reason: `Method Not Allowed: ${call.method} ${route} (allowed: ${allowed.join(', ')})`,
        route,
      };
    }
    const problems: string[] = [];
    const params = (op.parameters ?? []).filter((p) => p.in === 'query');
    const query = call.query ?? {};
    for (const p of params)
      if (p.required && query[p.name] === undefined) problems.push(`query parameter ${p.name} is required`);
    for (const [name, value] of Object.entries(query)) {
      const p = params.find((x) => x.name === name);
      if (!p) {
        problems.push(
          `query parameter ${name} is not one of ${route}'s (${params.map((x) => x.name).join(', ') || 'none'})`,
        );
        continue;
      }
      problems.push(...this.queryValue(name, value, p.schema ?? {}));
    }
    const bodySchema =
      op.requestBody?.content['*/*']?.schema ?? op.requestBody?.content['application/json']?.schema;
    if (call.body !== undefined) {
      if (!bodySchema) problems.push(`${route} takes no request body`);
      else problems.push(...this.bodyProblems(bodySchema, call.body));
    } else if (op.requestBody?.required) problems.push('a request body is required');
    if (problems.length > 0)
      return { ok: false, status: 422, reason: `${call.method} ${route}: ${problems.join('; ')}`, route };
    return { ok: true, route, method };
  }

  private queryValue(name: string, value: string, schema: Record<string, unknown>): string[] {
    const type = schema.type;
    if (type === 'boolean' && !/^(true|false)$/i.test(value))
      return [`query parameter ${name} must be true or false`];
    if (type === 'integer' && !/^-?\d+$/.test(value))
      return [`query parameter ${name} must be a whole number`];
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern).test(value))
      return [`query parameter ${name} does not match ${schema.pattern}`];
    if (Array.isArray(schema.enum) && !schema.enum.includes(value))
      return [`query parameter ${name} must be one of ${schema.enum.join(', ')}`];
    return [];
  }

  private bodyProblems(schema: Record<string, unknown>, body: unknown): string[] {
    const ref = typeof schema.$ref === 'string' ? schema.$ref : undefined;
    const key = ref ?? JSON.stringify(schema);
    let validate = this.validators.get(key);
    if (!validate) {
      validate = this.ajv.compile(ref ? { $ref: `acapy${ref}` } : (closeObjects(schema) as object));
      this.validators.set(key, validate);
    }
    if (validate(body)) return [];
    return (validate.errors ?? []).map(describe);
  }
}

function describe(e: ErrorObject): string {
  const at = e.instancePath === '' ? 'body' : `body${e.instancePath.replace(/\//g, '.')}`;
  if (e.keyword === 'additionalProperties')
    return `${at} has unknown field ${String(e.params.additionalProperty)} (ACA-Py would drop it silently)`;
  if (e.keyword === 'required') return `${at} lacks required field ${String(e.params.missingProperty)}`;
  return `${at} ${e.message ?? 'is invalid'}`;
}

const loaded = new Map<string, AcapyApi>();

/** The admin API of a release the toolkit keeps the document of. */
export function acapyApi(release: AcapyRelease | string): AcapyApi {
  let api = loaded.get(release);
  if (!api) {
    if (!CHECKED_ACAPY.some((c) => c.release === release))
      throw new Error(
        `no API document for ACA-Py ${release}; data/acapy/ has ${CHECKED_ACAPY.map((c) => c.release).join(', ')}`,
      );
    api = new AcapyApi(
      JSON.parse(readFileSync(join(dataDir(), `openapi-${release}.json`), 'utf8')) as OpenApi,
    );
    loaded.set(release, api);
  }
  return api;
}

/** The document a running release answers from: its line's checked release (1.3.2 answers as 1.3.0). */
export function apiOfRunning(release: string | undefined): AcapyApi {
  const line = release === undefined ? undefined : lineOf(release);
  const checked = CHECKED_ACAPY.find((c) => c.line === line) ?? CHECKED_ACAPY[0];
  return acapyApi(checked.release);
}

/** A URL's query as a plain record (a repeated name keeps its last value). */
export function queryOf(params: URLSearchParams): Record<string, string> {
  return Object.fromEntries(params.entries());
}
