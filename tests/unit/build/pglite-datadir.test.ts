// @vitest-environment node
// The PostgreSQL data directory made at build time: keyed to the installed
// PGlite (a new version makes a new one), and it opens without initdb.
import { readFileSync } from 'node:fs'
import { PGlite } from '@electric-sql/pglite'
import { describe, expect, it } from 'vitest'
import { pgliteDataDir, pgliteDataDirKey } from '../../../build/pglite-datadir-plugin'
import { pgliteStartParams } from '../../../src/workers/sql-engine'

describe('the pre-initialised PGlite data directory', () => {
  it('is cached under the installed PGlite version and engine fingerprint', () => {
    const root = process.cwd()
    const { version } = JSON.parse(
      readFileSync('node_modules/@electric-sql/pglite/package.json', 'utf8'),
    ) as { version: string }
    const key = pgliteDataDirKey(root)
    expect(key.version).toBe(version)
    expect(key.file).toMatch(new RegExp(`pglite-${version.replace(/\./g, '\\.')}-[0-9a-f]{12}-r\\d+\\.tgz$`))
  })

  it(
    'opens as a ready database with the installed PGlite, and is much smaller than the raw directory',
    { timeout: 60_000 },
    async () => {
      const tarball = await pgliteDataDir(process.cwd())
      expect(tarball.length).toBeLessThan(3_500_000)
      // Started as the SQL worker starts it.
      const db = await PGlite.create({
        loadDataDir: new Blob([new Uint8Array(tarball)]),
        startParams: pgliteStartParams,
      })
      expect((await db.query<{ s: string }>("select current_setting('shared_buffers') as s")).rows).toEqual([
        { s: '16MB' },
      ])
      const { rows } = await db.query<{ v: string }>('select version() as v')
      expect(rows[0]?.v).toMatch(/^PostgreSQL \d+/)
      // Only the database the exercises use is unpacked on every start.
      const databases = await db.query<{ datname: string }>('select datname from pg_database')
      expect(databases.rows).toEqual([{ datname: 'postgres' }])
      expect((await db.query<{ d: string }>('select current_database() as d')).rows).toEqual([
        { d: 'postgres' },
      ])
      await db.exec('create table t (id int primary key); insert into t values (1), (2)')
      expect((await db.query('select count(*)::int as n from t')).rows).toEqual([{ n: 2 }])
      await db.close()
    },
  )
})
