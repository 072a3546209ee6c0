import { compare, type Condition } from './condition';
import { MOODS } from './types';

/**
 * Whether some reply meets a set of conditions, decided exactly over the values each name in them
 * can take: a criterion's level 0..its highest, total 0..100 (whole numbers, as the scorer rounds
 * it), autoFail and each `mentions` true or false, mood calm..angry.
 *
 * The names are treated as independent, which allows more combinations than real scores have (a
 * real total follows from the levels, an auto-fail scores 0). So "no reply can meet this" is a
 * safe conclusion: it holds for every real reply too, and a branch is never called dead when some
 * reply could take it. The converse is not promised: a dead branch that only the links between
 * the names make dead goes unnoticed.
 */

/** A condition that must hold (`negated: false`) or must not (`negated: true`). */
export interface Goal {
	condition: Condition;
	negated: boolean;
}

/** Highest level of a criterion, or undefined when the rubric is unknown. */
export type MaxLevel = (criterion: string) => number | undefined;

/** When the rubric is not known, levels are allowed up to here, which covers any real rubric. */
const UNKNOWN_MAX_LEVEL = 100;
/**
 * Values tested against atoms before giving up on a turn; giving up answers "satisfiable", which
 * is safe. Enough for any turn a person writes, and it bounds the time a hostile one can take.
 */
export const BUDGET = 2_000_000;

/** What is left of the budget; one per turn, shared by all its questions. */
export interface Budget {
	left: number;
}

/** One name's constraint: the values of `name` for which it holds. */
interface Atom {
	kind: 'atom';
	name: string;
	holds: (value: number) => boolean;
}
/** A condition with every negation pushed down to the atoms. */
type Formula = Atom | { kind: 'and' | 'or'; items: Formula[] };
type Choice = Exclude<Formula, Atom>;

class OutOfBudget extends Error {}

const ranges: number[][] = [];
/** 0..max; shared, never modified (narrowing filters into a new array). */
function upTo(max: number): number[] {
	return (ranges[max] ??= Array.from({ length: max + 1 }, (_, i) => i));
}

/** Whether some reply meets every goal. */
export function satisfiable(goals: Goal[], maxLevel: MaxLevel): boolean {
	return satisfiableWithin(goals, maxLevel, { left: BUDGET });
}

/** Whether some reply meets every goal, answering "yes" once `budget` runs out. */
export function satisfiableWithin(goals: Goal[], maxLevel: MaxLevel, budget: Budget): boolean {
	const formulas = goals.map((g) => formulaOf(g.condition, g.negated));
	const domain = (name: string): number[] => {
		const [kind, id = ''] = name.split(':');
		const max =
			kind === 'level'
				? (maxLevel(id) ?? UNKNOWN_MAX_LEVEL)
				: kind === 'total'
					? 100
					: kind === 'mood'
						? MOODS.length - 1
						: 1;
		return upTo(max);
	};
	const spend = (cost: number) => {
		budget.left -= cost;
		if (budget.left < 0) throw new OutOfBudget();
	};

	/**
	 * Whether `f` holds for every combination of the values left (true), for none (false), or
	 * depends on the choice (null).
	 */
	const judge = (f: Formula, values: Map<string, number[]>): boolean | null => {
		if (f.kind === 'atom') {
			const left = values.get(f.name) ?? domain(f.name);
			spend(left.length);
			const count = left.filter(f.holds).length;
			return count === left.length ? true : count === 0 ? false : null;
		}
		let unknown = false;
		for (const item of f.items) {
			const verdict = judge(item, values);
			if (verdict === (f.kind === 'or')) return verdict;
			if (verdict === null) unknown = true;
		}
		return unknown ? null : f.kind === 'and';
	};

	// Depth-first: narrow the names by every atom and `and`, drop the `or`s that the values left
	// already decide, then try the items of one open `or` at a time. Dropping the decided ones keeps
	// a long list of earlier branches (mostly settled by the branch's own condition) from being
	// walked again at every level.
	const search = (pending: Formula[], open: Choice[], values: Map<string, number[]>): boolean => {
		spend(1);
		const choices: Choice[] = [];
		const queue = [...pending];
		let narrowed = values;
		while (queue.length) {
			const f = queue.pop()!;
			if (f.kind !== 'atom') {
				if (f.kind === 'and') queue.push(...f.items);
				else choices.push(f);
			} else {
				const current = narrowed.get(f.name) ?? domain(f.name);
				spend(current.length);
				const left = current.filter(f.holds);
				if (!left.length) return false;
				if (narrowed === values) narrowed = new Map(values);
				narrowed.set(f.name, left);
			}
		}
		const undecided: Choice[] = [];
		for (const choice of [...choices, ...open]) {
			const verdict = judge(choice, narrowed);
			if (verdict === false) return false;
			if (verdict === null) undecided.push(choice);
		}
		const [choice, ...rest] = undecided;
		if (!choice) return true;
		return choice.items.some((item) => search([item], rest, narrowed));
	};

	try {
		return search(formulas, [], new Map());
	} catch (e) {
		if (e instanceof OutOfBudget) return true;
		throw e;
	}
}

