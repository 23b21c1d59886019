// Locust's CSV files as rows keyed by their header.

/** Minimal CSV parsing for Locust's files: quoted fields, commas inside quotes, "" escapes. */
/** Rows keyed by the header, with `columns` always present (empty when Locust did not write them). */
export function parseCsv<K extends string>(
  text: string,
  columns: readonly K[] = [],
): (Record<K, string> & Record<string, string | undefined>)[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      if (row.some((f) => f !== '')) rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  const [head = [], ...body] = rows;
  const absent = columns.filter((c) => !head.includes(c));
  type Row = Record<K, string> & Record<string, string | undefined>;
  return body.map((r) => {
    // A short row's missing cells (and a column Locust did not write) are empty, as in any CSV reader.
    const cells = head.map((h, i) => [h, r[i] ?? '']);
    return Object.fromEntries([...cells, ...absent.map((c) => [c, ''])]) as Row;
  });
}
