import { defineConfig } from '@playwright/test'
import { chromePath, chromiumArgs } from './tests/chromium'

const port = 4321

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: true,
  timeout: 30_000,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://localhost:${port}`,
    browserName: 'chromium',
    // Debian's Chromium; Playwright never downloads a browser here.
    launchOptions: {
      executablePath: chromePath,
      args: chromiumArgs,
    },
    serviceWorkers: 'allow',
    trace: 'retain-on-failure',
  },
  // The production build, so the service worker and the real chunks are tested.
  webServer: {
    command: `npx vite build --outDir .bench/e2e-dist --emptyOutDir --logLevel warn && npx vite preview --outDir .bench/e2e-dist --port ${port} --strictPort`,
    url: `http://localhost:${port}/`,
    reuseExistingServer: false,
    timeout: 120_000,
  },
})
