// Applies the remembered theme before the first paint (no flash of the wrong
// theme). An external file, not inline, so a strict CSP can allow it.
try {
  var theme = localStorage.getItem('backprep:theme')
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme
} catch (e) {
  /* storage unavailable: the system theme applies */
}
