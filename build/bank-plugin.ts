/**
 * Vite plugin: turns `questions/**\/*.md` into virtual modules at build, dev
 * and test time. A bad file stops the build (and the dev server's start, and
 * the tests) with `path:line: reason`; in a running dev server an edit that
 * breaks a file shows the same message in the error overlay.
 *
 *   virtual:bank/stats        counts per topic (tiny; the home screen)
 *   virtual:bank/outline      [id, topic, type] of every item in bank order (home, flashcards)
 *   virtual:bank/summaries    id, type, topic, difficulty, tags, title (the list)
 *   virtual:bank/search-docs  plain text for full-text search
 *   virtual:bank/bodies       one lazy loader per item of its rendered HTML
 *   virtual:bank/item/<id>    one item: its summary and rendered body (a few KB: a review
 *                             card or an item page loads just that)
 */
import { resolve } from 'node:path'
import type { Plugin, ViteDevServer } from 'vite'
import { ContentValidationError } from '../src/domain/content/content-error.ts'
import { topicIds } from '../src/domain/content/topics.ts'
import { validateBank } from '../src/domain/content/validate-bank.ts'
import { compileBank, type CompiledBank } from './compile-bank.ts'
import { readBankFiles, readTagVocabulary } from './read-bank-files.ts'

const prefix = 'virtual:bank/'

/** Checks and compiles the bank under `root/dir`; throws ContentValidationError on a bad file. */
export function loadBank(root: string, dir = 'questions'): CompiledBank {
  const knownTags = readTagVocabulary(root, dir)
  const result = validateBank(readBankFiles(root, dir), knownTags ? { knownTags } : {})
  if (!result.ok) throw new ContentValidationError(result.errors)
  return compileBank(result.items)
}

const asJsonModule = (value: unknown) => `export default JSON.parse(${JSON.stringify(JSON.stringify(value))})`

/**
 * `dir` defaults to questions/, or BACKPREP_QUESTIONS_DIR when set (e.g. a
 * snapshot of the bank while authors are editing the working copy).
 */
export function bankPlugin(options: { dir?: string } = {}): Plugin {
  const dir = options.dir ?? process.env.BACKPREP_QUESTIONS_DIR ?? 'questions'
  let root = process.cwd()
  let bank: CompiledBank | null = null
  let lastError: Error | null = null

  const reload = (server?: ViteDevServer) => {
    try {
      bank = loadBank(root, dir)
      lastError = null
    } catch (error) {
      lastError = error instanceof Error ? error : new Error(String(error))
      if (!server) throw lastError
      server.config.logger.error(lastError.message)
      server.ws.send({ type: 'error', err: { message: lastError.message, stack: '' } })
      return
    }
    if (server) {
      for (const mod of server.moduleGraph.idToModuleMap.values()) {
        if (mod.id?.startsWith('\0' + prefix)) server.moduleGraph.invalidateModule(mod)
      }
      server.ws.send({ type: 'full-reload' })
    }
  }

  return {
    name: 'backprep-bank',
    enforce: 'pre',
    configResolved(config) {
      root = config.root
      reload()
    },
    configureServer(server) {
      const base = resolve(root, dir)
      server.watcher.add(base)
      const onChange = (file: string) => {
        if (file.startsWith(base) && file.endsWith('.md')) reload(server)
      }
      server.watcher.on('add', onChange)
      server.watcher.on('change', onChange)
      server.watcher.on('unlink', onChange)
    },
    resolveId(id) {
      return id.startsWith(prefix) ? '\0' + id : null
    },
    load(id) {
      if (!id.startsWith('\0' + prefix)) return null
      if (lastError) throw lastError
      if (!bank) throw new Error('the question bank was not loaded')
      const name = id.slice(prefix.length + 1)
      if (name === 'stats') {
        const flashcards = bank.summaries.filter((s) => s.type === 'card' || s.type === 'mcq')
        return asJsonModule({
          total: bank.summaries.length,
          flashcards: flashcards.length,
          byTopic: bank.countsByTopic,
          flashcardsByTopic: Object.fromEntries(
            topicIds.map((t) => [t, flashcards.filter((s) => s.topic === t).length]),
          ),
        })
      }
      if (name === 'outline') return asJsonModule(bank.summaries.map((s) => [s.id, s.topic, s.type]))
      if (name === 'summaries') return asJsonModule(bank.summaries)
      if (name === 'search-docs') return asJsonModule(bank.searchDocs)
      if (name === 'bodies') {
        const entries = bank.summaries.map(
          (item) =>
            `  ${JSON.stringify(item.id)}: () => import(${JSON.stringify(prefix + 'item/' + item.id)}),`,
        )
        return `export const itemLoaders = {\n${entries.join('\n')}\n}`
      }
      if (name.startsWith('item/')) {
        const itemId = name.slice('item/'.length)
        const summary = bank.summaries.find((s) => s.id === itemId)
        const body = summary ? bank.bodiesByTopic.get(summary.topic)?.[itemId] : undefined
        if (!summary || !body) throw new Error(`unknown bank module ${id.slice(1)}`)
        return asJsonModule({ summary, body })
      }
      throw new Error(`unknown bank module ${id.slice(1)}`)
    },
  }
}
