import { describe, expect, it } from 'vitest';
import { seriesNotes } from './series-notes';

const note = 'Read in USD. The files also hold these figures in CNY.';

describe('seriesNotes', () => {
  it('says a note every series gives once, without a label', () => {
    const flows = ['Exports', 'Imports', 'Total trade'].map((label) => ({ label, footnotes: [note] }));
    expect(seriesNotes(flows)).toEqual([note]);
  });

  it('names the series a note is about where only some give it', () => {
    expect(
      seriesNotes([
        { label: 'Exports', footnotes: [note, '6 months are not covered.'] },
        { label: 'Imports', footnotes: [note] },
      ]),
    ).toEqual([note, 'Exports: 6 months are not covered.']);
  });

  it('keeps one series’ notes as they are', () => {
    expect(seriesNotes([{ label: 'Exports', footnotes: [note, note] }])).toEqual([note]);
  });
});
