// sql.js's standard build, loaded by path (see lib/anki-package.ts): the same API as the package's main entry.
declare module 'sql.js/dist/sql-wasm.js' {
  import type initSqlJs from 'sql.js'
  const init: typeof initSqlJs
  export default init
}
