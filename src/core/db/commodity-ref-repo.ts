import type { UserNomenclature } from '../reference/commodity-names';
import type { Db } from './open';

/** The nomenclatures the user imported (reference files), as the commodity-name lookup asks them. */
export function createCommodityRefRepo(db: Db): UserNomenclature {
  const byCode = db.prepare('SELECT lang, description FROM commodity_ref WHERE classification = ? AND code = ?');
  return {
    description: (classification, code) => byCode.all(classification, code) as { lang: string; description: string }[],
  };
}
