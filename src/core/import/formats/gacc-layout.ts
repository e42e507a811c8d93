/**
 * The columns of a China customs (GACC, stats.customs.gov.cn) query download. The portal writes
 * only the columns the query asked for, in the order it asked for them, in Chinese or English.
 */
export type GaccColumn =
  | 'period'
  | 'code'
  | 'description'
  | 'partnerCode'
  | 'partnerName'
  | 'regimeCode'
  | 'regimeName'
  | 'provinceCode'
  | 'provinceName'
  | 'quantity'
  | 'unit'
  | 'quantity2'
  | 'unit2'
  | 'value';

const NAMES: Record<GaccColumn, readonly string[]> = {
  period: ['数据年月', 'date of data'],
  code: ['商品编码', 'commodity code'],
  description: ['商品名称', 'commodity'],
  partnerCode: ['贸易伙伴编码', 'trading partner code'],
  partnerName: ['贸易伙伴名称', 'trading partner'],
  regimeCode: ['贸易方式编码', 'customs regime code'],
  regimeName: ['贸易方式名称', 'customs regime'],
  provinceCode: ['注册地编码', 'locations of importers and exporters code'],
  provinceName: ['注册地名称', 'locations of importers and exporters'],
  quantity: ['第一数量', 'quantity'],
  unit: ['第一计量单位', 'unit'],
  // The portal's English pages have spelt it "Supplimentary".
  quantity2: ['第二数量', 'supplementary quantity', 'supplimentary quantity'],
  unit2: ['第二计量单位', 'supplementary unit', 'supplimentary unit'],
  value: [],
};

/** The value column's header says the currency. */
const CURRENCY_HEADERS: Record<string, string> = {
  美元: 'USD',
  人民币: 'CNY',
  'us dollar': 'USD',
  'renminbi yuan': 'CNY',
};

const BY_NAME = new Map<string, GaccColumn>(
  (Object.entries(NAMES) as [GaccColumn, readonly string[]][]).flatMap(([col, names]) =>
    names.map((n) => [n, col] as const),
  ),
);

export type GaccLayout = {
  columns: Partial<Record<GaccColumn, number>>;
  currency: string;
  /** Header cells, including the empty one the trailing comma leaves. */
  width: number;
};

function norm(cell: string): string {
  return cell
    .replace(/^\uFEFF/, '')
    .normalize('NFKC')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/** The layout of a GACC header, or null when the header is not one (an unknown column, a repeat). */
export function gaccLayout(header: string[]): GaccLayout | null {
  const columns: Partial<Record<GaccColumn, number>> = {};
  let currency: string | null = null;
  let trailing = false;
  for (const [i, cell] of header.entries()) {
    const n = norm(cell);
    if (n === '') {
      trailing = true;
      continue;
    }
    if (trailing) return null; // an empty header cell is only the trailing comma's
    const col = CURRENCY_HEADERS[n] !== undefined ? 'value' : BY_NAME.get(n);
    if (!col || columns[col] !== undefined) return null;
    if (col === 'value') currency = CURRENCY_HEADERS[n]!;
    columns[col] = i;
  }
  if (currency === null || Object.keys(columns).length < 2) return null;
  return { columns, currency, width: header.length };
}
