import { CHANNELS, LOCALES } from '../lib/rubric';
import { detectLocale, type ScoringContext } from '../lib/scoring';

/** The shape of a `--context` file and of each `dojo eval` line (minus the reply and labels). */
export interface ContextInput {
	locale?: string;
	channel?: string;
	customer?: { name?: string; message?: string };
	facts?: Record<string, unknown>;
}

/** Builds a scoring context from loose JSON; agent and company come from the facts. */
export function contextFrom(
	input: ContextInput,
	reply: string,
	overrides: { locale?: string; channel?: string } = {}
): ScoringContext {
	const locale = pick(overrides.locale ?? input.locale, LOCALES, 'locale') ?? detectLocale(reply);
	const channel = pick(overrides.channel ?? input.channel, CHANNELS, 'channel') ?? 'email';
	const facts: Record<string, string> = {};
	for (const [key, value] of Object.entries(input.facts ?? {})) {
		if (typeof value === 'string' || typeof value === 'number') facts[key] = String(value);
		// A list of options ("can_do": [...]) reads as one fact, its items apart.
		else if (Array.isArray(value))
			facts[key] = value.filter((v) => typeof v === 'string' || typeof v === 'number').join('; ');
	}
	return {
		locale,
		channel,
		customer: { name: input.customer?.name ?? '', message: input.customer?.message },
		agent: {
			name: facts.agent ?? '',
			role: facts.role,
			company: facts.company ?? '',
			contact: [facts.phone, facts.help_url, facts.email].filter((v): v is string => !!v)
		},
		facts
	};
}

function pick<T extends string>(
	value: string | undefined,
	options: readonly T[],
	name: string
): T | undefined {
	if (value === undefined) return undefined;
	if (!options.includes(value as T))
		throw new Error(`${name} must be one of ${options.join(', ')}, not "${value}"`);
	return value as T;
}
