/**
 * Short names of HS chapters and of the headings briefs mention most, for running text ("$1.12 million of
 * electricity"): the WCO nomenclature's names, shortened by hand. Each names exactly its own code, never
 * a code under it, and only in the HS family; the full names are in nomenclature-data.ts.
 */
export const HS_SHORT_EN: Readonly<Record<string, string>> = {
  '01': 'live animals', '02': 'meat', '03': 'fish and seafood', '04': 'dairy, eggs and honey', '05': 'other animal products',
  '06': 'live plants', '07': 'vegetables', '08': 'fruit and nuts', '09': 'coffee, tea and spices', '10': 'cereals',
  '11': 'milling products', '12': 'oil seeds', '13': 'lacs, gums and resins', '14': 'vegetable plaiting materials', '15': 'fats and oils',
  '16': 'meat and fish preparations', '17': 'sugar', '18': 'cocoa', '19': 'cereal preparations', '20': 'vegetable and fruit preparations',
  '21': 'miscellaneous edible preparations', '22': 'beverages', '23': 'food industry residues', '24': 'tobacco', '25': 'salt, earth and stone',
  '26': 'ores, slag and ash', '27': 'mineral fuels', '28': 'inorganic chemicals', '29': 'organic chemicals', '30': 'pharmaceuticals',
  '31': 'fertilisers', '32': 'tanning and dyeing extracts', '33': 'essential oils and cosmetics', '34': 'soap and detergents', '35': 'albuminoids and glues',
  '36': 'explosives', '37': 'photographic goods', '38': 'miscellaneous chemicals', '39': 'plastics', '40': 'rubber',
  '41': 'hides and skins', '42': 'leather articles', '43': 'furskins', '44': 'wood', '45': 'cork', '46': 'basketware',
  '47': 'wood pulp', '48': 'paper', '49': 'printed matter', '50': 'silk', '51': 'wool', '52': 'cotton', '53': 'other vegetable fibres',
  '54': 'man-made filaments', '55': 'man-made staple fibres', '56': 'wadding and cordage', '57': 'carpets', '58': 'special woven fabrics',
  '59': 'coated textiles', '60': 'knitted fabrics', '61': 'knitted apparel', '62': 'woven apparel', '63': 'other textile articles',
  '64': 'footwear', '65': 'headgear', '66': 'umbrellas', '67': 'feathers and artificial flowers', '68': 'stone and cement articles',
  '69': 'ceramics', '70': 'glass', '71': 'pearls, precious stones and metals', '72': 'iron and steel', '73': 'iron and steel articles',
  '74': 'copper', '75': 'nickel', '76': 'aluminium', '78': 'lead', '79': 'zinc', '80': 'tin', '81': 'other base metals',
  '82': 'tools and cutlery', '83': 'miscellaneous base-metal articles', '84': 'machinery', '85': 'electrical equipment',
  '86': 'railway equipment', '87': 'vehicles', '88': 'aircraft', '89': 'ships and boats', '90': 'optical and medical instruments',
  '91': 'clocks and watches', '92': 'musical instruments', '93': 'arms and ammunition', '94': 'furniture and bedding', '95': 'toys and games',
  '96': 'miscellaneous manufactured articles', '97': 'works of art', '98': 'special transactions', '99': 'other',
  '2701': 'coal', '2709': 'crude oil', '2710': 'refined petroleum', '2716': 'electricity', '3304': 'cosmetics', '3401': 'soap',
  '6702': 'artificial flowers and wigs', '6704': 'wigs and false eyelashes', '8501': 'electric motors', '9615': 'combs and hairpins',
};
/** The same in Korean, where a brief in Korean needs one. */
export const HS_SHORT_KO: Readonly<Record<string, string>> = {
  '2716': '전력', '3304': '화장품', '3401': '비누', '96': '잡품', '27': '광물성 연료', '2701': '석탄', '6704': '가발', '03': '수산물',
};
