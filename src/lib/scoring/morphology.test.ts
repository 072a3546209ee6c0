import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer } from '../morph/node';
import type { Tokenize } from '../morph';
import { readRubricFile } from '../catalog/load';
import type { Rubric } from '../rubric';
import { scoreReply } from '.';
import type { ScoringContext } from './types';

// The tokenizer tier on the shipped rubric: kuromoji is loaded directly here, as the CLI does.
const ctx: ScoringContext = {
	locale: 'ja',
	channel: 'email',
	customer: { name: '山田 花子' },
	agent: { name: '佐藤 美咲', company: '株式会社ミドリ商店' },
	facts: {}
};

let rubric: Rubric;
let tokenize: Tokenize;

beforeAll(async () => {
	const parsed = readRubricFile('rubrics/support-email.yaml');
	if (!parsed.ok) throw new Error('support-email.yaml does not parse');
	rubric = parsed.rubric;
	tokenize = await loadTokenizer();
}, 30_000);

const reply = (body: string) =>
	`山田 花子様\n\nお問い合わせいただきありがとうございます。${body}\nご不明な点がございましたら、お気軽にお問い合わせください。\n\n株式会社ミドリ商店 カスタマーサポート\n佐藤 美咲`;

function toneWith(text: string, tokens: boolean) {
	const score = scoreReply(text, rubric, ctx, tokens ? { tokens: tokenize(text) } : {});
	return { score, tone: score.criteria.tone! };
}

describe('tokenizer tier', () => {
	it('finds doubled keigo in a form the phrase list does not spell out, and only when tokens are given', () => {
		const text = reply('先日お使いになられた商品について、担当部署に確認いたしました。');
		const fast = toneWith(text, false);
		expect(fast.score.morphology).toBe(false);
		expect(fast.tone.evidence.some((e) => e.check === 'double-honorific')).toBe(false);

		const full = toneWith(text, true);
		expect(full.score.morphology).toBe(true);
		const found = full.tone.evidence.find((e) => e.check === 'double-honorific');
		expect(found?.text).toBe(text.slice(found!.start, found!.end));
		expect(text.slice(found!.start, found!.end)).toContain('になられ');
		expect(full.tone.level).toBeLessThanOrEqual(1);
	});

	it('finds humble keigo used for the customer', () => {
		const text = reply('お客様が先ほど電話で申し上げたとおり、返品の手続きを進めております。');
		const found = toneWith(text, true).tone.evidence.find((e) => e.check === 'humble-for-customer');
		expect(found).toBeDefined();
		expect(found!.text).toContain('申し上げ');
	});

	it('leaves correct keigo alone', () => {
		const text = reply(
			'会員になられたお客様には、ご注文の商品を3月14日（金）にお届けいたします。資料をご覧になりましたら、ご返信ください。'
		);
		const { tone } = toneWith(text, true);
		expect(
			tone.evidence.filter(
				(e) => e.check === 'double-honorific' || e.check === 'humble-for-customer'
			)
		).toEqual([]);
	});

	it('does not report twice what the phrase list already found', () => {
		const text = reply('資料をご覧になられましたか。');
		const { tone } = toneWith(text, true);
		expect(tone.evidence.some((e) => e.check === 'broken-keigo')).toBe(true);
		expect(tone.evidence.some((e) => e.check === 'double-honorific')).toBe(false);
	});
});
