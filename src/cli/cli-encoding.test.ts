import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { oneError, tidemarkIn } from './cli-harness';

// DuckDB's fuzz file data_csv_afl_no_parameter_22.csv was refused with "The file is not valid UTF-8 throughout.
// Choose its encoding by hand and import it again.": on the command line, nothing said how.

const FILE = resolve(__dirname, '../../../shared/corpora/fuzz/duckdb-csv/data_csv_afl_no_parameter_22.csv');
const why = existsSync(FILE) ? '' : ' (skipped: ../shared/corpora/fuzz/duckdb-csv is absent)';
const dir = mkdtempSync(join(tmpdir(), 'tidemark-encoding-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(why !== '')(`a file that is not the encoding it was read as${why}`, () => {
  it('is refused naming the flag that chooses another', async () => {
    const r = await tidemarkIn(dir, 'import', FILE, '--db', 'x.sqlite');
    expect(r.code).toBe(1);
    expect(oneError(r)).toEqual({
      code: 'file_unreadable',
      message:
        'data_csv_afl_no_parameter_22.csv: The file is not valid UTF-8 throughout. Choose its encoding by hand (CLI: --encoding gb18030, utf-16le, utf-16be or utf-8) and import it again.',
    });
  });
});
