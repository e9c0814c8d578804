// The floor: the plainest Lit list of the same events, what any Lit timeline costs at least. One
// element, one template, an <li> per event with its title, date and summary, nothing nested, and
// `content-visibility: auto` per item. Bundled with Lit by src/benchmark.mjs into /vendor/floor/.
import { LitElement, css, html } from 'lit';

class FloorList extends LitElement {
  static properties = { events: { attribute: false } };
  static styles = css`
    li {
      content-visibility: auto;
      contain-intrinsic-block-size: auto 4em;
    }
  `;

  render() {
    return html`<ol>
      ${this.events.map(
        (event) =>
          html`<li>
            <h3>${event.title}</h3>
            <time datetime=${event.date.edtf}>${event.date.edtf}</time>
            <p>${event.summary}</p>
          </li>`,
      )}
    </ol>`;
  }

  firstUpdated() {
    this.dispatchEvent(new Event('floor-rendered'));
  }
}
customElements.define('floor-list', FloorList);

const bench = window.__bench;
try {
  const response = await fetch(new URLSearchParams(location.search).get('data'));
  const { events } = await response.json();
  bench.handData();
  const list = document.createElement('floor-list');
  list.addEventListener('floor-rendered', () => bench.signal(), { once: true });
  // In date order, as a timeline shows them.
  list.events = [...events].sort((a, b) => (a.date.edtf < b.date.edtf ? -1 : 1));
  document.getElementById('widget').append(list);
} catch (error) {
  bench.fail(error);
}
