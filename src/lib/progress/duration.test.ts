import { describe, expect, it } from 'vitest';
import { durationParts } from '.';

describe('durationParts', () => {
	it('splits simulated milliseconds into hours, minutes and seconds, rounded to the second', () => {
		expect(durationParts(0)).toEqual({ hours: 0, minutes: 0, seconds: 0 });
		expect(durationParts(45_400)).toEqual({ hours: 0, minutes: 0, seconds: 45 });
		expect(durationParts(125_600)).toEqual({ hours: 0, minutes: 2, seconds: 6 });
		expect(durationParts(2 * 3_600_000 + 5 * 60_000)).toEqual({ hours: 2, minutes: 5, seconds: 0 });
	});
});
