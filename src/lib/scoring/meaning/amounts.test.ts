import { describe, expect, it } from 'vitest';
import { findAmounts } from './amounts';

describe('findAmounts', () => {
	it('reads sums in pounds, dollars, yen and points', () => {
		const found = findAmounts(
			'£129.00, $48, 4,980円, 1万2,000円, 18万円, ¥500, 3,200ポイント, 2,000 points'
		);
		expect(found.map((a) => [a.value, a.unit])).toEqual([
			[129, '£'],
			[48, '$'],
			[4980, '¥'],
			[12000, '¥'],
			[180000, '¥'],
			[500, '¥'],
			[3200, 'pt'],
			[2000, 'pt']
		]);
	});

	it('does not read plain numbers, versions or percentages', () => {
		expect(findAmounts('version 4.13, order 48213, 20% off, 3 days')).toEqual([]);
	});
});
