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

/** @returns {import('esbuild').Plugin} */
export function displayDataPlugin() {
  const entry = resolveImport('@iranwire/rapprochement-data');
  const slicesModule = fileURLToPath(new URL('../src/shared/data-slices.ts', import.meta.url));
  const packageDir = fileURLToPath(new URL('..', import.meta.url));
  let projection;
  const project = async () => {
    projection ??= displayProjection(
      JSON.parse(await readFile(resolveImport('@iranwire/rapprochement-data/data.json'), 'utf8')),
    );
    return projection;
  };
  return {
    name: 'iw-display-data',
    setup(build) {
      build.onResolve({ filter: /^iw-data:/ }, ({ path }) => {
        const slice = path.slice('iw-data:'.length);
        if (!Object.hasOwn(SLICES, slice))
          return { errors: [{ text: `No data slice "${slice}"` }] };
        // Running it adds records to the built-in dataset: never drop it as unused.
        return { path: slice, namespace: 'iw-data', sideEffects: true };
      });
      build.onLoad({ filter: /.*/, namespace: 'iw-data' }, async ({ path }) => {
        const data = await project();
        const pushes = SLICES[path].map(
          (kind) => `dataset.${kind}.push(...${JSON.stringify(data[kind])});`,
        );
        return {
          contents: `import { dataset } from '@iranwire/rapprochement-data';\n${pushes.join('\n')}\n`,
          loader: 'js',
          resolveDir: packageDir,
        };
      });
      build.onLoad({ filter: /data-slices\.ts$/ }, ({ path }) => {
        if (path !== slicesModule) return undefined;
        const loaders = Object.keys(SLICES).map(
          (slice) => `${slice}: () => import('iw-data:${slice}')`,
        );
        return {
          contents: `const slices = { ${loaders.join(', ')} };
export const loadSlices = (...names) => Promise.all(names.map((name) => slices[name]())).then(() => {});\n`,
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
