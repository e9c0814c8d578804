/** Detail of `iw-select`: the event the reader selected in a timeline. */
export interface IwSelectDetail {
  eventId: string;
}

export type IwSelectEvent = CustomEvent<IwSelectDetail>;

/** Fired when the reader selects an event (click, Enter or Space); bubbles out of the shadow root. */
export function selectEvent(eventId: string): IwSelectEvent {
  return new CustomEvent<IwSelectDetail>('iw-select', {
    detail: { eventId },
    bubbles: true,
    composed: true,
  });
}

/** Detail of `iw-rendered`: every matching event of a timeline is in the DOM. */
export interface IwRenderedDetail {
  count: number;
}

export type IwRenderedEvent = CustomEvent<IwRenderedDetail>;

declare global {
  interface HTMLElementEventMap {
    'iw-select': IwSelectEvent;
    'iw-rendered': IwRenderedEvent;
  }
  // Both bubble out of the component, so listeners on the document and window see them too.
  interface DocumentEventMap {
    'iw-select': IwSelectEvent;
    'iw-rendered': IwRenderedEvent;
  }
  interface WindowEventMap {
    'iw-select': IwSelectEvent;
    'iw-rendered': IwRenderedEvent;
  }
}

export function renderedEvent(count: number): IwRenderedEvent {
  return new CustomEvent<IwRenderedDetail>('iw-rendered', {
    detail: { count },
    bubbles: true,
    composed: true,
  });
}
