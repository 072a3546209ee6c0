import type { Match } from '../finders';
import type { Prepared } from '../text';

/** Facts about when the reply is written, not about this customer's case. */
const NOT_THE_CASE = new Set(['today']);

/**
 * A detail a reader recognises as this case's own: a number, an id or amount, a date, a phrase of
 * several words or a kanji compound. A single everyday word that a fact happens to contain
 * ("delivery", ポイント, ログイン) could stand in any reply to any customer.
 */
const DISTINCTIVE = /\d|\s|[-‐–]|\p{Script=Han}{2,}/u;

/**
 * The case's details among the fact matches: without the reply's own date, and only when at least
 * one of them is distinctive or two different everyday words are (a reply that names the plan and
 * the app store is about this case; one that only says "points" is not).
 */
export function caseDetails(p: Prepared, facts: Match[]): Match[] {
	const found = facts.filter((m) => !NOT_THE_CASE.has(m.part ?? ''));
	const texts = new Set(found.map((m) => p.norm.slice(m.start, m.end).trim()));
	const distinctive = [...texts].some((t) => DISTINCTIVE.test(t));
	return distinctive || texts.size >= 2 ? found : [];
}
