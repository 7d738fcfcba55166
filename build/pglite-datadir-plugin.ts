/**
 * A PostgreSQL data directory initialised once, at build time, so PGlite in
 * the browser starts from it instead of running `initdb` on every start (most
 * of its start-up time). `import dataDirUrl from 'virtual:pglite-datadir'`
 * gives the URL of the gzipped tarball (`PGlite.create({ loadDataDir })`).
 *
 * The tarball is made by the installed PGlite and cached under
 * node_modules/.cache keyed by PGlite's version, a hash of its engine files
 * and `recipe` (how the directory is made), so a new PGlite version makes a
 * new one (an old tarball could not be read by a newer engine).
 *
 * Only the `postgres` database is kept: the exercises never create databases,
 * and `template0` and `template1` (about 300 files and 7.4 MB each) would be
 * unpacked on every start for nothing. Dropping them cut `PGlite.create`
 * from ~600 to ~400 ms and the tarball from 4.5 to 2.5 MB. The cost: `CREATE
 * DATABASE` fails with "template database "template1" does not exist".
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { Plugin } from 'vite'

const id = 'virtual:pglite-datadir'
const devPath = '/@pglite-datadir.tgz'

/** The installed PGlite's version and engine fingerprint: what the cached tarball is valid for. */
/** Bumped whenever pgliteDataDir makes the directory differently, so the cached tarball is remade. */
const recipe = 'r2'

export function pgliteDataDirKey(root: string): { version: string; file: string } {
  // Its package exports no package.json; it sits where vite.config.ts's `pglite-dist` alias finds it.
  const pkgFile = join(root, 'node_modules', '@electric-sql', 'pglite', 'package.json')
  const { version } = JSON.parse(readFileSync(pkgFile, 'utf8')) as { version: string }
  const dist = join(dirname(pkgFile), 'dist')
  const hash = createHash('sha256')
  for (const f of ['pglite.wasm', 'pglite.data', 'initdb.wasm']) hash.update(readFileSync(join(dist, f)))
  const fingerprint = hash.digest('hex').slice(0, 12)
  return {
    version,
    file: join(root, 'node_modules', '.cache', 'backprep', `pglite-${version}-${fingerprint}-${recipe}.tgz`),
  }
}

/** Makes (or reuses) the tarball of a freshly initialised data directory. */
export async function pgliteDataDir(root: string): Promise<Buffer> {
  const { file } = pgliteDataDirKey(root)
  if (existsSync(file)) return readFileSync(file)
  const { PGlite } = await import('@electric-sql/pglite')
  const db = await PGlite.create()
  for (const template of ['template1', 'template0']) {
    // A template cannot be dropped, nor can a database that takes no connections (template0).
    await db.exec(`ALTER DATABASE ${template} IS_TEMPLATE false ALLOW_CONNECTIONS true`)
    await db.exec(`DROP DATABASE ${template}`)
  }
  // The drops are on disk in the data files, not only in the WAL to replay on every start.
  await db.exec('CHECKPOINT')
  const dump = await db.dumpDataDir('gzip')
  await db.close()
  const bytes = Buffer.from(await dump.arrayBuffer())
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, bytes)
  return bytes
}

export function pgliteDataDirPlugin(): Plugin {
  let root = process.cwd()
  let command: 'build' | 'serve' = 'build'
  return {
    name: 'backprep-pglite-datadir',
    configResolved(config) {
      root = config.root
      command = config.command
    },
    configureServer(server) {
      server.middlewares.use(devPath, (_req, res) => {
        pgliteDataDir(root).then(
          (bytes) => {
            res.setHeader('Content-Type', 'application/gzip')
            res.setHeader('Content-Length', String(bytes.length))
            res.end(bytes)
          },
          (error: unknown) => {
            res.statusCode = 500
            res.end(String(error))
          },
        )
      })
    },
    resolveId(source) {
      return source === id ? `\0${id}` : null
    },
    async load(resolved) {
      if (resolved !== `\0${id}`) return null
      if (command === 'serve') return `export default ${JSON.stringify(devPath)}`
      const ref = this.emitFile({
        type: 'asset',
        name: 'pglite-datadir.tgz',
        source: await pgliteDataDir(root),
      })
      return `export default import.meta.ROLLUP_FILE_URL_${ref}`
    },
  }
}
