import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readRubricFile } from '../catalog/load';
import { scoreReply } from '.';
import type { ScoringContext } from './types';

// The register checks of the shipped rubric against a sample of the KeiCO corpus (Liu &
// Kobayashi, CC BY 4.0): level 4 sentences are casual, level 1 sentences are the most honorific.
// Level 2 and 3 mix honorific words with plain endings, which a support reply must not do either,
// so they are left out of the measure.
const parsed = readRubricFile('rubrics/support-email.yaml');
if (!parsed.ok) throw new Error('support-email.yaml does not parse');
const rubric = parsed.rubric;

const ctx: ScoringContext = {
	locale: 'ja',
	channel: 'chat',
	customer: { name: '山田' },
	agent: { name: '佐藤', company: 'ミドリ商店' },
	facts: {}
};

const sentences = readFileSync('tests/fixtures/keico-sample.csv', 'utf8')
	.trim()
	.split('\n')
	.slice(1)
	.map((line) => {
		const [text, level] = line.split(',');
		return { text: text!, level: Number(level) };
	});

function flaggedCasual(text: string): boolean {
	return scoreReply(text, rubric, ctx).criteria.tone!.evidence.some(
		(e) => (e.check === 'casual' || e.check === 'casual-word') && !e.void
	);
}

function share(level: number): number {
	const group = sentences.filter((s) => s.level === level);
	return group.filter((s) => flaggedCasual(s.text)).length / group.length;
}

describe('register checks on KeiCO', () => {
	it('flags most casual sentences (level 4)', () => {
		expect(share(4)).toBeGreaterThanOrEqual(0.7);
	});

	it('rarely flags the most honorific sentences (level 1)', () => {
		expect(share(1)).toBeLessThanOrEqual(0.1);
	});
});
