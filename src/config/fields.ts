// Constrained field types for every value that reaches a shell, a .env file, user data, an AWS
// name or Markdown. The schema composes these; each refuses what it cannot carry safely, with a
// message that says what is allowed.
//
// Checks are given together, `.check(a, b, c)`, not chained: each chained `.max()`/`.regex()`
// clones the schema and runs its set-up again, and the cluster schema is built at every action's
// start (the chained form cost about 7 ms of it). The checks, their order and messages are the same.
import { hasCronIntervalLessThan5Minutes, isValidCron } from '@actions/workflow-parser/model/converter/cron';
import * as z from 'zod';

// C0/C1 controls, DEL, line/paragraph separators and the bidirectional overrides that make text
// read differently from what runs.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to find control characters
const UNSAFE_CHARS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/u;

// What no one can see in a diff or a PR: format characters (zero-width spaces and joiners, soft
// hyphens, the invisible "tag" letters that can spell hidden text), private-use and unassigned code
// points, and lone surrogates (not even valid UTF-8 once written to a file).
const INVISIBLE_CHARS = /[\p{Cf}\p{Co}\p{Cn}\p{Cs}]/u;

const codeOf = (ch: string) => `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

export function unsafeCharacter(s: string): string | undefined {
  const m = UNSAFE_CHARS.exec(s);
  return m ? codeOf(m[0]) : undefined;
}

export function invisibleCharacter(s: string): string | undefined {
  const m = INVISIBLE_CHARS.exec(s);
  return m ? codeOf(m[0]) : undefined;
}

/** Printable characters only: one check instance, shared by every free-text field. */
const printableOnly = z.superRefine((s: string, ctx) => {
  const bad = unsafeCharacter(s);
  const hidden = bad ? undefined : invisibleCharacter(s);
  if (bad)
    ctx.addIssue({
      code: 'custom',
      message: `contains the control or direction character ${bad}; only printable text is allowed`,
      input: s,
    });
  else if (hidden)
    ctx.addIssue({
      code: 'custom',
      message: `contains the invisible or unassigned character ${hidden}; only printable text is allowed`,
      input: s,
    });
});

/** Free text: printable characters only, bounded length. */
export const safeText = (max: number) => z.string().check(z.maxLength(max), printableOnly);

/** A path segment never starts with a dot, so `.` and `..` (and hidden files) cannot appear. */
const SEGMENT = '[A-Za-z0-9_][A-Za-z0-9_.-]{0,99}';

export const absolutePath = z.string().check(
  z.maxLength(255),
  z.regex(new RegExp(`^(/${SEGMENT})+$`), {
    error:
      'expected an absolute path such as /home/ubuntu/owl-akrida: letters, digits, _ . - between slashes, no segment starting with a dot',
  }),
);

const RELATIVE_FILE_CHECKS: z.core.$ZodCheck<string>[] = [
  z.maxLength(255),
  z.regex(new RegExp(`^${SEGMENT}(/${SEGMENT})*$`), {
    error:
      'expected a file name relative to the Akrida checkout: letters, digits, _ . - between slashes, no segment starting with a dot',
  }),
];
export const relativeFile = z.string().check(...RELATIVE_FILE_CHECKS);
/** A Python locustfile, relative to the Akrida checkout. */
export const locustFile = z
  .string()
  .check(...RELATIVE_FILE_CHECKS, z.regex(/\.py$/, { error: 'expected a Python locustfile ending in .py' }));

/**
 * The commit of Akrida to build, in full: a branch or a tag can move after the plan was reviewed,
 * and a short id can be matched by a branch named like it. What runs is what the reviewer read.
 */
export const commitId = z.string().regex(/^[0-9a-f]{40}$/, {
  error:
    'expected the full 40-hex commit id (a branch, tag or short id can name other code later); resolve one with git ls-remote REPOSITORY REF',
});

/** Plain scalars a YAML reader (1.1 or 1.2) takes for null, a boolean or a number, not a string. */
const NOT_A_STRING_IN_YAML =
  /^(null|~|true|false|yes|no|on|off|y|n|[-+]?(\d[\d_]*(\.[\d_]*)?([eE][-+]?\d+)?|0x[\dA-Fa-f_]+|0o?[0-7_]+|0b[01_]+|\.inf|\.nan))$/i;

/** A compose service or similar identifier written into a generated compose file. */
export const composeService = z.string().check(
  z.regex(/^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,62}$/, {
    error: 'expected a compose service name: letters, digits, _ . -, at most 63 characters',
  }),
  z.refine((s: string) => !NOT_A_STRING_IN_YAML.test(s), {
    error: (iss) =>
      `${JSON.stringify(iss.input)} would be read as null, a boolean or a number in a compose file; name the service with a letter in it`,
  }),
);

/** Parameter Store names: slash-separated segments, no `..`, not under AWS's reserved prefixes. */
export const parameterName = z.string().check(
  z.maxLength(1011),
  z.regex(/^(\/[A-Za-z0-9_-][A-Za-z0-9_.-]*)+$/, {
    error:
      'expected a Parameter Store name such as /akrida/perf/api-key: letters, digits, _ . - between slashes',
  }),
  z.refine((s: string) => !/^\/(aws|ssm)/i.test(s), {
    error: 'names under /aws and /ssm are reserved by AWS',
  }),
);

/** AWS tag keys and values: AWS's own character set (letters, digits, spaces, _ . : / = + - @). */
const TAG_CHARS = /^[\p{L}\p{N} _.:/=+\-@]*$/u;
export const tagKey = z.string().check(
  z.minLength(1),
  z.maxLength(128),
  z.regex(TAG_CHARS, { error: 'expected a tag key of letters, digits, spaces and _ . : / = + - @' }),
  z.refine((k: string) => !k.toLowerCase().startsWith('aws:'), {
    error: 'tag keys starting with aws: are AWS-reserved',
  }),
);
const TAG_VALUE_CHECKS: z.core.$ZodCheck<string>[] = [
  z.maxLength(256),
  z.regex(TAG_CHARS, { error: 'expected a tag value of letters, digits, spaces and _ . : / = + - @' }),
];
export const tagValue = z.string().check(...TAG_VALUE_CHECKS);
/** A tag value that selects: never empty (an empty value would match any instance with the key). */
export const nonEmptyTagValue = z.string().check(...TAG_VALUE_CHECKS, z.minLength(1));

/** A URL with no credentials in it and nothing a shell or .env line could misread. */
export const plainUrl = (protocols: RegExp, error: string) =>
  z.url({ protocol: protocols, error }).check(
    z.maxLength(2048),
    z.refine((u: string) => /^[\x21-\x7e]+$/.test(u), {
      error: 'the URL has spaces or non-ASCII characters',
    }),
    // It lands in .env files, where compose interpolates $ and reads quotes.
    z.refine((u: string) => !/[$`'"\\<>]/.test(u), {
      error: 'the URL has $, a backtick, a quote, a backslash or <>',
    }),
    z.refine(
      (u: string) => {
        try {
          const p = new URL(u);
          return !/^https?:$/.test(p.protocol) || (p.username === '' && p.password === '');
        } catch {
          return true; // not a URL at all: the url check above says so
        }
      },
      { error: 'the URL carries credentials (user:password@); keep secrets in Parameter Store' },
    ),
  );

