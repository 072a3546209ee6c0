import type { Rubric } from '../../rubric';
import type { Evidence, Score } from '../../scoring';
import { editBetween, shiftSpan } from '../highlight';

/** One evidence span of the live score, with the criterion it counted for. */
export interface LiveEvidence {
	key: string;
	criterion: string;
	evidence: Evidence;
}

/**
 * The live score's evidence in rubric order, keyed so that lists keep their items from one score
 * to the next; spans of no length (a missing signature) have nothing to mark and are left out.
 */
export function liveEvidence(score: Score | null, rubric: Rubric): LiveEvidence[] {
	if (!score) return [];
	return rubric.criteria.flatMap((c) =>
		(score.criteria[c.id]?.evidence ?? [])
			.filter((e) => e.end > e.start)
			.map((e, i) => ({ key: `${c.id}:${e.check}:${i}`, criterion: c.id, evidence: e }))
	);
}

/**
 * The evidence moved onto the draft as it is now (see followEdit): computed on every keystroke
 * for the marks behind the text, so it only compares the two texts once.
 */
export function followDraft(items: LiveEvidence[], scored: string, draft: string): LiveEvidence[] {
	if (scored === draft) return items;
	const edit = editBetween(scored, draft);
	return items.flatMap((item) => {
		const moved = shiftSpan(item.evidence, edit);
		return moved ? [moved === item.evidence ? item : { ...item, evidence: moved }] : [];
	});
}
