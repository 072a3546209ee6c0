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
