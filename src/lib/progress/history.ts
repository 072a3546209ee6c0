import type { AttemptStatus, ScenarioTally } from '../store';
import type { ProgressAttempt } from './types';

/** What the history list is narrowed to; an empty field does not narrow it. */
export interface HistoryQuery {
	scenarioId?: string;
	status?: AttemptStatus | '';
	outcome?: string;
	/** Words to find in the scenario title or in any reply, in any case and width. */
	text?: string;
}

/** The choices the history filters offer: only values that occur in the attempts. */
export interface HistoryOptions {
	scenarios: { id: string; title: string }[];
	outcomes: string[];
}

/** The scenarios played and the outcomes reached, by the trainee's tallies, sorted. */
export function historyOptions(
	played: readonly Pick<ScenarioTally, 'scenarioId' | 'title' | 'outcomes'>[]
): HistoryOptions {
	return {
		scenarios: played
			.map((t) => ({ id: t.scenarioId, title: t.title }))
			.sort((a, b) => a.title.localeCompare(b.title)),
		outcomes: [...new Set(played.flatMap((t) => Object.keys(t.outcomes)))].sort()
	};
}

/** Folds case and full-width forms, so that "ＯＲＤＥＲ" finds "order" and ｶﾀｶﾅ finds カタカナ. */
export function foldText(text: string): string {
	return text.normalize('NFKC').toLowerCase();
}

/**
 * A trainee's attempts as a history to filter and search. The words to search are the title and,
 * when given, each attempt's text by id (its replies and draft: the store's search texts, read only
 * once the trainee searches). They are folded on the first search and kept, so typing a query
 * does not fold every reply again.
 */
export class History<A extends ProgressAttempt = ProgressAttempt> {
	#haystacks: string[] | null = null;

	constructor(
		readonly attempts: readonly A[],
		private readonly texts: ReadonlyMap<string, string> = new Map()
	) {}

	/** The attempts that match every field of the query, in their original order. */
	filter(query: HistoryQuery): A[] {
		const words = query.text ? foldText(query.text).split(/\s+/).filter(Boolean) : [];
		const haystacks = words.length ? this.#searchable() : null;
		const matches: A[] = [];
		this.attempts.forEach((a, i) => {
			if (query.scenarioId && a.scenarioId !== query.scenarioId) return;
			if (query.status && a.status !== query.status) return;
			if (query.outcome && a.result?.outcome !== query.outcome) return;
			if (haystacks && !words.every((w) => haystacks[i]!.includes(w))) return;
			matches.push(a);
		});
		return matches;
	}

	#searchable(): string[] {
		this.#haystacks ??= this.attempts.map((a) =>
			foldText(`${a.scenarioTitle}\n${this.texts.get(a.id) ?? ''}`)
		);
		return this.#haystacks;
	}
}
