import { describe, expect, it } from 'vitest';
import { parseRubric, type Locale, type Rubric } from '../rubric';
import { scoreReply, type Evidence, type Score, type ScoreOptions, type ScoringContext } from '.';

// A small rubric written for these tests, so that they pin the engine's semantics and not the
// tuning of the shipped rubrics.
const MINI = `
id: mini
title: { en: Mini, ja: ミニ }
pass: 50
negation:
  en:
    before: ["not", "n't", "never"]
  ja:
    after: ["とは申し", "いたしかねます"]
criteria:
  - id: empathy
    name: Empathy
    weight: 40
    base: 0
    levels: [none, formula, some, full]
    checks:
      - id: apology
        phrases:
          en: ["sorry", "/apologi[sz]e/"]
          ja: ["申し訳ございません", "お詫び"]
        negatable: true
        not_with: [blame]
        points: 1
        message: { en: An apology., ja: お詫びです。 }
        missing: { en: No apology., ja: お詫びがありません。 }
        example: { en: "I'm sorry.", ja: 申し訳ございません。 }
      - id: ownership
        phrases: { en: ["our mistake"], ja: ["弊社の不手際"] }
        requires: [apology]
        points: 1
        message: Owns the problem.
        missing: { en: Take ownership., ja: 責任を明確に。 }
      - id: understand
        phrases: { en: ["i understand"], ja: ["お察し", "ご不便"] }
        points: 0.5
        message: Understands.
      - id: thanks
        phrases: { en: ["thank you"], ja: ["ありがとうございます"] }
        points: 1
        message: Thanks.
      - id: dismissive
        phrases: { en: ["calm down"], ja: ["落ち着いて"] }
        cap: 1
        message: Dismissive.

  - id: tone
    name: Tone
    weight: 30
    base: 3
    levels: [rude, curt, polite, warm]
    checks:
      - id: blame
        phrases: { en: ["your fault"], ja: ["お客様のせい"] }
        cap: 0
        auto_fail: true
        message: { en: Blames the customer., ja: お客様のせいにしています。 }
      - id: filler
        phrases: { en: ["basically"], ja: ["させていただ"] }
        each: true
        limit: 2
        points: -1
        message: Filler.
      - id: casual
        where: sentence-end
        phrases: { en: ["mate"], ja: ["だよ"] }
        cap: 1
        message: Casual sentence end.
      - id: greeting
        where: opening
        phrases: { en: ["hello"], ja: ["いつもお世話"] }
        points: 0.5
        message: Greets.
      - id: invite
        where: closing
        phrases: { en: ["let me know"], ja: ["お気軽に"] }
        points: 0.5
        message: Invites questions.

  - id: clarity
    name: Clarity
    weight: 10
    base: 1
    levels: [poor, fair, good, great]
    checks:
      - id: jargon
        phrases: { en: ["sku", "rma", "sla"], ja: ["エスカレ"] }
        each: true
        limit: 3
        points: -1
        message: Jargon.
      - id: self-help
        phrases: { en: ["ＦＡＱ", "help centre"], ja: ["ヘルプページ"] }
        points: 1
        message: Points to self-help.

  - id: next_steps
    name: Next steps
    weight: 10
    base: 2
    levels: [none, vague, concrete, full]
    checks:
      - id: overpromise
        find: promise
        facts: [eta]
        phrases: { en: ["today", "tomorrow", "friday"], ja: ["本日中", "明日", "金曜日"] }
        cap: 1
        message: Promises more than the facts.

  - id: signature
    name: Signature
    weight: 5
    base: 0
    levels: [none, partial, good, full]
    checks:
      - id: signature-block
        find: signature
        channels: [email]
        phrases: { en: ["customer care"], ja: ["サポート"] }
        parts: { name: 1, company: 1, role: 0.5, contact: 0.5, elsewhere: 1 }
        message: Signature part.
        missing: Sign your reply.

  - id: personalization
    name: Personalization
    weight: 5
    base: 1
    levels: [wrong, generic, some, full]
    checks:
      - id: customer-name
        find: customer-name
        points: 1
        message: Uses the name.
        missing: { en: Use the name., ja: お名前を。 }
        example: { en: Hi Dana, ja: 山田様 }
      - id: specifics
        find: facts
        facts: [order_id, eta]
        points: 1
        message: Specifics.
      - id: placeholder
        find: placeholder
        phrases: { en: ["customer_name"], ja: ["お客様名様"] }
        cap: 0
        message: Placeholder.
      - id: wrong-name
        find: wrong-name
        cap: 0
        message: Wrong name.
`;

