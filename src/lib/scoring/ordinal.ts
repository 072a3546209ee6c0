/**
 * Ordinal logistic regression with its thresholds fixed at the integers: the model behind the
 * scorer's rule `level = floor(base + Σ weight × x)`. A reply's level is at least `k` with
 * probability σ(scale × (z − k)), z = base + Σ weight × x; the scale (how sharply graders follow
 * the sum) is learnt, the thresholds are not, so the weights come out in points and `floor(z)` is
 * the level the model finds most likely to be reached.
 *
 * Written as u + v·x − scale × k with u = scale × base and v = scale × weight, the log-likelihood
 * is concave, so Newton's method finds the one best fit.
 */

/** A labeled row: its columns, and the levels its grader's level says the sum may reach. */
export interface OrdinalRow {
	x: readonly number[];
	/** The sum reaches at least this level... */
	lo: number;
	/** ...and at most this one (`max` when a cap, not the sum, set the label). */
	hi: number;
}

export interface OrdinalFit {
	base: number;
	weights: number[];
	/** How sharply levels follow the sum: 1/scale is the width of the band where graders differ. */
	scale: number;
}

export interface OrdinalOptions {
	max: number;
	/** The weights the fit is pulled towards: the rubric's own. */
	prior: readonly number[];
	/** How hard the fit is pulled towards `prior`, per unit of squared distance in logits. */
	strength: number;
	/** Where the fit starts: the rubric's base. */
	base?: number;
	/** Bounds of each weight (a check kept in its author's direction has one side near zero). */
	lower?: readonly number[];
	upper?: readonly number[];
	/** Bounds of the base (a rubric's base lies in 0..max). */
	baseBounds?: readonly [number, number];
}

const ITERATIONS = 60;
const TOLERANCE = 1e-9;
/** A whisper of ridge on every parameter, so a column no row holds cannot make the system singular. */
const STEADY = 1e-6;

export function fitOrdinal(rows: readonly OrdinalRow[], options: OrdinalOptions): OrdinalFit {
	const { prior, lower, upper, baseBounds } = options;
	const k = prior.length;
	// Active set: fit, pin what crossed a bound at that bound, fit again without it.
	const pinned = new Map<number, number>();
	let pinnedBase: number | undefined;
	for (;;) {
		const fit = fitWithPinned(rows, options, pinned, pinnedBase);
		let crossed = false;
		for (let j = 0; j < k; j++) {
			if (pinned.has(j)) continue;
			const w = fit.weights[j]!;
			const lo = lower?.[j] ?? -Infinity;
			const hi = upper?.[j] ?? Infinity;
			if (w < lo - 1e-9 || w > hi + 1e-9) {
				pinned.set(j, w < lo ? lo : hi);
				crossed = true;
			}
		}
		if (baseBounds && pinnedBase === undefined) {
			const [lo, hi] = baseBounds;
			if (fit.base < lo - 1e-9 || fit.base > hi + 1e-9) {
				pinnedBase = fit.base < lo ? lo : hi;
				crossed = true;
			}
		}
		if (!crossed) return fit;
	}
}

