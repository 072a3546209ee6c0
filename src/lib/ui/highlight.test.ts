import { describe, expect, it } from 'vitest';
import type { Evidence } from '../scoring';
import { followEdit, segments } from './highlight';

const ev = (start: number, end: number, effect = 1): Evidence => ({
	start,
	end,
	text: '',
	check: 'c',
	effect,
	message: 'm'
});

describe('followEdit', () => {
	const scored = 'Sorry for the wait. Best regards, Sam';
	const sorry = ev(0, 5);
	const regards = ev(20, 33);

	it('keeps spans before an edit and moves spans after it', () => {
		const current = 'Sorry for the long wait. Best regards, Sam';
		const moved = followEdit(scored, current, [sorry, regards]);
		expect(moved.map((e) => current.slice(e.start, e.end))).toEqual(['Sorry', 'Best regards,']);
	});

	it('drops a span the edit touched', () => {
		const current = 'Sorrow for the wait. Best regards, Sam';
		expect(followEdit(scored, current, [sorry, regards]).map((e) => e.start)).toEqual([21]);
	});

	it('keeps everything when the text did not change', () => {
		expect(followEdit(scored, scored, [sorry, regards])).toHaveLength(2);
	});
});

describe('segments', () => {
	it('marks a lost span over an earned one', () => {
		const marked = segments('abcdef', [ev(0, 4), ev(2, 6, -1)]);
		expect(marked.map((s) => [s.text, s.tone])).toEqual([
			['ab', 'earned'],
			['cd', 'lost'],
			['ef', 'lost']
		]);
	});

	it('shows the narrowest finding, so a cap on the whole reply leaves the earned words green', () => {
		const marked = segments('Hi, so sorry.', [
			ev(0, 13, 0),
			{ ...ev(0, 13, 0), cap: 2 },
			ev(4, 12)
		]);
		expect(marked.map((s) => [s.text, s.tone])).toEqual([
			['Hi, ', 'lost'],
			['so sorry', 'earned'],
			['.', 'lost']
		]);
	});
});
