// The prerendered timeline becomes interactive when embed.js has hydrated it: its first update,
// which attaches the event listeners to the server's markup, has finished.
const bench = window.__bench;
try {
  await customElements.whenDefined('iw-timeline');
  await document.querySelector('iw-timeline').rendered;
  bench.interactive();
} catch (error) {
  bench.fail(error);
}
