// Colour only for a person at a terminal: never into pipes or files, never when NO_COLOR is set
// (https://no-color.org: any non-empty value).
import { styleText } from 'node:util';

export type Paint = (line: string) => string;

export function wantsColour(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  return stream.isTTY === true && !env.NO_COLOR && env.TERM !== 'dumb';
}

const plain: Paint = (s) => s;

/** Progress and result lines with their outcome words coloured. */
export function painter(colour: boolean): Paint {
  if (!colour) return plain;
  return (line) =>
    line
      .replace(/\b(success|passed|valid)\b/g, (w) => styleText('green', w))
      .replace(/\b(failure|failed|error)\b/g, (w) => styleText('red', w))
      .replace(/\b(skipped|warning)\b/g, (w) => styleText('yellow', w));
}
