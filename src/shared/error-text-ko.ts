import type { ErrorKey } from './error-text-en';

/**
 * The same errors in Korean: every key of error-text-en.ts (a missing one fails typecheck), with the
 * same params (error-text.test.ts). A particle after a filled-in name is written in both forms,
 * "{file}은(는)", and chosen once the sentence is filled in (korean-particles.ts).
 */
export const ERROR_KO: Record<ErrorKey, string> = {
  'import.codeList':
    '{file}은(는) 코드와 그 이름의 목록(UN Comtrade의 보고국·상대국·데이터 항목 목록 등)이며 무역 수치가 아니어서 가져올 것이 없습니다. 데이터 다운로드 파일을 가져오세요.',
  'import.comtradeBulkList':
    '{file}은(는) 무역 데이터가 아니라 UN Comtrade+의 대량 파일 목록입니다. 목록에 있는 파일을 내려받아 그 파일을 가져오세요.',
  'import.comtradeError':
    '{file}은(는) 데이터가 아닙니다. UN Comtrade가 표 대신 저장한 오류 메시지입니다({reason, select, complex {쿼리가 너무 복잡함} nomatch {쿼리에 맞는 데이터 없음} limit {사용 한도 도달} other {쿼리 거부됨}}). Comtrade에서 쿼리를 바꿔(보고국, 상대국 또는 연도를 줄여) 다시 내려받으세요.',
  'import.unrecognised':
    "Tidemark가 {kind, select, json {이 JSON 파일의 필드({cells}개)를} workbook {이 통합 문서의 열(첫 행의 셀 {cells}개)을} other {이 파일의 열(첫 행의 셀 {cells}개)을}} 알아보지 못했습니다. {kind, select, text {Tidemark CSV의 첫 행은 {header}입니다. 다른 표는 열 매핑으로 가져올 수 있습니다(--map 'Column=field,…').} other {Tidemark가 아는 중국 해관 또는 UN Comtrade 형식이 아닙니다. 열을 Tidemark의 필드에 매핑하면 가져올 수 있습니다(--map 'Column=field,…').}}",
  'import.noHeader': '{file}은(는) 비어 있습니다. 머리글 행이 없습니다.',
  'import.notAFile': '{path}은(는) 파일이 아닙니다.',
  'import.unreadable':
    '{path}을(를) 읽지 못했습니다: {reason, select, ENOENT {그 경로에 파일이 없습니다. 파일 이름과 폴더를 확인하세요} EACCES {이 계정에는 읽을 권한이 없습니다. 파일 권한을 확인하거나 읽을 수 있는 곳에 복사하세요} EPERM {이 계정에는 읽을 권한이 없습니다. 파일 권한을 확인하거나 읽을 수 있는 곳에 복사하세요} EBUSY {다른 프로그램이 파일을 쓰고 있습니다. 그 프로그램에서 파일을 닫고 다시 시도하세요} EISDIR {파일이 아니라 폴더입니다. 폴더 안의 파일을 지정하세요} EMFILE {열린 파일이 너무 많습니다. 다른 프로그램을 닫고 다시 시도하세요} other {{reason}}}.',
  'import.tooLarge':
    '{file}은(는) {size} GB입니다. Tidemark는 4 GB까지의 파일을 가져옵니다. 파일을 나눠 각각 가져오세요.',
  'import.heldAsBatch': '{file}은(는) 이미 배치 {batch}에 들어 있습니다. 그 배치를 되돌린 뒤 다시 가져오세요.',
  'import.sheetsRepeatFigures':
    '{file}에서 아무것도 가져오지 않았습니다. 시트 {sheetA}, {sheetB}{more, plural, =0 {} other { 외 #개}}에 같은 수치 {count}개가 적혀 있어(예: {period} {reporter} {partner} {flow, select, import {수입} export {수출} re-export {재수출} re-import {재수입} other {{flow}}} {code}), 한 시트가 나머지의 합계라면(전국 시트와 지역별 시트) 더했을 때 같은 수치를 여러 번 세게 됩니다. 시트 하나만 가져오세요: --sheet 이름(앱에서는 시트 하나만 고르세요). 시트들이 더해야 할 부분이라면 각각 이름으로 고르세요: --sheet A --sheet B.',
  'import.allRowsRejected':
    '{file}에서 가져온 것이 없습니다. {count, plural, =1 {하나뿐인 행이} other {행 #개가 모두}} 거부됐습니다. 첫 번째는 {row}행입니다: {first} 미리보기에서 가져오기 옵션(흐름, 통화, 열 매핑)을 확인하세요. 미리보기에 거부된 행마다 이유가 나옵니다.',
  'import.alreadyImported':
    '{file}은(는) 이미 다른 옵션으로 가져왔습니다(배치 {batch}: {changes}). 이 옵션으로 가져오려면 배치 {batch}을(를) 되돌린 뒤(앱에서는 가져오기 탭에서 그 배치 옆의 되돌리기…) 파일을 다시 가져오세요. 명령줄에서는 --replace가 이 두 가지를 한 번에 합니다.',
  'import.restatesOwnFile':
    '{file}에서 아무것도 가져오지 않았습니다. 이 매핑으로는 수치 {count}개가 같은 파일을 다른 열로 가져온 배치 {batch}에 이미 들어 있습니다. 한 파일의 열은 다른 열의 수정치가 아닙니다. 어느 열이 값이고 어느 흐름인지 확인하세요. 이 매핑으로 배치 {batch}을(를) 대신하려면 그 배치를 되돌린 뒤 파일을 다시 가져오세요.',
  'import.cancelled': '가져오기를 취소했습니다. 이 파일에서는 아무것도 저장하지 않았습니다.',
  'import.failedUnexpectedly': '{file} 가져오기가 예기치 않게 실패했습니다: {detail}',
  'import.workerStopped': '가져오기가 멈췄습니다(작업자 {detail}). 이 파일에서는 아무것도 저장하지 않았습니다.',
  'import.timeout':
    '가져오기가 제한 시간({limit})을 넘겨 중지됐습니다. 진행 중이던 파일에서는 아무것도 저장하지 않았습니다. 파일을 나누거나, 제한 시간을 늘려 Tidemark를 다시 시작하세요: {env}에 분 단위 숫자를 지정합니다(예: {env}={minutes}).',
  'import.parserStalled':
    '{file}의 파서가 응답하지 않았습니다({seconds}초 동안 응답 없음). 이 파일에서는 아무것도 저장하지 않았습니다. 다시 가져와 보세요.',
  'import.gaccReporter':
    '중국 해관 파일은 중국(CHN)의 무역을 보고합니다. 보고국 {reporter}은(는) 이와 맞지 않습니다. 보고국을 비워 두세요(CLI: --reporter 삭제).',
  'import.gaccCurrency':
    '이 중국 해관 파일의 금액은 {currency}입니다. 통화 {given}은(는) 이와 맞지 않습니다. 통화를 비워 두세요(CLI: --currency 삭제).',
  'import.badPeriod': '기간 "{period}"은(는) 월(2024-01)도 연도(2024)도 아닙니다.',
  'import.mapNoColumn': '{file}의 열 매핑에 {field} 열이 없습니다. {flag} 옵션으로 추가하세요.',
  'import.mapConstant':
    '{file}의 상수 {field}={value}은(는) {why, select, column {파일의 {field} 열과 맞지 않습니다} option {옵션으로 지정한 {field}({option})와(과) 맞지 않습니다} flow {수입, 수출, 재수출, 재수입 중 하나가 아닙니다} area {Tidemark가 아는 국가나 지역이 아닙니다(CHN 같은 ISO 3166 코드, 세계는 WLD, M49 또는 Comtrade 코드, 또는 이름)} period {월(2024-01)도 연도(2024)도 아닙니다} other {USD 같은 ISO 4217 코드가 아닙니다}}.',
  'import.mapTwice': '열 매핑이 {field}을(를) 두 번 지정합니다. 한 열만 매핑하세요.',
  'import.mapHeaderMismatch':
    '{file}의 열 {count}개 가운데 {missing} 열이 없습니다. --map에는 각 열 이름을 파일 첫 행에 적힌 그대로 쓰세요.',

  'reader.notValidEncoding':
    '이 파일은 처음부터 끝까지 올바른 {encoding}이(가) 아닙니다. 인코딩을 직접 골라(CLI: --encoding gb18030, utf-16le, utf-16be 또는 utf-8) 다시 가져오세요.',
  'reader.notWorkbook':
    '{file}은(는) 읽을 수 있는 통합 문서가 아닙니다({why}). Excel이나 LibreOffice에서 열어 .xlsx 사본으로 저장한 뒤 그 파일을 가져오세요.',
  'reader.passwordProtected': '{file}은(는) 암호로 보호돼 있습니다. Excel에서 열어 암호를 없애고 저장한 뒤 가져오세요.',
  'reader.partTooLarge':
    '{file}: 구성 요소 {part}이(가) {max}보다 큽니다. 실제 통합 문서에서는 있을 수 없는 크기입니다. Excel에서 열어 사본으로 저장한 뒤 그 파일을 가져오세요.',
  'reader.noSheet': '{file}에 시트 {missing}이(가) 없습니다. 이 파일의 시트: {sheets}.',
  'reader.jsonTooLarge':
    '{file}은(는) {size} MB 크기의 JSON입니다. JSON은 통째로 읽어야 하므로 Tidemark는 {max} MB까지만 읽습니다. 데이터를 CSV로 내려받아 가져오세요.',
  'reader.jsonInvalid':
    '{file}은(는) JSON처럼 시작하지만 올바른 JSON이 아닙니다{at, select, none {} other {({at}번째 문자에서 깨짐)}}. 중간에 잘렸을 수 있으니 다시 내려받으세요.',
  'reader.jsonTooManyFields':
    '{file}의 레코드에 서로 다른 필드가 {max}개보다 많습니다. Tidemark가 읽을 수 있는 표가 아닙니다.',
  'reader.jsonSingleValue': '{file}에는 레코드 표가 아니라 JSON 값 하나만 있습니다.',
  'reader.jsonErrorResponse':
    '{file}은(는) 데이터가 아니라 오류 응답입니다. 서버 응답: "{said}". 쿼리를 바꿔 다시 내려받으세요.',
  'reader.jsonNoRecords': '{file}은(는) 레코드가 없는 응답입니다. 쿼리에 맞는 데이터가 없어 가져올 것이 없습니다.',
  'reader.jsonNotTable':
    '{file}은(는) JSON이지만 Tidemark가 아는 표가 아닙니다. 레코드 목록, Comtrade 응답({shape}) 또는 키별로 묶인 레코드여야 합니다.',
  'reader.jsonNotRecords': '{file}은(는) JSON 목록이지만 모든 항목이 레코드(이름 있는 필드를 가진 객체)는 아닙니다.',
  'reader.rowBeyondExcel':
    '{file}의 시트 "{sheet}"에 {row}번 행이 있습니다. Excel의 한도인 {max}행을 넘으므로 Excel이 쓴 파일이 아닙니다. Excel에서 열어 사본으로 저장한 뒤 그 파일을 가져오세요.',
  'reader.zipBomb':
    '{file}은(는) 압축을 풀면 {max}보다 커집니다. 실제 통합 문서에서는 있을 수 없는 일로, 압축 폭탄일 수 있습니다. Excel에서 열어 사본으로 저장한 뒤 그 파일을 가져오세요.',
  'reader.zipRatio':
    '{file}은(는) {ratio}:1보다 높게 압축돼 있습니다(구성 요소 {part}). 실제 통합 문서에서는 있을 수 없는 일로, 압축 폭탄일 수 있습니다. Excel에서 열어 사본으로 저장한 뒤 그 파일을 가져오세요.',
  'reader.workbookTooLarge':
    '{file}은(는) {size}입니다. Tidemark는 {max}까지의 통합 문서를 읽습니다. 시트를 CSV로 저장해 가져오세요.',
  'reader.noWorksheets': '{file}에 워크시트가 없습니다. Excel에서 열어 표가 들어 있는지 확인한 뒤 다시 가져오세요.',
  'reader.longTag':
    '통합 문서 구성 요소 {part}에 {max}자보다 긴 태그가 있어 스프레드시트가 아닙니다. Excel에서 열어 사본으로 저장한 뒤 그 파일을 가져오세요.',
  'reader.tooManyEntries':
    '{file}에 zip 항목이 {count}개 있습니다. {max}개가 넘는 통합 문서는 받지 않습니다. 시트를 줄인 사본을 저장해 가져오세요.',
  'reader.xlsTooLarge':
    '{file}은(는) {size}입니다. Tidemark는 예전 .xls 통합 문서를 {max}까지 읽습니다. Excel에서 열어 .xlsx로 저장한 뒤 가져오세요.',
  'reader.xlsDamaged':
    '{file}을(를) Excel 통합 문서로 읽지 못했습니다. 손상됐거나 통합 문서가 아닙니다. Excel이나 LibreOffice에서 열어 .xlsx로 저장한 뒤 가져오세요.',
  'reader.zipNotWorkbook':
    '{file}은(는) zip 파일이지만 Excel 통합 문서가 아닙니다(통합 문서 구성 요소가 없음). Excel에서 열어 .xlsx로 저장한 뒤 가져오세요.',
  'reader.sheetPartMissing':
    '{file}에 목록에 있는 시트의 구성 요소({part})가 없습니다. Excel에서 열어 사본으로 저장한 뒤 그 파일을 가져오세요.',
  'reader.sharedTextTooLarge':
    '{file}의 공유 텍스트가 Tidemark가 메모리에 담을 수 있는 양({max} MB)보다 많습니다. 통합 문서를 나눠 각각 가져오세요.',

  'db.notSqlite':
    '{path}에 있는 파일은 Tidemark 데이터베이스가 아닙니다(SQLite 파일이 전혀 아닙니다). Tidemark는 이 파일을 바꾸지 않았습니다.',
  'db.unusableSqlite':
    '{path}에 있는 파일은 쓸 수 있는 Tidemark 데이터베이스가 아닙니다(SQLite: {detail}). Tidemark는 이 파일을 바꾸지 않았습니다.',
  'db.cannotOpen': '{path}의 데이터베이스를 열지 못했습니다: {detail}',
  'db.unusable': '{path}에 있는 파일은 쓸 수 있는 Tidemark 데이터베이스가 아닙니다: {detail}',
  'db.fromFuture':
    '이 데이터베이스는 더 새로운 Tidemark가 썼습니다(스키마 v{version}, 이 버전은 v{known}까지 읽음). Tidemark를 업데이트한 뒤 여세요.',
  'db.foreign':
    '이 파일은 Tidemark 데이터베이스가 아닙니다. {count, plural, =0 {표가 하나도 없습니다} other {표 {tables}이(가) 있습니다}}{owned, select, yes {. 다른 프로그램의 파일입니다(애플리케이션 ID {appId})} other {}}. Tidemark는 이 파일을 바꾸지 않았습니다. Tidemark 데이터베이스를 열거나, 새 파일 이름을 지정해 새로 시작하세요.',
  'db.exists':
    '{name} 데이터베이스가 이미 있습니다. 그 데이터베이스를 열거나 새 데이터베이스에 다른 이름을 지정하세요.',
  'db.missing': '{name} 데이터베이스가 없습니다. 옮겨졌거나 이름이 바뀌었거나 삭제됐을 수 있습니다.',
  'db.diskFull':
    '{dir} 폴더가 있는 디스크가 가득 차서 {what, select, import {{file} 가져오기} upgrade {데이터베이스 업그레이드} compact {압축한 사본} restore {백업의 사본} other {변경 내용}}을(를) 저장하지 못했습니다. 데이터베이스는 손상되지 않았고 이전 그대로입니다.{room, select, yes {{free, select, none {} other { 그곳의 빈 공간은 {free}뿐입니다.}} 데이터베이스와 저널의 크기는 {size}입니다. 큰 파일을 가져오려면 파일 크기의 약 두 배만큼 빈 공간이 필요합니다.} other {}} 그 디스크의 공간을 비운 뒤(필요 없는 파일이나 backups 폴더의 오래된 사본 삭제) 다시 해 보세요.',
  'db.fullAfterImport':
    '가져오기는 끝났지만 {dir} 폴더가 있는 디스크가 이제 가득 찼습니다. Tidemark가 가져온 내용을 데이터베이스 파일에 합치지 못했고, 공간이 생길 때까지 이후의 모든 변경이 실패합니다.{room, select, yes {{free, select, none {} other { 그곳의 빈 공간은 {free}뿐입니다.}} 데이터베이스와 저널의 크기는 {size}입니다. 큰 파일을 가져오려면 파일 크기의 약 두 배만큼 빈 공간이 필요합니다.} other {}} 더 바꾸기 전에 그 디스크의 공간을 비우세요. 가져온 내용은 안전합니다.',
  'db.closed': '이 단계가 끝나기 전에 데이터베이스가 닫혔습니다.',

  'recovery.damaged':
    '{path}의 데이터베이스가 손상됐습니다(SQLite 검사 결과: {problem}). {moved, select, yes {저널 파일과 함께 {movedTo}(으)로 옮겨 두었고, 그 위에 아무것도 열지 않았습니다.} other {폴더가 읽기 전용이라 옮기지 못해 그 자리에 두었고, 열지 않았습니다.}} {backup, select, yes {가장 최근 백업은 {takenAt}에 만든 {backupPath}입니다. 이 백업을 열어 거기서부터 이어 가세요({path}(으)로 복사).} other {되돌아갈 백업이 없습니다.}}',
  'recovery.damagedPage':
    '{path}의 데이터베이스 일부가 손상됐습니다(SQLite: {detail}). 바뀐 것은 없습니다. {marked, select, yes {다음에 열 때 Tidemark가 파일 전체를 먼저 검사합니다. 손상된 파일이면 옆으로 옮기고 가장 최근 백업을 열 수 있게 합니다.} other {tidemark check {path} 를 실행해 파일 전체를 검사하세요. 손상된 파일이면 옆으로 옮기고 가장 최근 백업을 알려 줍니다.}}',
  'recovery.noBackup': '이 데이터베이스에는 열 수 있는 백업이 없습니다.',
  'recovery.stillThere': '손상된 파일이 아직 {path}에 있습니다. 다른 곳으로 옮긴 뒤 백업 {backup}을(를) 여세요.',
  'recovery.restoreFailed': '백업을 제자리에 놓지 못했습니다: {detail}',

  'dataset.invalid':
    '{dir}은(는) Tidemark가 열 수 있는 Tidemark Parquet 데이터셋이 아닙니다({why, select, noManifest {읽을 수 있는 {manifest}이(가) 없음} badJson {{manifest}이(가) 올바른 JSON이 아님} badManifest {{manifest}: {detail}} missing {{manifest}에 있는 {file}이(가) 없음} size {{file}이(가) {manifest}에 적힌 {expected}바이트가 아니라 {size}바이트임. 바뀌었거나 잘림} other {{detail}}}). tidemark export --parquet DIR로 다시 내보내거나 폴더 전체를 복사하세요.',
  'dataset.fromFuture':
    '{dir}은(는) 더 새로운 Tidemark가 내보냈습니다(레이아웃 {layout}, 스키마 {schema}. 이 버전은 레이아웃 {knownLayout}, 스키마 {knownSchema}까지 읽음). Tidemark를 업데이트한 뒤 여세요.',
  'dataset.rowCount':
    '{dir}에 행이 {rows}개 있지만 _tidemark.json에는 {expected}개로 적혀 있습니다. 다시 내보내거나 폴더 전체를 복사하세요.',
  'dataset.noRevisions':
    '{dir}은(는) Parquet 데이터셋이라 현재 기록만 담고 있고, 나중 파일이 고쳐 쓴 이전 수치는 없습니다. 수정 내역은 이 데이터셋을 내보낸 Tidemark 데이터베이스에서 보세요.',
  'dataset.readOnly':
    '{dir}은(는) 읽기 전용으로 연 Parquet 데이터셋이라 여기서는 아무것도 바꿀 수 없습니다. 편집, 가져오기, 되돌리기는 이 데이터셋을 내보낸 Tidemark 데이터베이스에서 한 뒤 데이터셋을 다시 내보내세요.',

  'host.pathNotAllowed':
    '브라우저 호스트는 페이지에 끌어다 놓은 파일이나 시작할 때 지정한 폴더(--data-dir)에 있는 파일만 읽습니다. 페이지가 지정한 파일은 그 밖에 있어 열지 않았습니다.',

  'host.datasetName': '데이터셋 폴더 이름에는 글자, 숫자, 공백과 - _ . 기호만 쓰세요(경로는 안 됩니다).',
  'host.notDataset':
    '{folder}은(는) 이 데이터베이스 옆에 있는 Parquet 데이터셋 폴더가 아닙니다(_tidemark.json이 없습니다).',
  'host.databaseName': '데이터베이스 이름에는 글자, 숫자, 공백과 - _ . 기호만 쓰세요(폴더는 안 됩니다).',

  'export.failedUnexpectedly': '내보내기가 예기치 않게 실패했습니다: {detail}',
  'export.diskFull':
    '{dir} 폴더가 있는 디스크에 내보낼 공간이 없어 아무것도 저장하지 않았습니다. 데이터베이스는 바뀌지 않았습니다.{free, select, none {} other { 그곳의 빈 공간은 {free}뿐입니다.}} 그 디스크의 공간을 비우거나 다른 디스크의 폴더로 내보낸 뒤 다시 해 보세요.',
  'compact.failedUnexpectedly': '압축이 예기치 않게 실패했습니다: {detail}',
  'history.failedUnexpectedly': '작업이 예기치 않게 실패했습니다: {detail}',
  'export.cancelled': '내보내기를 취소했습니다. 파일을 쓰지 않았습니다.',
  'export.targetIsFile':
    '{dir}은(는) 파일입니다. Parquet 데이터셋에 쓸 새 폴더 이름을 고르세요. 폴더는 Tidemark가 만듭니다.',
  'export.targetNotEmpty':
    '{dir} 폴더에 이미 파일이 있습니다. Parquet 데이터셋에 쓸 새 폴더나 빈 폴더를 고르거나 그 폴더를 먼저 지우세요. Tidemark는 새 내보내기를 예전 파일과 섞지 않습니다.',
  // Edits, undo and redo in the grid, and reverts.
  'edit.notPeriod': '기간이 아닙니다: "{value}". YYYY-MM 또는 YYYY 형식으로 입력하세요.',
  'edit.notArea':
    'Tidemark가 아는 국가나 지역이 아닙니다: "{value}". 이름이나 코드(PRK, C490)를 입력하거나, 직접 정하는 지역이면 "?" 뒤에 이름을 입력하세요.',
  'edit.notFlow': '흐름은 import(수입) 또는 export(수출)입니다.',
  'edit.notCode': '품목 코드가 아닙니다: "{value}".',
  'edit.notValue': '소수점 이하 3자리까지의 숫자가 아닙니다: "{value}".',
  'edit.notQuantity': '수량이 아닙니다: "{value}".',
  'edit.recordGone': '레코드 {id}번이 더 이상 없습니다.',
  'edit.changedElsewhere':
    '레코드 {id}번은 연 뒤에 다른 곳에서 바뀌었습니다. 지금 {field, select, period {기간} reporter {보고국} partner {상대국} flow {흐름} code {코드} description {품목명} value {금액} quantity {수량} unit {단위} other {{field}}} 값은 "{current}"입니다(버전 {version}). 입력한 값은 저장하지 않았습니다: "{value}".',
  'edit.stepStale':
    '레코드 {id}번의 {field, select, period {기간} reporter {보고국} partner {상대국} flow {흐름} code {코드} description {품목명} value {금액} quantity {수량} unit {단위} other {{field}}} 값이 이 단계가 예상한 값("{expected}")과 달리 지금 "{current}"입니다. 그대로 두었습니다.',
  'edit.pasteRefused':
    '아무것도 붙여 넣지 않았습니다. {cell}번째 셀(레코드 {id}번의 {field, select, period {기간} reporter {보고국} partner {상대국} flow {흐름} code {코드} description {품목명} value {금액} quantity {수량} unit {단위} other {{field}}}): {reason}',
  'edit.alreadyAsAsked':
    '{count, plural, one {그 레코드는} other {그 레코드들은}} 이미 {visible, select, yes {보이는 상태입니다} other {삭제되었습니다}}.',
  'edit.stepMoved':
    '레코드 {id}번이 이 단계가 남긴 상태가 아니어서 안전하게 {forward, select, yes {다시 실행할} other {실행 취소할}} 수 없습니다.',
  'revert.noBatch': '가져오기 배치 {batch}번이 없습니다.',
  'revert.already': '{file} 가져오기는 이미 되돌렸습니다.',
  'history.cancelled': '끝나기 전에 멈췄습니다. 아무것도 바꾸지 않았고 모든 행이 그대로입니다.',
  'compact.cancelled': '압축을 끝나기 전에 멈췄습니다. 데이터베이스는 그대로입니다.',

  'core.internal': 'Tidemark 내부에서 문제가 생겼습니다. 자세한 내용은 로그에 기록했습니다.',
  'core.restarted':
    'Tidemark 엔진이 예기치 않게 멈춰 다시 시작했기 때문에 이 단계를 마치지 못했습니다. 중간까지 한 작업은 남기지 않았으니 다시 해 보세요.',
  'definition.unknownClassification':
    '"{classification}" 분류는 없습니다. 정의의 코드는 {valid} 중 한 분류로 적어야 합니다. 이 가운데에서 고르세요.',
  'analysis.reflowMirror':
    '상대국의 {flow, select, re-export {재수출} re-import {재수입} other {{flow}}}은 보고국 기록에 없습니다(보고국 기록에는 보고국 자신의 것만 있습니다). 보고국의 {flow, select, re-export {재수출} re-import {재수입} other {{flow}}}을 보거나(--subject reporter), 상대국의 파일을 가져와 그 나라를 보고국으로 지정하세요.',
  'selection.nothing':
    '{excluded}을(를) 빼면 {included}에서 남는 품목이 없어 수치가 없습니다. 빼는 코드(--exclude-hs)를 줄이거나 포함할 코드(--hs)를 늘리세요.',
  'definition.importRefused':
    '파일의 정의 {count}개 중 {place}번째({named, select, yes {"{name}"} other {이름 없음}})가 거부되어 파일의 정의를 하나도 저장하지 않았으며, 기존 정의는 그대로입니다: {reason}',
  'definition.importRepeated':
    '파일의 {first}번째 정의와 이름이 같습니다. 이름 하나에는 정의 하나만 저장되므로 둘 중 하나의 이름을 바꾸세요.',
  'definition.classificationConflict':
    '정의 "{name}"의 코드는 {defined} 분류인데 {asked} 분류도 함께 요청되었습니다. {defined}(으)로 읽으려면 분류를 빼고, {asked}(으)로 읽으려면 정의를 {asked}(으)로 저장하세요.',
  'core.gone': 'Tidemark 엔진이 연달아 여러 번 멈춰 다시 시작하지 않았습니다. Tidemark를 종료한 뒤 다시 여세요.',
};
