/**
 * What an import says about a file's rows and the file itself, in English, as ICU messages
 * (shared/icu.ts): why a row was rejected (`reject.*`, stored with the row) and what the person
 * should know about the file (`warn.*`, stored with its batch). The core stores each as its English
 * sentence with its key and params (error-text.ts, noteOf); the renderer says it in the UI's language
 * from import-notes-ko.ts. Cell text arrives as params exactly as the file wrote it.
 */
export const NOTE_EN = {
  // Rows a reader could not read at all.
  'reject.columns': 'Expected {expected} columns, found {found}.',
  'reject.lineTooLong': 'Row is longer than {max} characters.',
  'reject.quoteNotClosed': 'A quoted field is never closed.',
  'reject.quoteInValue': 'A quote appears inside an unquoted value.',
  'reject.beyondExcelColumns': "Cell in column {column} is beyond Excel's {max} columns.",
  'reject.cellTooLong': "Cell {cell} holds more than Excel's {max} characters.",
  'reject.columnCellTooLong': "A cell in column {column} holds more than Excel's {max} characters.",
  'reject.sharedStringMissing': 'Cell {cell} refers to shared string {index}, which the workbook does not have.',

  // Cells a format could not read.
  'reject.gaccDate': 'date "{text}" is not a month such as 202401 or 2024年1月.',
  'reject.commodityCode': 'commodity code "{code}" is not a code.',
  'reject.valueMissing': 'the value is missing.',
  'reject.gaccValue': 'value "{value}" is not a number (digits, commas between groups of three, at most 3 decimals).',
  'reject.quantity': 'quantity "{quantity}" is not a number.',
  'reject.quantity2': 'supplementary quantity "{quantity}" is not a number.',
  'reject.partnerMissing': 'the trading partner is missing.',
  'reject.comtradePeriod': 'period "{period}" is not a year or a month Tidemark understands.',
  'reject.comtradeFlow': 'trade flow "{flow}" is not one Comtrade uses (1/2/3/4, M/X/RX/RM or their names).',
  'reject.decimalValue': 'value "{value}" is not a number with at most 3 decimals.',
  'reject.valueEmpty': 'value is empty.',
  'reject.commodityCodeEmpty': 'commodity code is empty.',
  'reject.canonicalPeriod': 'period "{period}" is not YYYY-MM or YYYY.',
  'reject.canonicalArea':
    '{role, select, reporter {reporter} other {partner}} "{code}" is not an area code (ISO 3166 alpha-3 such as {role, select, reporter {CHN} other {PRK}}, or Tidemark\'s own such as C490).',
  'reject.canonicalFlow': 'flow "{flow}" is not import, export, re-export or re-import.',
  'reject.canonicalMonths':
    'months "{months}" is not a whole number of months from 1 to the month of its period, {period} (left empty: 1).',
  'reject.canonicalAggregate': 'aggregate "{aggregate}" is not 1 (a total of other rows), 0 or empty.',
  'reject.codeEmpty': 'code is empty.',
  'reject.currency': 'currency "{currency}" is not an ISO 4217 code.',
  'reject.mappedPeriod': 'period "{period}" is not a month or year (202011, 2020-11, 2020年11月, 2020-11-01 or 2020).',
  'reject.groupedValue':
    'value "{value}" is not a number (thousands separators must group three digits; at most 3 decimals).',
  'reject.mappedFlow': 'flow "{flow}" is not one of import, export, re-export or re-import.',
  'reject.mappedReporter':
    'reporter "{reporter}" is not a country or area Tidemark knows (ISO 3166 code, M49 or Comtrade code, or name).',
  'reject.partnerEmpty': 'partner is empty.',
  'reject.referenceCode': 'code "{code}" is not a commodity code.',
  'reject.referenceDescription': 'code {code} has no description.',

  // What the person should know about a file that was imported.
  'warn.unknownArea':
    '{role, select, reporter {Reporter} other {Partner}} "{name}" is in no list Tidemark knows; stored as {code}, apart from every other area.',
  'warn.unknownPartner': 'Partner "{name}" is in no list Tidemark knows; stored as {code}, a partner of its own.',
  'warn.emptyReference': '{file} has a nomenclature header but no codes.',
  'warn.scientificNotation':
    '{count, plural, =1 {# value was} other {# values were}} written in scientific notation, as spreadsheets save large numbers (e.g. {example}). They are imported as written, which keeps only {digits} significant digits: each may be off by up to half a unit in the last of them.',
  'warn.leadingZeroRestored':
    "{count, plural, =1 {# HS code had} other {# HS codes had}} lost a leading zero, as a spreadsheet does to codes stored as numbers (e.g. {example}); restored, since HS codes have an even number of digits. Store codes as text (a mapping's code:text) to keep them whole.",
  'warn.codeLengthDoubtful':
    '{count, plural, =1 {# HS code has} other {# HS codes have}} an odd number of digits that may or may not have lost a leading zero (e.g. "{example}"); kept as written. Check them against the source.',
  'warn.gaccRowCap':
    "This file has exactly 10,000 rows, China customs' download limit: it is probably truncated. Narrow the query and download again.",
  'warn.gaccCombinedMonths':
    'Some figures cover several months together ({list}), as China customs publishes January and February combined. They are stored as one period covering those months, never as the last month alone.',
  'warn.gaccPartnerUnmapped':
    'Some China customs partners are in no list Tidemark knows ({list}). Each is kept as a partner of its own, under its code as written.',
  'warn.breakdowns':
    '{count, plural, =1 {# row breaks} other {# rows break}} a figure down by second partner, customs procedure (kept as regime) or mode of transport. They are stored as splits of their total: a figure reads the total row where the file holds one, and the splits only where it does not, never both.',
  'warn.fromOptions':
    '{file} does not name its {fields, select, reporter {reporter} partner {partner} flow {flow} reporter-partner {reporter or partner} reporter-flow {reporter or flow} partner-flow {partner or flow} other {reporter, partner or flow}}; taken from the import options.',
  'warn.scopeGoodsSome':
    '{listed} of the file\'s {cells} periods and flows (such as {period} {flow}) {listed, plural, =1 {has} other {have}} no all-goods (TOTAL) row, so there it covers only the codes it lists: other goods, and all goods together, are "not covered" by it. If those rows are every good traded, import it with goods "all" (CLI: --goods all).',
  'warn.scopeGoods':
    'The file has no all-goods (TOTAL) row, so it covers only the codes it lists: other goods, and all goods together, are "not covered" by it. If it holds every good traded, import it with goods "all" (CLI: --goods all).',
  'warn.scopePartners':
    'The file has no World row, so it covers only the partners it lists: other partners, and all partners together, are "not covered" by it. If it holds every partner, import it with partners "all" (CLI: --partners all).',
  'warn.repeatedFigures':
    '{count, plural, =1 {# figure is} other {# figures are}} stated more than once in the file, by rows that differ in nothing Tidemark reads (such as {period} {reporter} {partner} {flow} {code}). They were added together, as parts of one figure. If they are not parts, map the column that tells them apart (such as a customs procedure or province: --map "Column=regime"), or remove the repeated rows, and import the file again with --replace.',
  'warn.repeatedFiguresSheets':
    '{count, plural, =1 {# figure is} other {# figures are}} stated in more than one of the sheets imported (such as {period} {reporter} {partner} {flow} {code}, in {more, plural, =0 {{sheetA} and {sheetB}} one {{sheetA}, {sheetB} and # other sheet} other {{sheetA}, {sheetB} and # other sheets}}). Their rows were added together, as parts of one figure. If one sheet is the total of the others (a national sheet beside its regions), import one sheet: --sheet NAME, with --replace.',
} as const;

export type NoteKey = keyof typeof NOTE_EN;