function parseMini(): Rubric {
	const result = parseRubric('mini.yaml', MINI);
	if (!result.ok)
		throw new Error(
			result.diagnostics.map((d) => `${d.line}:${d.column}: ${d.message}`).join('\n')
		);
	return result.rubric;
}
const rubric = parseMini();

const CONTEXT: Record<Locale, ScoringContext> = {
	en: {
		locale: 'en',
		channel: 'email',
		customer: { name: 'Dana Reyes' },
		agent: {
			name: 'Sam Carter',
			role: 'Customer Care',
			company: 'Northwind Shop',
			contact: ['https://help.northwind.example']
		},
		facts: { order_id: 'A-10492', eta: 'Friday 14 March' }
	},
	ja: {
		locale: 'ja',
		channel: 'email',
		customer: { name: '山田 花子' },
		agent: { name: '佐藤 美咲', role: 'カスタマーサポート', company: '株式会社ミドリ商店' },
		facts: { order_id: 'B-20931', eta: '3月14日（金曜日）' }
	}
};

function score(reply: string, locale: Locale = 'en', options: ScoreOptions = {}): Score {
	return scoreReply(reply, rubric, CONTEXT[locale], options);
}

/** Evidence of a check (and of its parts, `check.part`), wherever it landed. */
function evidence(s: Score, check: string): Evidence[] {
	return Object.values(s.criteria)
		.flatMap((c) => c.evidence)
		.filter((e) => e.check === check || e.check.startsWith(`${check}.`));
}

/** Evidence of a check that counted. */
function counted(s: Score, check: string): Evidence[] {
	return evidence(s, check).filter((e) => !e.void);
}

const level = (s: Score, criterion: string) => s.criteria[criterion]!.level;

describe('phrases, points and levels', () => {
	it('a phrase earns its points, with evidence of the original words', () => {
		const reply = 'Sorry about the delay.';
		const s = score(reply);
		expect(level(s, 'empathy')).toBe(1);
		const [apology] = evidence(s, 'apology');
		expect(apology).toMatchObject({ start: 0, end: 5, text: 'Sorry', effect: 1 });
		expect(apology!.message).toBe('An apology.');
		expect(apology!.void).toBeUndefined();
	});

	it('the level is floor(base + points): half a point is not a level', () => {
		expect(level(score('I understand.'), 'empathy')).toBe(0);
		expect(evidence(score('I understand.'), 'understand')[0]!.effect).toBe(0.5);
		expect(level(score("I understand, and I'm sorry."), 'empathy')).toBe(1);
		expect(level(score("I understand, and I'm sorry. Thank you."), 'empathy')).toBe(2);
	});

	it('the level is clamped to 0..max', () => {
		// 1 + 1 + 0.5 + 1 = 3.5 points on a 0–3 scale.
		const high = score("I'm sorry, that was our mistake. I understand. Thank you.");
		expect(level(high, 'empathy')).toBe(3);
		// base 1, three jargon words at -1 each.
		const low = score('Check the SKU, the RMA and the SLA.');
		expect(counted(low, 'jargon').map((e) => e.effect)).toEqual([-1, -1, -1]);
		expect(level(low, 'clarity')).toBe(0);
	});

	it('a check counts once unless `each` is set', () => {
		const s = score('Sorry. Sorry again.');
		expect(level(s, 'empathy')).toBe(1);
		const apologies = evidence(s, 'apology');
		expect(apologies.map((e) => e.effect)).toEqual([1, 0]);
		expect(apologies[1]!.void).toBe('Counted once already.');
	});

	it('`each` counts every match up to `limit`', () => {
		expect(level(score('It is basically late.'), 'tone')).toBe(2);
		expect(level(score('Basically, it is basically late.'), 'tone')).toBe(1);
		const s = score('Basically, it is basically, basically late.');
		expect(level(s, 'tone')).toBe(1);
		expect(evidence(s, 'filler').map((e) => e.effect)).toEqual([-1, -1, 0]);
		expect(evidence(s, 'filler')[2]!.void).toBeTruthy();
	});

	it('the total weighs each level by its criterion weight', () => {
		const s = score("I'm sorry, that was our mistake. I understand. Thank you.");
		const criteria = Object.values(s.criteria);
		const weight = criteria.reduce((sum, c) => sum + c.weight, 0);
		const raw = criteria.reduce((sum, c) => sum + (c.weight * c.level) / c.max, 0) / weight;
		expect(s.total).toBe(Math.round(raw * 100));
		expect(s.passed).toBe(s.total >= 50);
		expect(s.rubric).toEqual({ id: 'mini', version: rubric.version });
		expect(s.locale).toBe('en');
	});
});

