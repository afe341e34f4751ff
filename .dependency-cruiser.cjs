/**
 * Import direction. The rules core (src/rules) is pure: no Office.js, no React,
 * no DOM, no file system. Only src/excel may touch Office.js.
 */
module.exports = {
  forbidden: [
    {
      name: 'rules-core-is-pure',
      severity: 'error',
      comment: 'src/rules must not import Office.js, React, the DOM or Node I/O',
      from: { path: '^src/rules' },
      to: {
        path: '(^|/)node_modules/(office-js|@microsoft/office-js|react|react-dom|@fluentui|jsdom|exceljs)(/|$)|^(fs|fs/promises|path|child_process|http|https|net|os)$',
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'rules-core-imports-only-core',
      severity: 'error',
      comment: 'src/rules may only import itself, the message formatter and zod',
      from: { path: '^src/rules' },
      to: { pathNot: '^src/(rules|i18n)/|node_modules/zod' },
    },
    {
      name: 'ledger-and-report-are-pure',
      severity: 'error',
      comment: 'src/ledger and src/report must not touch Office.js, React, the DOM or the file system',
      from: { path: '^src/(ledger|report)' },
      to: {
        path: '(^|/)node_modules/(react|react-dom|@fluentui)(/|$)|^(fs|fs/promises|child_process|http|https|net)$|^src/(excel|cli)',
      },
    },
    {
      name: 'office-only-in-adapter',
      severity: 'error',
      comment: 'Only src/excel talks to Office.js',
      from: { pathNot: '^src/excel|^test/' },
      to: { path: '(^|/)node_modules/(office-addin-mock)(/|$)' },
    },
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    exclude: { path: '\\.test\\.tsx?$' },
  },
};
