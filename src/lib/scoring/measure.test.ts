import { describe, expect, it } from 'vitest';
import { measure } from './text';

/** What `measure` counted before it was one pass: it must count the same. */
function byRegex(text: string, locale: 'en' | 'ja'): number {
	if (locale === 'ja') return text.replace(/\s/g, '').length;
	return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

describe('measure', () => {
	it('counts words and characters as split and replace on \\s do, for every code unit', () => {
		for (let code = 0; code < 0x10000; code++) {
			const c = String.fromCharCode(code);
			for (const text of [c, `a${c}b`, ` ${c} `, `-${c}`, `${c}${c} x`])
				for (const locale of ['en', 'ja'] as const)
					if (measure(text, locale) !== byRegex(text, locale))
						expect({ code, text, locale, got: measure(text, locale) }).toEqual({
							code,
							text,
							locale,
							got: byRegex(text, locale)
						});
		}
	});

	it('counts pairs of surrogates as one character of a word', () => {
		for (const text of [
			'𝐀𝐁 c',
			'😀 😀',
			'x\ud800 \udc00y',
			'  lead and trail  ',
			'\u3000日本\u00a0語'
		])
			for (const locale of ['en', 'ja'] as const)
				expect(measure(text, locale)).toBe(byRegex(text, locale));
	});
});
