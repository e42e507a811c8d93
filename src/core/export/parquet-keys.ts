/**
 * A group of a row's small integer columns (dictionary ids, flags, months) packed into as few 64-bit
 * integers (words) as their largest values allow, each at most 62 bits so it stays positive. SQLite
 * packs them as it writes a row; DuckDB finds the distinct words (a few thousand combinations, not a
 * row each), unpacks and names those once, and joins the rows to them on the words alone.
 */
export type KeyField = {
  /** The name the unpacked value takes in DuckDB. */
  name: string;
  /** trade_row's column. */
  column: string;
  /** The largest value the column holds (0 where the table is empty). */
  max: number;
  /** A nullable id packs NULL as 0 (ids start at 1) and unpacks 0 as NULL. */
  nullable: boolean;
};
type Placed = KeyField & { word: number; shift: number; bits: number };
export type PackedKey = { words: string[]; fields: Placed[] };

const WORD_BITS = 62;

/** Lays `fields` out in words named `${prefix}0`, `${prefix}1`, …, in order. */
export function packKey(prefix: string, fields: KeyField[]): PackedKey {
  const placed: Placed[] = [];
  let word = 0;
  let shift = 0;
  for (const f of fields) {
    const bits = f.max.toString(2).length;
    if (shift + bits > WORD_BITS) {
      word++;
      shift = 0;
    }
    placed.push({ ...f, word, shift, bits });
    shift += bits;
  }
  return { words: Array.from({ length: word + 1 }, (_, i) => `${prefix}${i}`), fields: placed };
}

/** SQLite: each word of a trade_row row. */
export const packSql = (key: PackedKey): string[] =>
  key.words.map((_, w) =>
    key.fields
      .filter((f) => f.word === w)
      .map((f) => `(${f.nullable ? `ifnull(${f.column}, 0)` : f.column} << ${f.shift})`)
      .join(' | '),
  );

/** DuckDB: a field's value from the words on `alias`. */
export function unpackSql(key: PackedKey, alias: string, name: string): string {
  const f = key.fields.find((x) => x.name === name)!;
  const value = `((${alias}.${key.words[f.word]} >> ${f.shift}) & ${(1n << BigInt(f.bits)) - 1n})`;
  return f.nullable ? `nullif(${value}, 0)` : value;
}

/** DuckDB: the words of two aliases are equal. */
export const sameWords = (key: PackedKey, a: string, b: string) =>
  key.words.map((w) => `${a}.${w} = ${b}.${w}`).join(' AND ');
