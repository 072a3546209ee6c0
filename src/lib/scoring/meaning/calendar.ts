import type { Locale } from '../../rubric';

/**
 * Dates, weekdays, relative days and durations in English and Japanese text, resolved to day
 * numbers (days since 1970-01-01, UTC) against `today` when there is one. Input is normalised text
 * (NFKC, lower case), as the scorer prepares it.
 */
export interface DateMention {
	start: number;
	end: number;
	/** First and last day the words allow: "Friday 4 December" is one day, "3-5 working days" a range. */
	from: number;
	to: number;
	/** Said relative to today ("tomorrow", "within the hour", 明日, 来週). */
	relative: boolean;
	/** A weekday alone ("by Friday", 金曜日): the reader takes it as the nearest such day in view. */
	weekday?: number;
}

const DAY_MS = 86_400_000;
const MONTHS_EN = [
	'jan',
	'feb',
	'mar',
	'apr',
	'may',
	'jun',
	'jul',
	'aug',
	'sep',
	'oct',
	'nov',
	'dec'
] as const;
const WEEKDAYS_EN = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAYS_JA = '日月火水木金土';
const NUMBER_WORDS: Record<string, number> = {
	a: 1,
	an: 1,
	one: 1,
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	ten: 10,
	few: 3
};

const MONTH =
	'(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const WEEKDAY = '(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day)';
const COUNT = '(\\d+|an?|one|two|three|four|five|six|seven|ten|few)';

// One alternation per form, so that a date is read once, by its longest form.
const EN = new RegExp(
	[
		`(?:${WEEKDAY},? )?(?:the )?(\\d{1,2})(?:st|nd|rd|th)?(?: of)? ${MONTH}\\b(?:,? (\\d{4}))?`,
		`(?:${WEEKDAY},? )?${MONTH} (\\d{1,2})(?:st|nd|rd|th)?\\b(?:,? (\\d{4}))?`,
		`(?:(this|next|coming|last|on|since) )?(${WEEKDAY})\\b`,
		'\\b(earlier today|this morning|today|tonight|this (?:afternoon|evening)|(?:the )?end of (?:the |to)?day|close of business|the day after tomorrow|tomorrow|yesterday)\\b',
		'\\b(within|in|takes?|taking|up to|over the next) the (hour|day)\\b',
		`\\b(within|in|takes?|taking|up to|over the next|after) (?:the next |another |about |around )?${COUNT}(?: ?(?:-|to) ?(\\d+))? (business |working )?(minutes?|hours?|days?|weeks?)\\b`,
		`\\b(\\d+)(?: ?(?:-|to) ?(\\d+))? (business|working) days?\\b`,
		'\\b(this|next) week\\b'
	].join('|'),
	'gu'
);

const JA = new RegExp(
	[
		'(?:(\\d{4})年)?(\\d{1,2})月(\\d{1,2})日(?:\\s*[（(][日月火水木金土](?:曜日?)?[)）])?',
		'(?<![\\d/])(\\d{1,2})/(\\d{1,2})(?![\\d/])(?:\\s*[（(][日月火水木金土][)）])?',
		'(?<![\\d月〜~ー-])(\\d{1,2})日(?:\\s*[（(]([日月火水木金土])(?:曜日?)?[)）]|(?=まで|に(?!ち)|の(?!間)|は|中))',
		'(?:(今週|来週|次の|今度の)の?)?([日月火水木金土])曜日?',
		'(本日中|本日|今日中|今日|今夜|今晩|今朝|今夕|明後日|あさって|明日|あす|明朝|昨日|週明け|来週中?|今週中?)',
		'(\\d+)(?:[〜~-](\\d+))?(営業日|日|時間|分|週間)(以内|ほど|程度|後|くらい|ぐらい|で|中|かかり|前後)?'
	].join('|'),
	'gu'
);

function dayNumber(year: number, month: number, day: number): number {
	return Math.floor(Date.UTC(year, month, day) / DAY_MS);
}

function weekdayOf(day: number): number {
	return (day + 4) % 7; // 1970-01-01 was a Thursday.
}

/** The date nearest to `around` with this month and day (a year-less "4 December"). */
function nearest(month: number, date: number, around: number): number {
	const year = new Date(around * DAY_MS).getUTCFullYear();
	const options = [year - 1, year, year + 1].map((y) => dayNumber(y, month, date));
	return options.reduce((a, b) => (Math.abs(b - around) < Math.abs(a - around) ? b : a));
}

