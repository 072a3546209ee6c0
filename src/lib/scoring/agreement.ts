/** Agreement between the scorer's levels and a human grader's, for calibrating a rubric. */
export interface Agreement {
	n: number;
	/** Quadratic weighted kappa: 1 perfect, 0 chance, below 0 worse than chance. */
	qwk: number;
	/** Share of items on exactly the same level. */
	exact: number;
	/** `matrix[label][predicted]`: how many items a grader put at `label` and the scorer at `predicted`. */
	matrix: number[][];
}

export function agreement(
	pairs: readonly { label: number; predicted: number }[],
	max: number
): Agreement {
	const size = max + 1;
	const matrix = Array.from({ length: size }, () => new Array<number>(size).fill(0));
	for (const { label, predicted } of pairs) matrix[clamp(label, max)]![clamp(predicted, max)]!++;
	const n = pairs.length;
	if (n === 0) return { n, qwk: 0, exact: 0, matrix };
	const rows = matrix.map((row) => row.reduce((a, b) => a + b, 0));
	const cols = matrix[0]!.map((_, j) => matrix.reduce((a, row) => a + row[j]!, 0));
	let observed = 0;
	let expected = 0;
	for (let i = 0; i < size; i++) {
		for (let j = 0; j < size; j++) {
			const w = max === 0 ? 0 : ((i - j) * (i - j)) / (max * max);
			observed += w * matrix[i]![j]!;
			expected += (w * rows[i]! * cols[j]!) / n;
		}
	}
	const qwk = expected === 0 ? (observed === 0 ? 1 : 0) : 1 - observed / expected;
	const exact = matrix.reduce((a, row, i) => a + row[i]!, 0) / n;
	return { n, qwk, exact, matrix };
}

function clamp(level: number, max: number): number {
	return Math.max(0, Math.min(max, Math.round(level)));
}

/**
 * A 95 % interval for the QWK of `pairs`: the 2.5th and 97.5th percentiles of the QWK of
 * `samples` resamples with replacement. Seeded, so the same set prints the same interval.
 */
export function qwkInterval(
	pairs: readonly { label: number; predicted: number }[],
	max: number,
	{ samples = 1000, seed = 1 } = {}
): [number, number] {
	if (pairs.length === 0) return [0, 0];
	const random = seededRandom(seed);
	const values: number[] = [];
	const resample = new Array<{ label: number; predicted: number }>(pairs.length);
	for (let s = 0; s < samples; s++) {
		for (let i = 0; i < pairs.length; i++)
			resample[i] = pairs[Math.floor(random() * pairs.length)]!;
		values.push(agreement(resample, max).qwk);
	}
	values.sort((a, b) => a - b);
	const at = (q: number) => values[Math.min(values.length - 1, Math.floor(q * values.length))]!;
	return [at(0.025), at(0.975)];
}

/** How well the scorer's auto-fails match a grader's: of those it failed, and of those it should. */
export interface FailAgreement {
	n: number;
	/** Items the grader failed. */
	failed: number;
	/** Of the items the scorer failed, the share the grader failed too (1 when it failed none). */
	precision: number;
	/** Of the items the grader failed, the share the scorer failed too (1 when there are none). */
	recall: number;
}

export function failAgreement(
	pairs: readonly { label: boolean; predicted: boolean }[]
): FailAgreement {
	const both = pairs.filter((p) => p.label && p.predicted).length;
	const predicted = pairs.filter((p) => p.predicted).length;
	const failed = pairs.filter((p) => p.label).length;
	return {
		n: pairs.length,
		failed,
		precision: predicted ? both / predicted : 1,
		recall: failed ? both / failed : 1
	};
}

/** mulberry32: a small, fast, seeded generator; resampling needs repeatability, not strength. */
function seededRandom(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}
