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
		expect(fast.tone.evidence.some((e) => e.check === 'keigo-misuse')).toBe(false);

		const full = toneWith(text, true);
		expect(full.score.morphology).toBe(true);
		const found = full.tone.evidence.find((e) => e.check === 'keigo-misuse');
		expect(found?.text).toBe(text.slice(found!.start, found!.end));
		expect(text.slice(found!.start, found!.end)).toContain('になられ');
		// The finding names the rule and gives the corrected form.
		expect(found!.message).toContain('お使いになった');
		expect(full.tone.level).toBeLessThanOrEqual(1);
	});

	it('holds clarity at 2 when keigo slips, as the labelers did', () => {
		const text = reply(
			'代わりの商品は本日発送し、12月4日（金）にお届けの予定です。\n\n1. お手元の商品は、新しい商品が届くまでお持ちしてください。\n2. 同封の返送伝票にご記入してください。\n\n万が一届かない場合は、このメールにご返信ください。'
		);
		const clarity = (tokens: boolean) => toneWith(text, tokens).score.criteria.clarity!;
		expect(clarity(false).level).toBe(3);
		const full = clarity(true);
		expect(full.evidence.some((e) => e.check === 'hard-to-follow' && !e.void)).toBe(true);
		expect(full.level).toBe(2);
	});

	it('finds humble keigo used for the customer', () => {
		const text = reply('お客様が先ほど電話で申し上げたとおり、返品の手続きを進めております。');
		const found = toneWith(text, true).tone.evidence.find((e) => e.check === 'keigo-misuse');
		expect(found).toBeDefined();
		expect(found!.text).toContain('申し上げ');
		expect(found!.message).toContain('おっしゃった');
	});

	it('leaves correct keigo alone', () => {
		const text = reply(
			'会員になられたお客様には、ご注文の商品を3月14日（金）にお届けいたします。資料をご覧になりましたら、ご返信ください。'
		);
		const { tone } = toneWith(text, true);
		expect(
			tone.evidence.filter((e) => e.check.startsWith('keigo-') || e.check === 'register-drop')
		).toEqual([]);
	});

	it('lets the morphology checks stand in for the phrase lists they do better', () => {
		const text = reply('資料をご覧になられましたか。ご確認してください。');
		const fast = toneWith(text, false).tone;
		expect(fast.evidence.some((e) => e.check === 'broken-keigo')).toBe(true);
		const { tone } = toneWith(text, true);
		expect(tone.evidence.some((e) => e.check === 'broken-keigo')).toBe(false);
		expect(tone.evidence.filter((e) => e.check === 'keigo-misuse').map((e) => e.text)).toEqual([
			'ご覧になられました',
			'ご確認してください'
		]);
	});

	it('reads a polite ending before ね as polite, where the phrase list calls it casual', () => {
		const text = reply('ほかにも気になることがあれば、いつでもご連絡くださいね。');
		expect(toneWith(text, false).tone.evidence.some((e) => e.check === 'casual')).toBe(true);
		const { tone } = toneWith(text, true);
		expect(tone.evidence.some((e) => e.check === 'casual' || e.check === 'register-drop')).toBe(
			false
		);
	});
});
