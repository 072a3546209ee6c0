import { describe, expect, it } from 'vitest';
import { examMode } from './exam';

describe('examMode', () => {
	it('follows the setting for a practice scenario', () => {
		expect(examMode({ exam: false }, true)).toEqual({ on: true, forced: false });
		expect(examMode({ exam: false }, false)).toEqual({ on: false, forced: false });
	});

	it('is forced on by an exam scenario whatever the setting', () => {
		expect(examMode({ exam: true }, false)).toEqual({ on: true, forced: true });
	});
});
