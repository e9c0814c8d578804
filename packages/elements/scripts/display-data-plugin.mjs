// An esbuild plugin for the script-tag bundle: it replaces the data package's full dataset with the
// projection the components display. Provenance the widgets never show (editorial notes, date bases,
// quote citations beyond the first, aliases other than short names, places, source works) stays in the
// data package for those who read it there; the bundle's readers download only what they see.
// See docs/decisions/0024-display-projection-of-the-data-in-embed-js.md.
import { realpathSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { excerptEnds } from '../src/shared/excerpt-words.js';

/** The file an ESM import of `specifier` loads, symlinks resolved as esbuild resolves them. */
const resolveImport = (specifier) => realpathSync(fileURLToPath(import.meta.resolve(specifier)));
const DECLARATION = 'var dataset = ';

/**
 * A record's translations into each language, keyed as the projected record is: `keep` lists the
 * projected fields (an array's field as `roles.N.title`, with `N` the projected index, mapped from
 * the original index by `moved`). The widgets read only these.
 * @returns {Record<string, Record<string, string>>} language -> field -> text
 */
function projectTranslations(record, keep, moved = {}) {
  return Object.fromEntries(
    Object.entries(record.translations ?? {}).map(([lang, { fields }]) => [
      lang,
      Object.fromEntries(
        Object.entries(fields).flatMap(([key, text]) => {
          const [head, index, ...rest] = key.split('.');
          if (!moved[head]) return keep.test(key) ? [[key, text]] : [];
          const to = moved[head][index];
          const projected = [head, to, ...rest].join('.');
          return to !== undefined && keep.test(projected) ? [[projected, text]] : [];
        }),
      ),
    ]),
  );
}

/** For each original index of a list, its index once `keep` has filtered it (undefined when dropped). */
function indexMap(list, keep) {
  let at = 0;
  return Object.fromEntries(list.map((item, i) => [i, keep(item) ? at++ : undefined]));
}

const thenRole = (role) => role.when === 'then';

/**
 * The translations of the projected records, by language and kind of record (`fa` -> `people` ->
 * id -> fields), for the `iw-data:<kind>.<lang>` modules that Persian pages load.
 */
export function translationProjection(dataset, projection = displayProjection(dataset)) {
  const shownOrganizations = new Set(projection.organizations.map(({ id }) => id));
  const byKind = {
    article: [[dataset.article, /^title$/]],
    people: dataset.people.map((person) => [
      person,
      /^(name|shortName|roles\.\d+\.title)$/,
      { roles: indexMap(person.roles, thenRole) },
    ]),
    organizations: dataset.organizations
      .filter(({ id }) => shownOrganizations.has(id))
      .map((organization) => [organization, /^name$/]),
    events: dataset.events.map((event) => [event, /^(title|summary)$/]),
    quotes: dataset.quotes.map((quote) => [
      quote,
      /^(text|context|speaker\.group|attribution\.\d+\.group)$/,
      { attribution: indexMap(quote.attribution, (link) => link.source !== dataset.article.id) },
    ]),
  };
  const out = {};
  for (const [kind, entries] of Object.entries(byKind))
    for (const [record, keep, moved] of entries)
      for (const [lang, fields] of Object.entries(projectTranslations(record, keep, moved)))
        if (Object.keys(fields).length) ((out[lang] ??= {})[kind] ??= {})[record.id] = fields;
  return out;
}

/** The fields the components read, per record type. */
export function displayProjection(dataset) {
  const shown = new Set([
    ...dataset.people.flatMap((person) =>
      person.roles.filter((role) => role.when === 'then').map((role) => role.organization),
    ),
    ...dataset.quotes.flatMap((quote) => quote.attribution.map((link) => link.organization)),
  ]);
  // The components link to citations through a text fragment made of the
  // excerpt's first and last words (src/shared/urls.ts); the paragraph number is shown.
  const citations = (list) =>
    list.map(({ paragraph, excerpt }) => {
      const { start, end } = excerptEnds(excerpt);
      return { paragraph, excerpt: [...start, ...end].join(' ') };
    });
  return {
    article: {
      id: dataset.article.id,
      title: dataset.article.title,
      // Named in the notice beside a translated quote (its translation of the publisher's text).
      publisher: dataset.article.publisher,
      language: dataset.article.language,
    },
    sources: [],
    places: [],
    people: dataset.people.map((person) => ({
      id: person.id,
      name: person.name,
      nameFa: person.nameFa,
      shortName: person.shortName,
      // Only the aliases that can be a short name ("Khatami" for "Mohammad Khatami").
      aliases: person.aliases.filter(
        (alias) => alias !== person.name && person.name.endsWith(alias),
      ),
      roles: person.roles
        .filter((role) => role.when === 'then')
        .map(({ title, organization, when }) => ({ title, organization, when })),
    })),
    // Only organizations a badge or an attribution chain names.
    organizations: dataset.organizations
      .filter(({ id }) => shown.has(id))
      .map(({ id, name, nameFa }) => ({ id, name, nameFa })),
    events: dataset.events.map((event) => ({
      id: event.id,
      title: event.title,
      summary: event.summary,
      date: { edtf: event.date.edtf },
      // People the event only mentions are neither shown nor filtered by: left out here.
      participants: event.participants
        .filter((participant) => participant.person && participant.role !== 'mentioned')
        .map(({ person }) => ({ person })),
      // The `types` filter matches CAMEO codes only.
      type: { cameo: event.type.cameo },
      // An open event links each paragraph it cites, once.
      sources: citations(
        event.sources.filter(
          (citation, at, all) => all.findIndex((c) => c.paragraph === citation.paragraph) === at,
        ),
      ),
    })),
    quotes: dataset.quotes.map((quote) => {
      // The last link, the article quoting the words, is implied: the card cites the article.
      const attribution = quote.attribution
        .filter((link) => link.source !== dataset.article.id)
        .map(({ source: _source, ...link }) => link);
      const dated = attribution.some((link) => link.date);
      return {
        id: quote.id,
        text: quote.text,
        fragment: quote.fragment || undefined,
        context: quote.context,
        speaker: quote.speaker,
        attribution,
        // The card dates a quote by its chain; these only stand in when no link is dated.
        spoken: dated ? undefined : quote.spoken,
        recorded: dated ? undefined : quote.recorded,
        event: quote.event,
        // An open event marks a quote nested in a longer one there, rather than repeating it.
        partOf: quote.partOf,
        // A quote's own words are verbatim in the paragraph: the card links to them, not to the excerpt.
        sources: quote.sources.slice(0, 1).map(({ paragraph }) => ({ paragraph })),
      };
    }),
  };
}

/**
 * The script-tag build splits the projection by record kind (docs/decisions/0029): the data
 * package's module keeps an empty dataset, and each `iw-data:` module adds its records to it when it
 * runs. Each widget's entry (src/embed/) imports the kinds it shows, so a page with one badge does not
 * download the story's events and quotes. `src/shared/data-slices.ts` becomes a loader of these
 * modules, for code that needs a kind later (a badge's panel lists the person's events and quotes).
 */
export const SLICES = {
  people: ['people', 'organizations'],
  events: ['events'],
  quotes: ['quotes'],
};

/**
 * The languages the built-in story is translated into: each kind of record has a module
 * `iw-data:<slice>.<lang>` whose default export adds its translations to the records, loaded only
 * where a widget shows that language. The article's title comes with the events and the quotes,
 * which show it.
 */
const TRANSLATION_KINDS = {
  people: ['people', 'organizations'],
  events: ['article', 'events'],
  quotes: ['article', 'quotes'],
};

/** @returns {import('esbuild').Plugin} */
export function displayDataPlugin() {
  const entry = resolveImport('@iranwire/rapprochement-data');
  const slicesModule = fileURLToPath(new URL('../src/shared/data-slices.ts', import.meta.url));
  const packageDir = fileURLToPath(new URL('..', import.meta.url));
  let projection;
  let translations;
  const project = async () => {
    if (!projection) {
      const full = JSON.parse(
        await readFile(resolveImport('@iranwire/rapprochement-data/data.json'), 'utf8'),
      );
      projection = displayProjection(full);
      translations = translationProjection(full, projection);
    }
    return projection;
  };
  return {
    name: 'iw-display-data',
    setup(build) {
      build.onResolve({ filter: /^iw-data:/ }, ({ path }) => {
        const [slice, lang] = path.slice('iw-data:'.length).split('.');
        if (!Object.hasOwn(SLICES, slice) || (lang !== undefined && !/^[a-z]{2,3}$/.test(lang)))
          return { errors: [{ text: `No data slice "${path}"` }] };
        // Running it adds records (or their translations) to the built-in dataset: never drop it.
        return {
          path: lang ? `${slice}.${lang}` : slice,
          namespace: 'iw-data',
          sideEffects: true,
        };
      });
      build.onLoad({ filter: /.*/, namespace: 'iw-data' }, async ({ path }) => {
        const data = await project();
        const [slice, lang] = path.split('.');
        if (lang) {
          const translated = translations[lang];
          if (!translated)
            return { errors: [{ text: `The story has no translation into "${lang}"` }] };
          // esbuild's code splitting does not promise to run modules in import order, so the module
          // runs nothing: whoever imports it calls its default export once the slice's own records
          // are in (the loader in embed.js, loadTranslations, the server build).
          const adds = TRANSLATION_KINDS[slice].map((kind) =>
            kind === 'article'
              ? `add([dataset.article], ${JSON.stringify({ [data.article.id]: translated.article[data.article.id] })});`
              : `add(dataset.${kind}, ${JSON.stringify(translated[kind] ?? {})});`,
          );
          return {
            contents: `import { dataset } from '@iranwire/rapprochement-data';
const add = (records, fields) => { for (const record of records) if (fields[record.id]) (record.translations ??= {})[${JSON.stringify(lang)}] = { fields: fields[record.id] }; };
export default () => { ${adds.join(' ')} };\n`,
            loader: 'js',
            resolveDir: packageDir,
          };
        }
        const pushes = SLICES[slice].map(
          (kind) => `dataset.${kind}.push(...${JSON.stringify(data[kind])});`,
        );
        return {
          contents: `import { dataset } from '@iranwire/rapprochement-data';\n${pushes.join('\n')}\n`,
          loader: 'js',
          resolveDir: packageDir,
        };
      });
      build.onLoad({ filter: /data-slices\.ts$/ }, async ({ path }) => {
        if (path !== slicesModule) return undefined;
        await project();
        const loaders = Object.keys(SLICES).map(
          (slice) => `${slice}: () => import('iw-data:${slice}')`,
        );
        const translated = Object.keys(translations).map(
          (lang) =>
            `${lang}: { ${Object.keys(SLICES)
              .map((slice) => `${slice}: () => import('iw-data:${slice}.${lang}')`)
              .join(', ')} }`,
        );
        return {
          contents: `import { dataset } from '@iranwire/rapprochement-data';
const slices = { ${loaders.join(', ')} };
const translations = { ${translated.join(', ')} };
export const loadSlices = (...names) => Promise.all(names.map((name) => slices[name]())).then(() => {});
// A kind's translations are in when its records have them (a kind not loaded yet has none).
export const hasTranslations = (lang, ...names) => !translations[lang] || names.every((name) => dataset[name].some((record) => record.translations?.[lang]));
export const loadTranslations = (lang, ...names) => Promise.all(names.map((name) => translations[lang] && Promise.all([slices[name](), translations[lang][name]()]).then(([, add]) => add.default()))).then(() => {});\n`,
          loader: 'js',
          resolveDir: packageDir,
        };
      });
      build.onLoad({ filter: /\.js$/ }, async (args) => {
        if (args.path !== entry) return undefined;
        const source = await readFile(args.path, 'utf8');
        const full = JSON.parse(
          await readFile(resolveImport('@iranwire/rapprochement-data/data.json'), 'utf8'),
        );
        const start = source.indexOf(DECLARATION);
        const end = source.indexOf('\n};\n', start);
        const literal =
          start < 0 || end < 0 ? undefined : source.slice(start + DECLARATION.length, end + 2);
        // The data package's output format is not an API: refuse to build rather than guess.
        let parsed;
        try {
          // esbuild writes some characters as JS-only `\xHH` escapes; JSON spells them `\u00HH`.
          parsed =
            literal &&
            JSON.parse(literal.replace(/(?<!\\)((?:\\\\)*)\\x([0-9a-fA-F]{2})/g, '$1\\u00$2'));
        } catch {
          parsed = undefined;
        }
        if (!isDeepStrictEqual(parsed, full)) {
          throw new Error(
            `${args.path}: the built-in dataset is no longer one JSON literal equal to data.json; update scripts/display-data-plugin.mjs`,
          );
        }
        // The records come with the iw-data: modules; the shell keeps the article and empty lists.
        const shell = Object.fromEntries(
          Object.entries(await project()).map(([key, value]) => [
            key,
            Array.isArray(value) ? [] : value,
          ]),
        );
        return {
          contents: `${source.slice(0, start + DECLARATION.length)}${JSON.stringify(shell)}${source.slice(end + 2)}`,
          loader: 'js',
        };
      });
    },
  };
}
