// @vitest-environment jsdom
// DOMPurify needs a DOM; jsdom is the one its own test suite runs on.
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown';

/** The rendered HTML as a detached element, to ask what survived. */
function render(source: string): HTMLElement {
	const box = document.createElement('div');
	box.innerHTML = renderMarkdown(source);
	return box;
}

/** Every attribute left anywhere in the rendered HTML, as `tag@name`. */
function attributes(box: HTMLElement): string[] {
	return [...box.querySelectorAll('*')].flatMap((el) =>
		[...el.attributes].map((a) => `${el.localName}@${a.name}`)
	);
}

describe('renderMarkdown keeps what Markdown content needs', () => {
	it('keeps paragraphs, emphasis, lists, headings, code, quotes, tables and rules', () => {
		const box = render(
			[
				'## Shipping',
				'',
				'**Bold**, *italic*, ~~gone~~ and `code`,  ',
				'on two lines.',
				'',
				'3. third',
				'4. fourth',
				'',
				'- a',
				'- b',
				'',
				'> quoted',
				'',
				'```',
				'pre',
				'```',
				'',
				'| left | centre |',
				'| ---- | :----: |',
				'| 1    | 2      |',
				'',
				'---'
			].join('\n')
		);
		const tags = new Set([...box.querySelectorAll('*')].map((el) => el.localName));
		for (const tag of ['h2', 'p', 'strong', 'em', 'del', 'code', 'br', 'ol', 'ul', 'li']) {
			expect(tags, tag).toContain(tag);
		}
		for (const tag of ['blockquote', 'pre', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'hr']) {
			expect(tags, tag).toContain(tag);
		}
		expect(box.querySelector('ol')?.getAttribute('start')).toBe('3');
		expect(box.querySelector('th:nth-child(2)')?.getAttribute('align')).toBe('center');
		expect(box.textContent).toContain('on two lines.');
	});

	it('keeps links to http(s), mailto and relative addresses, opened apart from the app', () => {
		const box = render(
			'[site](https://shop.example/track "Track it") [mail](mailto:help@shop.example) [page](../help/) [top](#faq)'
		);
		const links = [...box.querySelectorAll('a')];
		expect(links.map((a) => a.getAttribute('href'))).toEqual([
			'https://shop.example/track',
			'mailto:help@shop.example',
			'../help/',
			'#faq'
		]);
		expect(links[0]!.getAttribute('title')).toBe('Track it');
		for (const a of links) {
			expect(a.getAttribute('rel')).toBe('noopener noreferrer');
			expect(a.getAttribute('target')).toBe('_blank');
		}
	});

	it('shows an image as a link to it, never loading it', () => {
		const box = render('![the parcel](https://other.example/parcel.png)');
		expect(box.querySelector('img')).toBeNull();
		const link = box.querySelector('a');
		expect(link?.textContent).toBe('the parcel');
		expect(link?.getAttribute('href')).toBe('https://other.example/parcel.png');
		expect(render('![](https://other.example/x.png)').textContent?.trim()).toBe(
			'https://other.example/x.png'
		);
	});
});

describe('renderMarkdown lets nothing hostile through', () => {
	it('drops every element that loads, runs, submits or embeds, keeping the text around it', () => {
		const box = render(
			[
				'Hello',
				'<img src=//other.example/x onerror=alert(1)>',
				'<video poster=//other.example/poster.png><source src=//other.example/v.mp4></video>',
				'<audio autoplay src=//other.example/a.mp3></audio>',
				'<picture><source srcset=//other.example/p.png></picture>',
				'<iframe src=//other.example/frame></iframe>',
				'<object data=//other.example/o></object><embed src=//other.example/e>',
				'<svg><image href=//other.example/s.png /></svg>',
				'<math><mi>x</mi></math>',
				'<link rel=stylesheet href=//other.example/s.css>',
				'<style>@import url(//other.example/i.css); body { display: none }</style>',
				'<meta http-equiv=refresh content="0;url=//other.example/">',
				'<base href=//other.example/>',
				'<script>window.pwned = true</script>',
				'<form action=//other.example/f><input name=q><button>Go</button><select><option>o</option></select><textarea>t</textarea></form>',
				'<dialog open>modal</dialog><template><img src=//other.example/t></template>',
				'world'
			].join('\n')
		);
		const tags = [...box.querySelectorAll('*')].map((el) => el.localName);
		expect(tags.filter((t) => !['p', 'br'].includes(t))).toEqual([]);
		expect(box.textContent).toContain('Hello');
		expect(box.textContent).toContain('world');
		expect(box.innerHTML).not.toContain('other.example');
	});

	it('drops style, class, id, event handlers, data- and aria- attributes', () => {
		const box = render(
			[
				'<a href="https://shop.example/" style="position:fixed;inset:0;z-index:99999;background:url(//other.example/bg.png)" class="card primary" id="svelte-announcer" onclick="alert(1)" data-sveltekit-preload-data="eager" aria-hidden="true" role="dialog" name="body" form="x" target="_self" rel="opener">Your session expired, log in again</a>',
				'',
				'<p style="background-image:url(//other.example/p.png)" class="sr-only" lang="fr" dir="rtl" hidden tabindex="0">text</p>',
				'',
				'<table background="//other.example/t.png"><tr><td background="//other.example/d.png">cell</td></tr></table>'
			].join('\n')
		);
		expect(attributes(box).sort()).toEqual(['a@href', 'a@rel', 'a@target']);
		expect(box.textContent).toContain('cell');
		expect(box.querySelector('a')?.getAttribute('rel')).toBe('noopener noreferrer');
		expect(box.querySelector('a')?.getAttribute('target')).toBe('_blank');
	});

	it('drops links to any other scheme, keeping their text', () => {
		const box = render(
			[
				'[js](javascript:alert(1))',
				'[spaced](  JaVaScRiPt:alert(1))',
				'<a href="java&#x09;script:alert(1)">tab</a>',
				'<a href="data:text/html,<script>alert(1)</script>">data</a>',
				'<a href="vbscript:msgbox(1)">vb</a>',
				'<a href="file:///etc/passwd">file</a>',
				'<a href="ftp://other.example/">ftp</a>'
			].join('\n')
		);
		expect(box.querySelectorAll('[href]')).toHaveLength(0);
		expect(box.textContent).toMatch(/js.*spaced.*tab.*data.*vb.*file.*ftp/s);
	});
});
