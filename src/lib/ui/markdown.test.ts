// @vitest-environment jsdom
// The sanitiser (DOMPurify) needs a DOM; jsdom is the one DOMPurify's own test suite runs on.
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown';

/** The rendered HTML as a detached element, to ask what survived. */
function render(source: string): HTMLElement {
	const box = document.createElement('div');
	box.innerHTML = renderMarkdown(source);
	return box;
}

describe('renderMarkdown', () => {
	it('renders paragraphs, emphasis, lists, headings, code, quotes, tables and rules', () => {
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
	});

	it('shows HTML in the source as written, and never as markup', () => {
		const source = [
			'Hello <b style="position:fixed">bold?</b> and <order id>.',
			'',
			'<img src="//other.example/x.png" onerror="alert(1)">',
			'<style>* { display: none }</style>'
		].join('\n');
		const box = render(source);
		expect([...box.querySelectorAll('*')].map((el) => el.localName)).toEqual(['p', 'p']);
		expect(box.textContent).toContain('Hello <b style="position:fixed">bold?</b> and <order id>.');
		expect(box.textContent).toContain('<img src="//other.example/x.png" onerror="alert(1)">');
		expect(box.textContent).toContain('<style>* { display: none }</style>');
	});

	it('keeps Markdown links to safe addresses, opened apart from the app, and drops the rest', () => {
		const box = render(
			'[site](https://shop.example/track "Track it") [mail](mailto:help@shop.example) [js](javascript:alert(1)) [data](data:text/html,x)'
		);
		const links = [...box.querySelectorAll('a')];
		expect(links.map((a) => a.getAttribute('href'))).toEqual([
			'https://shop.example/track',
			'mailto:help@shop.example',
			null,
			null
		]);
		expect(links[0]!.getAttribute('rel')).toBe('noopener noreferrer');
		expect(links[0]!.getAttribute('target')).toBe('_blank');
		expect(box.textContent).toContain('js');
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
