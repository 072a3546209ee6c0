import type { Channel, Locale } from '../rubric';
import type { ScenarioSummary } from './summary';

/** The catalog's filters; an absent field does not filter. */
export interface ScenarioFilter {
	skill?: string;
	channel?: Channel;
	locale?: Locale;
	difficulty?: number;
}

type Filterable = Pick<ScenarioSummary, 'skills' | 'channel' | 'locale' | 'difficulty'>;

export const FILTER_KEYS = ['skill', 'channel', 'locale', 'difficulty'] as const;

export function matches(scenario: Filterable, filter: ScenarioFilter): boolean {
	return (
		(!filter.skill || scenario.skills.includes(filter.skill)) &&
		(!filter.channel || scenario.channel === filter.channel) &&
		(!filter.locale || scenario.locale === filter.locale) &&
		(!filter.difficulty || scenario.difficulty === filter.difficulty)
	);
}

/** The values each filter can take, from the scenarios themselves (never a hard-coded list). */
export function facets(scenarios: Filterable[]) {
	const sorted = <T>(values: Iterable<T>) => [...new Set(values)].sort();
	return {
		skill: sorted(scenarios.flatMap((s) => s.skills)),
		channel: sorted(scenarios.map((s) => s.channel)),
		locale: sorted(scenarios.map((s) => s.locale)),
		difficulty: sorted(scenarios.map((s) => s.difficulty))
	};
}

/** Reads a filter from URL search params, ignoring values no scenario has. */
export function parseFilter(
	params: URLSearchParams,
	available: ReturnType<typeof facets>
): ScenarioFilter {
	const filter: ScenarioFilter = {};
	const skill = params.get('skill');
	if (skill && available.skill.includes(skill)) filter.skill = skill;
	const channel = params.get('channel');
	if (channel && (available.channel as string[]).includes(channel))
		filter.channel = channel as Channel;
	const locale = params.get('locale');
	if (locale && (available.locale as string[]).includes(locale)) filter.locale = locale as Locale;
	const difficulty = Number(params.get('difficulty'));
	if ((available.difficulty as number[]).includes(difficulty)) filter.difficulty = difficulty;
	return filter;
}

/** The URL query for a filter (`?skill=tone&difficulty=2`), empty when nothing is filtered. */
export function filterQuery(filter: ScenarioFilter): string {
	const params = FILTER_KEYS.flatMap((key) =>
		filter[key] ? [`${key}=${encodeURIComponent(String(filter[key]))}`] : []
	);
	return params.length ? `?${params.join('&')}` : '';
}
