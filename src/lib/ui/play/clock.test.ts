import { describe, expect, it } from 'vitest';
import { clockLevel, formatClock, formatDuration } from './clock';

const UNITS = { h: 'h', min: 'min', s: 's' };

describe('clockLevel', () => {
	it('warns past three quarters of the limit and says when it is over', () => {
		expect(clockLevel(0, 60_000)).toBe('ok');
		expect(clockLevel(44_999, 60_000)).toBe('ok');
		expect(clockLevel(45_000, 60_000)).toBe('warn');
		expect(clockLevel(60_000, 60_000)).toBe('over');
	});

	it('never warns without a limit', () => {
		expect(clockLevel(10 * 3600_000, 0)).toBe('ok');
	});
});

describe('formatClock / formatDuration', () => {
	it('reads like a clock', () => {
		expect(formatClock(65_000)).toBe('1:05');
		expect(formatClock(3_900_000)).toBe('1:05:00');
		expect(formatClock(-5)).toBe('0:00');
	});

	it('reads like words, dropping seconds beside hours', () => {
		expect(formatDuration(4 * 3600_000 + 12 * 60_000 + 30_000, UNITS)).toBe('4 h 12 min');
		expect(formatDuration(65_000, UNITS)).toBe('1 min 5 s');
		expect(formatDuration(0, UNITS)).toBe('0 s');
	});
});
