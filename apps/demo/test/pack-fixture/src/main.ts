// Uses the packages the way a TypeScript project would: typed lookups and the element class.
import '@iranwire/rapprochement-elements/iw-timeline.js';
import type { IwTimeline } from '@iranwire/rapprochement-elements';
import { getPerson, timeline } from '@iranwire/rapprochement-data';

const person = getPerson('mohammad-khatami');
const name: string = person.name;
document.querySelector('#person-name')!.textContent = name;

const element: IwTimeline | null = document.querySelector('iw-timeline');
const firstEvent = timeline()[0];
if (element && firstEvent) element.highlight = firstEvent.id;
