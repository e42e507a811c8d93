import type { UserNomenclature } from '../reference/commodity-names';
import type { Db } from './open';

/**
 * The nomenclatures the user imported (reference files), as the commodity-name lookup asks them: in each
 * language, the name of the latest import still held. A reverted file names nothing, and the file it
 * had restated names the code again; its undo brings its names back (the revert only marks the batch).
 */
export function createCommodityRefRepo(db: Db): UserNomenclature {
  const byCode = db.prepare(
    `SELECT r.lang, r.description FROM commodity_ref r JOIN import_batch b ON b.id = r.batch_id AND b.status = 'imported'
      WHERE r.classification = ? AND r.code = ? ORDER BY r.batch_id DESC`,
  );
  return {
    description: (classification, code) => {
      const latest = new Map<string, string>();
      for (const r of byCode.all(classification, code) as { lang: string; description: string }[])
        if (!latest.has(r.lang)) latest.set(r.lang, r.description);
      return [...latest].map(([lang, description]) => ({ lang, description }));
    },
  };
}
