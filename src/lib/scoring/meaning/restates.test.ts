import { describe, expect, it } from 'vitest';
import { parseRubric, type Locale } from '../../rubric';
import { scoreReply, type ScoringContext } from '..';

const parsed = parseRubric(
	'restates.yaml',
	`
id: restates
title: Restates
criteria:
  - id: empathy
    name: Empathy
    weight: 100
    base: 0
    levels: [none, formula, some, full]
    checks:
      - id: restates
        find: restates
        phrases:
          en: ["sorry", "apologise", "i can imagine"]
          ja: ["申し訳", "お詫び", "さぞ"]
        min: { en: 3, ja: 2 }
        points: 1
        message: Restates the customer's situation.
`
);
if (!parsed.ok) throw new Error(JSON.stringify(parsed.diagnostics));
const rubric = parsed.rubric;

function context(locale: Locale, message: string): ScoringContext {
	return {
		locale,
		channel: 'email',
		customer: { name: 'Margaret', message },
		agent: { name: 'Priya', company: 'Brightwell' },
		facts: {}
	};
}
const EN = context(
	'en',
	"My dad's birthday hamper paid with express delivery is stuck at the depot, and his 80th is on Saturday."
);
const JA = context('ja', '母の誕生日プレゼントが届きません。旅行の前に必要なのですが。');

const found = (reply: string, ctx: ScoringContext) =>
	scoreReply(reply, rubric, ctx).criteria.empathy!.evidence.map((e) => e.text);

describe('an apology that restates the customer situation', () => {
	it('finds an apology that takes up the customer words in the same sentence', () => {
		expect(found("I'm so sorry your dad's hamper is stuck at the depot.", EN)).toEqual([
			"I'm so sorry your dad's hamper is stuck at the depot."
		]);
	});

	it('reads the sentence after the apology as well', () => {
		expect(
			found("Oh, I'm so sorry. A hamper for your dad's 80th deserves express delivery.", EN)
		).toHaveLength(1);
	});

	it('finds it in Japanese', () => {
		expect(found('お誕生日のプレゼントが旅行の前に届かず、申し訳ございません。', JA)).toHaveLength(
			1
		);
	});

	it('does not take a formula that names nothing of this customer', () => {
		expect(found('Sorry for any inconvenience caused. We will look into it.', EN)).toEqual([]);
		expect(found('ご不便をおかけし申し訳ございません。', JA)).toEqual([]);
	});

	it('does not lend a formula apology the facts of the sentences beside it', () => {
		expect(found("Sorry for the hassle. Your dad's hamper left the depot by express.", EN)).toEqual(
			[]
		);
		expect(
			found('誕生日プレゼントの件につきまして、ご迷惑をおかけし申し訳ございません。', JA)
		).toEqual([]);
	});

	it('does not take the customer words without an apology or feeling', () => {
		expect(found("Your dad's hamper left the depot with express delivery.", EN)).toEqual([]);
	});

	it('does not read the signature block', () => {
		expect(found('Sorry about that.\n\nPriya\nHamper depot express team', EN)).toEqual([]);
	});
});