/** A dotted-quad IPv4 address in its one canonical form (no leading zeros, octets 0-255). */
export const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

export const hostName = z.string().check(
  z.maxLength(253),
  z.regex(/^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/, {
    error: 'expected a host name or IPv4 address such as 10.0.1.20 or db.internal',
  }),
  // No DNS name ends in a numeric label: 2130706433, 0x7f.1, 127.1 and 010.0.1.20 are addresses the
  // resolver reads (as 127.0.0.1, 10.0.1.20 in octal...) but a reviewer cannot.
  z.refine((h: string) => !/(^|\.)(0x[0-9a-f]*|\d+)$/i.test(h) || IPV4.test(h), {
    error:
      'a numeric host must be a plain IPv4 address such as 10.0.1.20 (no hex, octal, leading zeros or short forms)',
  }),
);

/** A ledger identifier such as a schema or credential definition id (Indy, did:indy, URI forms). */
export const opaqueId = (max: number) =>
  z.string().check(
    z.minLength(1),
    z.maxLength(max),
    z.regex(/^[A-Za-z0-9:._/#=+-]+$/, {
      error: 'expected an identifier of letters, digits and : . _ / # = + -',
    }),
  );

/** An HTTP path for a health check: what the ALB accepts, no CR/LF or spaces. */
export const httpPath = z.string().check(
  z.maxLength(1024),
  z.regex(/^\/[A-Za-z0-9._~!$&'()*+,;=:@%/-]*$/, {
    error: 'expected an HTTP path such as /status/live (no spaces or control characters)',
  }),
);

