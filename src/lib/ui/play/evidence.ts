import type { Rubric } from '../../rubric';
import type { Evidence, Score } from '../../scoring';
import { followEdit } from '../highlight';

/** One evidence span of the live score, with the criterion it counted for. */
export interface LiveEvidence {
	key: string;
	criterion: string;
	evidence: Evidence;
}

/**
 * The live score's evidence moved onto the draft as it is now, in rubric order; spans of no
 * length (a missing signature) have nothing to mark and are left out.
 */
export function liveEvidence(
	score: Score | null,
	scored: string,
	draft: string,
	rubric: Rubric
): LiveEvidence[] {
	if (!score) return [];
	return rubric.criteria.flatMap((c) =>
		followEdit(scored, draft, score.criteria[c.id]?.evidence ?? [])
			.filter((e) => e.end > e.start)
			.map((e) => ({ key: `${c.id}:${e.check}:${e.start}`, criterion: c.id, evidence: e }))
	);
}
