import type { ScoringContext } from '../scoring';
import type { Scenario } from './types';

/** What the scorer needs to know of a scenario. */
export function scoringContext(s: Scenario): ScoringContext {
	return {
		locale: s.locale,
		channel: s.channel,
		customer: { name: s.customer.name },
		agent: {
			name: s.agent.name,
			role: s.agent.role || undefined,
			company: s.agent.company,
			contact: s.agent.contact
		},
		facts: s.facts
	};
}
