// Hands TimelineJS3 the story named by ?data= (a TimelineJS JSON file) and reports its `ready` event.
/* global TL -- defined by timeline.js, loaded just before this file */
(async () => {
  const bench = window.__bench;
  try {
    const response = await fetch(new URLSearchParams(location.search).get('data'));
    const story = await response.json();
    bench.handData();
    const timeline = new TL.Timeline('timeline-embed', story, {
      // Locale files come from this server instead of TimelineJS3's default remote script path.
      script_path: '/vendor/timelinejs/js/',
      // No web-font stylesheet: the default one loads its fonts from another host.
      font: null,
      language: 'en',
    });
    timeline.on('ready', () => bench.signal());
  } catch (error) {
    bench.fail(error);
  }
})();
