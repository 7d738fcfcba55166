// Renders public/favicon.svg into the PNG icons of the web app manifest, in
// Debian's Chromium. Run by hand when the logo changes: node scripts/make-icons.mjs
import { readFileSync } from 'node:fs'
import { chromium } from 'playwright-core'

const svg = readFileSync('public/favicon.svg', 'utf8')
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium' })
const page = await browser.newPage()
const shots = [
  { file: 'public/icons/icon-192.png', size: 192, pad: 0, bg: 'transparent' },
  { file: 'public/icons/icon-512.png', size: 512, pad: 0, bg: 'transparent' },
  // Maskable: the logo inside the 80% safe zone on a full-bleed background.
  { file: 'public/icons/icon-maskable-512.png', size: 512, pad: 0.12, bg: '#2f5bd3' },
]
for (const { file, size, pad, bg } of shots) {
  await page.setViewportSize({ width: size, height: size })
  const inner = Math.round(size * (1 - 2 * pad))
  await page.setContent(
    `<html><body style="margin:0;background:${bg};display:grid;place-items:center;height:${size}px">` +
      `<div style="width:${inner}px;height:${inner}px">${svg.replace('<svg', `<svg width="${inner}" height="${inner}"`)}</div></body></html>`,
  )
  await page.screenshot({ path: file, omitBackground: bg === 'transparent' })
}
await browser.close()
