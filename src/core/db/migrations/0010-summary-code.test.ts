import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore } from '../../core';
import { HEADER } from '../../test-support/temp-core';
import { MIGRATIONS, SCHEMA_VERSION } from '../migrate';
import { openDb } from '../open';
import { createSummaryMaintenance } from '../summary-repo';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const row = (period: string, partner: string, code: string, value: number) =>
  `${period},CHN,${partner},import,HS,${code},,${value},USD,,`;

describe('0010-summary-code from a v9 database', () => {
  it('fills summary_code from the cells resolved from their rows, and the breakdown reads it', async () => {
    dir = mkdtempSync(join(tmpdir(), 'tidemark-mig10-'));
    const path = join(dir, 'v9.sqlite');
    const file = join(dir, 'f.csv');
    // PRK: a TOTAL beside a chapter and its heading (resolved from rows); RUS: plain items.
    writeFileSync(
      file,
      [
        HEADER,
        row('2020-11', 'PRK', 'TOTAL', 1000),
        row('2020-11', 'PRK', '27', 700),
        row('2020-11', 'PRK', '2716', 600),
        row('2020-11', 'PRK', '33', 100),
        row('2020-11', 'RUS', '27', 50),
      ].join('\n'),
    );
    const current = join(dir, 'current.sqlite');
    const first = openCore({ dbPath: current, log: () => {} });
    expect(
      (await first.dispatch('importFiles', { files: [{ path: file }], options: { goods: 'all', partners: 'all' } })).ok,
    ).toBe(true);
    first.close();
    // What schema 9 held: the same batch, records, summary and scope, without summary_code (and, as
    // before 0011, the records in the table trade_record).
    const v9 = openDb(path);
    v9.transaction(() => {
      for (const m of MIGRATIONS.slice(0, 9)) m(v9);
      v9.pragma('user_version = 9');
      v9.exec(`ATTACH DATABASE '${current}' AS cur`);
      for (const table of ['import_batch', 'description', 'summary_total', 'batch_scope'])
        v9.exec(`INSERT INTO main.${table} SELECT * FROM cur.${table}`);
      // Schema 9's lists: one row per batch and partner or code (0012 gave them spans).
      v9.exec('INSERT INTO main.batch_scope_partner SELECT DISTINCT batch_id, partner FROM cur.batch_scope_partner');
      v9.exec('INSERT INTO main.batch_scope_code SELECT DISTINCT batch_id, family, code FROM cur.batch_scope_code');
      const columns = (v9.prepare("SELECT name FROM pragma_table_info('trade_record')").pluck().all() as string[]).join(
        ', ',
      );
      v9.exec(`INSERT INTO main.trade_record (${columns}) SELECT ${columns} FROM cur.trade_record`);
      v9.exec('DELETE FROM derived_rebuild');
    })();
    v9.exec('DETACH DATABASE cur');
    v9.close();

    const core = openCore({ dbPath: path, log: () => {} });
    try {
      const top = await core.dispatch('breakdown', { reporter: 'CHN', flow: 'import', from: '2020-11', level: 2 });
      // PRK's chapter 27 is its own row (700, not 700 + 600); the TOTAL's 200 beyond 27 and 33 is unallocated.
      expect(top).toMatchObject({
        ok: true,
        value: {
          total: 1050,
          items: [
            { key: '27', value: 750 },
            { key: '33', value: 100 },
          ],
          unallocated: { value: 200 },
        },
      });
    } finally {
      core.close();
    }
    const db = openDb(path);
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
      expect(db.prepare('SELECT partner, code, milli FROM summary_code ORDER BY partner, code').raw().all()).toEqual([
        ['PRK', '27', 700_000],
        ['PRK', '33', 100_000],
      ]);
      expect(createSummaryMaintenance(db).differences()).toEqual([]);
      expect(db.prepare('SELECT COUNT(*) FROM derived_rebuild').pluck().get()).toBe(0);
    } finally {
      db.close();
    }
  });
});