export const envKey = z
  .string()
  .regex(/^[A-Z_][A-Z0-9_]{0,127}$/, { error: 'expected an upper-case .env key' });

/**
 * Why docker compose would read this .env value differently from how it is written, or undefined.
 * An unquoted value is trimmed and cut at a blank followed by #; one that starts with a quote loses
 * its quotes, and an unclosed quote runs on over the following lines (swallowing the keys there).
 */
export function envMisread(value: string): string | undefined {
  if (/^["']/.test(value)) return 'it starts with a quote, which compose strips (or reads on past the line)';
  if (/^\s|\s$/.test(value)) return 'it starts or ends with a blank, which compose trims';
  if (/\s#/.test(value)) return 'a blank followed by # starts a comment, which compose cuts off';
  return undefined;
}

const ENV_VALUE_CHECKS: z.core.$ZodCheck<string>[] = [
  z.maxLength(4096),
  printableOnly,
  z.refine((s: string) => !/[$`]/.test(s), {
    error: 'contains $ or a backtick, which docker compose would interpolate in a .env file',
  }),
  z.superRefine((s: string, ctx) => {
    // A line break is reported once, as a control character, not again as a trailing blank.
    const why = unsafeCharacter(s) ? undefined : envMisread(s);
    if (why)
      ctx.addIssue({
        code: 'custom',
        message: `docker compose would read it differently in a .env file: ${why}`,
        input: s,
      });
  }),
];

/** A .env value: one line of printable text, no `$` or backtick (compose would interpolate them). */
export const envValue = z.string().check(...ENV_VALUE_CHECKS);

/** A .env value that holds a JSON array (Locust's CRED_ATTR). */
export const envJsonArray = z
  .string()
  .check(
    ...ENV_VALUE_CHECKS,
    z.refine(isJsonArray, { error: 'expected a JSON array of credential attributes' }),
  );

export const httpHeaderName = z.string().regex(/^[A-Za-z][A-Za-z0-9-]{0,63}$/, {
  error: 'expected an HTTP header name such as Authorization',
});

export const port = z.int().check(z.gte(1), z.lte(65535)).describe('TCP port (1-65535)');
/** A whole number from min to max (both included). */
export const intRange = (min: number, max: number) => z.int().check(z.gte(min), z.lte(max));
/** A whole number above 0, at most max. */
export const positiveInt = (max: number) => z.int().check(z.positive(), z.lte(max));
export const seconds = (d: string) => positiveInt(86_400).describe(d);
export const instanceType = z
  .string()
  .check(
    z.maxLength(32),
    z.regex(/^[a-z][a-z0-9-]*\.[a-z0-9]+$/, { error: 'expected an EC2 instance type such as t3.xlarge' }),
  );

export function isJsonArray(s: string): boolean {
  try {
    return Array.isArray(JSON.parse(s));
  } catch {
    return false;
  }
}

/** GitHub's own cron rules (5 fields, ranges, names, steps), as its workflow parser applies them. */
export const cronSchedule = z.string().check(
  z.maxLength(100),
  z.refine(isValidCron, {
    error: 'expected a 5-field cron expression such as "0 20 * * 1-5" (UTC), each field in range',
  }),
  z.refine((s: string) => !hasCronIntervalLessThan5Minutes(s), {
    error: 'GitHub runs schedules at most every 5 minutes',
  }),
);

export const cidr = z.string().check(
  z.regex(/^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d|[12]\d|3[0-2])$/, {
    error: 'expected an IPv4 CIDR such as 10.0.0.0/16',
  }),
  z.refine(
    (s: string) =>
      s
        .split('/')[0]
        ?.split('.')
        .every((o) => Number(o) <= 255),
    {
      error: 'expected an IPv4 CIDR whose octets are 0-255',
    },
  ),
  // 010.0.0.0/8 is 10.0.0.0/8 to AWS but 8.0.0.0/8 to a parser that reads a leading 0 as octal.
  z.refine((s: string) => !/(^|\.)0\d/.test(s.replace(/\/.*$/, '')), {
    error:
      'expected an IPv4 CIDR without leading zeros (some parsers read 010 as octal 8), such as 10.0.0.0/8',
  }),
);
