// @vitest-environment node
// The PostgreSQL data directory made at build time: keyed to the installed
// PGlite (a new version makes a new one), and it opens without initdb.
import { readFileSync } from 'node:fs'
import { PGlite } from '@electric-sql/pglite'
import { describe, expect, it } from 'vitest'
import { pgliteDataDir, pgliteDataDirKey } from '../../../build/pglite-datadir-plugin'

describe('the pre-initialised PGlite data directory', () => {
  it('is cached under the installed PGlite version and engine fingerprint', () => {
    const root = process.cwd()
    const { version } = JSON.parse(
      readFileSync('node_modules/@electric-sql/pglite/package.json', 'utf8'),
    ) as { version: string }
    const key = pgliteDataDirKey(root)
    expect(key.version).toBe(version)
    expect(key.file).toMatch(new RegExp(`pglite-${version.replace(/\./g, '\\.')}-[0-9a-f]{12}\\.tgz$`))
  })

  it(
    'opens as a ready database with the installed PGlite, and is much smaller than the raw directory',
    { timeout: 60_000 },
    async () => {
      const tarball = await pgliteDataDir(process.cwd())
      expect(tarball.length).toBeLessThan(8_000_000)
      const db = await PGlite.create({ loadDataDir: new Blob([new Uint8Array(tarball)]) })
      const { rows } = await db.query<{ v: string }>('select version() as v')
      expect(rows[0]?.v).toMatch(/^PostgreSQL \d+/)
      await db.exec('create table t (id int primary key); insert into t values (1), (2)')
      expect((await db.query('select count(*)::int as n from t')).rows).toEqual([{ n: 2 }])
      await db.close()
    },
  )
})
