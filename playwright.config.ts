import { defineConfig } from '@playwright/test'

const port = 4321
const chrome = process.env.CHROME_PATH || '/usr/bin/chromium'

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
      executablePath: chrome,
      args: [
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
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
