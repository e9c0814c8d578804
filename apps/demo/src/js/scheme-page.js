// The colour-scheme pages in Persian with `?lang=fa`: the page's language and direction, its text
// (from each element's data-fa) and the widgets' lang. Runs before embed.js (module order), so the
// widgets render in Persian from the start. Kept external so the strict CSP holds.
if (new URLSearchParams(location.search).get('lang') === 'fa') {
  document.documentElement.lang = 'fa';
  document.documentElement.dir = 'rtl';
  for (const element of document.querySelectorAll('[data-fa]'))
    element.textContent = element.dataset.fa;
  for (const widget of document.querySelectorAll('iw-timeline, iw-quote-card, iw-actor-badge'))
    widget.setAttribute('lang', 'fa');
}