// A turn asks about the same conditions again and again: each is turned into a formula once.
const formulas = [new WeakMap<Condition, Formula>(), new WeakMap<Condition, Formula>()];
function formulaOf(c: Condition, negated: boolean): Formula {
	const cache = formulas[Number(negated)]!;
	let f = cache.get(c);
	if (!f) cache.set(c, (f = toFormula(c, negated)));
	return f;
}

function toFormula(c: Condition, negated: boolean): Formula {
	const atom = (name: string, test: (value: number) => boolean): Atom => ({
		kind: 'atom',
		name,
		holds: negated ? (v) => !test(v) : test
	});
	switch (c.kind) {
		case 'and':
		case 'or': {
			// De Morgan: not (a and b) = not a or not b.
			const kind = (c.kind === 'and') !== negated ? 'and' : 'or';
			return { kind, items: c.items.map((i) => toFormula(i, negated)) };
		}
		case 'criterion':
			return atom(`level:${c.criterion}`, (v) => compare(v, c.op, c.level));
		case 'total':
			return atom('total', (v) => compare(v, c.op, c.value));
		case 'autoFail':
			return atom('autoFail', (v) => (v === 1) !== c.negated);
		case 'mentions':
			return atom(`mentions:${c.fact}`, (v) => v === 1);
		case 'mood':
			return atom('mood', (v) => compare(v, c.op, MOODS.indexOf(c.mood)));
	}
}

/** Why a branch of a turn is never taken. */
export type DeadBranch =
	/** No reply meets its condition at all. */
	| { index: number; reason: 'never' }
	/** An earlier branch (`by`) holds for every reply, so nothing after it is taken. */
	| { index: number; reason: 'always'; by: number }
	/** Every reply that meets it is taken first by the earlier branches `by`. */
	| { index: number; reason: 'covered'; by: number[] };

/**
 * The branches of one turn that no reply can take. `conditions[i]` is branch i's condition, null
 * for `otherwise`, undefined when it could not be checked (bad syntax or unknown names): such a
 * branch is neither judged nor counted as taking replies, so it never causes a report.
 * Branches after the first `otherwise` are not judged (they are reported as such elsewhere).
 */
export function deadBranches(
	conditions: readonly (Condition | null | undefined)[],
	maxLevel: MaxLevel
): DeadBranch[] {
	const dead: DeadBranch[] = [];
	const budget: Budget = { left: BUDGET };
	const satisfiable = (goals: Goal[], maxLevel: MaxLevel) =>
		satisfiableWithin(goals, maxLevel, budget);
	const earlier: { index: number; condition: Condition }[] = [];
	const not = (condition: Condition): Goal => ({ condition, negated: true });
	let always: number | null = null;
	for (const [index, condition] of conditions.entries()) {
		if (condition === undefined) continue;
		if (always !== null) {
			dead.push({ index, reason: 'always', by: always });
			break;
		}
		const self: Goal[] = condition ? [{ condition, negated: false }] : [];
		if (condition && !satisfiable(self, maxLevel)) dead.push({ index, reason: 'never' });
		else if (!satisfiable([...self, ...earlier.map((e) => not(e.condition))], maxLevel)) {
			// Name the earlier branches that actually take some of these replies.
			const by = earlier
				.filter((e, i) =>
					satisfiable(
						[
							...self,
							{ condition: e.condition, negated: false },
							...earlier.slice(0, i).map((x) => not(x.condition))
						],
						maxLevel
					)
				)
				.map((e) => e.index);
			dead.push({ index, reason: 'covered', by });
		} else if (condition) {
			earlier.push({ index, condition });
			if (!satisfiable([not(condition)], maxLevel)) always = index;
		}
		if (!condition) break;
	}
	return dead;
}
