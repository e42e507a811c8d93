import type { MessageKey } from './en';

/** The core's prose in Korean; the same keys as en.ts (a missing one fails typecheck). */
export const KO: Record<MessageKey, string> = {
  'names.unknownNear': '{kind} {value} 없음. {near}을(를) 찾으셨나요?',
  'names.unknownHeld': '{kind} {value} 없음. 보유한 {kind}: {held}',
  'names.unknownCount':
    '{count, plural, =0 {{kind} {value} 없음: 데이터베이스에 기록이 없습니다} other {보유한 {kind} #개 중 {value} 없음}}',
  'names.noneOfFamily': '{kind} {value} 없음: 데이터베이스에 {family} 코드가 없습니다',
  'names.noneThatLong': '{kind} {value} 없음: 보유한 {family} 코드는 더 짧으며({held}) {length}자리 코드는 없습니다',
  'names.notDeeper': '{kind} {value} 없음: {family} {prefix}은(는) 있으나 그 아래에 {value}만큼 긴 코드는 없습니다',

  'record.gap': '그 사이 {count}{unit, select, year {년} other {개월}} 자료 없음',

  'span.backwards': '기간이 거꾸로입니다: {from}에 시작해 {to}에 끝납니다. 순서를 바꾸세요.',
  'span.annualMonths': '연간 계열은 연도({year})로 지정합니다. 월({month})이 아닙니다.',

  'annual.incomplete': '12개월 중 {count}개월만 보유({months}).',
  'annual.incompleteFlow': '{flow, select, import {수입} other {수출}}은 12개월 중 {count}개월만 보유({months}).',
  'annual.summed': '연간 수치가 없는 {years}의 값은 월별 수치 12개의 합입니다.',
  'annual.incompleteNote':
    '12개월 미만을 보유한 연도({years})는 보유분만 표시하고 불완전으로 표시하며 비교하지 않습니다.',
  'annual.noChange': '{year}년은 불완전하여 전년 대비 변화가 없습니다.',
  'annual.missing': '{year}년의 연간 수치도 월별 수치도 없습니다.',
  'filter.only': '{family} {codes}만 포함.',
  'filter.excludes': '{family} {codes} 제외.',

  'rejects.month':
    '{file}(배치 {batch})에서 이 기간의 행 {count}개를 읽지 못해 수치가 불완전할 수 있습니다. 배치 {batch}의 거부된 행을 확인하세요.',
  'rejects.undated':
    '{file}(배치 {batch})의 행 {count}개를 읽지 못했고 시점도 알 수 없어, 이 파일의 수치는 불완전할 수 있습니다. 배치 {batch}의 거부된 행을 확인하세요.',
  'rejects.footnote': '기간 {count}개가 불완전으로 표시됐습니다: 해당 파일의 일부 행을 읽지 못했습니다.',

  'empty.frequency': '{label}{span}의 월별 수치는 없고 연간 수치({years})만 있습니다. 연간 계열로 조회하세요.',
  'empty.totalsOnly': '{label}{span}은(는) 합계만 있어 품목 조건({filter})을 적용할 수 없습니다.',
  'empty.codesNotHeld': '{label}{span}에 {codes}을(를) 나열한 파일이 없습니다. 나열된 코드는 {held}입니다.',
  'empty.outside': '{label} 자료는 {first}~{last} 기간만 있고{span}에는 없습니다.',
  'empty.notCovered': '{label}을(를) 다루는 파일이 없습니다.',
  'empty.spanFromTo': ' ({from}~{to})',
  'empty.spanFrom': ' ({from} 이후)',
  'empty.spanTo': ' ({to}까지)',
  'empty.thisSeries': '이 계열',
  'currency.mixedSeries':
    '이 계열에는 여러 통화({currencies})가 섞여 있으며, Tidemark는 서로 다른 통화를 더하지 않습니다. 보고국을 지정하거나, 읽을 통화를 고르거나(CLI: --currency), 환율표를 넣으세요.',
  'currency.noRate':
    '이 계열에는 여러 통화({currencies})가 섞여 있는데 {period}의 {from}을(를) {to}(으)로 바꿀 환율이 없습니다. 환율표에 추가하세요.',
  'currency.mixedBreakdown':
    '이 내역에는 여러 통화({currencies})가 섞여 있습니다. {reporter, select, named {읽을 통화를 고르세요} other {보고국을 지정하거나 읽을 통화를 고르세요}}(CLI: --currency).',
  'currency.heldOnlyIn':
    '{when}의 {currency} 수치를 담은 파일이 없습니다. {held}로만 있고 바꿀 환율이 없습니다. {held}로 읽으려면 그 통화를 고르세요(CLI: --currency {held}).',
  'currency.coveredIn':
    '{held}로 담은 파일은 이 수치를 포괄합니다. {held}로 읽으려면 그 통화를 고르세요(CLI: --currency {held}).',
  'currency.alsoHeld':
    '{currency} 기준입니다. 파일에는 같은 수치가 {held}로도 있습니다. 같은 교역을 다른 통화로 적은 것이라 더하지 않았습니다(CLI: --currency {held}로 읽을 수 있음).',
  'empty.onlyCodes': '{family} {codes}만',
  'empty.excludingCodes': '{family} {codes} 제외',

  'coverage.none': '{when} {whose}을 다루는 파일이 없습니다.',
  'coverage.noneInCurrency':
    '{when} {whose}을 {currency} 기준으로 다루는 파일이 없습니다. {files}에는 그 {unit, select, year {해} other {달}} 수치가 {held} 기준으로만 있습니다.',
  'series.codeUnlisted':
    '{who}{when} {family} {code}은(는) 따로 나열되지 않았습니다. 나열된 어느 품목에도 속하지 않는 {under}의 {gap} 안에 들어 있습니다.',
  'series.codePartial':
    '{who}{when} {family} {code}은(는) 그 자체로 나열되지 않았습니다. 그 아래로는 {family} {codes}({listed})만 나열되어 있고, {under} 중 {gap}은(는) 나열된 어느 코드에도 속하지 않아 그 일부가 {family} {code}일 수 있습니다.',
  'series.allGoods': '전 품목 합계',
  'series.codeNotHeld': '{who}{when} {family} {code} 자료가 없습니다.',
  'series.flowReason': '{flow, select, import {수입} export {수출} other {{flow}}}: {reason}',
  'series.partnerUnlisted':
    '{when} {partner}은(는) 따로 나열되지 않았습니다. 나열된 어느 상대국에도 속하지 않는 세계 합계의 {gap} 안에 들어 있습니다.',
  'watch.totalOnly': '{when} {whose}은 총액만 있고 품목별 수치가 없어, 어떤 품목이 교역되었는지 알 수 없습니다.',
  'watch.otherFamily':
    '{when} {whose}은 {others} 분류로만 있습니다. 감시 목록의 코드는 HS 코드여서, 감시 품목이 교역되었는지는 보유한 어느 파일로도 알 수 없습니다(HS 파일이 있어야 합니다).',
  'coverage.otherFamily':
    '{when} {whose}은 {others} 분류로만 있고 {family} 분류로는 없습니다. --classification {first}로 조회하세요.',
  'coverage.familyByYear':
    '{when} {whose}은 {family} 분류로는 없습니다. {family} 분류로는 연도별로만 있습니다({years}). 연도로 조회하세요(series --annual, top·brief --period {last}).',
  'coverage.lacking': '{when} {what}을(를) 다루는 파일이 없습니다{listed}.',
  'coverage.listedOnly': '. {file}에는 {list}만 있습니다',
  'coverage.partners': '상대국 {names}',
  'coverage.allGoods': '전 품목',
  'coverage.noGoods': '해당 품목 없음',
  'coverage.except': '{goods}({excluded} 제외)',
  'brief.notCovered': '{when} {label}은 보유한 자료에 포함되지 않아 브리핑을 쓸 수 없습니다. {reason}',
  'brief.headNotCovered': '{when} {label}은 보유한 자료에 포함되지 않습니다. {reason}',
  'brief.counterNotCovered': '같은 달 {label}은 보유한 자료에 포함되지 않습니다.',
  'brief.counterNotCoveredYear': '같은 해 {label}은 보유한 자료에 포함되지 않습니다.',
  'brief.totalNotCovered': '총교역액(전 품목)은 수출과 수입이 모두 있어야 하므로 산출할 수 없습니다.',
  'brief.noFigure': '자료가 없습니다.',
  'brief.unexcluded':
    '보유한 파일에는 {when} {codes}이(가) 따로 나열되지 않아, 기본 제외와 달리 이 수치에 포함되어 있습니다.',

  'breakdown.months': '{year}년 연간 수치가 없어 보유한 {count}개월({months})을 합산했습니다.',
  'breakdown.allMonths': '{year}년 연간 수치가 없어 12개월을 합산했습니다.',
  'breakdown.totalsOnly': '{period}에는 합계만 있어 {by}별로 나눌 수 없습니다.',
  'breakdown.nothing': '{period}에 해당하는 자료가 없습니다.',
  'breakdown.annualTotal':
    '{period}에는 보고된 합계만 있어 그 합계를 그대로 씁니다. 보유한 {count}개월({months})의 품목은 기간 전체가 아니므로 {by}별로 나열하지 않습니다. 월을 지정하면 볼 수 있습니다.',
  'breakdown.by': '{by, select, code {품목} partner {상대국} regime {무역방식} province {지역} other {{by}}}',
  'names.partOf': '{name} (HS {code}의 일부)',
  'names.partOfSource': '{name} (HS {code}의 일부, 파일 표기: {source})',
  'breakdown.span': '{from}~{to}',
  'breakdown.notHeld': '{when} {flows} 수치를 다루는 파일이 없습니다.',
  'breakdown.notCovered':
    '{reason} {more, plural, =0 {그래서} other {그 밖의 {unit, select, year {연도} other {월}} 또는 흐름 #개의 수치도 알 수 없어}} 합계와 비중을 알 수 없습니다.',
  'breakdown.unallocated':
    '보고된 합계에는 있으나 나열된 어느 {by, select, code {{family} 코드} partner {상대국} regime {무역방식} province {지역} other {{by}}}에도 없음',
  'breakdown.overTotal':
    '나열된 {by, select, code {{family} 코드} partner {상대국} regime {무역방식} province {지역} other {{by}}}의 합이 보고된 합계보다 큽니다. 합계를 그대로 씁니다',
  'breakdown.leftOut': '{partner}: {family} {code}은(는) 따로 나열되지 않아 이 수치에서 뺐습니다.',
  'breakdown.notListed':
    '{family} {code}은(는) 모든 기간에 따로 나열되지는 않아, 이를 포함하는 항목과 함께 표시합니다.',
  'breakdown.hiddenInTotal':
    '{family} {codes}은(는) {when}에 따로 나열되지 않고 보고된 합계 안에 있습니다. 선택한 전체 범위의 수치를 알 수 없으므로 나뉘지 않은 나머지에 남겨 둡니다.',
  'breakdown.ownLevel':
    '일부 코드는 그 코드 수준 그대로 나열합니다: 보유한 파일에는 {family} {codes} 아래 코드 중 일부만 있어 전체를 다루지 않습니다.',

  'series.totalsOnly':
    '합계만 있어 품목별로 나눌 수 없는 {unit, select, year {{count}개 연도} other {{count}개월}}는 0으로 표시하지 않고 제외했습니다.',
  'series.notCovered':
    '기간 중 {unit, select, year {{count}개 연도는} other {{count}개월은}} 보유 자료가 다루지 않습니다. 0이 아니라 없는 값입니다.',
  'series.classificationChange': '계열 중간에 분류가 바뀝니다: {runs}.',
  'series.readIn': '{classification} 분류로 읽은 수치입니다.',
  'series.doubled': '{periods}: 같은 교역이 둘 이상의 분류로 보유되어 있어 하나만 읽고 둘을 더하지 않습니다.',
  'series.converted': '{from}을(를) {period, select, none {} other {{period} }}환율 {rate}로 {to}로 환산했습니다.',
  'series.combined': '{period} 수치는 {into} 수치와 합산 발표되어 그 안에 들어 있습니다.',
  'series.edited':
    '가져온 뒤 Tidemark에서 직접 고친 값이 들어 있습니다(레코드 {count}개). 각 변경은 이력 패널에 있습니다.',
  'history.paste': '셀 {count}개 붙여넣기',

  'cli.savedDefinitions': '정의 {count}개를 저장했습니다.',
  'cli.reverted':
    '배치 {batch}({file})를 되돌렸습니다: 기록 {count}개가 수치에서 빠졌습니다. tidemark undo로 되살릴 수 있습니다.',
  'cli.revertedNames':
    '배치 {batch}({file})를 되돌렸습니다: 품목명 {count}개가 이제 코드를 부르지 않습니다. 그 전에 들여온 목록이 있으면 그 이름이, 없으면 Tidemark에 든 이름이 쓰입니다. tidemark undo로 되살릴 수 있습니다.',
  'cli.undone': '실행 취소: {label} (기록 {count}개).',
  'cli.redone': '다시 실행: {label} (기록 {count}개).',
  'cli.briefConvention': '기본 제외 품목: HS {codes} (북중 교역 보도의 관례). --exclude-hs none을 주면 포함합니다.',
  'cli.rejectsNone': '{batch, select, all {거부된 행이 없습니다.} other {배치 {batch}에 거부된 행이 없습니다.}}',
  'cli.rejectsMore':
    '… 배치 {batch}의 행 {count}개 더 (tidemark rejects --batch {batch} --json은 최대 10,000개까지 보여 줍니다).',
  'cli.topSource': '출처: {files} ({source}).',
  'cli.topHead': '통화: {currency}{classification, select, none {} other {   분류: {classification}}}',
  'cli.topOther': '기타 ({count})',
  'cli.topUnallocated': '미배분',
  'cli.topTotal': '합계',
  'cli.notCovered': '자료 범위 밖',
  'list.more': '{items} 외 {count}개',
  'list.morePeriods': '{items} 외 {count}개 기간',
  'cli.seriesHead':
    '{label, select, none {} other {{label}{source, select, none {} other {({source})}}. }}통화: {currency}',
  'cli.seriesColumns': '기간|금액|전월 대비|전년 동월 대비|연초 누계|누계 전년 대비|비고',
  'cli.seriesColumnsAnnual': '기간|금액|전년 대비|비고',
  'cli.seriesIncomplete': '불완전',
  'cli.seriesCombined': '{count}개월 합산',
  'cli.moreReasons': '… 이유 {count}개 더 (--json은 모두 보여 줍니다).',
  'cli.watchNone':
    '보유한 {unit, select, year {연간} other {월별}} 기록에는 감시 코드의 교역이 없습니다(감시 코드는 tidemark watchlist --list로 볼 수 있습니다).',
  'cli.watchDirection': '{direction, select, export_from_prk {북한에서} other {북한으로}}',
  'cli.watchNotCovered': '다루는 파일이 없는 기간: {periods}',
  'cli.watchMore': '… ({unit, select, year {{count}개 연도} other {{count}개월}})',
  'cli.watchYearsToo': '연간 수치도 있지만({years}) 여기서는 읽지 않았습니다. --from {first} --to {last}로 조회하세요.',
};
