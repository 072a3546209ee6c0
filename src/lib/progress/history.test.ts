import { describe, expect, it } from 'vitest';
import { History, historyOptions } from '.';
import { searchTextOf, summarizeAttempt } from '../store/summaries';
import { attempt, done, tallied, turn } from './testing';

const late = attempt({
	scenarioId: 'late-delivery-en',
	scenarioTitle: 'Where is my order?',
	turns: [turn({}, 80, { reply: 'Your parcel A-10492 arrives on Friday.' })],
	...done('resolved')
});
const lateAgain = attempt({
	scenarioId: 'late-delivery-en',
	scenarioTitle: 'Where is my order?',
	turns: [turn({}, 10, { reply: 'Not our fault.' })],
	...done('escalated')
});
const unclear = attempt({
	scenarioId: 'unclear-question-en',
	scenarioTitle: 'It does not work',
	turns: [turn({}, 50, { reply: 'Could you tell me which page?' })],
	draft: 'Thanks for the screenshot'
});
const ja = attempt({
	scenarioId: 'late-delivery-ja',
	scenarioTitle: '注文した商品が届きません',
	turns: [turn({}, 70, { reply: 'ご注文番号Ａ－１０４９２の件、大変申し訳ございません。' })],
	...done('resolved')
});
const all = [late, lateAgain, unclear, ja];
const history = new History(all, new Map(all.map((a) => [a.id, searchTextOf(a).text])));

describe('History', () => {
	it('offers the scenarios and outcomes that occur, sorted', () => {
		const options = historyOptions(tallied(all).scenarios);
		expect(options.scenarios).toEqual([
			{ id: 'unclear-question-en', title: 'It does not work' },
			{ id: 'late-delivery-en', title: 'Where is my order?' },
			{ id: 'late-delivery-ja', title: '注文した商品が届きません' }
		]);
		expect(options.outcomes).toEqual(['escalated', 'resolved']);
	});

	it('keeps everything, in order, for an empty query', () => {
		expect(history.filter({})).toEqual([late, lateAgain, unclear, ja]);
		expect(history.filter({ scenarioId: '', status: '', outcome: '', text: '  ' })).toHaveLength(4);
	});

	it('filters by scenario, status and outcome together', () => {
		expect(history.filter({ scenarioId: 'late-delivery-en' })).toEqual([late, lateAgain]);
		expect(history.filter({ status: 'in-progress' })).toEqual([unclear]);
		expect(history.filter({ outcome: 'resolved' })).toEqual([late, ja]);
		expect(history.filter({ scenarioId: 'late-delivery-en', outcome: 'resolved' })).toEqual([late]);
		expect(history.filter({ status: 'in-progress', outcome: 'resolved' })).toEqual([]);
	});

	it('searches titles, replies and drafts for every word, in any case and width', () => {
		expect(history.filter({ text: 'ORDER' })).toEqual([late, lateAgain]);
		expect(history.filter({ text: 'friday a-10492' })).toEqual([late]);
		expect(history.filter({ text: 'A-10492' })).toEqual([late, ja]);
		expect(history.filter({ text: 'screenshot' })).toEqual([unclear]);
		expect(history.filter({ text: '申し訳' })).toEqual([ja]);
		expect(history.filter({ text: 'fault friday' })).toEqual([]);
		expect(history.filter({ text: 'fault', outcome: 'escalated' })).toEqual([lateAgain]);
	});

	it('reads summaries; without search texts it searches the titles only', () => {
		const summaries = all.map(summarizeAttempt);
		const titlesOnly = new History(summaries);
		expect(titlesOnly.filter({ text: 'order' }).map((a) => a.id)).toEqual([late.id, lateAgain.id]);
		expect(titlesOnly.filter({ text: 'friday' })).toEqual([]);
		expect(titlesOnly.filter({ outcome: 'resolved' })).toEqual([summaries[0], summaries[3]]);
	});
});
