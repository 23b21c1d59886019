// Renders the scripts under templates/ with handlebars in strict mode: a variable the context does
// not define is an error naming the template, never an empty string in a script.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type Handlebars from 'handlebars';

type HandlebarsEnv = typeof Handlebars;

/**
 * handlebars is loaded on the first render, not when this module loads: evaluating it costs an
 * action ~10 ms at start, and most actions that reach this module never render, or render only
 * after their first AWS answer. In a bundle esbuild turns the `require` into handlebars' module
 * wrapper, evaluated on the first call (and drops handlebars from bundles that never build a
 * TemplateSet); from source (tsx, jest) there is no `require` in an ES module, so Node's is used.
 */
function loadHandlebars(): HandlebarsEnv {
  return typeof require === 'function'
    ? (require('handlebars') as HandlebarsEnv)
    : (createRequire(import.meta.url)('handlebars') as HandlebarsEnv);
}

import { Recent } from '../recent.js';
import { TemplateError } from './template-error.js';

export { TemplateError };

/** Single-quote a value for bash: the only quoting that needs no further escaping but for '. */
export function shellQuote(value: unknown): string {
  if (typeof value !== 'string' && typeof value !== 'number') {
    throw new TemplateError(`shq expects a string or number, got ${typeof value}`);
  }
  // bash refuses a whole script with a NUL byte in it as a binary file: say which value did it.
  if (String(value).includes('\u0000')) throw new TemplateError('shq expects text without a NUL byte');
  return `'${String(value).replaceAll("'", `'\\''`)}'`;
}

/** An integer for arithmetic or a count in a script: nothing else passes. */
export function shellInt(value: unknown): string {
  const n = typeof value === 'string' && /^-?\d{1,15}$/.test(value) ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isSafeInteger(n)) {
    throw new TemplateError(`int expects a whole number, got ${JSON.stringify(value)?.slice(0, 40)}`);
  }
  return String(n);
}

/** Text for a `#` comment: one line of printable characters, so it cannot end the comment. */
export function shellComment(value: unknown): string {
  const s = typeof value === 'number' ? String(value) : value;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: a line break would end the comment
  if (typeof s !== 'string' || /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(s)) {
    throw new TemplateError('comment expects one line of printable text');
  }
  return s;
}

/** The only ways a template may insert a value; a lint test holds templates/ to this list. */
export const VALUE_HELPERS = ['shq', 'int', 'comment'] as const;

/**
 * templates/ is read from the checkout at run time (a pull request may change it): found by walking
 * up from this module, whether it runs from src/ or from an action's dist/, or set explicitly.
 */
export function templatesDir(): string {
  const fromEnv = process.env.AKRIDA_TEMPLATES_DIR;
  if (fromEnv) return resolve(fromEnv);
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'templates');
    if (existsSync(join(candidate, 'lib', 'prelude.sh.hbs'))) return candidate;
    const up = dirname(dir);
    if (up === dir) throw new TemplateError('cannot find the templates/ folder; set AKRIDA_TEMPLATES_DIR');
    dir = up;
  }
}

/**
 * Engines and their compiled templates, shared by every TemplateSet whose partials read the same,
 * and each template by its text: a process that renders for many runs (the local runner, the
 * tests) compiles each text once. Keyed by content, so a changed template is compiled anew.
 */
type Engine = { hb: HandlebarsEnv; compiled: Map<string, HandlebarsTemplateDelegate> };
const shared = new Recent<Engine>(32);

export class TemplateSet {
  private engine: Engine | undefined;
  private readonly partials: [string, string][];
  private readonly compiled = new Map<string, HandlebarsTemplateDelegate>();

  constructor(readonly dir: string = templatesDir()) {
    const lib = join(dir, 'lib');
    this.partials = readdirSync(lib)
      .filter((n) => n.endsWith('.hbs'))
      .map((f) => [basename(f).replace(/\..*$/, ''), readFileSync(join(lib, f), 'utf8')]);
  }

  /** The template engine with our helpers and these partials, found or made on the first render. */
  private shared(): Engine {
    this.engine ??= shared.get(JSON.stringify(this.partials), () => ({
      hb: this.makeEngine(),
      compiled: new Map(),
    }));
    return this.engine;
  }

  private makeEngine(): HandlebarsEnv {
    const Handlebars = loadHandlebars();
    const hb = Handlebars.create();
    // Strict mode does not check helper arguments: these helpers refuse undefined themselves.
    const defined = (helper: string, v: unknown, options: Handlebars.HelperOptions) => {
      if (v === undefined) {
        const loc = (options as { loc?: { start: { line: number; column: number } } }).loc?.start;
        throw new TemplateError(
          `${helper} at line ${loc?.line ?? '?'}, column ${(loc?.column ?? -1) + 1} got an undefined value`,
        );
      }
    };
    hb.registerHelper('shq', (v: unknown, options: Handlebars.HelperOptions) => {
      defined('shq', v, options);
      return new Handlebars.SafeString(shellQuote(v));
    });
    hb.registerHelper('int', (v: unknown, options: Handlebars.HelperOptions) => {
      defined('int', v, options);
      return new Handlebars.SafeString(shellInt(v));
    });
    hb.registerHelper('comment', (v: unknown, options: Handlebars.HelperOptions) => {
      defined('comment', v, options);
      return new Handlebars.SafeString(shellComment(v));
    });
    for (const name of ['if', 'unless', 'each', 'with']) {
      const builtin = hb.helpers[name] as Handlebars.HelperDelegate;
      hb.registerHelper(name, function (this: unknown, v: unknown, options: Handlebars.HelperOptions) {
        defined(`#${name}`, v, options);
        return builtin.call(this, v, options);
      });
    }
    for (const [name, text] of this.partials) hb.registerPartial(name, text);
    return hb;
  }

  render(name: string, context: object): string {
    if (!/^[a-z0-9][a-z0-9-]*\.sh\.hbs$/.test(name))
      throw new TemplateError(
        `template name ${JSON.stringify(name)} is not a file name such as collect-logs.sh.hbs`,
      );
    let tpl = this.compiled.get(name);
    const file = join(this.dir, name);
    if (!tpl) {
      if (!existsSync(file)) throw new TemplateError(`template ${name} not found in ${this.dir}`);
      const text = readFileSync(file, 'utf8');
      const engine = this.shared();
      tpl = engine.compiled.get(text) ?? engine.hb.compile(text, { strict: true, noEscape: true });
      engine.compiled.set(text, tpl);
      this.compiled.set(name, tpl);
    }
    try {
      return tpl(context);
    } catch (err) {
      const raw = err instanceof Error ? firstLine(err.message) : String(err);
      const missing = /^"(.+)" not defined in .* - (\d+):(\d+)$/.exec(raw);
      const msg = missing
        ? `"${missing[1]}" is not defined at line ${missing[2]}, column ${Number(missing[3]) + 1}`
        : raw;
      throw new TemplateError(
        `templates/${name}: ${msg} — the template uses a variable the renderer does not provide; fix the template or its context`,
      );
    }
  }
}

function firstLine(text: string): string {
  const end = text.indexOf('\n');
  return end < 0 ? text : text.slice(0, end);
}
