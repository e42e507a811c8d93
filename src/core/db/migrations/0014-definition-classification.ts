import type { Db } from '../open';

/**
 * The classification a named definition's codes are in, and the currency it is read in (optional): SITC 32
 * (coal) is not HS 32 (tanning extracts), and a definition's codes were read as HS whatever they were meant
 * as. Definitions saved before this were read as HS, so that is what they keep; none names a currency.
 */
export function up(db: Db): void {
  db.exec(`
    ALTER TABLE definition ADD COLUMN classification TEXT NOT NULL DEFAULT 'HS';
    ALTER TABLE definition ADD COLUMN currency TEXT;
  `);
}
