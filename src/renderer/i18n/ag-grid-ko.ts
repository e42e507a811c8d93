/**
 * AG Grid's own words (filter menus, screen-reader hints, loading), in Korean, by AG Grid's locale keys.
 * Only the keys the records grid can show; English is AG Grid's default. A key missing here shows in
 * English, and the Korean e2e spec (e2e/korean.spec.ts) fails on it.
 */
export const AG_GRID_KO: Record<string, string> = {
  ariaChecked: '선택됨',
  ariaUnchecked: '선택 안 됨',
  ariaIndeterminate: '일부 선택됨',
  ariaColumnFiltered: '필터가 적용된 열',
  ariaDateFilterInput: '날짜 필터 입력',
  ariaDeferSkeletonCellLoading: '셀을 불러오는 중',
  ariaSkeletonCellLoading: '행을 불러오는 중',
  ariaSkeletonCellLoadingFailed: '행을 불러오지 못했습니다',
  ariaFilterColumn: 'Ctrl+Enter를 누르면 필터가 열립니다',
  ariaFilterInput: '필터 입력',
  ariaFilterValue: '필터 값',
  ariaFilterFromValue: '필터 시작 값',
  ariaFilterToValue: '필터 끝 값',
  ariaFilterMenuOpen: '필터 메뉴 열기',
  ariaFilteringOperator: '필터 조건',
  ariaHeaderSelection: '머리글 선택 열',
  ariaInputEditor: '입력 편집기',
  ariaLabelColumnFilter: '열 필터',
  ariaLabelColumnMenu: '열 메뉴',
  ariaLabelSelectField: '선택 필드',
  ariaLabelTooltip: '도움말',
  ariaMenuColumn: 'Alt+아래 화살표를 누르면 열 메뉴가 열립니다',
  ariaPageSizeSelectorLabel: '페이지 크기',
  ariaPendingChange: '저장 대기 중인 변경',
  ariaRowDeselect: 'Space를 누르면 이 행의 선택이 해제됩니다',
  ariaRowSelect: 'Space를 누르면 이 행이 선택됩니다',
  ariaRowSelectAll: 'Space를 누르면 모든 행의 선택이 바뀝니다',
  ariaRowSelectionDisabled: '이 행은 선택할 수 없습니다',
  ariaRowToggleSelection: 'Space를 누르면 행 선택이 바뀝니다',
  ariaSortableColumn: 'Enter를 누르면 정렬됩니다',
  ariaToggleCellValue: 'Space를 누르면 셀 값이 바뀝니다',
  ariaValidationErrorPrefix: '셀 편집 검증',
  loadingOoo: '불러오는 중…',
  loadingError: '오류',
  noRowsToShow: '표시할 행이 없습니다',
  applyFilter: '적용',
  clearFilter: '지우기',
  resetFilter: '초기화',
  cancelFilter: '취소',
  textFilter: '텍스트 필터',
  filterOoo: '필터…',
  empty: '하나를 고르세요',
  equals: '같음',
  notEqual: '같지 않음',
  contains: '포함',
  notContains: '포함하지 않음',
  startsWith: '로 시작',
  endsWith: '로 끝남',
  blank: '비어 있음',
  notBlank: '비어 있지 않음',
  andCondition: '그리고',
  orCondition: '또는',
  more: '더 보기',
  page: '페이지',
  of: '/',
  to: '–',
};

/** AG Grid's getLocaleText for the UI's language: Korean where we have it, AG Grid's English otherwise. */
export function agGridLocaleText(language: string) {
  return ({ key, defaultValue }: { key: string; defaultValue: string }): string =>
    language.startsWith('ko') ? (AG_GRID_KO[key] ?? defaultValue) : defaultValue;
}
