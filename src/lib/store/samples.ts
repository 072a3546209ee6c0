import type { Score } from '../scoring';
import type { NewAttempt } from './attempts';
import type { Bundle } from './backup/format';
import type {
	Attempt,
	AttemptTurn,
	Profile,
	Review,
	RubricVersion,
	ScenarioVersion
} from './types';

/** Records shaped as the app stores them, for tests and the storage benchmark. */
export function sampleScore(total: number): Score {
	return {
		criteria: {
			empathy: {
				level: 2,
				max: 3,
				weight: 20,
				evidence: [
					{
						start: 0,
						end: 8,
						text: 'Hi Dana,',
						check: 'greeting',
						effect: 1,
						message: 'Greets by name.'
					}
				],
				missing: [{ check: 'apology', message: 'No apology.', example: 'I am sorry.' }]
			}
		},
		total,
		autoFail: false,
		autoFailReason: null,
		passed: total >= 60,
		rubric: { id: 'support-email', version: 'r1' },
		locale: 'en',
		morphology: false
	};
}

/** What the play page passes to `attempts.start` for the late-delivery scenario. */
export const SAMPLE_NEW_ATTEMPT: NewAttempt = {
	profileId: 'p1',
	scenarioId: 'late-delivery-en',
	scenarioTitle: 'Where is my order?',
	scenarioVersion: 's1',
	rubricId: 'support-email',
	rubricVersion: 'r1'
};

export function sampleProfile(id = 'p1', name = 'Aiko'): Profile {
	return { id, name, createdAt: 1 };
}

/** A scored reply to the opening message. */
export function sampleTurn({
	reply = 'It ships on Friday.',
	sentAt = 0,
	total = 72,
	responseMs = 30_000 as number | null
} = {}): AttemptTurn {
	return {
		turnId: 'opening',
		subject: null,
		customerMessage: 'Where is it?',
		reply,
		score: sampleScore(total),
		sentAt,
		responseMs
	};
}

export function sampleAttempt(
	id: string,
	updatedAt: number,
	extra: Partial<Attempt> = {}
): Attempt {
	return {
		id,
		profileId: 'p1',
		scenarioId: 'late-delivery-en',
		scenarioTitle: 'Where is my order?',
		scenarioVersion: 's1',
		rubricId: 'support-email',
		rubricVersion: 'r1',
		status: 'done',
		startedAt: updatedAt - 1000,
		updatedAt,
		turns: [
			{
				turnId: 'opening',
				subject: 'Order A-10492',
				customerMessage: 'Where is my **order**?',
				reply: 'Hi Dana, it arrives on Friday.',
				score: sampleScore(72),
				sentAt: updatedAt,
				responseMs: 60_000
			}
		],
		total: 72,
		snapshot: { status: 'done', value: 'resolved', context: { transcript: [] } },
		draft: '',
		result: { ending: 'resolved', outcome: 'resolved', csat: 4 },
		...extra
	};
}

export function sampleReview(id: string, attemptId: string, updatedAt: number): Review {
	return {
		id,
		attemptId,
		turnIndex: 0,
		start: 0,
		end: 8,
		comment: 'A warm **opening**.',
		override: null,
		reviewer: 'Ken',
		createdAt: updatedAt,
		updatedAt
	};
}

export const sampleRubricVersion: RubricVersion = {
	id: 'support-email',
	version: 'r1',
	title: { en: 'Support email', ja: 'サポートメール' },
	pass: 60,
	criteria: [
		{
			id: 'empathy',
			name: { en: 'Empathy', ja: '共感' },
			weight: 20,
			levels: [0, 1, 2, 3].map((n) => ({ en: `Level ${n}`, ja: `レベル${n}` }))
		}
	]
};

export const sampleScenarioVersion: ScenarioVersion = {
	id: 'late-delivery-en',
	version: 's1',
	title: 'Where is my order?',
	locale: 'en',
	channel: 'email',
	customerName: 'Dana Reyes'
};

/** A backup bundle holding the given rows and nothing else. */
export function sampleBundle(rows: Partial<Bundle> = {}): Bundle {
	return {
		format: 'reply-dojo-backup',
		formatVersion: 1,
		schemaVersion: 3,
		exportedAt: 1,
		scope: 'selection',
		profiles: [],
		attempts: [],
		reviews: [],
		rubricVersions: [],
		scenarioVersions: [],
		...rows
	};
}

/** A backup from another browser: one trainee's attempts, with the versions that scored them. */
export function sampleImport(profile: Profile, attempts: Attempt[]): Bundle {
	return sampleBundle({
		profiles: [profile],
		attempts,
		rubricVersions: [sampleRubricVersion],
		scenarioVersions: [sampleScenarioVersion]
	});
}
