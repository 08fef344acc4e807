// Runs before the prerendered frame is parsed (a same-origin script: the CSP allows no inline
// one). The frame is the default view of the bundled dataset: a link with a query (an event, a
// view, an embed, a language, a dataset) or a dataset the reader opened earlier shows something
// else, so the frame is hidden at once (prerender.css: .prerender-off).
(function () {
  var off = location.search.length > 1;
  try {
    off = off || localStorage.getItem('parley:own-data') === '1';
  } catch {
    // No storage: nothing was kept either.
  }
  if (off) document.documentElement.className += ' prerender-off';
})();