/** Newton's method on θ = [u, v of the free columns..., scale]; pinned weights are fixed points. */
function fitWithPinned(
	rows: readonly OrdinalRow[],
	{ max, prior, strength, base = 0 }: OrdinalOptions,
	pinned: ReadonlyMap<number, number>,
	pinnedBase?: number
): OrdinalFit {
	const free = prior.map((_, j) => j).filter((j) => !pinned.has(j));
	const n = free.length + 2;
	const S = n - 1;
	const start = 2;
	// A pinned base keeps its place (u = 0) and joins the fixed part of the predictor.
	const fixedBase = pinnedBase ?? 0;
	let theta = [
		pinnedBase === undefined ? start * base : 0,
		...free.map((j) => start * prior[j]!),
		start
	];
	// The row's predictor at threshold t, as a gradient vector d (η = d·θ).
	const design = (row: OrdinalRow, t: number) => {
		const d = new Array<number>(n).fill(0);
		d[0] = pinnedBase === undefined ? 1 : 0;
		free.forEach((j, i) => (d[i + 1] = row.x[j]!));
		let fixed = fixedBase - t;
		for (const [j, w] of pinned) fixed += w * row.x[j]!;
		d[S] = fixed;
		return d;
	};
	const designs = rows.map((row) => ({
		a: row.lo > 0 ? design(row, row.lo) : null,
		c: row.hi < max ? design(row, row.hi + 1) : null
	}));
	// Penalty: strength × Σ (v_j − scale × prior_j)² over free columns, strength × scale² × (pin −
	// prior)² over pinned ones (a constant in the weights, but it keeps the scale honest).
	const pinnedGap = [...pinned].reduce((sum, [j, w]) => sum + (w - prior[j]!) ** 2, 0);
	const objective = (th: number[]) => {
		if (th[S]! <= 0) return Infinity;
		let value = 0;
		for (const { a, c } of designs) {
			const p = between(a ? dot(a, th) : Infinity, c ? dot(c, th) : -Infinity);
			if (!(p > 0)) return Infinity;
			value -= Math.log(p);
		}
		free.forEach((j, i) => (value += strength * (th[i + 1]! - th[S]! * prior[j]!) ** 2));
		value += strength * th[S]! ** 2 * pinnedGap;
		for (let i = 0; i < S; i++) value += STEADY * th[i]! ** 2;
		return value;
	};
	let current = objective(theta);
	for (let iteration = 0; iteration < ITERATIONS; iteration++) {
		const g = new Array<number>(n).fill(0);
		const h = Array.from({ length: n }, () => new Array<number>(n).fill(0));
		for (const { a, c } of designs) {
			const ea = a ? dot(a, theta) : Infinity;
			const ec = c ? dot(c, theta) : -Infinity;
			const p = between(ea, ec);
			const da = a ? slope(ea) / p : 0;
			const dc = c ? slope(ec) / p : 0;
			// −log p: first and second derivatives along η_a and η_c.
			if (a) addScaled(g, a, -da);
			if (c) addScaled(g, c, dc);
			const haa = a ? -(slope(ea) * (1 - 2 * sigma(ea))) / p + da * da : 0;
			const hcc = c ? (slope(ec) * (1 - 2 * sigma(ec))) / p + dc * dc : 0;
			const hac = a && c ? -da * dc : 0;
			if (a) addOuter(h, a, a, haa);
			if (c) addOuter(h, c, c, hcc);
			if (a && c) {
				addOuter(h, a, c, hac);
				addOuter(h, c, a, hac);
			}
		}
		free.forEach((j, i) => {
			const gap = theta[i + 1]! - theta[S]! * prior[j]!;
			const pj = prior[j]!;
			g[i + 1]! += 2 * strength * gap;
			g[S]! -= 2 * strength * gap * pj;
			h[i + 1]![i + 1]! += 2 * strength;
			h[i + 1]![S]! -= 2 * strength * pj;
			h[S]![i + 1]! -= 2 * strength * pj;
			h[S]![S]! += 2 * strength * pj * pj;
		});
		g[S]! += 2 * strength * theta[S]! * pinnedGap;
		h[S]![S]! += 2 * strength * pinnedGap;
		for (let i = 0; i < S; i++) {
			g[i]! += 2 * STEADY * theta[i]!;
			h[i]![i]! += 2 * STEADY;
		}
		const step = solve(
			h,
			g.map((x) => -x)
		);
		// The Newton decrement: how much the objective can still fall. Near zero, it has settled.
		if (-dot(g, step) < TOLERANCE) break;
		// Backtrack until the objective falls (and the scale stays positive).
		let t = 1;
		let next = theta;
		let value = Infinity;
		for (let halving = 0; halving < 40; halving++, t /= 2) {
			next = theta.map((x, i) => x + t * step[i]!);
			value = objective(next);
			if (value <= current) break;
		}
		if (!(value <= current)) break;
		theta = next;
		current = value;
	}
	const scale = theta[S]!;
	const weights = prior.map((_, j) => pinned.get(j) ?? theta[free.indexOf(j) + 1]! / scale);
	return { base: pinnedBase ?? theta[0]! / scale, weights, scale };
}

function sigma(x: number): number {
	return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
}

/** σ′(x) = σ(x) σ(−x). */
function slope(x: number): number {
	return Number.isFinite(x) ? sigma(x) * sigma(-x) : 0;
}

/** σ(a) − σ(c) for a > c, computed on the side that keeps its digits. */
function between(a: number, c: number): number {
	return a + c > 0 ? sigma(-c) - sigma(-a) : sigma(a) - sigma(c);
}

function dot(a: readonly number[], b: readonly number[]): number {
	let sum = 0;
	for (let i = 0; i < a.length; i++) sum += a[i]! * b[i]!;
	return sum;
}

function addScaled(target: number[], v: readonly number[], f: number) {
	for (let i = 0; i < v.length; i++) target[i]! += f * v[i]!;
}

function addOuter(target: number[][], u: readonly number[], v: readonly number[], f: number) {
	if (f === 0) return;
	for (let i = 0; i < u.length; i++) {
		if (u[i] === 0) continue;
		for (let j = 0; j < v.length; j++) target[i]![j]! += f * u[i]! * v[j]!;
	}
}

/** Gaussian elimination with partial pivoting; a singular system gets a tiny diagonal nudge. */
export function solve(matrix: readonly number[][], vector: readonly number[]): number[] {
	const n = vector.length;
	const a = matrix.map((row, i) => [...row, vector[i]!]);
	for (let col = 0; col < n; col++) {
		let pivot = col;
		for (let r = col + 1; r < n; r++)
			if (Math.abs(a[r]![col]!) > Math.abs(a[pivot]![col]!)) pivot = r;
		[a[col], a[pivot]] = [a[pivot]!, a[col]!];
		if (Math.abs(a[col]![col]!) < 1e-12) a[col]![col]! += 1e-9;
		for (let r = 0; r < n; r++) {
			if (r === col) continue;
			const f = a[r]![col]! / a[col]![col]!;
			for (let c = col; c <= n; c++) a[r]![c]! -= f * a[col]![c]!;
		}
	}
	return a.map((row, i) => row[n]! / row[i]!);
}
