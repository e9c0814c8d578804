// TimelineJS3 reading the sample's Google Sheets CSV, as a newsroom's embed does.
/* global TL -- defined by timeline.js, loaded before this file */
const timeline = new TL.Timeline('timeline-embed', 'samples/women-in-computing.csv', {
  // Its locale files from this demo rather than TimelineJS3's default remote path.
  script_path: new URL('timelinejs/js/', document.baseURI).href,
  // No web-font stylesheet: the default one loads fonts from another host.
  font: null,
});
timeline.on('ready', () => document.documentElement.setAttribute('data-ready', ''));
