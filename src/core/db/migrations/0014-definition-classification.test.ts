import { describe, expect, it } from 'vitest';
import { Definition } from '../../../shared/analysis-types';
import { createDefinitionsRepo } from '../definitions-repo';
import { migrate, SCHEMA_VERSION } from '../migrate';
import { fixture } from '../../test-support/schema-fixture';

describe('0014-definition-classification from every earlier schema', () => {
  for (let v = 1; v < 14; v++)
    it(`keeps a schema ${v} database's definitions as HS, in no set currency, and saves an S4 one in yuan`, () => {
      const db = fixture(v);
      try {
        // Schemas 3 to 13 held definitions, without a classification: their codes were read as HS.
        if (v >= 3)
          db.prepare(
            `INSERT INTO definition (name, label, reporter, partner, flow, subject, hs, exclude_hs, note, updated_at)
              VALUES ('NK coal', '', 'CHN', 'PRK', 'import', 'reporter', '["2701"]', '[]', '', '2026-01-01')`,
          ).run();
        expect(migrate(db, () => {})).toEqual({ from: v, to: SCHEMA_VERSION });
        const defs = createDefinitionsRepo(db);
        if (v >= 3) expect(defs.get('NK coal')).toMatchObject({ hs: ['2701'], classification: 'HS', currency: null });
        defs.save(Definition.parse({ name: 'SITC coal', hs: ['32'], classification: 's4', currency: 'CNY' }));
        expect(defs.get('SITC coal')).toMatchObject({ hs: ['32'], classification: 'S4', currency: 'CNY' });
      } finally {
        db.close();
      }
    });
});
