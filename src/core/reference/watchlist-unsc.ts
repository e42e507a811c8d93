/**
 * HS codes whose trade with North Korea the UN Security Council banned or capped, written from the
 * resolutions' operative paragraphs (facts, in our own layout). `code` is a prefix at whatever HS
 * level the resolution's wording maps to; `inForce` is the month of adoption. Caps (crude oil,
 * refined petroleum) are listed too: a flow there is not itself a breach, but it is what a
 * researcher checks against the cap. Users can edit the table in the app; these rows are the seed.
 */
export type WatchDirection = 'export_from_prk' | 'import_to_prk';
export type WatchEntry = {
  code: string;
  description: string;
  resolution: string;
  paragraph: string;
  direction: WatchDirection;
  inForce: string;
  note?: string;
};

const r2270 = { resolution: '2270 (2016)', inForce: '2016-03' };
const r2321 = { resolution: '2321 (2016)', inForce: '2016-11' };
const r2371 = { resolution: '2371 (2017)', inForce: '2017-08' };
const r2375 = { resolution: '2375 (2017)', inForce: '2017-09' };
const r2397 = { resolution: '2397 (2017)', inForce: '2017-12' };
const out = 'export_from_prk' as const;
const into = 'import_to_prk' as const;

export const UNSC_WATCHLIST: readonly WatchEntry[] = [
  {
    ...r2270,
    paragraph: '29',
    direction: out,
    code: '2701',
    description: 'Coal',
    note: 'Livelihood exemption; capped by 2321 ¶26, banned outright by 2371 ¶8.',
  },
  { ...r2270, paragraph: '29', direction: out, code: '2601', description: 'Iron ore' },
  { ...r2270, paragraph: '29', direction: out, code: '7201', description: 'Pig iron' },
  {
    ...r2270,
    paragraph: '29',
    direction: out,
    code: '7203',
    description: 'Ferrous products from direct reduction of iron ore',
  },
  { ...r2270, paragraph: '30', direction: out, code: '7108', description: 'Gold' },
  { ...r2270, paragraph: '30', direction: out, code: '2614', description: 'Titanium ores and concentrates' },
  {
    ...r2270,
    paragraph: '30',
    direction: out,
    code: '2615',
    description: 'Vanadium (niobium, tantalum, zirconium) ores and concentrates',
  },
  { ...r2270, paragraph: '30', direction: out, code: '2805', description: 'Rare-earth metals' },
  { ...r2270, paragraph: '30', direction: out, code: '2846', description: 'Compounds of rare-earth metals' },
  {
    ...r2270,
    paragraph: '31',
    direction: into,
    code: '271012',
    description: 'Aviation spirit (gasoline-type aviation fuel)',
    note: 'HS 271012 also holds motor spirit; check the national code.',
  },
  {
    ...r2270,
    paragraph: '31',
    direction: into,
    code: '27101911',
    description: 'Kerosene-type jet fuel (China national code)',
  },
  { ...r2321, paragraph: '26', direction: out, code: '2603', description: 'Copper ores and concentrates' },
  { ...r2321, paragraph: '26', direction: out, code: '74', description: 'Copper and articles thereof' },
  { ...r2321, paragraph: '26', direction: out, code: '2604', description: 'Nickel ores and concentrates' },
  { ...r2321, paragraph: '26', direction: out, code: '75', description: 'Nickel and articles thereof' },
  { ...r2321, paragraph: '26', direction: out, code: '7106', description: 'Silver' },
  { ...r2321, paragraph: '26', direction: out, code: '2616', description: 'Precious-metal (including silver) ores' },
  { ...r2321, paragraph: '26', direction: out, code: '2608', description: 'Zinc ores and concentrates' },
  { ...r2321, paragraph: '26', direction: out, code: '79', description: 'Zinc and articles thereof' },
  { ...r2321, paragraph: '28', direction: out, code: '9703', description: 'Statues and sculptures' },
  {
    ...r2321,
    paragraph: '30',
    direction: into,
    code: '880211',
    description: 'New helicopters (unladen weight ≤ 2,000 kg)',
  },
  {
    ...r2321,
    paragraph: '30',
    direction: into,
    code: '880212',
    description: 'New helicopters (unladen weight > 2,000 kg)',
  },
  { ...r2321, paragraph: '30', direction: into, code: '89', description: 'New vessels' },
  { ...r2371, paragraph: '8', direction: out, code: '2701', description: 'Coal (no exemption)' },
  { ...r2371, paragraph: '8', direction: out, code: '2601', description: 'Iron ore (no exemption)' },
  ...['7201', '7202', '7203', '7204', '7205', '7206'].map((code) => ({
    ...r2371,
    paragraph: '8',
    direction: out,
    code,
    description: `Iron (HS ${code})`,
  })),
  {
    ...r2371,
    paragraph: '9',
    direction: out,
    code: '03',
    description: 'Seafood: fish, crustaceans, molluscs and other aquatic invertebrates',
  },
  { ...r2371, paragraph: '9', direction: out, code: '1604', description: 'Prepared or preserved fish' },
  {
    ...r2371,
    paragraph: '9',
    direction: out,
    code: '1605',
    description: 'Prepared or preserved crustaceans and molluscs',
  },
  { ...r2371, paragraph: '10', direction: out, code: '2607', description: 'Lead ores and concentrates' },
  { ...r2371, paragraph: '10', direction: out, code: '78', description: 'Lead and articles thereof' },
  {
    ...r2375,
    paragraph: '13',
    direction: into,
    code: '2709',
    description: 'Condensates',
    note: 'Condensates are classified with crude oil; ¶15 caps crude separately.',
  },
  { ...r2375, paragraph: '13', direction: into, code: '2711', description: 'Natural gas liquids' },
  {
    ...r2375,
    paragraph: '14',
    direction: into,
    code: '2710',
    description: 'Refined petroleum products',
    note: 'A cap (2,000,000 barrels a year from 2018; 500,000 under 2397 ¶5), not a ban.',
  },
  {
    ...r2375,
    paragraph: '15',
    direction: into,
    code: '2709',
    description: 'Crude oil',
    note: "A cap at the previous twelve months' level, not a ban.",
  },
  ...['50', '51', '52', '53', '54', '55', '56', '57', '58', '59', '60', '61', '62', '63'].map((code) => ({
    ...r2375,
    paragraph: '16',
    direction: out,
    code,
    description: `Textiles (HS chapter ${code})`,
  })),
  {
    ...r2397,
    paragraph: '4',
    direction: into,
    code: '2709',
    description: 'Crude oil',
    note: 'Cap: 4,000,000 barrels (525,000 tonnes) a year.',
  },
  {
    ...r2397,
    paragraph: '5',
    direction: into,
    code: '2710',
    description: 'Refined petroleum products',
    note: 'Cap: 500,000 barrels a year.',
  },
  {
    ...r2397,
    paragraph: '6',
    direction: out,
    code: '12',
    description: 'Oil seeds and oleaginous fruits (food and agricultural products)',
  },
  {
    ...r2397,
    paragraph: '6',
    direction: out,
    code: '08',
    description: 'Edible fruit and nuts (food and agricultural products)',
  },
  {
    ...r2397,
    paragraph: '6',
    direction: out,
    code: '07',
    description: 'Edible vegetables (food and agricultural products)',
  },
  { ...r2397, paragraph: '6', direction: out, code: '84', description: 'Machinery' },
  { ...r2397, paragraph: '6', direction: out, code: '85', description: 'Electrical equipment' },
  {
    ...r2397,
    paragraph: '6',
    direction: out,
    code: '25',
    description: 'Earth and stone, including magnesite and magnesia',
  },
  { ...r2397, paragraph: '6', direction: out, code: '44', description: 'Wood' },
  { ...r2397, paragraph: '6', direction: out, code: '89', description: 'Vessels' },
  { ...r2397, paragraph: '7', direction: into, code: '84', description: 'Industrial machinery' },
  { ...r2397, paragraph: '7', direction: into, code: '85', description: 'Electrical machinery' },
  ...['86', '87', '88', '89'].map((code) => ({
    ...r2397,
    paragraph: '7',
    direction: into,
    code,
    description: `Transportation vehicles (HS chapter ${code})`,
  })),
  ...['72', '73', '74', '75', '76', '78', '79', '80', '81', '82', '83'].map((code) => ({
    ...r2397,
    paragraph: '7',
    direction: into,
    code,
    description: `Iron, steel and other metals (HS chapter ${code})`,
  })),
];
