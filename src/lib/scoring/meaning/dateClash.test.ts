import { describe, expect, it } from 'vitest';
import type { Locale } from '../../rubric';
import { prepare } from '../text';
import type { ScoringContext } from '../types';
import { findDateClashes } from './dateClash';

const FACTS: Record<Locale, Record<string, string>> = {
	en: {
		today: 'Wednesday 2 December 2026',
		status:
			'relabelled on Wednesday 2 December at 10:15; leaves the depot on the Wednesday 2 December evening trunk run',
		new_estimated_delivery: 'Friday 4 December 2026 (carrier estimate, not guaranteed)'
	},
	ja: {
		today: '12月2日（水）',
		planned_fix: 'v4.12.2 を12月8日（火）公開予定（確定ではない）'
	}
};

function clashes(reply: string, locale: Locale) {
	const ctx: ScoringContext = {
		locale,
		channel: 'chat',
		customer: { name: 'Dana' },
		agent: { name: 'Sam', company: 'Shop' },
		facts: FACTS[locale]
	};
	const p = prepare(reply, locale);
	return findDateClashes(p, ctx).map((m) => p.norm.slice(m.start, m.end));
}

describe('date clashes', () => {
	it('finds two different times for the same thing', () => {
		expect(
			clashes(
				'It is out for delivery, so you should have it by this evening. They are estimating Friday for delivery.',
				'en'
			)
		).toEqual(['this evening', 'friday']);
		expect(
			clashes(
				'修正版は明日公開いたします。なお、修正版の公開は12月8日（火）を予定しております。',
				'ja'
			)
		).toEqual(['明日', '12月8日(火)']);
	});

	it('leaves alternatives, stages of the case and conditions alone', () => {
		expect(
			clashes('It leaves the depot tonight and should be delivered on Friday 4 December.', 'en')
		).toEqual([]);
		expect(clashes('Delivery is expected Friday or Saturday.', 'en')).toEqual([]);
		expect(
			clashes(
				"Delivery is expected on Friday 4 December. If it isn't there by Saturday, tell me.",
				'en'
			)
		).toEqual([]);
		expect(
			clashes('公開は12月8日（火）の予定です。遅れる場合は10日（木）までにご連絡します。', 'ja')
		).toEqual([]);
	});
});
