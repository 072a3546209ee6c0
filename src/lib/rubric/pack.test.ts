import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../content';
import { parseRubric, type RubricParse } from '.';

/** A pack of two criteria. Line numbers matter below. */
const PACK = `id: kit
negation:
  en: { before: ["not"] }
criteria:
  - id: empathy
    name: Empathy
    levels: [none, some, full]
    checks:
      - id: thanks
        phrases: { en: ["thank you"] }
        points: 1
        message: Thanks.
      - id: sorry
        phrases: { en: ["sorry"] }
        not_with: [blame]
        points: 1
        message: Sorry.
  - id: tone
    name: Tone
    levels: [rude, curt, polite]
    checks:
      - id: blame
        phrases: { en: ["your fault"] }
        cap: 0
        message: Blames.
      - id: short
        find: length
        min: { en: 8, ja: 25 }
        cap: 1
        message: Curt.
`;

/** A rubric that uses the pack. Line numbers matter below. */
const RUBRIC = `id: mini
title: Mini
pass: 50
uses: kit
criteria:
  - id: tone
    weight: 40
    base: 2
    levels: [rude, short, kind]
    checks:
      - { id: short, min: { en: 5, ja: 15 } }
  - id: empathy
    weight: 60
    points:
      thanks: 0.5
    checks:
      - id: welcome
        phrases: { en: ["welcome"] }
        points: 1
        message: Welcome.
`;

/** Parses `rubric` with `pack` as packs/kit.yaml; `null`: there is no pack file. */
function parse(rubric: string, pack: string | null = PACK): RubricParse {
	return parseRubric('rubrics/mini.yaml', rubric, {
		readPack: (id) =>
			id === 'kit' && pack !== null ? { file: 'rubrics/packs/kit.yaml', text: pack } : undefined
	});
}

function problems(rubric: string, pack?: string | null): string[] {
	const result = parse(rubric, pack);
	expect(result.ok).toBe(false);
	return result.diagnostics.map(formatDiagnostic);
}

