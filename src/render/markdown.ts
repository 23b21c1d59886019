// Markdown that text from a cluster file, AWS or a load test cannot break out of: PR comments and
// job summaries show such values, and a backtick run or a pipe must not turn them into markup.

/** The punctuation that starts inline markup anywhere in a line, escaped; line breaks folded. */
function inline(value: unknown): string {
  return (
    String(value)
      .replace(/[\r\n\u2028\u2029]+/g, ' ')
      .replace(/[\\`*[\]<>|~&$]/g, (ch) => `\\${ch}`)
      // GitHub reads _ inside a word as a letter (receive_credential); only a word-edge _ is markup.
      .replace(/(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/g, '\\_')
  );
}

/**
 * A PR comment would notify @user or @org/team and cross-reference #123: a zero-width space (as an
 * entity, after the & escaping) keeps the text readable and inert.
 */
const inert = (s: string) => s.replace(/(?<![A-Za-z0-9_])(@(?=[A-Za-z0-9])|#(?=\d))/g, '$1&#8203;');

/**
 * Inline text: the punctuation that starts markup anywhere in a line (code, emphasis, links,
 * HTML, tables, strike-through, entities, math) escaped, a leading block marker escaped, and line
 * breaks folded to spaces. Names such as perf-example-lb stay readable.
 */
export function mdText(value: unknown): string {
  return inert(inline(value).replace(/^([#+=-]|\d+[.)])/, (m) => `${m.slice(0, -1)}\\${m.slice(-1)}`));
}

/**
 * A table cell: like mdText, pipes included, but without the leading block-marker escape: a cell
 * holds no blocks, so 10.0.0.15 or -1 reads as written, also where the Markdown is shown raw.
 */
export function mdCell(value: unknown): string {
  return inert(inline(value));
}

/** Cells joined into one table row. */
export function mdRow(cells: readonly unknown[]): string {
  return `| ${cells.map(mdCell).join(' | ')} |`;
}

/** Several escaped lines inside one table cell. */
export function mdCellLines(lines: readonly unknown[]): string {
  return lines.map(mdCell).join('<br>');
}

/** A fenced block whose fence is longer than any backtick run inside, so nothing can close it. */
export function fence(lang: string, body: string): string {
  if (!/^[a-z]*$/.test(lang)) throw new Error(`fence language ${lang} is not a plain word`);
  const longest = Math.max(0, ...[...body.matchAll(/`+/g)].map((m) => m[0].length));
  const ticks = '`'.repeat(Math.max(3, longest + 1));
  return `${ticks}${lang}\n${body.trimEnd()}\n${ticks}`;
}