describe('caps and auto_fail', () => {
	it('a cap holds the level down', () => {
		const s = score("I'm sorry, that was our mistake. Please calm down.");
		expect(level(s, 'empathy')).toBe(1);
		expect(evidence(s, 'dismissive')[0]).toMatchObject({ text: 'calm down', cap: 1 });
		expect(level(score("I'm sorry, that was our mistake."), 'empathy')).toBe(2);
	});

	it('auto_fail sets the total to 0 and gives the reason', () => {
		const s = score('Thank you for writing. This is your fault.');
		expect(s.autoFail).toBe(true);
		expect(s.total).toBe(0);
		expect(s.passed).toBe(false);
		expect(s.autoFailReason).toBe('Blames the customer.');
		expect(level(s, 'tone')).toBe(0);
		expect(evidence(s, 'blame')[0]).toMatchObject({ text: 'your fault', autoFail: true, cap: 0 });
		// The other criteria are still scored, so the trainee sees what else went right.
		expect(level(s, 'empathy')).toBe(1);
	});

	it('the reason is in the requested language', () => {
		const s = score('This is your fault.', 'en', { lang: 'ja' });
		expect(s.autoFailReason).toBe('お客様のせいにしています。');
		expect(score('お客様のせいです。', 'ja').autoFailReason).toBe('お客様のせいにしています。');
	});

	it('without an auto_fail match there is no reason', () => {
		const s = score('Thank you for writing.');
		expect(s.autoFail).toBe(false);
		expect(s.autoFailReason).toBeNull();
		expect(s.total).toBeGreaterThan(0);
	});
});

describe('negatable', () => {
	it('an English phrase after a negation cue does not count', () => {
		const s = score("I'm not going to apologise.");
		const [apology] = evidence(s, 'apology');
		expect(apology).toMatchObject({ text: 'apologise', effect: 0 });
		expect(apology!.void).toBe('Negated in this sentence, so it does not count.');
		expect(level(s, 'empathy')).toBe(0);
	});

	it('"never" negates too', () => {
		expect(level(score('We never apologise for that.'), 'empathy')).toBe(0);
	});

	it('a contracted negation ("won\'t", "don\'t") negates', () => {
		expect(counted(score("I won't apologise for this."), 'apology')).toEqual([]);
		expect(counted(score('We don’t apologise for the courier.'), 'apology')).toEqual([]);
	});

	it('a negation cue in another sentence does not negate', () => {
		const s = score('That is not what we wanted. I apologise.');
		expect(counted(s, 'apology')).toHaveLength(1);
		expect(level(s, 'empathy')).toBe(1);
	});

	it('a Japanese phrase followed by a negation cue does not count', () => {
		const s = score('申し訳ございませんとは申しません。', 'ja');
		const [apology] = evidence(s, 'apology');
		expect(apology).toMatchObject({ text: '申し訳ございません', effect: 0 });
		expect(apology!.void).toBe('同じ文で打ち消されているため、加点しません。');
		expect(level(s, 'empathy')).toBe(0);
	});

	it('the same Japanese phrase without the cue counts', () => {
		const s = score('ご迷惑をおかけし、申し訳ございません。', 'ja');
		expect(counted(s, 'apology')).toHaveLength(1);
		expect(level(s, 'empathy')).toBe(1);
	});

	it('a check that is not negatable ignores negation cues', () => {
		const s = score("I don't understand why, but I understand it matters. Thank you.");
		expect(counted(s, 'thanks')).toHaveLength(1);
		expect(counted(s, 'understand')).toHaveLength(1);
	});
});

