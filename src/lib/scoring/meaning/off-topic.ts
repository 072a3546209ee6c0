import type { FinderInput, Match } from '../finders';
import { reading } from './answers';
import { driftIn } from './concepts';
import { askedIn } from './questions';

/**
 * The reply answers none of the customer's questions and talks instead about something they never
 * raised (the returns policy, an upgrade, general tips): its steps belong to another conversation,
 * so for this customer there is no next step at all. Each drifting sentence is evidence.
 */
export function findOffTopic({ p, ctx }: FinderInput): Match[] {
	const r = reading(p, ctx.customer.message);
	if (!r.questions.length || r.questions.some((q) => q.answer) || r.asksBack) return [];
	const raised = askedIn(ctx.customer.message, p.locale).raised;
	const out: Match[] = [];
	for (const s of p.sentences) {
		if (s.start >= p.signatureStart) break;
		const text = p.norm.slice(s.start, s.end);
		for (const drift of driftIn(text, p.locale))
			if (!raised.has(drift)) {
				out.push({ start: s.start, end: s.end, part: drift });
				break;
			}
	}
	return out;
}
