import { byCriterionOrder, scoredAttempts } from './scored';
import { downsample, MAX_POINTS } from './series';
import type { CriterionStats, Kpis, ProgressAttempt, ProgressSummary, ScenarioInfo } from './types';

/**
 * Everything the progress page shows about a trainee's attempts, in time linear in the number of
 * replies (plus one sort of the attempts by time).
 */
export function summarize(
	attempts: readonly ProgressAttempt[],
	scenarios: readonly Pick<ScenarioInfo, 'id'>[],
	{ maxPoints = MAX_POINTS } = {}
): ProgressSummary {
	let done = 0;
	let scoredTurns = 0;
	let responseSum = 0;
	let responses = 0;
	let finished = 0;
	let resolved = 0;
	let escalated = 0;
	let csatSum = 0;
	const doneIds = new Set<string>();

	for (const attempt of attempts) {
		if (attempt.status === 'done') {
			done++;
			doneIds.add(attempt.scenarioId);
		}
		if (attempt.result) {
			finished++;
			if (attempt.result.outcome === 'resolved') resolved++;
			if (attempt.result.outcome === 'escalated') escalated++;
			csatSum += attempt.result.csat;
		}
		scoredTurns += attempt.turns.length;
		for (const turn of attempt.turns) {
			if (turn.responseMs === null) continue;
			responseSum += turn.responseMs;
			responses++;
		}
	}

	const scored = scoredAttempts(attempts);
	const criteria: CriterionStats[] = scored.criteria
		.map((criterion, c) => {
			const t = scored.tallies[c]!;
			const averageLevel = t.shares / t.turns;
			return {
				criterion,
				turns: t.turns,
				belowMax: t.belowMax,
				belowMaxShare: t.belowMax / t.turns,
				averageLevel,
				averageLost: 1 - averageLevel,
				series: downsample(scored.levels[c]!, scored.at, maxPoints)
			};
		})
		.sort((a, b) => byCriterionOrder(a.criterion, b.criterion));
	const kpis: Kpis = {
		averageResponseMs: responses ? responseSum / responses : null,
		resolutionRate: finished ? resolved / finished : null,
		escalationRate: finished ? escalated / finished : null,
		averageCsat: finished ? csatSum / finished : null
	};

	return {
		attempts: attempts.length,
		done,
		inProgress: attempts.length - done,
		scoredTurns,
		scoredAttempts: scored.attempts.length,
		completed: {
			ids: [...doneIds],
			count: scenarios.filter((s) => doneIds.has(s.id)).length,
			of: scenarios.length
		},
		kpis,
		total: downsample(scored.total, scored.at, maxPoints),
		criteria,
		mostLost: [...criteria].sort(
			(a, b) =>
				b.belowMaxShare - a.belowMaxShare ||
				b.averageLost - a.averageLost ||
				byCriterionOrder(a.criterion, b.criterion)
		)
	};
}
