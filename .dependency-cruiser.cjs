// `npm run deps:check`: the layers and the pipeline's direction, checked on the import graph (as
// VS Code checks its layers). Data flows one way: file → reader → format → writer → SQLite → query →
// contract → view; a module that reaches back up is refused here.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycle',
      severity: 'error',
      comment:
        'A cycle makes two modules one; split out what both need (as readers/reader-types.ts did). Type-only imports vanish at run time and do not count.',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'db-not-import',
      severity: 'error',
      comment:
        'The database layer sits below the import: db/ never imports core/import/ (tests may, to fill a database).',
      from: { path: '^src/core/db/', pathNot: '\\.test\\.ts$' },
      to: { path: '^src/core/import/' },
    },
    {
      name: 'export-not-import',
      severity: 'error',
      comment: 'Exports read the database, not the import: shared shapes (CANONICAL_HEADER) live in src/shared.',
      from: { path: '^src/core/export/' },
      to: { path: '^src/core/import/' },
    },
    {
      name: 'core-not-hosts',
      severity: 'error',
      comment:
        'The core is plain Node under every host: it never imports the browser host, the CLI, the shell or the UI.',
      from: { path: '^src/core/' },
      to: { path: '^src/(web|cli|main|preload|renderer)/' },
    },
    {
      name: 'shared-depends-on-nothing',
      severity: 'error',
      comment: 'src/shared is the contract every layer reads: it imports only itself (and zod).',
      from: { path: '^src/shared/' },
      to: { path: '^src/(?!shared/)' },
    },
    {
      name: 'readers-before-formats',
      severity: 'error',
      comment: 'Readers turn bytes into rows and know nothing of formats or the pipeline after them.',
      from: { path: '^src/core/import/readers/' },
      to: { path: '^src/core/import/(formats|pipeline)/' },
    },
    {
      name: 'formats-before-pipeline',
      severity: 'error',
      comment:
        'Formats turn rows into records; the pipeline (row loop, writer, workers) runs them, not the other way round.',
      from: { path: '^src/core/import/formats/', pathNot: '\\.test\\.ts$' },
      to: { path: '^src/core/import/pipeline/' },
    },
    {
      name: 'feature-through-its-index',
      severity: 'error',
      comment:
        'A renderer feature uses another only through its index.ts; shared pieces go to renderer/components or renderer/lib.',
      from: { path: '^src/renderer/features/([^/]+)/' },
      to: {
        path: '^src/renderer/features/([^/]+)/',
        pathNot: ['^src/renderer/features/$1/', '^src/renderer/features/[^/]+/index\\.tsx?$'],
      },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|out|dist)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
      extensions: ['.ts', '.tsx', '.mjs', '.js'],
    },
  },
};
