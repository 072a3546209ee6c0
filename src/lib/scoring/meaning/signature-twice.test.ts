import { describe, expect, it } from 'vitest';
import { evidenceOf, scored } from './test-helpers';

const body = 'Hi Dana,\n\nYour refund went out today and will reach your card by Friday.\n\n';
const block =
	'Sam Carter\nCustomer Care, Northwind Shop\n0120-123-456 | https://help.northwind.example';

describe('signature-twice', () => {
	it('a signature block pasted twice is held at signature 2, with the second copy as evidence', () => {
		const s = scored(`${body}${block}\n\n${block}`, 'en', 'Where is my refund?');
		const found = evidenceOf(s, 'signature', 'signature-twice');
		expect(found).toHaveLength(1);
		expect(found[0]!.start).toBeGreaterThan(body.length + block.length);
		expect(s.criteria.signature!.level).toBe(2);
	});

	it('a single full block is not hit, and keeps level 3', () => {
		const s = scored(`${body}${block}`, 'en', 'Where is my refund?');
		expect(evidenceOf(s, 'signature', 'signature-twice')).toEqual([]);
		expect(s.criteria.signature!.level).toBe(3);
	});

	it('reads Japanese signatures', () => {
		const ja = '株式会社ミドリ商店 カスタマーサポート\n佐藤 美咲\nTEL：0120-123-456';
		const text = `山田 花子 様\n\n本日返金いたしました。金曜日までに反映されます。\n\n${ja}\n\n${ja}`;
		expect(evidenceOf(scored(text, 'ja', '返金は？'), 'signature', 'signature-twice')).toHaveLength(
			1
		);
		expect(
			evidenceOf(
				scored(`山田 花子 様\n\n本日返金いたしました。\n\n${ja}`, 'ja'),
				'signature',
				'signature-twice'
			)
		).toEqual([]);
	});
});
