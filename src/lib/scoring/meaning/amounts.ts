/**
 * Sums of money and points in normalised text: "£129.00", "$48", "€12,50", "¥4,980", "4,980円",
 * "1万2,000円", "3,200ポイント", "2,000 points". Values are compared per unit.
 */
export interface Amount {
	start: number;
	end: number;
	value: number;
	/** '£', '$', '€', '¥' (円 too) or 'pt'. */
	unit: string;
}

const AMOUNT =
	/([£$€¥])\s?(\d[\d,]*(?:\.\d{1,2})?)|(?<![\d.,])(\d+万)?(\d[\d,]*(?:\.\d+)?)?\s?(円|ポイント|pt\b|points?\b)|(?<![\d.,])(\d+)万(円)/gu;

function number(text: string): number {
	return Number(text.replace(/,/g, ''));
}

export function findAmounts(text: string): Amount[] {
	const out: Amount[] = [];
	AMOUNT.lastIndex = 0;
	for (const m of text.matchAll(AMOUNT)) {
		const [, symbol, figure, man, rest, suffix] = m;
		let value: number;
		let unit: string;
		if (symbol) {
			value = number(figure!);
			unit = symbol;
		} else if (suffix) {
			if (!man && !rest) continue;
			value = (man ? number(man.slice(0, -1)) * 10_000 : 0) + (rest ? number(rest) : 0);
			unit = suffix === '円' ? '¥' : 'pt';
		} else {
			value = number(m[6]!) * 10_000;
			unit = '¥';
		}
		if (!Number.isFinite(value)) continue;
		out.push({ start: m.index, end: m.index + m[0].length, value, unit });
	}
	return out;
}
