// Colour only for a person at a terminal: never into pipes or files, never when NO_COLOR is set
// (https://no-color.org: any non-empty value).

export type Paint = (line: string) => string;

export function wantsColour(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  return stream.isTTY === true && !env.NO_COLOR && env.TERM !== 'dumb';
}

const plain: Paint = (s) => s;
// Plain SGR codes: util.styleText re-checks process.stdout itself on newer Node versions.
const sgr = (code: number) => (w: string) => `\u001b[${code}m${w}\u001b[39m`;

/** Progress and result lines with their outcome words coloured. */
export function painter(colour: boolean): Paint {
  if (!colour) return plain;
  return (line) =>
    line
      .replace(/\b(success|passed|valid)\b/g, sgr(32))
      .replace(/\b(failure|failed|error)\b/g, sgr(31))
      .replace(/\b(skipped|warning)\b/g, sgr(33));
}