describe('not_with and requires', () => {
	it('`not_with` voids a match in the same sentence as the other check', () => {
		const s = score("I'm sorry, but this is your fault.");
		const [apology] = evidence(s, 'apology');
		expect(apology!.effect).toBe(0);
		expect(apology!.void).toContain('Blames the customer.');
		expect(level(s, 'empathy')).toBe(0);
	});

	it('`not_with` leaves a match in another sentence alone', () => {
		const s = score("I'm sorry for the wait. This is your fault.");
		expect(counted(s, 'apology')).toHaveLength(1);
		expect(level(s, 'empathy')).toBe(1);
	});

	it('`requires` counts a check only when the required one found something', () => {
		const alone = score('That was our mistake.');
		const [ownership] = evidence(alone, 'ownership');
		expect(ownership!.effect).toBe(0);
		expect(ownership!.void).toBe('Does not count without "No apology.".');
		expect(level(alone, 'empathy')).toBe(0);
		expect(level(score("I'm sorry, that was our mistake."), 'empathy')).toBe(2);
	});

	it('a required check that was voided does not satisfy `requires`', () => {
		const s = score("I'm sorry, but this is your fault. It was our mistake.");
		expect(counted(s, 'ownership')).toEqual([]);
	});
});

describe('where', () => {
	const body = [
		'Let me know if the parcel is still missing.',
		'It left the depot this morning.',
		'The courier has the new address.',
		'It should move again soon.',
		'We are watching it closely.'
	];

	it('`closing` counts only in the last sentences before the signature', () => {
		const early = score(body.join(' '));
		expect(evidence(early, 'invite')).toEqual([]);
		const late = score([...body.slice(1), body[0]].join(' '));
		expect(counted(late, 'invite')).toHaveLength(1);
		expect(counted(late, 'invite')[0]!.text).toBe('Let me know');
	});

	it('`closing` ignores the signature block', () => {
		const s = score(`${body.join(' ')}\n\nSam Carter\nLet me know`);
		expect(evidence(s, 'invite')).toEqual([]);
	});

	it('`opening` counts only in the first two lines', () => {
		expect(counted(score('Hello Dana,\n\nThank you for writing.'), 'greeting')).toHaveLength(1);
		const late = score('Dana,\n\nThank you for writing.\n\nHello again from the team.');
		expect(evidence(late, 'greeting')).toEqual([]);
	});

	it('`sentence-end` counts only at the end of a sentence', () => {
		const end = score('明日お届けするんだよ。', 'ja');
		expect(counted(end, 'casual')).toHaveLength(1);
		expect(level(end, 'tone')).toBe(1);
		const emoji = score('明日お届けするんだよ😊\nご確認ください。', 'ja');
		expect(counted(emoji, 'casual')).toHaveLength(1);
		const middle = score('「だよね」とおっしゃいました。', 'ja');
		expect(evidence(middle, 'casual')).toEqual([]);
		expect(counted(score('See you soon, mate.'), 'casual')).toHaveLength(1);
		expect(evidence(score('The mate tea is lovely.'), 'casual')).toEqual([]);
	});
});

describe('full-width and half-width input', () => {
	it('full-width Latin matches a plain phrase, and evidence shows what was typed', () => {
		const reply = 'ＳＯＲＲＹ about that.';
		const [apology] = counted(score(reply), 'apology');
		expect(apology).toMatchObject({ start: 0, end: 5, text: 'ＳＯＲＲＹ' });
	});

	it('half-width katakana matches a full-width phrase', () => {
		const reply = '詳しくはﾍﾙﾌﾟﾍﾟｰｼﾞをご覧ください。';
		const [help] = counted(score(reply, 'ja'), 'self-help');
		expect(help!.text).toBe('ﾍﾙﾌﾟﾍﾟｰｼﾞ');
		expect(reply.slice(help!.start, help!.end)).toBe('ﾍﾙﾌﾟﾍﾟｰｼﾞ');
	});

	it('a phrase written full-width in the rubric matches plain input', () => {
		expect(counted(score('See our faq for more.'), 'self-help')[0]!.text).toBe('faq');
	});

	it('full-width fact values match', () => {
		const [fact] = counted(score('Your order Ａ－１０４９２ is on its way.'), 'specifics');
		expect(fact).toMatchObject({ check: 'specifics.order_id', text: 'Ａ－１０４９２' });
	});

	it('spans after text that NFKC lengthens or shortens still index the original', () => {
		const reply = '㈱ｶﾞｶﾞ①　申し訳ございません。';
		const [apology] = counted(score(reply, 'ja'), 'apology');
		expect(apology!.text).toBe('申し訳ございません');
		expect(apology!.start).toBe(reply.indexOf('申'));
	});
});

