// Runs before the first paint (a classic script in <head>; the CSP allows no inline script): the saved
// theme choice goes on <html> so the static frame in index.html paints in it. theme/theme.ts owns the
// choice and the key; theme-boot.test.ts checks this file reads the same key.
(function () {
  try {
    var choice = localStorage.getItem('tidemark.theme');
    if (choice === 'light' || choice === 'dark') document.documentElement.dataset.theme = choice;
  } catch {
    // No storage (a locked-down profile): the system's theme applies, as it would for System.
  }
})();
