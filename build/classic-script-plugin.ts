/**
 * `import source from './file.ts?classic-script'` gives the file's code as a
 * string: TypeScript stripped, wrapped as one self-contained classic script.
 * The exercise sandbox starts its worker from that string (a blob URL), which
 * an opaque-origin iframe can do where it could not load a module from our origin.
 */
import { readFileSync } from 'node:fs'
import type { Plugin } from 'vite'
import { transform } from 'sucrase'

const suffix = '?classic-script'

/** A TypeScript file's source as one classic script: types stripped, its exports kept to itself. */
export function toClassicScript(file: string, source: string): string {
  if (/^\s*import\s/m.test(source.replace(/^\s*import\s+type\s.*$/gm, ''))) {
    throw new Error(`${file}: a classic script cannot import other modules`)
  }
  const { code } = transform(source, { transforms: ['typescript', 'imports'], disableESTransforms: true })
  return `(function (exports) {\n${code}\n})({});\n`
}

export function classicScriptPlugin(): Plugin {
  return {
    name: 'backprep-classic-script',
    enforce: 'pre',
    async resolveId(id, importer) {
      if (!id.endsWith(suffix)) return null
      const resolved = await this.resolve(id.slice(0, -suffix.length), importer, { skipSelf: true })
      return resolved ? resolved.id + suffix : null
    },
    load(id) {
      if (!id.endsWith(suffix)) return null
      const file = id.slice(0, -suffix.length)
      this.addWatchFile(file)
      return `export default ${JSON.stringify(toClassicScript(file, readFileSync(file, 'utf8')))}`
    },
  }
}
