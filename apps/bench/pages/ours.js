// Hands <iw-timeline> its story: the one built into the bundle, or the dataset named by ?data=.
// Module scripts run in document order, so embed.js has defined the element by now.
const bench = window.__bench;
try {
  const dataUrl = new URLSearchParams(location.search).get('data');
  const data = dataUrl ? await (await fetch(dataUrl)).json() : undefined;
  const timeline = document.createElement('iw-timeline');
  timeline.addEventListener('iw-rendered', () => bench.signal());
  if (data) timeline.data = data;
  bench.handData();
  document.getElementById('widget').append(timeline);
} catch (error) {
  bench.fail(error);
}
