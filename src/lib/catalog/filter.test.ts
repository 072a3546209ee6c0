import { describe, expect, it } from 'vitest';
import type { Scenario } from '../scenario';
import { facets, filterQuery, matches, parseFilter } from './filter';

const scenario = (over: Partial<Scenario>) =>
	({
		id: 'x',
		skills: ['empathy'],
		channel: 'email',
		locale: 'en',
		difficulty: 1,
		...over
	}) as Scenario;

const all = [
	scenario({ id: 'a' }),
	scenario({ id: 'b', skills: ['clarity', 'tone'], channel: 'chat', locale: 'ja', difficulty: 2 })
];

describe('catalog filters', () => {
	it('offers only the values the scenarios have, sorted', () => {
		expect(facets(all)).toEqual({
			skill: ['clarity', 'empathy', 'tone'],
			channel: ['chat', 'email'],
			locale: ['en', 'ja'],
			difficulty: [1, 2]
		});
	});

	it('keeps the scenarios that match every filter set', () => {
		const ids = (f: Parameters<typeof matches>[1]) =>
			all.filter((s) => matches(s, f)).map((s) => s.id);
		expect(ids({})).toEqual(['a', 'b']);
		expect(ids({ skill: 'tone' })).toEqual(['b']);
		expect(ids({ channel: 'email', locale: 'ja' })).toEqual([]);
		expect(ids({ difficulty: 2, locale: 'ja' })).toEqual(['b']);
	});

	it('reads a filter from the URL and drops values no scenario has', () => {
		const params = new URLSearchParams('skill=tone&channel=fax&locale=ja&difficulty=9');
		expect(parseFilter(params, facets(all))).toEqual({ skill: 'tone', locale: 'ja' });
	});

	it('writes a filter back as the same query, and nothing when nothing is filtered', () => {
		const filter = { skill: 'tone', difficulty: 2 };
		expect(filterQuery(filter)).toBe('?skill=tone&difficulty=2');
		expect(parseFilter(new URLSearchParams(filterQuery(filter)), facets(all))).toEqual(filter);
		expect(filterQuery({})).toBe('');
	});
});
