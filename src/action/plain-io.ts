// Inputs and job summary kept in plain memory, as @actions/core would read and write them: the
// local runner's per-step IO and the tests' fake of @actions/core share these. (No import of
// @actions/core here, so tests can mock that module after loading this one.)
import type { ActionIO, SummaryIO } from './io.js';

/** Reading inputs as @actions/core does, from a plain map (the local runner, tests). */
export function inputReader(
  inputs: () => Record<string, string>,
): Pick<ActionIO, 'getInput' | 'getBooleanInput'> {
  // As @actions/core: an input not given reads as empty.
  const given = (name: string) => (inputs()[name] ?? '').trim();
  return {
    getInput: (name, options) => {
      const v = given(name);
      if (options?.required && !v) throw new Error(`Input required and not supplied: ${name}`);
      return v;
    },
    getBooleanInput: (name) => {
      const v = given(name); // absent: empty, refused below as @actions/core does
      if (['true', 'True', 'TRUE'].includes(v)) return true;
      if (['false', 'False', 'FALSE'].includes(v)) return false;
      throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}`);
    },
  };
}

/** A job summary kept as Markdown parts. */
export function bufferedSummary(parts: () => string[]): SummaryIO {
  const s: SummaryIO = {
    addHeading: (text, level = 1) => {
      parts().push(`${'#'.repeat(Number(level))} ${text}\n\n`);
      return s;
    },
    addRaw: (text) => {
      parts().push(text);
      return s;
    },
    write: async () => s,
  };
  return s;
}
