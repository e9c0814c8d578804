import type { Translation, Translations } from './schema';

/** A record's text as a reader of one language gets it, with the language it is really in. */
export interface LocalizedText {
  text: string;
  /** The language of `text`: the translation's tag when translated, else the story's own language. */
  lang: string;
  /**
   * True when `text` is an editorial translation (`Translation.by`), not the record's own text.
   * For a quote, that means our translation of the article's words, never the speaker's own.
   */
  translated: boolean;
}

const primary = (tag: string) => tag.toLowerCase().split('-')[0];

/**
 * The record's translation into `lang` and its tag: the exact tag first (`pt-BR`), else one of the
 * same language (`fa` for `fa-IR`).
 */
export function translationOf(
  record: { translations?: Translations },
  lang: string,
): [tag: string, translation: Translation] | undefined {
  const all = record.translations;
  if (!all) return undefined;
  if (all[lang]) return [lang, all[lang]];
  return Object.entries(all).find(([tag]) => primary(tag) === primary(lang));
}

/** The value at a dot path (`roles.0.title`) of a record. */
function valueAt(record: object, path: string): unknown {
  let value: unknown = record;
  for (const key of path.split('.')) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/**
 * The text of a record's field (a dot path such as `title` or `roles.0.title`) for a reader of
 * `lang`: the record's translation into that language when it has one, else its own text, marked
 * as being in `ownLang`, the story's language (`article.language`). Undefined when the record has
 * no text there.
 */
export function localizedText(
  record: object & { translations?: Translations },
  field: string,
  lang: string,
  ownLang: string,
): LocalizedText | undefined {
  const own = valueAt(record, field);
  if (typeof own !== 'string') return undefined;
  if (primary(lang) !== primary(ownLang)) {
    const found = translationOf(record, lang);
    const text = found?.[1].fields[field];
    if (text !== undefined) return { text, lang: found![0], translated: true };
  }
  return { text: own, lang: ownLang, translated: false };
}

/**
 * A person's, organization's or place's name for a reader of `lang`: in Persian its `nameFa` (a
 * Persian-script name, an editorial addition), else the name's translation, else the name itself
 * in the story's language.
 */
export function localizedName(
  record: { name: string; nameFa?: string; translations?: Translations },
  lang: string,
  ownLang: string,
): LocalizedText {
  if (primary(lang) === 'fa' && primary(ownLang) !== 'fa' && record.nameFa)
    return { text: record.nameFa, lang: 'fa', translated: false };
  return localizedText(record, 'name', lang, ownLang)!;
}

/** The notice a translated quote carries, by the language it is from and the one it is in. */
const QUOTE_NOTICES: Record<string, (publisher: string) => string> = {
  'en>fa': (publisher) =>
    `این نقل‌قول ترجمهٔ فارسی متن انگلیسی ${publisher} است، نه عین گفته یا نوشتهٔ اصلی.`,
};

/**
 * What a reader must be told beside a quote translated into `lang`, in that language: that it is a
 * translation of the publisher's text, not the speaker's own words. The publisher is named as the
 * dataset names it in that language (IranWire's `nameFa`). Undefined when the dataset has no
 * translation into `lang`, or no notice is written for that pair of languages.
 */
export function quoteTranslationNotice(
  dataset: {
    article: { publisher: string; language: string };
    organizations: readonly { name: string; nameFa?: string; translations?: Translations }[];
  },
  lang: string,
): string | undefined {
  const { publisher, language } = dataset.article;
  const notice = QUOTE_NOTICES[`${primary(language)}>${primary(lang)}`];
  if (!notice) return undefined;
  const organization = dataset.organizations.find((o) => o.name === publisher);
  return notice(organization ? localizedName(organization, lang, language).text : publisher);
}
