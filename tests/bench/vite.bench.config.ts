// Builds the bench's baseline pages (tests/bench/pages) with the app's own
// React setup, served beside the app under /__bench/.
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

const pages = fileURLToPath(new URL('./pages', import.meta.url))

export default defineConfig({
  root: pages,
  base: '/__bench/',
  plugins: [react()],
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../../.bench/pages', import.meta.url)),
    emptyOutDir: true,
    rollupOptions: {
      input: {
        bare: `${pages}/bare.html`,
        search5k: `${pages}/search5k.html`,
        bareFlow: `${pages}/bare-flow.html`,
      },
    },
  },
})
