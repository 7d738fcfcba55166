// How the tests and the bench start Chromium: Debian's (or CHROME_PATH), never a downloaded one,
// with the browser's own background work off so that it does not compete with the page measured.
//
// The WebUI omnibox popup: Chromium 14x builds the address bar's drop-down as a web page, and in a
// headless tab it loads it (about 400 chrome:// modules) at a moment of its choosing, at times in
// the middle of a cold load of our page. On a 2-core machine that stole 80–300 ms from the page.
// No test here uses the address bar.

export const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium'

export const chromiumArgs = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup,WebUIOmniboxFullPopup',
]
