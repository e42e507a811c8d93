import {
  CellStyleModule,
  ColumnApiModule,
  InfiniteRowModelModule,
  ModuleRegistry,
  RenderApiModule,
  RowApiModule,
  RowSelectionModule,
  TextEditorModule,
  TextFilterModule,
  themeQuartz,
  ValidationModule,
} from 'ag-grid-community';

// Only what the records grid uses; ValidationModule explains a missing module during development.
ModuleRegistry.registerModules([InfiniteRowModelModule, TextEditorModule, TextFilterModule, CellStyleModule, RowSelectionModule, ColumnApiModule, RowApiModule, RenderApiModule, ...(import.meta.env.DEV ? [ValidationModule] : [])]);

export const gridTheme = themeQuartz.withParams({
  accentColor: '#0f766e',
  browserColorScheme: 'light',
  fontFamily: 'inherit',
  fontSize: 13,
  headerFontSize: 12,
  headerFontWeight: 600,
  headerBackgroundColor: '#f6f8fa',
  headerTextColor: '#334155',
  borderColor: '#e2e8f0',
  rowBorder: { color: '#eef2f6' },
  oddRowBackgroundColor: '#fbfcfd',
  rowHoverColor: '#f0f7f6',
  spacing: 6,
  wrapperBorderRadius: 8,
});
