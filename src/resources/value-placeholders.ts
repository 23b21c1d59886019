// What a plan shows in a field's value for what AWS names only while the apply runs (a target
// group's ARN, a template, image or security group id), and what may take its place when the
// approved apply writes the field (src/plan/approval.ts). One table: a planner shows only what the
// approval can match, and each placeholder is filled only by an id of its kind.

/** Text matched as itself inside a regular expression. */
export const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const ID = (prefix: string) => `${prefix}-[0-9a-f]+`;
const TARGET_GROUP = (name: string) =>
  `arn:aws[a-z-]*:elasticloadbalancing:[a-z0-9-]+:[0-9]{12}:targetgroup/${name}/[0-9a-f]+`;

/** The placeholders the planners write. */
export const NEW_VALUE = {
  /** A target group the apply makes under this name (a replace, or one not made yet). */
  targetGroup: (name: string) => `<new ${name}>`,
  template: '<new template>',
  image: '<new image>',
  perfSg: '<perf-sg>',
  lbSg: '<new lb-sg>',
  /** The recipe of an image whose source machine is not made yet (it hashes the machine's id). */
  recipe: '<new recipe>',
} as const;

/** A target group the apply makes under the captured name. */
const NEW_TARGET_GROUP = /<new ([a-z0-9-]+-tg-[a-z]+)>/;

/** Each placeholder's pattern in a plan's value, and the pattern of what may stand in its place. */
export const VALUE_PLACEHOLDERS: readonly (readonly [RegExp, (m: RegExpExecArray) => string])[] = [
  [NEW_TARGET_GROUP, (m) => TARGET_GROUP(literal(String(m[1])))],
  [/<new template>/, () => ID('lt')],
  [/<new image>/, () => ID('ami')],
  [/<perf-sg>|<new lb-sg>/, () => ID('sg')],
  [/<new recipe>/, () => '[0-9a-f]{12}'],
];

/** The name of the target group a `<new NAME>` placeholder stands for, if the value is one. */
export function placeholderTargetGroup(value: string): string | undefined {
  const m = NEW_TARGET_GROUP.exec(value);
  return m && m[0] === value ? m[1] : undefined;
}
