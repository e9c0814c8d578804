// An esbuild plugin that collapses the whitespace in the static parts of Lit's html`` and css``
// templates of this package's sources. esbuild minifies code but leaves template text alone, and
// indentation is a large share of the components' bytes. Whitespace runs become one space (HTML and
// CSS treat them alike; no template here has <pre> or <textarea> text), and CSS comments go.
import { readFile } from 'node:fs/promises';

const OPENERS_BEFORE_REGEX = new Set([
  '(',
  ',',
  '=',
  ':',
  '[',
  '!',
  '&',
  '|',
  '?',
  '{',
  '}',
  ';',
  '+',
  '-',
  '*',
  '%',
  '<',
  '>',
  '~',
  '^',
]);

/** Rewrites `source` (TypeScript), collapsing whitespace in html`` and css`` template text. */
export function minifyTemplates(source) {
  let out = '';
  let i = 0;
  const length = source.length;

  const lastSignificant = () => {
    for (let j = out.length - 1; j >= 0; j--) if (!/\s/.test(out[j])) return out[j];
    return '';
  };
  const copyQuoted = (quote) => {
    let j = i + 1;
    while (j < length && source[j] !== quote) j += source[j] === '\\' ? 2 : 1;
    out += source.slice(i, j + 1);
    i = j + 1;
  };
  const copyRegex = () => {
    let j = i + 1;
    let inClass = false;
    while (j < length && (inClass || source[j] !== '/')) {
      if (source[j] === '\\') j++;
      else if (source[j] === '[') inClass = true;
      else if (source[j] === ']') inClass = false;
      j++;
    }
    out += source.slice(i, j + 1);
    i = j + 1;
  };
  /** Copies code until an unbalanced `}` (the end of a `${…}`) or the end of the file. */
  const copyCode = () => {
    let depth = 0;
    while (i < length) {
      const char = source[i];
      const next = source[i + 1];
      if (char === '/' && next === '/') {
        const end = source.indexOf('\n', i);
        out += source.slice(i, end < 0 ? length : end);
        i = end < 0 ? length : end;
      } else if (char === '/' && next === '*') {
        const end = source.indexOf('*/', i + 2) + 2;
        out += source.slice(i, end);
        i = end;
      } else if (
        char === '/' &&
        (OPENERS_BEFORE_REGEX.has(lastSignificant()) || /\b(return|typeof|case)\s*$/.test(out))
      ) {
        copyRegex();
      } else if (char === "'" || char === '"') {
        copyQuoted(char);
      } else if (char === '`') {
        const tag = /\b(html|css)\s*$/.exec(out)?.[1];
        copyTemplate(tag);
      } else if (char === '{') {
        depth++;
        out += char;
        i++;
      } else if (char === '}') {
        if (depth === 0) return;
        depth--;
        out += char;
        i++;
      } else {
        out += char;
        i++;
      }
    }
  };
  const squeeze = (text, tag) => {
    if (tag === 'css') {
      return (
        text
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/\s+/g, ' ')
          .replace(/\s*([{};,])\s*/g, '$1')
          .replace(/: /g, ':')
          .replace(/([\s:(,])0\.(\d)/g, '$1.$2')
          // The last declaration needs no semicolon; a child combinator and a slash need no spaces;
          // an attribute value that is a plain word needs no quotes.
          .replace(/;}/g, '}')
          .replace(/ ?([>/]) ?/g, '$1')
          .replace(/=(['"])([\w-]+)\1]/g, '=$2]')
      );
    }
    return text.replace(/\s+/g, ' ');
  };
  const copyTemplate = (tag) => {
    out += '`';
    i++;
    let text = '';
    while (i < length) {
      const char = source[i];
      if (char === '\\') {
        text += source.slice(i, i + 2);
        i += 2;
      } else if (char === '`') {
        out += tag ? squeeze(text, tag) : text;
        out += '`';
        i++;
        return;
      } else if (char === '$' && source[i + 1] === '{') {
        out += (tag ? squeeze(text, tag) : text) + '${';
        text = '';
        i += 2;
        copyCode();
        out += '}';
        i++;
      } else {
        text += char;
        i++;
      }
    }
    throw new Error('unterminated template literal');
  };

  copyCode();
  if (i < length) throw new Error(`unbalanced "}" at offset ${i}`);
  return out;
}

/** @returns {import('esbuild').Plugin} */
export function minifyTemplatesPlugin() {
  return {
    name: 'iw-minify-templates',
    setup(build) {
      build.onLoad({ filter: /[\\/]packages[\\/]elements[\\/]src[\\/].*\.ts$/ }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        try {
          return { contents: minifyTemplates(source), loader: 'ts' };
        } catch (error) {
          throw new Error(`${args.path}: ${error.message}`, { cause: error });
        }
      });
    },
  };
}
