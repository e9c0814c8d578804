// The server renderer (`@iranwire/rapprochement-elements/ssr`) and the iw-prerender CLI, as built in
// dist/ssr/, run in Node as a site's build step runs them. Hydrating the output in Chromium is
// test/ssr-hydration.test.mjs.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'parse5';
import { render, stylesheets, tags } from '../dist/ssr/index.js';
import { newsroomDataset } from './fixtures.ts';

const CLI = fileURLToPath(new URL('../dist/ssr/cli.js', import.meta.url));
/** The text a reader sees: markup, styles and Lit's markers left out. */
const text = (html) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
const count = (html, pattern) => (html.match(pattern) ?? []).length;

describe('render()', () => {
  it('renders a quote card with its shadow root, its styles and its nested badge', async () => {
    const html = await render('iw-quote-card', {
      embedBase: '/embed/',
      attributes: { quote: 'khatami-civilized' },
    });
    expect(html).toMatch(/^<iw-quote-card [^>]*quote="khatami-civilized"/);
    expect(html).toContain('<template shadowroot="open" shadowrootmode="open"><style>');
    expect(text(html)).toContain('civilized');
    expect(text(html)).toContain('Copy with citation');
    // The badge in the caption is rendered too, and waits for the card to hydrate it.
    expect(html).toMatch(/<iw-actor-badge [^>]*person="mohammad-khatami"[^>]*defer-hydration>/);
    expect(count(html, /shadowrootmode="open"/g)).toBe(2);
    expect(text(html)).toContain('Mohammad Khatami');
  });

  it('renders in Persian, from the attribute or from the page’s language', async () => {
    for (const html of [
      await render('iw-quote-card', {
        embedBase: '/embed/',
        attributes: { quote: 'khatami-civilized', lang: 'fa' },
      }),
      await render('<iw-quote-card quote="khatami-civilized"></iw-quote-card>', {
        lang: 'fa',
        embedBase: '/embed/',
      }),
    ]) {
      expect(html).toContain('lang="fa"');
      expect(html).toContain('dir="rtl"');
      expect(text(html)).toContain('محمد خاتمی');
      expect(text(html)).toMatch(/[۰-۹]/);
      // The story's Persian translation, with the notice and the English words in a disclosure.
      expect(text(html)).toMatch(/« ?متمدن ?»/);
      expect(text(html)).toContain('این نقل‌قول ترجمهٔ فارسی متن انگلیسی ایران‌وایر است');
      expect(html).toMatch(/<details class="original" part="original">.*<p lang="en"/s);
    }
    const timeline = await render('iw-timeline', {
      embedBase: '/embed/',
      attributes: { lang: 'fa' },
    });
    expect(count(timeline, /<li\b/g)).toBe(22);
    expect(text(timeline)).toContain('خامنه‌ای در خطبهٔ نماز جمعه مذاکره با آمریکا را رد کرد');
    expect(text(timeline)).not.toContain('Khamenei’s Friday sermon');
  });

  it('puts every event of the timeline in the HTML, and takes every attribute', async () => {
    const all = await render('iw-timeline', { embedBase: '/embed/', attributes: { lang: 'en' } });
    expect(count(all, /<li\b/g)).toBe(22);
    expect(text(all)).toContain('Showing 22 of 22 events');

    const khatami = await render('iw-timeline', {
      embedBase: '/embed/',
      attributes: { actors: 'ali-khamenei' },
    });
    expect(count(khatami, /<li\b/g)).toBeLessThan(22);
    expect(khatami).toMatch(/aria-pressed="true"/);

    const typed = await render('iw-timeline', {
      embedBase: '/embed/',
      attributes: { types: '04' },
    });
    expect(count(typed, /<li\b/g)).toBeLessThan(22);
    const dated = await render('iw-timeline', {
      embedBase: '/embed/',
      attributes: { from: '2000', to: '2010' },
    });
    expect(count(dated, /<li\b/g)).toBeLessThan(22);

    const opened = await render('iw-timeline', {
      embedBase: '/embed/',
      attributes: { highlight: '1997-12-cnn-interview', density: 'compact', theme: 'dark' },
    });
    expect(opened).toMatch(/theme="dark"/);
    expect(opened).toMatch(/density="compact"/);
    expect(opened).toMatch(/id="iw-event-1997-12-cnn-interview"/);

    const persian = await render('iw-timeline', {
      embedBase: '/embed/',
      attributes: { lang: 'fa', calendar: 'gregory' },
    });
    const gregorian = await render('iw-timeline', {
      embedBase: '/embed/',
      attributes: { lang: 'fa' },
    });
    expect(text(persian)).not.toBe(text(gregorian));
    expect(text(gregorian)).toContain('۱۳۷۶');
  });

  it('renders the same visible, accessible error for an unknown id', async () => {
    for (const [tag, attributes, message] of [
      ['iw-quote-card', { quote: 'no-such-quote' }, 'Unknown quote “no-such-quote”'],
      ['iw-actor-badge', { person: 'no-such-person' }, 'Unknown person “no-such-person”'],
    ]) {
      const html = await render(tag, { attributes, embedBase: '/embed/' });
      expect(html).toMatch(/<div class="error" role="alert" part="error">/);
      expect(text(html)).toContain(message);
    }
    const timeline = await render('iw-timeline', {
      embedBase: '/embed/',
      attributes: { highlight: 'no-such-event' },
    });
    expect(text(timeline)).toContain('no-such-event');
  });

  it('links sources to the article’s text beside embed.js, found from the snippet', async () => {
    const html = await render(
      '<script type="module" src="/vendor/embed.js"></script><iw-quote-card quote="khatami-civilized"></iw-quote-card>',
    );
    expect(html).toContain('href="/vendor/source.html#p6:~:text=');
    await expect(
      render('iw-quote-card', { attributes: { quote: 'khatami-civilized' } }),
    ).rejects.toThrow(/embedBase/);
  });

  it('leaves the rest of a snippet, and widgets already rendered, as they were', async () => {
    const snippet =
      '<h2>Before</h2>\n<p>Said <iw-actor-badge person="ali-khamenei" size="inline"></iw-actor-badge>.</p>\n<p>After</p>';
    const html = await render(snippet, { embedBase: '/embed/' });
    expect(html.startsWith('<h2>Before</h2>\n<p>Said <iw-actor-badge')).toBe(true);
    expect(html.endsWith('</iw-actor-badge>.</p>\n<p>After</p>')).toBe(true);
    expect(await render(html, { embedBase: '/embed/' })).toBe(html);
  });

  it('links each shadow root’s stylesheet instead of an inline <style> when asked', async () => {
    const html = await render('iw-quote-card', {
      embedBase: '/embed/',
      attributes: { quote: 'khatami-civilized' },
      stylesheets: '/widgets/',
    });
    expect(html).not.toContain('<style>');
    expect(html).toContain('<link rel="stylesheet" href="/widgets/iw-quote-card.css">');
    expect(html).toContain('<link rel="stylesheet" href="/widgets/iw-actor-badge.css">');
    const sheets = stylesheets();
    expect(Object.keys(sheets)).toEqual([...tags, 'iw-timeline-extras']);
    for (const tag of tags) expect(sheets[tag]).toContain(':host');
    expect(sheets['iw-timeline-extras']).toContain('.era');
  });
});

