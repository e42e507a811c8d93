import { CANONICAL_EXTRA, type CanonicalExtra } from '../../shared/canonical-header';
import type { Db } from '../db/open';
import { toldAggregate } from './canonical-csv';

/** What a record holds beyond the grid's 11 columns, as the canonical CSV writes it (null where it has none). */
export type ExtraCells = Record<CanonicalExtra, string | null>;
/** A record's extras; `plain` where it is no total and its code and partner say so (it needs no aggregate column). */
export type ExtraRow = { cells: ExtraCells; plain: boolean };

type Raw = {
  months: number;
  quantity2: number | null;
  unit2: number | null;
  regime: number | null;
  province: number | null;
  mot: number | null;
  partner2: number | null;
  aggregate: number;
  source: number | null;
  partner: number;
  code: number;
};
type Dim = 'dim_unit' | 'dim_regime' | 'dim_province' | 'dim_mot' | 'dim_area' | 'dim_url' | 'dim_code';

/**
 * The extra columns of records by id, for an export of the rows the grid shows: its query reads the 11 base
 * columns only, and a split row (a trade mode, a province) then read as a duplicate of its neighbour.
 */
export function recordExtras(db: Db) {
  // The row's own ids, each named once from its small dictionary.
  const one = db.prepare(
    `SELECT period_months AS months, quantity2, unit2_id AS unit2, regime_id AS regime, province_id AS province,
      mot_id AS mot, partner2_id AS partner2, is_aggregate AS aggregate, source_url_id AS source, partner_id AS partner,
      code_id AS code FROM trade_row WHERE id = ?`,
  );
  const names = new Map<Dim, { text: ReturnType<Db['prepare']>; known: Map<number, string> }>();
  const name = (dim: Dim, id: number | null): string | null => {
    if (id === null) return null;
    let d = names.get(dim);
    if (!d)
      names.set(dim, (d = { text: db.prepare(`SELECT text FROM ${dim} WHERE id = ?`).pluck(), known: new Map() }));
    let text = d.known.get(id);
    if (text === undefined) d.known.set(id, (text = String(d.text.get(id) ?? '')));
    return text;
  };
  // Whether any row at all holds an extra: where none does, an export reads its rows once, as before.
  const any = db.prepare(`SELECT EXISTS (SELECT 1 FROM trade_row WHERE period_months <> 1 OR quantity2 IS NOT NULL
      OR unit2_id IS NOT NULL OR regime_id IS NOT NULL OR province_id IS NOT NULL OR mot_id IS NOT NULL
      OR partner2_id IS NOT NULL OR source_url_id IS NOT NULL OR is_aggregate = 1) AS held`);
  return {
    possible: (): boolean => (any.get() as { held: number }).held === 1,
    of: (id: number): ExtraRow | null => {
      const r = one.get(id) as Raw | undefined;
      if (!r) return null;
      const cells: ExtraCells = {
        months: r.months === 1 ? null : String(r.months),
        quantity2: r.quantity2 === null ? null : String(r.quantity2),
        unit2: name('dim_unit', r.unit2),
        regime: name('dim_regime', r.regime),
        province: name('dim_province', r.province),
        mode_of_transport: name('dim_mot', r.mot),
        partner2: name('dim_area', r.partner2),
        aggregate: r.aggregate ? '1' : '0',
        source: name('dim_url', r.source),
      };
      // A plain row needs no aggregate column; the partner and code are named only for the rows that may.
      const plain = !r.aggregate && !toldAggregate(name('dim_area', r.partner)!, name('dim_code', r.code)!);
      return { cells, plain };
    },
  };
}
export type RecordExtras = ReturnType<typeof recordExtras>;

/**
 * The extras some record needs, in CANONICAL_EXTRA order. `aggregate` where a row is a total (the grid marks
 * it) or its flag is not what its code and partner would tell on import.
 */
export function extrasNeeded(rows: Iterable<ExtraRow | null>): CanonicalExtra[] {
  const used = new Set<CanonicalExtra>();
  for (const r of rows) {
    if (!r) continue;
    for (const k of CANONICAL_EXTRA) if (k !== 'aggregate' && r.cells[k] !== null) used.add(k);
    if (!r.plain) used.add('aggregate');
    if (used.size === CANONICAL_EXTRA.length) break;
  }
  return CANONICAL_EXTRA.filter((k) => used.has(k));
}
