import { describe, expect, it } from 'vitest';
import { factorAlternation, firstChars } from './factor';

/** Every match of `source` at every position, with its groups. */
function matchesAt(source: string, text: string): (string | null)[] {
	const sticky = new RegExp(source, 'iuy');
	const out: (string | null)[] = [];
	for (let i = 0; i <= text.length; i++) {
		sticky.lastIndex = i;
		const m = sticky.exec(text);
		out.push(m ? JSON.stringify([...m]) : null);
	}
	return out;
}

describe('factorAlternation', () => {
	const text =
		"we will be in touch; we will send it. thank you so much, thanks for flagging. we'll keep an eye on it, we  can, i will. take care. ur u. by friday 3 days within 2 hours";
	const lists = [
		['we\\s+will\\s+be', 'i\\s+will', 'we\\s+can', 'we\\s+will'],
		[
			'(?:thank|thanks)\\s+you\\s+so\\s+much',
			'thank\\s+you',
			'thank\\s+u',
			'(?:thank|thanks)\\s+for'
		],
		["we'll\\s+(?:keep|keeps|kept)\\s+an\\s+eye", 'we', '(?:take|took)\\s+care', 'ur', 'u'],
		[
			'(?:\\bby (?:friday|\\d))',
			'(?:\\b\\d+ (?:days?|hours?))',
			'within\\s+2',
			'(?:\\bwithin (\\d+) hours)'
		]
	];
	it.each(lists)('matches what the plain alternation matches (%#)', (...list) => {
		const plain = list.join('|');
		const factored = factorAlternation(list, true).join('|');
		expect(factored).not.toBe(plain);
		expect(matchesAt(factored, text)).toEqual(matchesAt(plain, text));
	});

	it('shares a prefix of one character, and white space before words', () => {
		expect(factorAlternation(['we\\s+will', 'we\\s+can', 'i\\s+will']).join('|')).toBe(
			'we\\s+(?:will|can)|i\\s+will'
		);
	});

	it('keeps an alternative of unknown start, and the order around it', () => {
		expect(factorAlternation(['ab', '\\w+', 'ac']).join('|')).toBe('ab|\\w+|ac');
	});
});

describe('firstChars', () => {
	it('reads past \\b and look-arounds, and through optional parts', () => {
		expect([...firstChars('(?:\\b(?:the )?next (\\d))')!].sort()).toEqual(['N', 'T', 'n', 't']);
		expect([...firstChars('(?<![\\p{L}])[a-c]x|\\d')!].sort()).toEqual([
			...'0123456789'.split(''),
			'A',
			'B',
			'C',
			'a',
			'b',
			'c'
		]);
	});

	it('is unknown when a match may be empty or start with a broad class', () => {
		expect(firstChars('a?')).toBeNull();
		expect(firstChars('\\w+')).toBeNull();
		expect(firstChars('[^a]')).toBeNull();
	});
});