describe('signature finder', () => {
	const bodyEn = 'Hi Dana,\n\nSorry about the delay. Your order ships on Friday.';

	it('finds name, company, role and contact in the block at the end', () => {
		const s = score(
			`${bodyEn}\n\nSam Carter\nCustomer Care, Northwind Shop\nhttps://help.northwind.example`
		);
		const parts = counted(s, 'signature-block').map((e) => [e.check, e.text, e.effect]);
		expect(parts).toEqual([
			['signature-block.name', 'Sam Carter', 1],
			['signature-block.role', 'Customer Care', 0.5],
			['signature-block.company', 'Northwind Shop', 1],
			['signature-block.contact', 'https://help.northwind.example', 0.5]
		]);
		expect(level(s, 'signature')).toBe(3);
		expect(s.criteria.signature!.missing).toEqual([]);
	});

	it('a name only at the top counts as `elsewhere`', () => {
		const s = score(
			'Sam Carter here, from the team.\n\nSorry about the delay. Your order ships on Friday.'
		);
		const parts = counted(s, 'signature-block');
		expect(parts.map((e) => e.check)).toEqual(['signature-block.elsewhere']);
		expect(parts[0]!.text).toBe('Sam Carter');
		expect(level(s, 'signature')).toBe(1);
	});

	it('a Japanese block at the end', () => {
		const s = score(
			'山田 花子様\n\nご不便をおかけし、申し訳ございません。\n\n株式会社ミドリ商店 カスタマーサポート\n佐藤 美咲\nTEL：0120-123-456',
			'ja'
		);
		const parts = counted(s, 'signature-block').map((e) => e.check);
		expect(parts).toEqual(
			expect.arrayContaining([
				'signature-block.company',
				'signature-block.role',
				'signature-block.name',
				'signature-block.contact'
			])
		);
		expect(parts).not.toContain('signature-block.elsewhere');
		expect(level(s, 'signature')).toBe(3);
	});

	it('no signature: level 0 and the missing message', () => {
		const s = score(bodyEn);
		expect(evidence(s, 'signature-block')).toEqual([]);
		expect(level(s, 'signature')).toBe(0);
		// The check earns through its parts (check.points is 0), but it earned nothing here, so the
		// trainee should be told what is missing.
		expect(s.criteria.signature!.missing).toEqual([
			{ check: 'signature-block', message: 'Sign your reply.', example: undefined }
		]);
	});

	it('a criterion whose checks are all for another channel is left out', () => {
		const s = scoreReply(bodyEn, rubric, { ...CONTEXT.en, channel: 'chat' });
		expect(s.criteria.signature).toBeUndefined();
		expect(s.criteria.empathy).toBeDefined();
	});
});

describe('personalization finders', () => {
	it.each([
		['Hi {{first_name}},\n\nThank you for writing.', '{{first_name}}'],
		['Dear [Customer Name],\n\nThank you for writing.', '[Customer Name]'],
		['Hello <name>,\n\nThank you for writing.', '<name>'],
		['Hi customer_name,\n\nThank you for writing.', 'customer_name']
	])('a template placeholder caps at 0: %j', (reply, text) => {
		const s = score(reply);
		expect(counted(s, 'placeholder').map((e) => e.text)).toContain(text);
		expect(level(s, 'personalization')).toBe(0);
	});

	it('a Japanese placeholder caps at 0', () => {
		const s = score('〇〇様\n\nご連絡ありがとうございます。', 'ja');
		expect(counted(s, 'placeholder')[0]!.text).toBe('〇〇様');
		expect(level(s, 'personalization')).toBe(0);
	});

	it('the right name earns a point; another customer’s name caps at 0', () => {
		const right = score('Hi Dana,\n\nThank you for writing.');
		expect(counted(right, 'customer-name')[0]!.text).toBe('Dana');
		expect(evidence(right, 'wrong-name')).toEqual([]);
		expect(level(right, 'personalization')).toBe(2);

		const wrong = score('Hi Maria,\n\nThank you for writing.');
		expect(counted(wrong, 'wrong-name')[0]!.text).toBe('Maria');
		expect(level(wrong, 'personalization')).toBe(0);
	});

	it('the verb "miss" is not the title Miss', () => {
		const s = score("Hi Dana,\n\nSo you don't miss out on the sale, here is a code.");
		expect(evidence(s, 'wrong-name')).toEqual([]);
		const titled = score('Dear Miss Hartley,\n\nThank you for writing.');
		expect(counted(titled, 'wrong-name')[0]!.text).toBe('Hartley');
	});

	it('wrong name in Japanese', () => {
		const right = score('山田様\n\nご連絡ありがとうございます。', 'ja');
		expect(evidence(right, 'wrong-name')).toEqual([]);
		expect(level(right, 'personalization')).toBe(2);
		const wrong = score('鈴木様\n\nご連絡ありがとうございます。', 'ja');
		expect(counted(wrong, 'wrong-name')[0]!.text).toBe('鈴木');
		expect(level(wrong, 'personalization')).toBe(0);
	});

	it('the facts finder finds a scenario fact, labelled with its key', () => {
		const s = score('Hi Dana,\n\nYour order A-10492 is on its way.');
		const [fact] = counted(s, 'specifics');
		expect(fact).toMatchObject({ check: 'specifics.order_id', text: 'A-10492', effect: 1 });
		expect(level(s, 'personalization')).toBe(3);
		expect(evidence(score('Hi Dana,\n\nYour order is on its way.'), 'specifics')).toEqual([]);
	});
});

