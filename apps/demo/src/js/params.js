// The options every widget takes, shared by the iframe pages (as URL parameters) and the embed-code
// generator (as form fields), so the two can never disagree.

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const ID_LIST = /^[a-z0-9]+(-[a-z0-9]+)*(,[a-z0-9]+(-[a-z0-9]+)*)*$/;
const CAMEO_LIST = /^\d{2,4}(,\d{2,4})*$/;
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
/** An absolute http(s) address; the widgets drop any other scheme. */
const HTTP_URL = /^https?:\/\/[^\s"<>]+$/;

/** What each option accepts, and how to say so when it is wrong. */
export const OPTION_RULES = {
  lang: { pattern: /^(en|fa)$/, expected: 'en or fa' },
  calendar: { pattern: /^(gregory|persian)$/, expected: 'gregory or persian' },
  theme: { pattern: /^(light|dark|auto)$/, expected: 'light, dark or auto' },
  from: { pattern: DATE, expected: 'a date such as 1997, 1997-12 or 1998-01-07' },
  to: { pattern: DATE, expected: 'a date such as 1997, 1997-12 or 1998-01-07' },
  actors: { pattern: ID_LIST, expected: 'person ids separated by commas' },
  types: { pattern: CAMEO_LIST, expected: 'CAMEO codes separated by commas, such as 010,036' },
  highlight: { pattern: ID, expected: 'an event id' },
  density: { pattern: /^(comfortable|compact)$/, expected: 'comfortable or compact' },
  layout: { pattern: /^(list|slides)$/, expected: 'list or slides' },
  quote: { pattern: ID, expected: 'a quote id' },
  person: { pattern: ID, expected: 'a person id' },
  size: { pattern: /^(block|inline)$/, expected: 'block or inline' },
  'heading-level': { pattern: /^[2-6]$/, expected: 'a heading level from 2 to 6' },
  'source-url': { pattern: HTTP_URL, expected: 'the http(s) address of the article' },
  src: {
    pattern: /^[^\s"'<>]+$/,
    expected: 'the address of your story JSON, such as story.json or /stories/harbour.json',
  },
};

/** The three widgets: their tag, their options, and the options they cannot do without. */
export const WIDGETS = {
  timeline: {
    tag: 'iw-timeline',
    label: 'Timeline',
    options: [
      'lang',
      'calendar',
      'theme',
      'from',
      'to',
      'actors',
      'types',
      'highlight',
      'layout',
      'density',
      'heading-level',
      'source-url',
      'src',
    ],
    required: [],
  },
  'quote-card': {
    tag: 'iw-quote-card',
    label: 'Quote card',
    options: ['lang', 'calendar', 'theme', 'quote', 'source-url'],
    required: ['quote'],
  },
  'actor-badge': {
    tag: 'iw-actor-badge',
    label: 'Actor badge',
    options: ['lang', 'theme', 'person', 'size', 'heading-level'],
    required: ['person'],
  },
};

/**
 * Checks URL parameters against a widget's options.
 * @param {keyof typeof WIDGETS} widget
 * @param {URLSearchParams} params
 * @returns {{ attributes: [string, string][], problems: string[], invalid: Record<string, string> }}
 *   attributes to set when there are no problems; `invalid` names each malformed option's problem.
 */
export function readOptions(widget, params) {
  const { options, required } = WIDGETS[widget];
  const attributes = [];
  const problems = [];
  const invalid = {};
  for (const [name, value] of params) {
    if (!options.includes(name)) {
      problems.push(`Unknown parameter “${name}”. This widget takes: ${options.join(', ')}.`);
    } else if (!OPTION_RULES[name].pattern.test(value)) {
      invalid[name] = `must be ${OPTION_RULES[name].expected}; got “${value}”.`;
      problems.push(`Parameter “${name}” ${invalid[name]}`);
    } else {
      attributes.push([name, value]);
    }
  }
  for (const name of required) {
    if (!params.has(name))
      problems.push(`Parameter “${name}” is required: ${OPTION_RULES[name].expected}.`);
  }
  return { attributes, problems, invalid };
}
