import type { Locale } from '../rubric';
import type { ScoringContext } from './types';

/** The late-delivery case in both languages, as tests and benchmarks score replies against it. */
export const SAMPLE_CONTEXT: Record<Locale, ScoringContext> = {
	en: {
		locale: 'en',
		channel: 'email',
		customer: { name: 'Dana Reyes' },
		agent: {
			name: 'Sam Carter',
			role: 'Customer Care',
			company: 'Northwind Shop',
			contact: ['https://help.northwind.example', '0120-123-456']
		},
		facts: {
			order_id: 'A-10492',
			product: "Trailblazer kids' bike",
			eta: 'Friday 14 March',
			status_url: 'https://northwind.example/track/A-10492'
		}
	},
	ja: {
		locale: 'ja',
		channel: 'email',
		customer: { name: '山田 花子' },
		agent: {
			name: '佐藤 美咲',
			role: 'カスタマーサポート',
			company: '株式会社ミドリ商店',
			contact: ['0120-123-456']
		},
		facts: {
			order_id: 'B-20931',
			product: '子ども用自転車',
			eta: '3月14日（金）',
			status_url: 'https://midori.example/track/B-20931'
		}
	}
};
