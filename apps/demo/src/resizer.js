// Host-page resizer for the IranWire iframe embeds (minified to under 1 KB at build).
// Each embed page posts { type: 'iw-embed-height', height } to its parent whenever its size changes;
// this sets the height of the <iframe data-iw-embed> that sent it, and of nothing else.
addEventListener('message', (event) => {
  const { data } = event;
  if (!data || data.type !== 'iw-embed-height') return;
  const height = data.height;
  if (typeof height !== 'number' || !(height >= 0 && height <= 50000)) return;
  for (const frame of document.querySelectorAll('iframe[data-iw-embed]')) {
    // Only the frame whose window sent the message, and only if the message comes from the
    // origin that frame was given: a script elsewhere on the page cannot resize it.
    if (
      frame.contentWindow === event.source &&
      new URL(frame.src, location.href).origin === event.origin
    ) {
      frame.style.height = `${Math.ceil(height)}px`;
    }
  }
});
