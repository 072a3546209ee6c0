import type { ScoringContext } from '../scoring';
import type { Scenario } from './types';

/** What the scorer needs to know of a scenario, and of the customer message being answered. */
export function scoringContext(s: Scenario, message?: string): ScoringContext {
	return {
		locale: s.locale,
		channel: s.channel,
		customer: { name: s.customer.name, message },
		agent: {
			name: s.agent.name,
			role: s.agent.role || undefined,
			company: s.agent.company,
			contact: s.agent.contact
		},
		facts: s.facts
	};
}
