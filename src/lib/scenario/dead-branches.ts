import type { Condition } from './condition';
import { deadBranches, type MaxLevel } from './satisfy';

/** A branch as the turn parser saw it, with where its condition starts. */
export interface WrittenBranch {
	/** The condition as written; null for `otherwise`. */
	when: string | null;
	/** Parsed and its names known; undefined when it could not be checked. */
	condition: Condition | null | undefined;
	to: string;
	line: number;
	/** 1-based column of the condition (or of the word `otherwise`). */
	column: number;
}

type Report = (line: number, column: number, message: string) => void;

/**
 * Most branches one turn may have. Judging a branch weighs it against every earlier one, so the
 * work grows faster than the number of branches; no conversation needs this many.
 */
export const MAX_BRANCHES = 100;

/**
 * Reports each branch of a turn that no reply can take: its condition never holds, an earlier
 * branch always holds, or earlier branches take every reply that meets it. Checked in order as
 * the machine checks them, so that the message says which earlier branch takes its replies.
 */
export function reportDeadBranches(
	branches: readonly WrittenBranch[],
	maxLevel: MaxLevel,
	report: Report
): void {
	const extra = branches[MAX_BRANCHES];
	if (extra) {
		report(
			extra.line,
			1,
			`a turn has at most ${MAX_BRANCHES} branches and this is branch ${MAX_BRANCHES + 1} of ${branches.length}; split the turn into several, or merge branches that go to the same place`
		);
		return;
	}
	const quote = (b: WrittenBranch) => `"if ${b.when}"`;
	const lines = (bs: WrittenBranch[]) => {
		const numbers = bs.map((b) => b.line);
		return numbers.length === 1
			? `line ${numbers[0]}`
			: `lines ${numbers.slice(0, -1).join(', ')} and ${numbers.at(-1)}`;
	};
	for (const dead of deadBranches(
		branches.map((b) => b.condition),
		maxLevel
	)) {
		const branch = branches[dead.index]!;
		const self = branch.when === null ? '"otherwise"' : 'this branch';
		if (dead.reason === 'never') {
			report(
				branch.line,
				branch.column,
				`this branch is never taken: no reply can meet "${branch.when}"; fix the comparison so that some reply can`
			);
		} else if (dead.reason === 'always') {
			const by = branches[dead.by]!;
			report(
				branch.line,
				branch.column,
				`${self} is never taken: the branch on line ${by.line} (${quote(by)}) holds for every reply, so it is always taken first; narrow its condition, or make it "- otherwise → ${by.to}" and remove the branches after it`
			);
		} else if (branch.when === null) {
			const by = dead.by.map((i) => branches[i]!);
			report(
				branch.line,
				branch.column,
				`"otherwise" is never taken: the branches on ${lines(by)} already take every reply; make the last of them "- otherwise → ${by.at(-1)!.to}", or narrow a condition so that some reply is left for "otherwise"`
			);
		} else {
			const by = dead.by.map((i) => branches[i]!);
			const earlier =
				by.length === 1
					? `the earlier branch on ${lines(by)} (${quote(by[0]!)})`
					: `the earlier branches on ${lines(by)} (${by.map(quote).join(', ')})`;
			report(
				branch.line,
				branch.column,
				`this branch is never taken: every reply that meets "${branch.when}" is taken first by ${earlier}; put the narrower branch first, or change the conditions so that they do not overlap this way`
			);
		}
	}
}
