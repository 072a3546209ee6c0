import { describe, expect, it } from 'vitest';
import { prepare } from './text';

describe('prepare', () => {
	it('keeps lone surrogates and a leading BOM position as they were', () => {
		const p = prepare('\ufeffAB\ud800c\udc00 😀 É', 'en');
		expect(p.norm).toBe(' ab\ud800c\udc00 😀 é');
		expect([...p.toOriginal]).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 7, 9, 10, 11]);
	});

	it('maps expanded and combined characters back to where they started', () => {
		const p = prepare('A㍻e\u0301\u0001', 'ja');
		expect(p.norm).toBe('a平成é ');
		expect([...p.toOriginal]).toEqual([0, 1, 1, 2, 4, 5]);
	});
});
