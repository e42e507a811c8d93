import { describe, expect, it } from 'vitest';
import { migrate, SCHEMA_VERSION } from '../migrate';
import { fixture } from '../../test-support/schema-fixture';

const all = (db: ReturnType<typeof fixture>, sql: string) => db.prepare(sql).raw().all() as unknown[][];

describe('0012-listing-spans from every earlier schema', () => {
  for (let v = 1; v < 12; v++)
    it(`keeps what a schema ${v} database's lists covered: each listing spans its whole batch`, () => {
      const db = fixture(v);
      try {
        if (v >= 9) {
          // Schemas 9 to 11 held scopes, written at import; an annual and a monthly group in one batch.
          db.exec(`INSERT INTO batch_scope (batch_id, reporter, flow, freq, period, period_months, family, partners_all, goods_all)
            VALUES (1, 'CHN', 'import', 'month', '2020-10', 1, 'HS', 0, 0), (1, 'CHN', 'import', 'month', '2020-11', 1, 'HS', 0, 0),
              (1, 'CHN', 'import', 'year', '2019', 12, 'HS', 0, 0);
            INSERT INTO batch_scope_partner (batch_id, partner) VALUES (1, 'PRK'), (1, 'RUS');
            INSERT INTO batch_scope_code (batch_id, family, code) VALUES (1, 'HS', '0101');`);
        }
        expect(migrate(db, () => {})).toEqual({ from: v, to: SCHEMA_VERSION });
        const partners = all(
          db,
          'SELECT batch_id, partner, reporter, flow, freq, first_period, last_period FROM batch_scope_partner ORDER BY 1, 2, 3, 4, 5',
        );
        const codes = all(db, 'SELECT * FROM batch_scope_code ORDER BY 1, 2, 3, 4');
        // Every listing holds over every group of its batch, first period to last, as before.
        const groups = all(
          db,
          'SELECT batch_id, reporter, flow, freq, MIN(period), MAX(period) FROM batch_scope GROUP BY 1, 2, 3, 4',
        ) as [number, string, string, string, string, string][];
        expect(groups.length).toBeGreaterThan(0);
        for (const [batch, , reporter, flow, freq, first, last] of partners as string[][])
          expect(groups).toContainEqual([batch, reporter, flow, freq, first, last]);
        if (v >= 9) {
          expect(partners.filter((p) => p[0] === 1)).toEqual([
            [1, 'PRK', 'CHN', 'import', 'month', '2020-10', '2020-11'],
            [1, 'PRK', 'CHN', 'import', 'year', '2019', '2019'],
            [1, 'RUS', 'CHN', 'import', 'month', '2020-10', '2020-11'],
            [1, 'RUS', 'CHN', 'import', 'year', '2019', '2019'],
          ]);
          expect(codes.filter((c) => c[0] === 1)).toEqual([
            [1, 'HS', '0101', 'month', '2020-10', '2020-11'],
            [1, 'HS', '0101', 'year', '2019', '2019'],
          ]);
        } else {
          // Scopes read from the records by 0009: each batch's partners and codes, listed where its groups are.
          const listed = new Set(partners.map((p) => `${p[0]} ${p[1]}`));
          expect(listed).toEqual(
            new Set(
              (all(db, 'SELECT DISTINCT batch_id, partner FROM trade_record') as [number, string][]).map(
                ([b, p]) => `${b} ${p}`,
              ),
            ),
          );
          expect(codes.length).toBeGreaterThan(0);
        }
        expect(db.pragma('foreign_key_check')).toEqual([]);
      } finally {
        db.close();
      }
    });
});
