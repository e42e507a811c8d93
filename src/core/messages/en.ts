/**
 * The core's prose in English, as ICU messages: one catalog, so plurals and wording are decided in
 * one place (ko.ts holds the same keys in Korean). Apostrophes are literal (see icu.ts).
 */
export const EN = {
  'names.unknownNear': 'no {kind} {value}; did you mean {near}?',
  'names.unknownHeld': 'no {kind} {value}; the {kind}s held are {held}',
  'names.unknownCount':
    '{count, plural, =0 {no {kind} {value}: the database holds no records yet} one {no {kind} {value} among the # {kind} held} other {no {kind} {value} among the # {kind}s held}}',
  'names.noneOfFamily': 'no {kind} {value}: the database holds no {family} codes',
  'names.noneThatLong': 'no {kind} {value}: the {family} codes held are shorter ({held}), none has {length} characters',
  'names.notDeeper': 'no {kind} {value}: {family} {prefix} is held, but nothing under it as long as {value}',

  'record.gap':
    '{unit, select, year {{count, plural, one {# year in between is missing} other {# years in between are missing}}} other {{count, plural, one {# month in between is missing} other {# months in between are missing}}}}',

  'span.backwards': 'The series runs backwards: it starts in {from} and ends in {to}. Swap them.',
  'span.annualMonths': 'An annual series runs from one year to another (such as {year}), not from a month ({month}).',

  'annual.incomplete': 'Only {count} of its 12 months {count, plural, one {is} other {are}} held ({months}).',
  'annual.incompleteFlow':
    'Only {count} of its 12 months {count, plural, one {is} other {are}} held for {flow, select, import {imports} other {exports}} ({months}).',
  'annual.summed':
    '{count, plural, one {# year is the sum} other {# years are the sums}} of 12 monthly figures, as no annual figure is held for {years}.',
  'annual.incompleteNote':
    '{count, plural, one {# year holds} other {# years hold}} fewer than 12 months ({years}): shown as held, marked incomplete, and never compared.',
  'annual.noChange': '{year} is incomplete, so there is no year-on-year change.',
  'annual.missing': 'Neither an annual figure nor any month is held for {year}.',
  'filter.only': 'Includes only {family} {codes}.',
  'filter.excludes': 'Excludes {family} {codes}.',

  'rejects.month':
    '{count, plural, one {# row} other {# rows}} of {file} (batch {batch}) for this period could not be read, so the figure may be incomplete; see the rejected rows of batch {batch}.',
  'rejects.undated':
    '{count, plural, one {# row} other {# rows}} of {file} (batch {batch}) could not be read nor dated, so any figure that file holds may be incomplete; see the rejected rows of batch {batch}.',
  'rejects.footnote':
    '{count, plural, one {# period is} other {# periods are}} marked incomplete: rows of the files behind them could not be read.',

  'empty.frequency':
    'No monthly figures are held for {label}{span}; annual figures are ({years}). Ask for an annual series.',
  'empty.totalsOnly':
    'Only totals are held for {label}{span}, so the commodity filter ({filter}) cannot be applied to them.',
  'empty.codesNotHeld': 'No file held lists {codes} for {label}{span}: the codes they list for it are {held}.',
  'empty.outside': 'Figures for {label} are held from {first} to {last}, none{span}.',
  'empty.notCovered': 'No file held covers {label}.',
  'empty.spanFromTo': ' from {from} to {to}',
  'empty.spanFrom': ' from {from}',
  'empty.spanTo': ' up to {to}',
  'empty.thisSeries': 'this series',
  'currency.mixedSeries':
    'This series mixes currencies ({currencies}), and Tidemark never adds different currencies together. Name its reporter, or choose the currency to read it in (CLI: --currency), or supply a rate table.',
  'currency.noRate':
    'This series mixes currencies ({currencies}) and no rate converts {from} to {to} for {period}. Add one to the rate table.',
  'currency.mixedBreakdown':
    'This breakdown mixes currencies ({currencies}). {reporter, select, named {Choose the currency to read it in} other {Name its reporter, or choose the currency to read it in}} (CLI: --currency).',
  'currency.heldOnlyIn':
    'No file held states {when} in {currency}: it is held only in {held}, and no rate converts it. Choose {held} to read it (CLI: --currency {held}).',
  'currency.coveredIn': 'Files holding it in {held} cover it: choose {held} to read it (CLI: --currency {held}).',
  'currency.alsoHeld':
    'Read in {currency}. The files also hold these figures in {held}: the same trade in another currency, not added (CLI: --currency {held} reads them).',
  'empty.onlyCodes': 'only {family} {codes}',
  'empty.excludingCodes': 'excluding {family} {codes}',

  'coverage.none': 'No file held covers {whose} in {when}.',
  'coverage.noneInCurrency':
    'No file held covers {whose} in {when} in {currency}: {files} {count, plural, one {holds} other {hold}} that {unit, select, year {year} other {month}} only in {held}.',
  'series.codeUnlisted':
    '{who}{family} {code} is not listed separately in {when}: it is within the {gap} of {under} that no listed code accounts for.',
  'series.codePartial':
    '{who}{family} {code} is not listed as such in {when}: the files list only {family} {codes} under it ({listed}), and {gap} of {under} is in no listed code, some of which may be {family} {code}.',
  'series.allGoods': 'the all-goods total',
  'series.codeNotHeld': '{who}{family} {code} is not held in {when}.',
  'series.flowReason': '{flow, select, import {Imports} export {Exports} other {{flow}}}: {reason}',
  'series.partnerUnlisted':
    '{partner} is not listed separately in {when}: it is within the {gap} of the World total that no listed partner accounts for.',
  'watch.totalOnly':
    'Only the total of {whose} is held for {when}, not by goods: which goods were traded is not known.',
  'watch.otherFamily':
    "{whose} in {when} are held only in {others}: the watchlist's codes are HS, so no file held says whether watched goods were traded (an HS file of them would).",
  'coverage.otherFamily':
    '{whose} in {when} are held only in {others}, not {family}: ask for --classification {first} to read them.',
  'coverage.familyByYear':
    '{whose} in {when} are not held in {family}, which holds them only by year ({years}): ask for a year to read them (series --annual; top or brief --period {last}).',
  'coverage.lacking': 'No file held covers {what} in {when}{listed}.',
  'coverage.listedOnly': ': {file} lists only {list}',
  'coverage.partners': '{count, plural, one {partner} other {partners}} {names}',
  'coverage.allGoods': 'all goods',
  'coverage.noGoods': 'no goods',
  'coverage.except': '{goods} except {excluded}',
  'brief.notCovered':
    '{label} in {when} {number, select, plural {are} other {is}} not covered by the files held, so there is no brief. {reason}',
  'brief.headNotCovered':
    '{label} in {when} {number, select, plural {are} other {is}} not covered by the files held. {reason}',
  'brief.counterNotCovered': '{label} in {when} are not covered by the files held.',
  'brief.counterNotCoveredYear': '{label} in {when} are not covered by the files held.',
  'brief.totalNotCovered': 'Total trade (all goods) is not covered, as it needs both flows.',
  'brief.noFigure': 'No figure is held.',
  'brief.unexcluded':
    '{codes} {count, plural, one {is} other {are}} not listed separately in {when} in the files held, so {count, plural, one {it is} other {they are}} included in these figures, not left out by the default.',

  'breakdown.months':
    'No annual figure is held for {year}: this sums the {count, plural, one {# month} other {# months}} held ({months}).',
  'breakdown.allMonths': 'No annual figure is held for {year}: this sums its 12 months.',
  'breakdown.totalsOnly':
    'Only totals are held for {period} in this selection, so there is nothing to break down by {by}.',
  'breakdown.nothing': 'Nothing is held for {period} in this selection.',
  'breakdown.annualTotal':
    'Only the reported total is held for {period}, and it stands: the items held for {count, plural, one {# month} other {# months}} ({months}) do not make the whole period, so none is listed by {by}. Ask for a month to see them.',
  'breakdown.by':
    '{by, select, code {commodity} partner {partner} regime {trade mode} province {province} other {{by}}}',
  'names.partOf': '{name} (part of HS {code})',
  'names.partOfSource': '{name} (part of HS {code}; in the file: {source})',
  'breakdown.span': '{from} to {to}',
  'breakdown.notHeld': 'No file held covers {when} for this {flows} figure.',
  'breakdown.notCovered':
    '{reason} {more, plural, =0 {So} one {The figure of # more {unit, select, year {year} other {month}} or flow is not known either, so} other {The figures of # more {unit, select, year {years} other {months}} or flows are not known either, so}} the total and the shares are not known.',
  'breakdown.unallocated':
    'in the reported total but in no {by, select, code {{family} code} regime {trade mode} other {{by}}} listed',
  'breakdown.overTotal':
    'the {by, select, code {{family} codes} regime {trade modes} other {{by}s}} listed add up to more than the reported total: the total stands',
  'breakdown.leftOut': '{partner}: {family} {code} is not listed separately; it is left out of its figure.',
  'breakdown.notListed':
    '{family} {code} is not listed separately in every period, so the parts holding it are shown with it.',
  'breakdown.hiddenInTotal':
    '{family} {codes} {count, plural, one {is} other {are}} not listed separately in {when}, where {count, plural, one {it is} other {they are}} within the reported total: over the whole selection {count, plural, one {its figure is} other {their figures are}} not known, so {count, plural, one {it is} other {they are}} left in the unallocated rest.',
  'breakdown.ownLevel':
    'Some codes are listed at their own level: the files held list only some of the codes under {family} {codes}, which as a whole they do not cover.',

  'series.totalsOnly':
    '{count, plural, one {# {unit}} other {# {unit}s}} held only as totals, which cannot be split by commodity, {count, plural, one {is} other {are}} left out rather than shown as zero.',
  'series.notCovered':
    '{count, plural, one {# {unit} in the span is} other {# {unit}s in the span are}} not covered by the files held: missing, not zero.',
  'series.classificationChange': 'The series crosses a change of classification: {runs}.',
  'series.readIn': 'Read in {classification}.',
  'series.doubled': '{periods}: the same trade is held in more than one classification; one is read, never both.',
  'series.converted': '{from} converted to {to} at {rate}{period, select, none {} other { for {period}}}.',
  'series.combined': '{period} was released combined with {into}; its figure is inside that one.',
  'series.edited':
    'Includes {count, plural, one {a value} other {values}} edited by hand in Tidemark after import ({count, plural, one {# record} other {# records}}); the History panel shows each change.',
  'history.paste': 'Paste {count, plural, one {# cell} other {# cells}}',

  'cli.savedDefinitions': 'Saved {count, plural, one {# definition} other {# definitions}}.',
  'cli.reverted':
    'Reverted batch {batch} ({file}): {count, plural, =0 {it held no shown records} one {# record left the figures} other {# records left the figures}}. tidemark undo brings {count, plural, one {it} other {them}} back.',
  'cli.revertedNames':
    'Reverted batch {batch} ({file}): {count, plural, one {its # commodity name no longer names its code} other {its # commodity names no longer name their codes}}, which a list imported before it names, else the names Tidemark carries. tidemark undo brings {count, plural, one {it} other {them}} back.',
  'cli.undone': 'Undid: {label} ({count, plural, one {# record} other {# records}}).',
  'cli.redone': 'Redid: {label} ({count, plural, one {# record} other {# records}}).',
  'cli.briefConvention':
    'HS {codes} is left out by default, as news reports of China’s trade with North Korea do (--exclude-hs none includes it).',
  'cli.rejectsNone': 'No rows were rejected{batch, select, all {} other { in batch {batch}}}.',
  'cli.rejectsMore':
    '… and {count, plural, one {# more row} other {# more rows}} of batch {batch} (tidemark rejects --batch {batch} --json lists up to 10,000).',
  'cli.topSource': 'Source: {files}, {source}.',
  'cli.topHead': 'Currency: {currency}{classification, select, none {} other {   Classification: {classification}}}',
  'cli.topOther': 'other ({count})',
  'cli.topUnallocated': 'unallocated',
  'cli.topTotal': 'total',
  'cli.notCovered': 'not covered',
  'list.more': '{items} and {count} more',
  'list.morePeriods': '{items} and {count} more',
  'cli.seriesHead':
    '{label, select, none {} other {{label}{source, select, none {} other {, {source}}}. }}Currency: {currency}',
  'cli.seriesColumns': 'period|value|MoM|YoY|YTD|YTD YoY|note',
  'cli.seriesColumnsAnnual': 'period|value|YoY|note',
  'cli.seriesIncomplete': 'incomplete',
  'cli.seriesCombined': '{count} months combined',
  'cli.moreReasons': '…and {count, plural, one {# more reason} other {# more reasons}} (--json lists each).',
  'cli.watchNone':
    'No flows in watched codes in the {unit, select, year {annual} other {monthly}} records held (tidemark watchlist --list prints the codes watched).',
  'cli.watchDirection': '{direction, select, export_from_prk {from PRK} other {to PRK}}',
  'cli.watchNotCovered': 'Not covered: {periods}',
  'cli.watchMore': '… ({count} {unit, select, year {years} other {months}})',
  'cli.watchYearsToo':
    'Annual figures are held too ({years}), and are not read here: --from {first} --to {last} reads them.',
} as const;

export type MessageKey = keyof typeof EN;