/** A weekday on or after today ("by Friday"); `next` skips the coming week. */
function nextWeekday(weekday: number, today: number, skipWeek = false): number {
	let day = today + ((weekday - weekdayOf(today) + 7) % 7);
	if (skipWeek && day - today < 7) day += 7;
	return day;
}

function addBusinessDays(today: number, n: number): number {
	let day = today;
	for (let left = n; left > 0;) {
		day++;
		const w = weekdayOf(day);
		if (w !== 0 && w !== 6) left--;
	}
	return day;
}

function count(word: string | undefined): number | undefined {
	if (word === undefined) return undefined;
	return /^\d+$/.test(word) ? Number(word) : NUMBER_WORDS[word];
}

/** A day count as days from today: hours and minutes are today; weeks are seven days. */
function span(today: number, n: number, unit: string, business: boolean): number {
	if (/^(?:minute|hour|分|時間)/.test(unit)) return today + Math.floor(n / 24);
	if (/^(?:week|週)/.test(unit)) return today + n * 7;
	return business ? addBusinessDays(today, n) : today + n;
}

/** A fixed reference year keeps year-less dates comparable when the facts give no today. */
const NO_TODAY = dayNumber(2026, 0, 1);

export function findDates(text: string, locale: Locale, today?: number): DateMention[] {
	const base = today ?? NO_TODAY;
	const regex = locale === 'ja' ? JA : EN;
	const out: DateMention[] = [];
	regex.lastIndex = 0;
	for (const m of text.matchAll(regex)) {
		const range = locale === 'ja' ? readJa(m, base) : readEn(m, base);
		if (!range) continue;
		const [from, to, relative, weekday] = range;
		// Relative words mean nothing without a today to count from.
		if (relative && today === undefined) continue;
		const mention: DateMention = { start: m.index, end: m.index + m[0].length, from, to, relative };
		if (weekday !== undefined) mention.weekday = weekday;
		out.push(mention);
	}
	return out;
}

type Read = [from: number, to: number, relative: boolean, weekday?: number] | undefined;

function readEn(m: RegExpMatchArray, today: number): Read {
	const g = m.slice(1);
	if (g[0] !== undefined) return absolute(g[2], monthIndex(g[1]!), Number(g[0]), today);
	if (g[3] !== undefined) return absolute(g[5], monthIndex(g[3]), Number(g[4]), today);
	if (g[7] !== undefined) {
		const weekday = WEEKDAYS_EN.indexOf(g[7]);
		// "last Thursday", "since Saturday" are behind us.
		const back = g[6] === 'last' || g[6] === 'since';
		const day = back
			? nextWeekday(weekday, today) - 7
			: nextWeekday(weekday, today, g[6] === 'next');
		const named = g[6] === undefined || g[6] === 'on';
		return [day, day, true, named ? weekday : undefined];
	}
	if (g[8] !== undefined) {
		const word = g[8];
		// What happened this morning is past by the time the reply is read.
		const past = word === 'yesterday' || word === 'this morning' || word === 'earlier today';
		const shift = word === 'tomorrow' ? 1 : past ? -1 : word.startsWith('the day after') ? 2 : 0;
		return [today + shift, today + shift, true];
	}
	if (g[9] !== undefined) return g[10] === 'hour' ? [today, today, true] : [today, today + 1, true];
	if (g[11] !== undefined) {
		const n = count(g[12]);
		if (n === undefined) return undefined;
		const high = count(g[13]) ?? n;
		const business = !!g[14];
		const unit = g[15]!;
		const lead = g[11];
		// "within three days" allows any day up to the third; "in three days" and "takes 3-5 days" name them.
		const first =
			lead === 'within' || lead === 'up to' || lead === 'over the next'
				? today
				: span(today, n, unit, business);
		return [first, span(today, high, unit, business), true];
	}
	if (g[16] !== undefined) {
		const business = true;
		const n = Number(g[16]);
		return [
			span(today, n, 'day', business),
			span(today, Number(g[17] ?? n), 'day', business),
			true
		];
	}
	if (g[19] !== undefined) {
		const monday = nextWeekday(1, today) - (weekdayOf(today) === 1 ? 0 : 7);
		const start = g[19] === 'next' ? monday + 7 : Math.max(today, monday);
		return [start, (g[19] === 'next' ? monday + 7 : monday) + 6, true];
	}
	return undefined;
}