/** Runs the CLI; resolves with its exit code and output. */
function run(args, input = '') {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

describe('render() of a custom story', () => {
  const story = () => {
    const dataset = newsroomDataset();
    dataset.eras = [{ id: 'storm', title: 'The storm season', start: '2001-01', end: '2001-12' }];
    return dataset;
  };

  it('renders `data` for one tag, and marks it to wait for the same data in the page', async () => {
    const html = await render('iw-timeline', {
      embedBase: '/embed/',
      attributes: { lang: 'en' },
      data: story(),
    });
    expect(html).toMatch(/^<iw-timeline [^>]*defer-hydration/);
    expect(count(html, /<li\b[^>]*class="item/g)).toBe(2);
    expect(text(html)).toContain('The Harbour Story');
    expect(text(html)).toContain('The storm season');
    expect(text(html)).not.toContain('Khatami');
    // The imported story's second sheet, as the browser adopts it; no binding marker is left.
    expect(count(html, /<style>/g)).toBe(2);
    expect(html).toContain(stylesheets()['iw-timeline-extras']);
    expect(html).not.toMatch(/^<!--lit-node/);
  });

  it('renders the stories that `src` attributes name, in a snippet, nested badges included', async () => {
    const html = await render(
      '<iw-timeline src="s.json"></iw-timeline><iw-quote-card src="s.json" quote="doe-open-again"></iw-quote-card>',
      { embedBase: '/embed/', lang: 'en', stories: { 's.json': story() }, stylesheets: '/css/' },
    );
    expect(html).not.toMatch(/<iw-timeline[^>]*defer-hydration/);
    expect(text(html)).toContain('The storm season');
    expect(text(html)).toContain('open again');
    expect(text(html)).toContain('Jane Doe');
    expect(html).toContain('<link rel="stylesheet" href="/css/iw-timeline-extras.css">');
  });

  it('renders invalid data as the visible error, and refuses a src it was not given', async () => {
    const broken = story();
    broken.events[0].date.edtf = 'sometime';
    const html = await render('iw-timeline', { embedBase: '/', data: broken, lang: 'en' });
    expect(html).toMatch(/role="alert"/);
    expect(text(html)).toContain('This data cannot be shown because it is invalid');
    expect(text(html)).toContain('events.0.date.edtf');
    // An impossible calendar date is invalid data too, not an exception.
    const impossible = story();
    impossible.events[0].date.edtf = '2001-02-30';
    const refused = await render('iw-timeline', { embedBase: '/', data: impossible, lang: 'en' });
    expect(text(refused)).toMatch(/events\.0\.date\.edtf\s*: .*no day 30/);
    await expect(
      render('<iw-timeline src="x.json"></iw-timeline>', { embedBase: '/' }),
    ).rejects.toThrow('pass the story as stories["x.json"]');
  });
});

describe('render() of hostile or careless HTML', () => {
  /** Every element of the rendered HTML, as a browser's parser reads it, shadow roots included. */
  const elementsOf = (html) => {
    const found = [];
    const stack = [parse(html)];
    while (stack.length) {
      const node = stack.pop();
      if (node.tagName) found.push(node);
      stack.push(...(node.childNodes ?? []), ...(node.content ? [node.content] : []));
    }
    return found;
  };
  const handlers = (html) =>
    elementsOf(html).flatMap((element) =>
      element.attrs
        .filter(({ name }) => name.startsWith('on'))
        .map(({ name }) => `${element.tagName}[${name}]`),
    );

  it('keeps a quoted value one value: no quote or > in it ends the attribute or the tag', async () => {
    const html = await render(
      `<iw-quote-card quote='x" onmouseover="alert(1)'></iw-quote-card>` +
        `<iw-timeline title="x><img src=x onerror=alert(1)>"></iw-timeline>` +
        `<iw-actor-badge person="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"></iw-actor-badge>`,
      { embedBase: '/embed/', lang: 'en' },
    );
    expect(handlers(html)).toEqual([]);
    expect(elementsOf(html).filter((element) => element.tagName === 'img')).toEqual([]);
    const [card] = elementsOf(html).filter((element) => element.tagName === 'iw-quote-card');
    expect(card.attrs.find(({ name }) => name === 'quote').value).toBe('x" onmouseover="alert(1)');
    const [timeline] = elementsOf(html).filter((element) => element.tagName === 'iw-timeline');
    expect(timeline.attrs.find(({ name }) => name === 'title').value).toBe(
      'x><img src=x onerror=alert(1)>',
    );
    // Each widget rendered its own error or story: three shadow roots.
    expect(count(html, /shadowrootmode="open"/g)).toBeGreaterThanOrEqual(3);
  });

  it('renders only real elements: not in comments, textareas, scripts, attribute values or templates', async () => {
    const inert = [
      '<!-- <iw-timeline></iw-timeline> -->',
      '<textarea><iw-quote-card quote="khatami-civilized"></iw-quote-card></textarea>',
      '<script>const tag = "<iw-timeline></iw-timeline>";</script>',
      '<p title="<iw-actor-badge person=ali-khamenei></iw-actor-badge>">Text</p>',
      '<template><iw-timeline></iw-timeline></template>',
    ];
    for (const snippet of inert)
      expect(await render(snippet, { embedBase: '/embed/' }), snippet).toBe(snippet);
    // Around a real one, the rest of the page is kept byte for byte.
    const page = `${inert.join('\n')}\n<iw-actor-badge person="ali-khamenei"></iw-actor-badge>\n`;
    const html = await render(page, { embedBase: '/embed/' });
    expect(html.startsWith(`${inert.join('\n')}\n<iw-actor-badge`)).toBe(true);
    expect(html.endsWith('</iw-actor-badge>\n')).toBe(true);
    expect(count(html, /shadowrootmode="open"/g)).toBe(1);
  });

  it('reads correctly escaped values, whatever characters they hold', async () => {
    for (const value of ['>', '&gt;', '"', '&quot;', "'", '&amp;', '<', '=', '`', '\u00a0', 'ﷺ'])
      for (const quote of ['"', "'"]) {
        const written = value.includes(quote)
          ? value.replaceAll(quote, quote === '"' ? '&quot;' : '&#39;')
          : value;
        const html = await render(
          `<iw-quote-card quote=${quote}a${written}b${quote}></iw-quote-card>`,
          { embedBase: '/embed/', lang: 'en' },
        );
        const [card] = elementsOf(html).filter((element) => element.tagName === 'iw-quote-card');
        expect(handlers(html)).toEqual([]);
        expect(card.attrs.find(({ name }) => name === 'quote').value, `${quote}${value}`).toMatch(
          /^a.*b$/,
        );
      }
  });

  it('renders an unclosed widget as the parser closes it, and a megabyte of them in linear time', async () => {
    const unclosed = await render('<p>Before</p><iw-actor-badge person="ali-khamenei"><p>After', {
      embedBase: '/embed/',
    });
    expect(unclosed).toMatch(
      /^<p>Before<\/p><iw-actor-badge\s+person="ali-khamenei"[^>]*><template/,
    );
    expect(unclosed).toMatch(/<p>After(<!--[^>]*-->)?<\/iw-actor-badge>$/);
    // The regular expressions took 8 s for 0.9 MB of unclosed tags, and minutes for 3.6 MB.
    const flood = '<iw-timeline>'.repeat(70_000);
    const started = performance.now();
    const html = await render(flood, { embedBase: '/embed/', lang: 'en' });
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(count(html, /shadowrootmode="open"/g)).toBe(1);
  }, 30_000);
});

describe('embedBase', () => {
  it('is an http(s) URL or a path on the page’s site, never a javascript: or another host’s address', async () => {
    for (const good of ['https://news.example/widgets/', '/widgets/', 'widgets/', '../w/', ''])
      expect(
        await render('iw-actor-badge', { embedBase: good, attributes: { person: 'ali-khamenei' } }),
      ).toContain('shadowrootmode');
    for (const [bad, reason] of [
      ['javascript:alert(1)//', 'is a javascript: address'],
      ['JavaScript:alert(1)//', 'is a javascript: address'],
      ['data:text/html,x/', 'is a data: address'],
      ['//evil.example/', 'names another host'],
      ['/\\evil.example/', 'a backslash'],
      ['/widgets/\n', 'a control character'],
      ['https://[nope/', 'is not a URL'],
    ])
      await expect(render('iw-quote-card', { embedBase: bad }), bad).rejects.toThrow(reason);
    // From the page's own script element, too.
    await expect(
      render(
        '<script type="module" src="javascript:alert(1)//embed.js"></script><iw-timeline></iw-timeline>',
      ),
    ).rejects.toThrow('is a javascript: address');
  });

  it('refused on the command line with the reason and exit code 1', async () => {
    const { code, stdout, stderr } = await run(
      ['--embed-base', 'javascript:alert(1)//'],
      '<iw-timeline></iw-timeline>',
    );
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(
      /^iw-prerender: embedBase "javascript:alert\(1\)\/\/" is a javascript: address/,
    );
  });
});

describe('concurrent renders', () => {
  it('keep apart: each links its own source page and shows only its own origin’s media at once', async () => {
    const story = newsroomDataset();
    story.events[0].media = { url: 'https://a.example/quay.jpg', kind: 'image', caption: 'Quay' };
    const site = (name) => ({
      embedBase: `https://${name}.example/embed/`,
      origin: `https://${name}.example`,
      lang: 'en',
    });
    const renders = ['a', 'b', 'a', 'b'].flatMap((name) => [
      render('<iw-quote-card quote="khatami-civilized"></iw-quote-card>', site(name)),
      render('iw-timeline', {
        ...site(name),
        data: story,
        attributes: { highlight: story.events[0].id },
      }),
    ]);
    const [cardA, timelineA, cardB, timelineB] = await Promise.all(renders);
    expect(cardA).toContain('https://a.example/embed/source.html');
    expect(cardA).not.toContain('b.example');
    expect(cardB).toContain('https://b.example/embed/source.html');
    expect(cardB).not.toContain('a.example');
    // The photo is site A's own: an <img> there, a button that asks first on site B.
    expect(timelineA).toMatch(/<img[^>]+src="https:\/\/a\.example\/quay\.jpg"/);
    expect(timelineB).not.toMatch(/<img[^>]+src="https:\/\/a\.example/);
  });
});

describe('iw-prerender', () => {
  it('takes --origin, so a story’s own media renders as the page will show it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'iw-prerender-'));
    const story = newsroomDataset();
    story.events[0].media = {
      url: 'https://news.example/quay.jpg',
      kind: 'image',
      caption: 'Quay',
    };
    await writeFile(join(dir, 'story.json'), JSON.stringify(story));
    const page = `<iw-timeline src="s.json" highlight="${story.events[0].id}" lang="en"></iw-timeline>`;
    const args = ['--embed-base', '/e/', '--story', `s.json=${join(dir, 'story.json')}`];
    const own = await run([...args, '--origin', 'https://news.example/any/path'], page);
    expect(own.stdout).toMatch(/<img[^>]+src="https:\/\/news\.example\/quay\.jpg"/);
    const other = await run(args, page);
    expect(other.stdout).not.toMatch(/<img[^>]+quay/);
    expect(await run([...args, '--origin', 'javascript:x'], page)).toMatchObject({
      code: 1,
      stderr:
        'iw-prerender: --origin "javascript:x" is not an http(s) origin such as https://news.example\n',
    });
  });

  it('refuses to write over its input, through a link too; Windows-1252, a device and a missing folder get one line', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'iw-prerender-'));
    const page = join(dir, 'page.html');
    const html = '<p>Hi</p><iw-actor-badge person="ali-khamenei"></iw-actor-badge>';
    await writeFile(page, html);
    await symlink(page, join(dir, 'alias.html'));
    for (const output of [page, join(dir, 'alias.html')]) {
      const { code, stderr } = await run([page, '-o', output, '--embed-base', '/e/']);
      expect(code).toBe(1);
      expect(stderr).toMatch(/is the input .*page\.html: write the output somewhere else\n$/);
    }
    expect(await readFile(page, 'utf8')).toBe(html);
    const latin = await run(['--embed-base', '/e/'], Buffer.from([0x3c, 0x70, 0x3e, 0xe9]));
    expect(latin).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/^iw-prerender: standard input: not UTF-8 at byte 3 \(0xe9\)/),
    });
    expect((await run(['/dev/zero'])).stderr).toBe(
      'iw-prerender: /dev/zero: not a regular file (a folder, a device or a pipe is not read)\n',
    );
    const missing = await run([page, '-o', join(dir, 'no', 'out.html'), '--embed-base', '/e/']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe(
      `iw-prerender: ${join(dir, 'no', 'out.html')}: there is no folder ${join(dir, 'no')} to write it in\n`,
    );
  });

  it('prerenders standard input to standard output, in the page’s language', async () => {
    const page =
      '<!doctype html><html lang="fa"><body><iw-quote-card quote="khatami-civilized"></iw-quote-card></body></html>';
    const { code, stdout, stderr } = await run(['--embed-base', '/embed/'], page);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('shadowrootmode="open"');
    expect(stdout).toContain('lang="fa"');
    expect(stdout.endsWith('</iw-quote-card></body></html>')).toBe(true);
  });

  it('reads a file, writes -o and the stylesheets', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'iw-prerender-'));
    await writeFile(join(dir, 'in.html'), '<iw-timeline lang="en"></iw-timeline>');
    const { code } = await run([
      join(dir, 'in.html'),
      '--embed-base',
      'https://example.org/widgets/',
      '-o',
      join(dir, 'out.html'),
      '--stylesheets',
      'css/',
      '--write-stylesheets',
      join(dir, 'css'),
    ]);
    expect(code).toBe(0);
    const out = await readFile(join(dir, 'out.html'), 'utf8');
    expect(out).toContain('<link rel="stylesheet" href="css/iw-timeline.css">');
    expect(await readFile(join(dir, 'css', 'iw-timeline.css'), 'utf8')).toBe(
      stylesheets()['iw-timeline'],
    );
  });

  it('renders the story a widget’s src names from --story SRC=FILE', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'iw-prerender-'));
    await writeFile(join(dir, 'story.json'), JSON.stringify(newsroomDataset()));
    const snippet = '<iw-timeline src="/stories/harbour.json" lang="en"></iw-timeline>';
    const ok = await run(
      ['--embed-base', '/', '--story', `/stories/harbour.json=${join(dir, 'story.json')}`],
      snippet,
    );
    expect(ok.code).toBe(0);
    expect(text(ok.stdout)).toContain('The Harbour Story');
    const missing = await run(['--embed-base', '/'], snippet);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('stories["/stories/harbour.json"]');
  });

  it('fails with a message on a missing file', async () => {
    const { code, stderr } = await run(['/no/such/file.html']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^iw-prerender: /);
  });
});
