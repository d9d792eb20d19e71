/**
 * The layering the code is meant to keep, checked on every `npm test`:
 * the shared package depends on no process; processes never import each other (the WeChat Pay sandbox is
 * a process of its own: the API never imports it, it never imports the API); SQL stays in
 * repositories (routes and services reach the database only through them); no import cycles.
 * `npm run lint:layers` also runs scripts/layers/folder-cycles.ts (no folder imports one that imports it back,
 * built from this file's options) and scripts/layers/sql-check.ts (SQL only in repositories; one writer per table).
 */
module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
    {
      name: 'shared-stands-alone',
      comment: 'shared/ holds what every process uses; it must not depend on any of them',
      severity: 'error',
      from: { path: '^shared/' },
      to: { path: '^(api|actors|sync|wechatpay-sandbox)/' },
    },
    {
      name: 'processes-are-separate',
      comment: 'api, actors and sync talk through Dapr, and the API to the WeChat Pay sandbox over HTTP, never by importing each other',
      severity: 'error',
      from: { path: '^(api|actors|sync|wechatpay-sandbox)/' },
      to: { path: '^(api|actors|sync|wechatpay-sandbox)/', pathNot: ['^$1/'] },
    },
    {
      name: 'sql-only-in-repositories',
      comment: 'routes validate and call a service; they never touch the database themselves',
      severity: 'error',
      from: { path: '\\.routes\\.ts$' },
      to: { path: '(common|runtime)/database\\.ts$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|node_modules)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    combinedDependencies: true,
  },
};
