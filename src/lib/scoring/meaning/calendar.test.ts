import { describe, expect, it } from 'vitest';
import { findDates, todayFrom } from './calendar';

const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
const today = todayFrom({ today: 'Wednesday 2 December' }, 'en')!;
const read = (text: string, locale: 'en' | 'ja') =>
	findDates(text, locale, today).map(
		(d) => `${text.slice(d.start, d.end)}=${iso(d.from)}..${iso(d.to)}`
	);

describe('findDates', () => {
	it('takes today from the facts, with or without a year', () => {
		expect(iso(today)).toBe('2026-12-02');
		expect(iso(todayFrom({ today: '12月2日（水）15:30' }, 'ja')!)).toBe('2026-12-02');
		expect(todayFrom({}, 'en')).toBeUndefined();
	});

	it('reads English dates, weekdays, relative days and spans', () => {
		expect(read('arrives tomorrow, friday 4 december, or by monday', 'en')).toEqual([
			'tomorrow=2026-12-03..2026-12-03',
			'friday 4 december=2026-12-04..2026-12-04',
			'monday=2026-12-07..2026-12-07'
		]);
		expect(read('within 3-5 working days; within the hour; december 8th', 'en')).toEqual([
			'within 3-5 working days=2026-12-02..2026-12-09',
			'within the hour=2026-12-02..2026-12-02',
			'december 8th=2026-12-08..2026-12-08'
		]);
	});

	it('puts last Thursday and this morning behind us', () => {
		const [last, morning] = findDates(
			'looked at it last thursday. relabelled this morning',
			'en',
			today
		);
		expect(last!.to).toBeLessThan(today);
		expect(morning!.to).toBeLessThan(today);
	});

	it('reads Japanese dates, weekdays, relative days and spans', () => {
		expect(
			read('明日12月3日（木）には。8日（火）に。5〜10営業日。本日中に。金曜日に', 'ja')
		).toEqual([
			'明日=2026-12-03..2026-12-03',
			'12月3日（木）=2026-12-03..2026-12-03',
			'8日（火）=2026-12-08..2026-12-08',
			'5〜10営業日=2026-12-09..2026-12-16',
			'本日中=2026-12-02..2026-12-02',
			'金曜日=2026-12-04..2026-12-04'
		]);
	});

	it('does not read idioms and counts of days gone by as dates', () => {
		expect(read('1日も早く復旧できるよう努めます。3日間お待たせしました', 'ja')).toEqual([]);
		expect(read('version 4.13 is out; it has been a week', 'en')).toEqual([]);
	});

	it('leaves relative words alone without a today', () => {
		expect(findDates('tomorrow or friday 4 december', 'en').map((d) => d.relative)).toEqual([
			false
		]);
	});
});
