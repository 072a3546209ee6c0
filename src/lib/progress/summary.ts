import type { CriterionTally, Tallies } from '../store';
import { byCriterionOrder } from './scored';
import { downsample, MAX_POINTS } from './series';
import type { CriterionStats, Kpis, ProgressSummary, ScenarioInfo } from './types';

/**
 * Everything the progress page shows about a trainee's attempts, from the store's tallies: counts
 * from the scenario tallies, charts (one point per attempt, or per run of attempts in a long
 * history) from the day tallies.
 */
export function summarize(
	{ scenarios: perScenario, days }: Tallies,
	scenarios: readonly Pick<ScenarioInfo, 'id'>[],
	{ maxPoints = MAX_POINTS } = {}
): ProgressSummary {
	let attempts = 0;
	let done = 0;
	let scoredTurns = 0;
	let responseMs = 0;
	let responses = 0;
	let finished = 0;
	let resolved = 0;
	let escalated = 0;
	let csat = 0;
	const doneIds: string[] = [];
	for (const t of perScenario) {
		attempts += t.attempts;
		done += t.done;
		if (t.done > 0) doneIds.push(t.scenarioId);
		scoredTurns += t.turns;
		responseMs += t.responseMs;
		responses += t.responses;
		finished += t.finished;
		resolved += t.outcomes.resolved ?? 0;
		escalated += t.outcomes.escalated ?? 0;
		csat += t.csat;
	}

	// The scored attempts oldest first, as columns: the days' columns one after the other.
	const chronological = [...days].sort((a, b) => a.day - b.day);
	const at: number[] = [];
	const totals: number[] = [];
	const levels = new Map<string, number[]>();
	const tallies = new Map<string, CriterionTally>();
	for (const day of chronological) {
		for (const id in day.levels)
			if (!levels.has(id)) levels.set(id, new Array(at.length).fill(NaN));
		for (const [id, column] of levels) {
			const values = day.levels[id];
			for (let i = 0; i < day.at.length; i++) column.push(values ? values[i]! : NaN);
		}
		for (let i = 0; i < day.at.length; i++) {
			at.push(day.at[i]!);
			totals.push(day.total[i]! / 100);
		}
		for (const [id, c] of Object.entries(day.criteria)) {
			const tally = tallies.get(id) ?? { turns: 0, belowMax: 0, shares: 0 };
			tally.turns += c.turns;
			tally.belowMax += c.belowMax;
			tally.shares += c.shares;
			tallies.set(id, tally);
		}
	}

	const criteria: CriterionStats[] = [...tallies]
		.map(([criterion, t]) => {
			const averageLevel = t.shares / t.turns;
			return {
				criterion,
				turns: t.turns,
				belowMax: t.belowMax,
				belowMaxShare: t.belowMax / t.turns,
				averageLevel,
				averageLost: 1 - averageLevel,
				series: downsample(levels.get(criterion) ?? [], at, maxPoints)
			};
		})
		.sort((a, b) => byCriterionOrder(a.criterion, b.criterion));
	const kpis: Kpis = {
		averageResponseMs: responses ? responseMs / responses : null,
		resolutionRate: finished ? resolved / finished : null,
		escalationRate: finished ? escalated / finished : null,
		averageCsat: finished ? csat / finished : null
	};

	return {
		attempts,
		done,
		inProgress: attempts - done,
		scoredTurns,
		scoredAttempts: at.length,
		completed: {
			ids: doneIds,
			count: scenarios.filter((s) => doneIds.includes(s.id)).length,
			of: scenarios.length
		},
		kpis,
		total: downsample(totals, at, maxPoints),
		criteria,
		mostLost: [...criteria].sort(
			(a, b) =>
				b.belowMaxShare - a.belowMaxShare ||
				b.averageLost - a.averageLost ||
				byCriterionOrder(a.criterion, b.criterion)
		)
	};
}
