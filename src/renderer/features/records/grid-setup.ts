import {
  CellStyleModule,
  ColumnApiModule,
  ColumnAutoSizeModule,
  EventApiModule,
  GridStateModule,
  InfiniteRowModelModule,
  LocaleModule,
  ModuleRegistry,
  RenderApiModule,
  RowApiModule,
  RowSelectionModule,
  ScrollApiModule,
  TextEditorModule,
  TextFilterModule,
  themeQuartz,
  ValidationModule,
} from 'ag-grid-community';

// Only what the records grid uses; ValidationModule explains a missing module during development.
ModuleRegistry.registerModules([
  InfiniteRowModelModule,
  TextEditorModule,
  TextFilterModule,
  CellStyleModule,
  RowSelectionModule,
  ColumnApiModule,
  ColumnAutoSizeModule,
  // api.addEventListener: rows drawn on a scroll widen the columns that grow (use-grid-view-state.ts).
  EventApiModule,
  GridStateModule,
  LocaleModule,
  RowApiModule,
  RenderApiModule,
  // api.getHorizontalPixelRange: reporter and partner take the room the other columns leave (use-grid-view-state.ts).
  ScrollApiModule,
  ...(import.meta.env.DEV ? [ValidationModule] : []),
]);

// The shell's colour tokens (styles.css), so the grid follows the theme like every other surface.
export const gridTheme = themeQuartz.withParams({
  accentColor: 'var(--accent)',
  backgroundColor: 'var(--paper)',
  foregroundColor: 'var(--ink)',
  textColor: 'var(--ink)',
  browserColorScheme: 'inherit',
  fontFamily: 'inherit',
  fontSize: 13,
  headerFontSize: 12,
  headerFontWeight: 600,
  headerBackgroundColor: 'var(--paper-2)',
  headerTextColor: 'var(--ink-soft)',
  borderColor: 'var(--line)',
  rowBorder: { color: 'var(--line)' },
  oddRowBackgroundColor: 'var(--paper-2)',
  rowHoverColor: 'var(--accent-soft)',
  selectedRowBackgroundColor: 'var(--accent-soft)',
  inputBackgroundColor: 'var(--paper)',
  inputBorder: { color: 'var(--line-strong)' },
  menuBackgroundColor: 'var(--paper)',
  menuTextColor: 'var(--ink)',
  spacing: 5,
  // Narrower cell padding than Quartz's: at 1440 px every column, Quantity and Unit included, fits beside the sidebar.
  cellHorizontalPadding: 10,
  wrapperBorderRadius: 8,
});