describe('promise finder', () => {
	it('a time word the facts do not support fires', () => {
		const s = score('Your parcel will arrive tomorrow.');
		expect(counted(s, 'overpromise')[0]).toMatchObject({ text: 'tomorrow', cap: 1 });
		expect(level(s, 'next_steps')).toBe(1);
	});

	it('a time word that is in the facts does not fire', () => {
		const s = score('Your parcel will arrive on Friday.');
		expect(evidence(s, 'overpromise')).toEqual([]);
		expect(level(s, 'next_steps')).toBe(2);
	});

	it('works the same in Japanese', () => {
		expect(counted(score('明日お届けいたします。', 'ja'), 'overpromise')[0]!.text).toBe('明日');
		expect(evidence(score('金曜日にお届けいたします。', 'ja'), 'overpromise')).toEqual([]);
	});
});

describe('missing', () => {
	it('lists the checks that earned nothing, with their example', () => {
		const s = score('Hello.');
		expect(s.criteria.empathy!.missing).toEqual([
			{ check: 'apology', message: 'No apology.', example: "I'm sorry." },
			{ check: 'ownership', message: 'Take ownership.', example: undefined }
		]);
		expect(s.criteria.personalization!.missing).toEqual([
			{ check: 'customer-name', message: 'Use the name.', example: 'Hi Dana' }
		]);
	});

	it('leaves out checks that found something, and checks without points or `missing`', () => {
		const s = score("I'm sorry. Please calm down.");
		const ids = s.criteria.empathy!.missing.map((m) => m.check);
		expect(ids).toEqual(['ownership']);
	});

	it('is given in the requested language', () => {
		const s = score('Hello.', 'en', { lang: 'ja' });
		expect(s.criteria.empathy!.missing[0]).toEqual({
			check: 'apology',
			message: 'お詫びがありません。',
			example: '申し訳ございません。'
		});
	});
});

describe('determinism', () => {
	const replies: [string, Locale][] = [
		[
			"Hello Dana,\n\nI'm sorry, that was our mistake. Basically the SKU is late; it arrives tomorrow.\n\nLet me know.\n\nSam Carter\nCustomer Care, Northwind Shop",
			'en'
		],
		[
			'山田 花子様\n\n申し訳ございません。弊社の不手際です。明日お届けするんだよ。\n\n佐藤 美咲\n株式会社ミドリ商店',
			'ja'
		]
	];

	it.each(replies)('the same input gives a deep-equal score: %j', (reply, locale) => {
		const first = score(reply, locale);
		const again = score(reply, locale);
		expect(again).toEqual(first);
		// A freshly parsed copy of the same rubric (compiled anew) scores the same too.
		expect(scoreReply(reply, parseMini(), CONTEXT[locale])).toEqual(first);
		expect(JSON.stringify(again)).toBe(JSON.stringify(first));
	});

	it('evidence is ordered by position', () => {
		const s = score(replies[0]![0], 'en');
		for (const c of Object.values(s.criteria)) {
			const starts = c.evidence.map((e) => e.start);
			expect(starts).toEqual([...starts].sort((a, b) => a - b));
		}
	});
});
