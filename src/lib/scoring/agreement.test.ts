import { describe, expect, it } from 'vitest';
import { agreement, failAgreement, qwkInterval } from './agreement';

const pairsOf = (list: [number, number][]) =>
	list.map(([label, predicted]) => ({ label, predicted }));

describe('qwkInterval', () => {
	it('holds the QWK of the whole set, narrows as the set grows, and repeats with its seed', () => {
		const some: [number, number][] = [
			[0, 0],
			[1, 1],
			[2, 1],
			[3, 3],
			[2, 2],
			[1, 0],
			[3, 2],
			[0, 0]
		];
		const small = pairsOf(some);
		const large = pairsOf(Array.from({ length: 20 }, () => some).flat());
		const qwk = agreement(small, 3).qwk;
		const [lo, hi] = qwkInterval(small, 3);
		expect(lo).toBeLessThanOrEqual(qwk);
		expect(hi).toBeGreaterThanOrEqual(qwk);
		const [loL, hiL] = qwkInterval(large, 3);
		expect(hiL - loL).toBeLessThan(hi - lo);
		expect(qwkInterval(small, 3)).toEqual([lo, hi]);
	});

	it('is a point when the scorer always agrees', () => {
		expect(
			qwkInterval(
				pairsOf([
					[0, 0],
					[1, 1],
					[2, 2],
					[3, 3]
				]),
				3
			)
		).toEqual([1, 1]);
	});
});

describe('failAgreement', () => {
	it('counts precision over the scorer’s fails and recall over the grader’s', () => {
		const a = failAgreement([
			{ label: true, predicted: true },
			{ label: true, predicted: false },
			{ label: false, predicted: true },
			{ label: false, predicted: false },
			{ label: true, predicted: true }
		]);
		expect(a).toEqual({ n: 5, failed: 3, precision: 2 / 3, recall: 2 / 3 });
		expect(failAgreement([{ label: false, predicted: false }])).toMatchObject({
			precision: 1,
			recall: 1
		});
	});
});
