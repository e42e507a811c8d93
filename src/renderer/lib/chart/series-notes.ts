/**
 * The footnotes of a chart's series, each said once. With several series a note says which series it is
 * about ("6 months are not covered" alone would not), unless every series gives it: the currency note of a
 * pair's three flows was printed three times, once per flow, word for word after the label.
 */
export function seriesNotes(series: { label: string; footnotes: string[] }[]): string[] {
  const everyone = (n: string) => series.every((s) => s.footnotes.includes(n));
  const notes = series.flatMap((s) =>
    series.length > 1 ? s.footnotes.map((n) => (everyone(n) ? n : `${s.label}: ${n}`)) : s.footnotes,
  );
  return [...new Set(notes)];
}
