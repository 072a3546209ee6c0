// @vitest-environment jsdom
// DOMPurify needs a DOM; jsdom is the one its own test suite runs on.
import { describe, expect, it } from 'vitest';
import { sanitiseHtml } from './sanitise';

/** The sanitised HTML as a detached element, to ask what survived. */
function sanitised(html: string): HTMLElement {
	const box = document.createElement('div');
	box.innerHTML = sanitiseHtml(html);
	return box;
}

/** Every attribute left anywhere in the sanitised HTML, as `tag@name`. */
function attributes(box: HTMLElement): string[] {
	return [...box.querySelectorAll('*')].flatMap((el) =>
		[...el.attributes].map((a) => `${el.localName}@${a.name}`)
	);
}

describe('sanitiseHtml', () => {
	it('keeps what rendered Markdown is made of', () => {
		const html = [
			'<h2>Shipping</h2><p><strong>b</strong> <em>i</em> <del>d</del> <code>c</code><br>x</p>',
			'<ol start="3"><li>third</li></ol><ul><li>a</li></ul><blockquote><p>q</p></blockquote>',
			'<pre><code>pre</code></pre><hr>',
			'<table><thead><tr><th align="center">h</th></tr></thead><tbody><tr><td align="right">1</td></tr></tbody></table>'
		].join('');
		expect(sanitiseHtml(html)).toBe(html);
	});

	it('drops every element that loads, runs, submits or embeds, keeping the text around it', () => {
		const box = sanitised(
			[
				'<p>Hello</p>',
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
				'<p>world</p>'
			].join('\n')
		);
		expect([...box.querySelectorAll('*')].map((el) => el.localName)).toEqual(['p', 'p']);
		expect(box.textContent).toContain('Hello');
		expect(box.textContent).toContain('world');
		expect(box.innerHTML).not.toContain('other.example');
	});

	it('drops style, class, id, event handlers, data- and aria- attributes', () => {
		const box = sanitised(
			[
				'<a href="https://shop.example/" style="position:fixed;inset:0;z-index:99999;background:url(//other.example/bg.png)" class="card primary" id="svelte-announcer" onclick="alert(1)" data-sveltekit-preload-data="eager" aria-hidden="true" role="dialog" name="body" form="x" target="_self" rel="opener">Your session expired, log in again</a>',
				'<p style="background-image:url(//other.example/p.png)" class="sr-only" lang="fr" dir="rtl" hidden tabindex="0">text</p>',
				'<table background="//other.example/t.png"><tr><td background="//other.example/d.png">cell</td></tr></table>'
			].join('\n')
		);
		expect(attributes(box).sort()).toEqual(['a@href', 'a@rel', 'a@target']);
		expect(box.textContent).toContain('cell');
	});

	it('keeps links to http(s), mailto and relative addresses, opened apart from the app', () => {
		const box = sanitised(
			'<a href="https://shop.example/track" title="Track it">site</a><a href="mailto:help@shop.example">mail</a><a href="../help/">page</a><a href="#faq">top</a>'
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

	it('drops links to any other scheme, keeping their text', () => {
		const box = sanitised(
			[
				'<a href="javascript:alert(1)">js</a>',
				'<a href="  JaVaScRiPt:alert(1)">spaced</a>',
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
