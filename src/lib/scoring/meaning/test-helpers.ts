import { readRubricFile } from '../../catalog/load';
import type { Channel, Locale, Rubric } from '../../rubric';
import { scoreReply, type Score, type ScoringContext } from '..';

/** The shipped rubrics, for tests that pin what a finder does to a criterion's level. */
export function shippedRubric(id: 'support-email' | 'support-chat'): Rubric {
	const result = readRubricFile(`rubrics/${id}.yaml`);
	if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
	return result.rubric;
}

export function context(
	locale: Locale,
	message?: string,
	channel: Channel = 'email'
): ScoringContext {
	return {
		locale,
		channel,
		customer: { name: locale === 'en' ? 'Dana Reyes' : '山田 花子', message },
		agent:
			locale === 'en'
				? { name: 'Sam Carter', role: 'Customer Care', company: 'Northwind Shop' }
				: { name: '佐藤 美咲', role: 'カスタマーサポート', company: '株式会社ミドリ商店' },
		facts: {}
	};
}

export function scored(
	reply: string,
	locale: Locale,
	message?: string,
	channel: Channel = 'email'
): Score {
	const rubric = shippedRubric(channel === 'email' ? 'support-email' : 'support-chat');
	return scoreReply(reply, rubric, context(locale, message, channel));
}

/** Counted evidence of one check in one criterion. */
export function evidenceOf(s: Score, criterion: string, check: string) {
	return (s.criteria[criterion]?.evidence ?? []).filter(
		(e) => e.check.split('.')[0] === check && !e.void
	);
}
