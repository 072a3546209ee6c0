import type { Turn } from './types';

/**
 * The implicit ending of a scenario without endings: its last turn has no branches, so the
 * attempt simply ends after the reply to it. Not a valid id, so it never clashes with one.
 */
export const END = '(end)';

/**
 * Where a turn can lead: its branch targets, in order; a turn without branches goes on to the
 * next turn in the file, and the last one to {@link END}.
 */
export function successors(turns: readonly Turn[], index: number): string[] {
	const turn = turns[index]!;
	if (turn.branches.length) return turn.branches.map((b) => b.to);
	return [turns[index + 1]?.id ?? END];
}