describe('a rubric that uses a pack', () => {
	it('takes the criteria it names, in its order, with its weights and the pack’s checks and cues', () => {
		const result = parse(RUBRIC);
		expect(result.diagnostics.map(formatDiagnostic)).toEqual([]);
		if (!result.ok) return;
		const { rubric } = result;
		expect(rubric).toMatchObject({ id: 'mini', pass: 50, negation: { en: { before: ['not'] } } });
		expect(rubric.criteria.map((c) => [c.id, c.weight, c.base])).toEqual([
			['tone', 40, 2],
			['empathy', 60, 0]
		]);
		const empathy = rubric.criteria[1]!;
		expect(empathy.name).toEqual({ en: 'Empathy', ja: 'Empathy' });
		// Pack order, then the checks the rubric adds.
		expect(empathy.checks.map((k) => [k.id, k.points])).toEqual([
			['thanks', 0.5],
			['sorry', 1],
			['welcome', 1]
		]);
		expect(empathy.checks[1]!.notWith).toEqual(['blame']);
	});

	it('overrides the fields an item names and keeps the others; its levels replace the pack’s', () => {
		const result = parse(RUBRIC);
		if (!result.ok) throw new Error('does not parse');
		const tone = result.rubric.criteria[0]!;
		expect(tone.levels.map((l) => l.en)).toEqual(['rude', 'short', 'kind']);
		const short = tone.checks.find((k) => k.id === 'short')!;
		expect(short).toMatchObject({ find: 'length', min: { en: 5, ja: 15 }, cap: 1 });
		expect(short.message.en).toBe('Curt.');
		const cleared = parse(RUBRIC.replace('{ id: short, min: { en: 5, ja: 15 } }', '{ id: sorry }'));
		expect(cleared.ok).toBe(false); // sorry is not a check of tone
		const noRefs = parse(
			RUBRIC.replace(
				'    checks:\n      - id: welcome',
				'    checks:\n      - { id: sorry, not_with: [] }\n      - id: welcome'
			)
		);
		if (!noRefs.ok) throw new Error(noRefs.diagnostics.map(formatDiagnostic).join('\n'));
		expect(noRefs.rubric.criteria[1]!.checks[1]!.notWith).toEqual([]);
	});

	it('drops a pack value an override sets to null: `cap: null` removes the cap, the points then carry the check', () => {
		const result = parse(
			RUBRIC.replace(
				'{ id: short, min: { en: 5, ja: 15 } }',
				'{ id: short, cap: null }\n    points:\n      short: -1'
			)
		);
		if (!result.ok) throw new Error(result.diagnostics.map(formatDiagnostic).join('\n'));
		const short = result.rubric.criteria[0]!.checks.find((k) => k.id === 'short')!;
		expect(short.cap).toBeUndefined();
		expect(short.points).toBe(-1);
		expect(short.min).toEqual({ en: 8, ja: 25 });
		// Without points the check is left with no effect, and says so.
		expect(
			problems(
				RUBRIC.replace('{ id: short, min: { en: 5, ja: 15 } }', '{ id: short, cap: null }')
			).join('\n')
		).toContain('no effect');
	});

	it('still reads a rubric without uses exactly as before, with no pack reader', () => {
		const single = `id: mini
title: Mini
criteria:
  - id: empathy
    name: Empathy
    weight: 10
    levels: [none, some]
    checks:
      - id: thanks
        phrases: { en: ["thank you"] }
        points: 1
        message: Thanks.
`;
		const result = parseRubric('rubrics/mini.yaml', single);
		expect(result.diagnostics).toEqual([]);
		expect(result.ok && result.rubric.criteria[0]!.checks[0]!.id).toBe('thanks');
	});

	it('reports an unknown pack at "uses"', () => {
		expect(problems(RUBRIC, null)).toEqual([
			'rubrics/mini.yaml:4:7: no pack "kit": a rubric finds its pack in packs/kit.yaml beside the rubric file; create it there or name an existing pack'
		]);
	});

	it('reports a criterion the pack does not have, and a points key that names no check, in the rubric', () => {
		const text = RUBRIC.replace('  - id: tone', '  - id: tonne').replace(
			'thanks: 0.5',
			'thank: 0.5'
		);
		expect(problems(text)).toEqual([
			'rubrics/mini.yaml:6:9: pack "kit" has no criterion "tonne"; name one of: empathy, tone',
			'rubrics/mini.yaml:15:7: criterion "empathy" has no check "thank"; give points to one of: thanks, sorry, welcome',
			// Without tone, a pack check refers to a check this rubric does not have.
			'rubrics/packs/kit.yaml:15:20: "blame" is not a check in this rubric; use one of the check ids defined above (as rubrics/mini.yaml uses it)'
		]);
	});

	it('reports an override of a check the criterion does not have, or that another criterion has', () => {
		const typo = RUBRIC.replace('{ id: short,', '{ id: shrot,');
		expect(problems(typo)).toEqual([
			'rubrics/mini.yaml:11:15: criterion "tone" of pack "kit" has no check "shrot" to override; name one of: blame, short. A new check needs at least "message" and what it finds'
		]);
		const elsewhere = RUBRIC.replace('{ id: short,', '{ id: thanks,');
		expect(problems(elsewhere)[0]).toBe(
			'rubrics/mini.yaml:11:15: "thanks" is a check of criterion "empathy" in pack "kit", not of "tone": override it under that criterion'
		);
	});

	it('reports bad values the rubric gives at the rubric’s line:column', () => {
		const text = RUBRIC.replace('thanks: 0.5', 'thanks: 5')
			.replace('min: { en: 5, ja: 15 }', 'min: { en: many, ja: 15 }')
			.replace('weight: 60', 'weight: lots');
		expect(problems(text)).toEqual(
			expect.arrayContaining([
				'rubrics/mini.yaml:11:33: "en" must be a number at least 0, found string "many"',
				'rubrics/mini.yaml:13:13: "weight" must be a number at least 0 and at most 100, found string "lots"',
				'rubrics/mini.yaml:15:15: "points" must be a number at least -2 and at most 2, found number 5'
			])
		);
	});

	it('reports levels that do not match the pack’s scale', () => {
		expect(problems(RUBRIC.replace('[rude, short, kind]', '[rude, kind]'))).toContain(
			'rubrics/mini.yaml:9:13: give 3 levels, as pack "kit" does for "tone": its points and caps are set on that scale'
		);
	});

	it('reports a check left without effect by the rubric’s points at its points entry', () => {
		expect(problems(RUBRIC.replace('thanks: 0.5', 'thanks: 0'))).toEqual([
			expect.stringMatching(/^rubrics\/mini\.yaml:15:15: this check has no effect/)
		]);
	});

	it('reports a problem inside the pack at the pack’s line:column', () => {
		const pack = PACK.replace('find: length', 'find: lenght');
		const found = problems(RUBRIC, pack);
		expect(found.every((line) => line.startsWith('rubrics/packs/kit.yaml:'))).toBe(true);
		expect(found[0]).toMatch(/^rubrics\/packs\/kit\.yaml:27:15: "find" must be one of phrases, /);
		expect(problems(RUBRIC, 'id: kit\ncriteria: [\n')[0]).toMatch(
			/^rubrics\/packs\/kit\.yaml:3:1: YAML:/
		);
	});

	it('reports a pack reference to a criterion the rubric leaves out in the pack, saying which rubric', () => {
		const withoutTone = RUBRIC.replace(/ {2}- id: tone[\s\S]*?(?= {2}- id: empathy)/, '');
		expect(problems(withoutTone)).toEqual([
			'rubrics/packs/kit.yaml:15:20: "blame" is not a check in this rubric; use one of the check ids defined above (as rubrics/mini.yaml uses it)'
		]);
	});

	it('changes its version when the pack changes', () => {
		const version = (pack: string) => {
			const result = parse(RUBRIC, pack);
			if (!result.ok) throw new Error('does not parse');
			return result.rubric.version;
		};
		expect(version(PACK)).toBe(version(PACK));
		expect(version(PACK.replace('"thank you"', '"thanks"'))).not.toBe(version(PACK));
	});
});
