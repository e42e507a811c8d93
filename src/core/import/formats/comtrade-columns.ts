/**
 * UN Comtrade has published the same columns under three sets of names: the Comtrade+ API and its
 * portal/bulk CSV (camelCase), the legacy web CSV ("Trade Value (US$)") and the legacy API JSON
 * (rtCode, ptCode…). One field, every name it goes by.
 */
export const COMTRADE_COLUMNS = {
  classification: ['classificationCode', 'Classification', 'pfCode'],
  year: ['refYear', 'Year', 'yr'],
  month: ['refMonth'],
  period: ['period', 'Period'],
  freq: ['freqCode'],
  flowCode: ['flowCode', 'Trade Flow Code', 'rgCode'],
  flowDesc: ['flowDesc', 'Trade Flow', 'rgDesc'],
  reporterCode: ['reporterCode', 'Reporter Code', 'rtCode'],
  reporterIso: ['reporterISO', 'Reporter ISO', 'rt3ISO'],
  reporterName: ['reporterDesc', 'Reporter', 'rtTitle'],
  partnerCode: ['partnerCode', 'Partner Code', 'ptCode'],
  partnerIso: ['partnerISO', 'Partner ISO', 'pt3ISO'],
  partnerName: ['partnerDesc', 'Partner', 'ptTitle'],
  partner2Code: ['partner2Code', '2nd Partner Code'],
  customsCode: ['customsCode', 'Customs Proc. Code'],
  motCode: ['motCode', 'Mode of Transport Code'],
  code: ['cmdCode', 'Commodity Code'],
  description: ['cmdDesc', 'Commodity', 'cmdDescE'],
  qtyUnit: ['qtyUnitAbbr', 'Qty Unit', 'qtDesc'],
  qty: ['qty', 'Qty', 'TradeQuantity'],
  altQtyUnit: ['altQtyUnitAbbr', 'Alt Qty Unit'],
  altQty: ['altQty', 'Alt Qty'],
  netWeight: ['netWgt', 'Netweight (kg)', 'NetWeight'],
  value: ['primaryValue', 'Trade Value (US$)', 'TradeValue', 'value'],
} as const;

export type ComtradeField = keyof typeof COMTRADE_COLUMNS;
/** Each field's column index in this file, or -1. */
export type ComtradeLayout = Record<ComtradeField, number>;

export function comtradeLayout(header: string[]): ComtradeLayout {
  const index = new Map<string, number>();
  header.forEach((h, i) => {
    const key = h.trim().toLowerCase();
    if (!index.has(key)) index.set(key, i);
  });
  const layout = {} as ComtradeLayout;
  for (const [field, names] of Object.entries(COMTRADE_COLUMNS) as [ComtradeField, readonly string[]][]) {
    layout[field] = names.map((n) => index.get(n.toLowerCase())).find((i) => i !== undefined) ?? -1;
  }
  return layout;
}

export type ComtradeVariant = 'comtrade-plus' | 'comtrade-legacy' | 'comtrade-legacy-api';

const has = (header: string[], ...names: string[]) => {
  const set = new Set(header.map((h) => h.trim()));
  return names.every((n) => set.has(n));
};

/** Which Comtrade publication a header comes from, if any. */
export function comtradeVariant(header: string[]): ComtradeVariant | null {
  if (has(header, 'Trade Value (US$)', 'Commodity Code')) return 'comtrade-legacy';
  if (has(header, 'TradeValue', 'rgCode')) return 'comtrade-legacy-api';
  if (has(header, 'primaryValue') && (has(header, 'cmdCode') || has(header, 'flowCode'))) return 'comtrade-plus';
  // Records grouped by period, saved by scripts over the Comtrade+ API: flowCode, value, period.
  if (has(header, 'flowCode', 'value', 'period')) return 'comtrade-plus';
  return null;
}

/** Comtrade's flow codes and names → Tidemark's flows. Re-exports and re-imports stay their own flows. */
const FLOWS: Record<string, string> = {
  '1': 'import',
  m: 'import',
  import: 'import',
  imports: 'import',
  '2': 'export',
  x: 'export',
  export: 'export',
  exports: 'export',
  '3': 're-export',
  rx: 're-export',
  're-export': 're-export',
  reexport: 're-export',
  're-exports': 're-export',
  '4': 're-import',
  rm: 're-import',
  're-import': 're-import',
  reimport: 're-import',
  're-imports': 're-import',
  dx: 'domestic-export',
  'domestic export': 'domestic-export',
  fm: 'foreign-import',
  'foreign import': 'foreign-import',
  mip: 'import-inward-processing',
  'import of goods for inward processing': 'import-inward-processing',
  xip: 'export-inward-processing',
  'export of goods after inward processing': 'export-inward-processing',
  mop: 'import-outward-processing',
  'import of goods after outward processing': 'import-outward-processing',
  xop: 'export-outward-processing',
  'export of goods for outward processing': 'export-outward-processing',
};

export function comtradeFlow(text: string): string | null {
  return FLOWS[text.trim().toLowerCase()] ?? null;
}
