import type { Locale, Rubric } from '../rubric';
import { scoringContext, type Scenario } from '../scenario';
import { scoreReply } from '../scoring';
import { rubricForDisplay, type Attempt, type Rescore } from '../store';
import { findRubric, findScenario } from './catalog';
import { getStore } from './store';
import type { Morphology } from './play.svelte';

/** Whether the attempt was scored or played with files that have changed since. */
export function olderVersions(
	attempt: Attempt,
	scenario: Scenario | undefined,
	rubric: Rubric | undefined
): { rubric: boolean; scenario: boolean } {
	return {
		rubric: !!rubric && rubric.version !== attempt.rubricVersion,
		scenario: !!scenario && scenario.version !== attempt.scenarioVersion
	};
}

/** The attempt's replies scored with today's rubric and scenario; the original stays untouched. */
export async function rescoreAttempt(
	attempt: Attempt,
	scenario: Scenario,
	rubric: Rubric,
	{ lang, morphology }: { lang: Locale; morphology: Morphology | null },
	now = Date.now()
): Promise<Rescore> {
	const scores = [];
	for (const turn of attempt.turns) {
		const tokens =
			morphology && scenario.locale === 'ja'
				? await morphology.tokenize(turn.reply).catch(() => undefined)
				: undefined;
		scores.push(
			scoreReply(turn.reply, rubric, scoringContext(scenario, turn.customerMessage), {
				lang,
				tokens
			})
		);
	}
	return {
		rubricVersion: rubric.version,
		scenarioVersion: scenario.version,
		at: now,
		scores,
		total: scores.at(-1)?.total ?? 0
	};
}

/**
 * The rubric to show the attempt's scores with: the version it was scored with when this browser
 * has it, else today's. And the customer's name, from the scenario version it was played with.
 */
export async function scoredWith(
	attempt: Attempt
): Promise<{ rubric: Rubric | undefined; customerName: string }> {
	const store = getStore();
	const [rubric, scenario] = await Promise.all([
		store.versions.rubric(attempt.rubricId, attempt.rubricVersion),
		store.versions.scenario(attempt.scenarioId, attempt.scenarioVersion)
	]);
	return {
		rubric: rubric ? rubricForDisplay(rubric) : findRubric(attempt.rubricId),
		customerName: scenario?.customerName ?? findScenario(attempt.scenarioId)?.customer.name ?? ''
	};
}
