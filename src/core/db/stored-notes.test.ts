import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localizedMessage } from '../../shared/error-text';
import { openCore } from '../core';
import { fixture } from '../test-support/schema-fixture';
import { callerOf } from '../test-support/temp-core';
import { SCHEMA_VERSION } from './migrate';

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'tidemark-notes-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const REASON = 'value "12x3" is not a number (digits, commas between groups of three, at most 3 decimals).';
const WARNING =
  "This file has exactly 10,000 rows, China customs' download limit: it is probably truncated. Narrow the query and download again.";

/**
 * Reasons and warnings stored in English only, by every earlier schema (the table and column have not
 * changed since 0001 and 0002): after the upgrade they show as they were stored, in either language.
 */
describe('reasons and warnings an earlier Tidemark stored', () => {
  for (const v of [2, 6, 10, SCHEMA_VERSION])
    it(`show as stored after opening a schema ${v} database`, async () => {
      const path = join(dir, `v${v}.sqlite`);
      const db = fixture(v, path);
      db.prepare(
        "INSERT INTO rejected_row (batch_id, sheet, row_number, raw, reason, message) VALUES (1, '', 4, '[\"12x3\"]', 'cast_error', ?)",
      ).run(REASON);
      db.prepare("INSERT INTO import_warning (batch_id, code, message) VALUES (1, 'gacc_row_cap', ?)").run(WARNING);
      db.close();

      const core = openCore({ dbPath: path, log: () => {} });
      try {
        const call = callerOf(core);
        const [r] = await call('listRejects', { batchId: 1, limit: 10 });
        expect(r).toMatchObject({ rowNumber: 4, reason: 'cast_error', message: REASON, raw: ['12x3'] });
        expect(r!.key).toBeUndefined();
        expect(localizedMessage(r!, 'ko')).toBe(REASON);
        const batch = (await call('listBatches', {})).find((b) => b.id === 1)!;
        expect(batch.warnings).toEqual([{ code: 'gacc_row_cap', message: WARNING }]);
        expect(localizedMessage(batch.warnings[0]!, 'ko')).toBe(WARNING);
      } finally {
        core.close();
      }
    });
});