function readJa(m: RegExpMatchArray, today: number): Read {
	const g = m.slice(1);
	if (g[1] !== undefined) return absolute(g[0], Number(g[1]) - 1, Number(g[2]), today);
	if (g[3] !== undefined) return absolute(undefined, Number(g[3]) - 1, Number(g[4]), today);
	if (g[5] !== undefined) {
		const date = Number(g[5]);
		if (date < 1 || date > 31) return undefined;
		// A day of the month alone ("8日（火）") is the nearest such day to today.
		const month = new Date(today * DAY_MS).getUTCMonth();
		const options = [-1, 0, 1].map((k) =>
			dayNumber(new Date(today * DAY_MS).getUTCFullYear(), month + k, date)
		);
		const day = options.reduce((a, b) => (Math.abs(b - today) < Math.abs(a - today) ? b : a));
		return [day, day, true];
	}
	if (g[8] !== undefined) {
		const weekday = WEEKDAYS_JA.indexOf(g[8]);
		const day = nextWeekday(weekday, today, g[7] === '来週');
		return [day, day, true, g[7] ? undefined : weekday];
	}
	if (g[9] !== undefined) return relativeJa(g[9], today);
	if (g[10] !== undefined) {
		const unit = g[12]!;
		const suffix = g[13];
		// "3日" alone is a date or a count of days gone by; only a span with its suffix is a time frame.
		if (unit !== '営業日' && !suffix) return undefined;
		if (suffix === '前' || suffix === '前後') return undefined;
		const n = Number(g[10]);
		const high = Number(g[11] ?? n);
		const business = unit === '営業日';
		const first = suffix === '以内' ? today : span(today, n, unit, business);
		return [first, span(today, high, unit, business), true];
	}
	return undefined;
}

function relativeJa(word: string, today: number): Read {
	switch (word) {
		case '明日':
		case 'あす':
		case '明朝':
			return [today + 1, today + 1, true];
		case '明後日':
		case 'あさって':
			return [today + 2, today + 2, true];
		case '昨日':
		case '今朝':
			return [today - 1, today - 1, true];
		case '週明け': {
			const monday = nextWeekday(1, today + 1);
			return [monday, monday, true];
		}
		case '来週':
		case '来週中': {
			const monday = nextWeekday(1, today + 1);
			return [monday, monday + 6, true];
		}
		case '今週':
		case '今週中':
			return [today, nextWeekday(0, today), true];
		default:
			return [today, today, true];
	}
}

function monthIndex(word: string | undefined): number {
	return MONTHS_EN.indexOf((word ?? '').slice(0, 3) as (typeof MONTHS_EN)[number]);
}

function absolute(year: string | undefined, month: number, date: number, today: number): Read {
	if (month < 0 || month > 11 || date < 1 || date > 31) return undefined;
	const day = year ? dayNumber(Number(year), month, date) : nearest(month, date, today);
	return [day, day, false];
}

/** Today from the `today` fact ("Wednesday 2 December 2026, 09:40", 12月2日（水）15:30). */
export function todayFrom(facts: Record<string, string>, locale: Locale): number | undefined {
	const value = facts.today;
	if (!value) return undefined;
	const text = value.normalize('NFKC').toLowerCase();
	const dated = findDates(text, locale, NO_TODAY).find((d) => !d.relative);
	if (dated) {
		// A year-less today is taken in the year its weekday fits, so that weekdays resolve right.
		const weekday = weekdayIn(text, locale);
		if (weekday === undefined || !/\d{4}/.test(text)) {
			const date = new Date(dated.from * DAY_MS);
			for (const year of [2026, 2025, 2027, 2024, 2028]) {
				const day = dayNumber(year, date.getUTCMonth(), date.getUTCDate());
				if (weekday === undefined || weekdayOf(day) === weekday) return day;
			}
		}
		return dated.from;
	}
	return undefined;
}

function weekdayIn(text: string, locale: Locale): number | undefined {
	if (locale === 'ja') {
		const m = /[（(]([日月火水木金土])/.exec(text);
		return m ? WEEKDAYS_JA.indexOf(m[1]!) : undefined;
	}
	const m = new RegExp(WEEKDAY).exec(text);
	return m ? WEEKDAYS_EN.indexOf(m[0]) : undefined;
}
