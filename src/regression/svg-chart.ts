// Line charts as inline SVG, drawn from the data when the report is written: the HTML page needs no
// script and no network to show them. One path per run, coloured by variant, so variants overlay.

export interface Series {
  variant: string;
  label: string;
  points: { x: number; y: number }[];
}

const COLOURS = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#8c564b'];

/** Text for SVG/HTML: the five characters that could open markup, as entities. */
export function esc(s: unknown): string {
  return String(s).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

export function colourOf(variants: readonly string[], v: string): string {
  return COLOURS[Math.max(0, variants.indexOf(v)) % COLOURS.length] ?? '#000';
}

/** A "nice" upper bound for an axis: 1, 2 or 5 times a power of ten. */
function niceMax(v: number): number {
  if (!(v > 0)) return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  return ([1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].map((k) => k * p).find((n) => n >= v) ?? 10 * p) as number;
}

export function lineChart(opts: {
  id: string;
  title: string;
  yLabel: string;
  variants: readonly string[];
  series: readonly Series[];
}): string {
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
  const sx = (x: number) => L + (x / xMax) * (W - L - R);
  const sy = (y: number) => H - B - (y / yMax) * (H - T - B);
  const ticks = [0, 0.25, 0.5, 0.75, 1];
  const grid = ticks
    .map((f) => {
      const y = sy(f * yMax).toFixed(1);
      return `<line x1="${L}" x2="${W - R}" y1="${y}" y2="${y}" stroke="#ddd"/><text x="${L - 6}" y="${y}" text-anchor="end" dominant-baseline="middle" font-size="11">${esc(+(f * yMax).toPrecision(3))}</text>`;
    })
    .join('');
  const xTicks = ticks
    .map(
      (f) =>
        `<text x="${sx(f * xMax).toFixed(1)}" y="${H - B + 16}" text-anchor="middle" font-size="11">${esc(Math.round(f * xMax))}</text>`,
    )
    .join('');
  const paths = drawn
    .map((s) => {
      // One sample alone (a short run's docker stats) is a short dash, not an invisible point.
      const only = s.points.length === 1 ? s.points[0] : undefined;
      const pts = only
        ? [
            { x: only.x, y: only.y, dx: -4 },
            { x: only.x, y: only.y, dx: 4 },
          ]
        : s.points.map((p) => ({ x: p.x, y: p.y, dx: 0 }));
      const d = pts
        .map((p, i) => `${i === 0 ? 'M' : 'L'}${(sx(p.x) + p.dx).toFixed(1)},${sy(p.y).toFixed(1)}`)
        .join(' ');
      return `<path class="series" data-variant="${esc(s.variant)}" data-run="${esc(s.label)}" d="${d}" fill="none" stroke="${colourOf(opts.variants, s.variant)}" stroke-width="1.8" stroke-opacity="0.85"><title>${esc(s.label)}</title></path>`;
    })
    .join('');
  const empty =
    drawn.length === 0
      ? `<text x="${W / 2}" y="${H / 2}" text-anchor="middle" fill="#888">no data</text>`
      : '';
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
    '</svg></figure>',
  ].join('');
}
