import type { Check, Locale } from '../../rubric';
import type { FinderInput, Match } from '../finders';
import { prepare } from '../text';

/** Runs a finder on one reply the way the scorer does, for the finders' unit tests. */
export function runFinder(
	finder: (input: FinderInput) => Match[],
	text: string,
	locale: Locale,
	check: Partial<Check> = {}
): string[] {
	const p = prepare(text, locale);
	const input = { p, check: check as Check, ctx: {}, compiled: {} } as unknown as FinderInput;
	return finder(input).map((m) => p.norm.slice(m.start, m.end));
}
