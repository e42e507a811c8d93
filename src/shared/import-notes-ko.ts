import type { NoteKey } from './import-notes-en';

/**
 * The same rejects and warnings in Korean: every key of import-notes-en.ts (a missing one fails
 * typecheck), with the same params (import-notes.test.ts). Particles after a filled-in name are
 * written in both forms, as in error-text-ko.ts. The words the import dialog uses for a file's scope
 * ("자료 범위 밖", "이 상대국들의 전 품목", "모든 상대국") are the ones used here.
 */
export const NOTE_KO: Record<NoteKey, string> = {
  'reject.columns': '열이 {expected}개여야 하는데 {found}개입니다.',
  'reject.lineTooLong': '행이 {max}자보다 깁니다.',
  'reject.quoteNotClosed': '따옴표로 연 값이 닫히지 않습니다.',
  'reject.quoteInValue': '따옴표로 묶지 않은 값 안에 따옴표가 있습니다.',
  'reject.beyondExcelColumns': '{column}번째 열의 셀이 Excel의 한도인 {max}열을 넘습니다.',
  'reject.cellTooLong': '셀 {cell}에 Excel의 한도인 {max}자보다 많은 문자가 있습니다.',
  'reject.columnCellTooLong': '{column}번째 열의 셀에 Excel의 한도인 {max}자보다 많은 문자가 있습니다.',
  'reject.sharedStringMissing': '셀 {cell}이(가) 통합 문서에 없는 공유 문자열 {index}을(를) 가리킵니다.',

  'reject.gaccDate': '날짜 "{text}"은(는) 202401이나 2024年1月 같은 월이 아닙니다.',
  'reject.commodityCode': '품목 코드 "{code}"은(는) 코드가 아닙니다.',
  'reject.valueMissing': '금액이 없습니다.',
  'reject.gaccValue': '금액 "{value}"은(는) 숫자가 아닙니다(숫자만, 세 자리마다 쉼표, 소수점 아래 3자리까지).',
  'reject.quantity': '수량 "{quantity}"은(는) 숫자가 아닙니다.',
  'reject.quantity2': '보조 수량 "{quantity}"은(는) 숫자가 아닙니다.',
  'reject.partnerMissing': '상대국이 없습니다.',
  'reject.comtradePeriod': '기간 "{period}"은(는) Tidemark가 읽을 수 있는 연도나 월이 아닙니다.',
  'reject.comtradeFlow': '무역 흐름 "{flow}"은(는) Comtrade가 쓰는 값(1/2/3/4, M/X/RX/RM 또는 그 이름)이 아닙니다.',
  'reject.decimalValue': '금액 "{value}"은(는) 소수점 아래 3자리까지의 숫자가 아닙니다.',
  'reject.valueEmpty': '금액이 비어 있습니다.',
  'reject.commodityCodeEmpty': '품목 코드가 비어 있습니다.',
  'reject.canonicalPeriod': '기간 "{period}"은(는) YYYY-MM이나 YYYY 형식이 아닙니다.',
  'reject.canonicalArea':
    '{role, select, reporter {보고국} other {상대국}} "{code}"은(는) 지역 코드({role, select, reporter {CHN} other {PRK}} 같은 ISO 3166 alpha-3 코드, 또는 C490 같은 Tidemark 고유 코드)가 아닙니다.',
  'reject.canonicalFlow': '흐름 "{flow}"은(는) import, export, re-export, re-import 가운데 하나가 아닙니다.',
  'reject.canonicalMonths': '개월 수 "{months}"은(는) 1부터 기간 {period}의 월까지의 정수가 아닙니다(비워 두면 1).',
  'reject.canonicalAggregate': '합계 표시 "{aggregate}"은(는) 1(다른 행의 합계), 0, 빈칸 가운데 하나가 아닙니다.',
  'reject.codeEmpty': '코드가 비어 있습니다.',
  'reject.currency': '통화 "{currency}"은(는) ISO 4217 코드가 아닙니다.',
  'reject.mappedPeriod':
    '기간 "{period}"은(는) 월이나 연도(202011, 2020-11, 2020年11月, 2020-11-01 또는 2020)가 아닙니다.',
  'reject.groupedValue':
    '금액 "{value}"은(는) 숫자가 아닙니다(천 단위 구분 기호는 세 자리마다, 소수점 아래 3자리까지).',
  'reject.mappedFlow': '흐름 "{flow}"은(는) 수입, 수출, 재수출, 재수입 중 하나가 아닙니다.',
  'reject.mappedReporter':
    '보고국 "{reporter}"은(는) Tidemark가 아는 국가나 지역이 아닙니다(ISO 3166 코드, M49 또는 Comtrade 코드, 또는 이름).',
  'reject.partnerEmpty': '상대국이 비어 있습니다.',
  'reject.referenceCode': '코드 "{code}"은(는) 품목 코드가 아닙니다.',
  'reject.referenceDescription': '코드 {code}에 설명이 없습니다.',

  'warn.unknownArea':
    '{role, select, reporter {보고국} other {상대국}} "{name}"은(는) Tidemark가 아는 어느 목록에도 없습니다. 다른 모든 지역과 따로 {code}(으)로 저장했습니다.',
  'warn.unknownPartner':
    '상대국 "{name}"은(는) Tidemark가 아는 어느 목록에도 없습니다. 그 자체로 한 상대국인 {code}(으)로 저장했습니다.',
  'warn.emptyReference': '{file}에 품목 분류표의 머리글은 있지만 코드가 없습니다.',
  'warn.scientificNotation':
    '값 {count}개가 과학적 표기법으로 적혀 있습니다. 스프레드시트가 큰 수를 저장하는 방식입니다(예: {example}). 적힌 그대로 가져왔으므로 유효 숫자는 {digits}자리뿐이고, 각 값은 그 마지막 자리에서 반 단위까지 어긋날 수 있습니다.',
  'warn.leadingZeroRestored':
    'HS 코드 {count}개가 맨 앞의 0을 잃었습니다. 스프레드시트가 코드를 숫자로 저장하면 생기는 일입니다(예: {example}). HS 코드는 자릿수가 짝수이므로 0을 되살렸습니다. 코드를 텍스트로 저장하면(매핑의 code:text) 그대로 남습니다.',
  'warn.codeLengthDoubtful':
    'HS 코드 {count}개의 자릿수가 홀수라 맨 앞의 0을 잃었는지 알 수 없습니다(예: "{example}"). 적힌 그대로 두었습니다. 원본과 대조해 보세요.',
  'warn.gaccRowCap':
    '이 파일은 중국 해관의 내려받기 한도인 10,000행과 행 수가 꼭 같아 잘렸을 가능성이 큽니다. 조회 범위를 좁혀 다시 내려받으세요.',
  'warn.gaccCombinedMonths':
    '일부 수치는 여러 달을 합친 것입니다({list}). 중국 해관은 1월과 2월을 합쳐 발표합니다. 마지막 달 하나로 저장하지 않고, 그 달들을 모두 포함하는 한 기간으로 저장했습니다.',
  'warn.gaccPartnerUnmapped':
    '일부 중국 해관 상대국은 Tidemark가 아는 어느 목록에도 없습니다({list}). 각각 적힌 코드 그대로 별도의 상대국으로 저장했습니다.',
  'warn.breakdowns':
    '행 {count}개는 한 수치를 제2 상대국, 세관 절차(regime으로 저장) 또는 운송 수단별로 나눈 것입니다. 합계의 세부로 저장했습니다. 수치는 파일에 합계 행이 있으면 합계 행을, 없을 때만 세부 행을 읽으며 둘을 함께 읽지 않습니다.',
  'warn.fromOptions':
    '{file}에 {fields, select, reporter {보고국} partner {상대국} flow {흐름} reporter-partner {보고국이나 상대국} reporter-flow {보고국이나 흐름} partner-flow {상대국이나 흐름} other {보고국, 상대국이나 흐름}}이(가) 적혀 있지 않아 가져오기 옵션의 값을 썼습니다.',
  'warn.scopeGoodsSome':
    '이 파일의 기간·흐름 {cells}개 가운데 {listed}개(예: {period} {flow, select, import {수입} export {수출} re-export {재수출} re-import {재수입} other {{flow}}})에는 전체 품목(TOTAL) 행이 없어, 그곳에서는 파일에 있는 코드만 다룹니다. 다른 품목과 전 품목 합계는 이 파일로는 "자료 범위 밖"입니다. 그 행들이 거래된 모든 품목이라면 품목을 "이 상대국들의 전 품목"으로 해서 가져오세요(CLI: --goods all).',
  'warn.scopeGoods':
    '이 파일에는 전체 품목(TOTAL) 행이 없어 파일에 있는 코드만 다룹니다. 다른 품목과 전 품목 합계는 이 파일로는 "자료 범위 밖"입니다. 거래된 모든 품목이 들어 있다면 품목을 "이 상대국들의 전 품목"으로 해서 가져오세요(CLI: --goods all).',
  'warn.scopePartners':
    '이 파일에는 세계(World) 행이 없어 파일에 있는 상대국만 다룹니다. 다른 상대국과 전체 상대국 합계는 이 파일로는 "자료 범위 밖"입니다. 모든 상대국이 들어 있다면 상대국을 "모든 상대국"으로 해서 가져오세요(CLI: --partners all).',
  'warn.repeatedFigures':
    '이 파일은 수치 {count}개를 Tidemark가 읽는 어느 열로도 구별되지 않는 여러 행으로 적고 있습니다(예: {period} {reporter} {partner} {flow, select, import {수입} export {수출} re-export {재수출} re-import {재수입} other {{flow}}} {code}). 이 행들은 한 수치의 부분으로 보고 더했습니다. 부분이 아니라면 행을 구별하는 열(세관 절차나 성·시 등: --map "열=regime")을 매핑하거나 되풀이된 행을 지운 뒤 --replace로 다시 가져오세요.',
  'warn.repeatedFiguresSheets':
    '수치 {count}개가 가져온 여러 시트에 함께 적혀 있습니다(예: {period} {reporter} {partner} {flow, select, import {수입} export {수출} re-export {재수출} re-import {재수입} other {{flow}}} {code}, {sheetA}, {sheetB}{more, plural, =0 {} other { 외 시트 #개}}). 이 행들은 한 수치의 부분으로 보고 더했습니다. 한 시트가 나머지의 합계라면(전국 시트와 지역별 시트) 시트 하나만 가져오세요: --sheet 이름, --replace와 함께.',
};
