/**
 * Deep equality of two JSON-like values (typed arrays too; NaN equals NaN), whatever the order
 * of their keys. Numbers may differ by `tolerance` relative to the larger: sums of floating-point
 * shares differ in their last bits depending on the order they were added in.
 */
export function same(a: unknown, b: unknown, tolerance = 0): boolean {
	if (Object.is(a, b) || a === b) return true;
	if (tolerance && typeof a === 'number' && typeof b === 'number')
		return Math.abs(a - b) <= tolerance * Math.max(1, Math.abs(a), Math.abs(b));
	if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
	if (Array.isArray(a) !== Array.isArray(b)) return false;
	const ka = Object.keys(a);
	const kb = Object.keys(b);
	if (ka.length !== kb.length) return false;
	return ka.every(
		(k) =>
			Object.hasOwn(b, k) &&
			same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], tolerance)
	);
}
