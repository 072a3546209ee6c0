import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic, type Diagnostic } from '../content';
import { MAX_KEY, MAX_LEVELS, MAX_SHORT, MAX_TEXT } from '../limits';
import { parseRubric } from '.';

const rubricsDir = fileURLToPath(new URL('../../../rubrics/', import.meta.url));

/** A rubric with one mistake of each kind that YAML itself accepts. Line numbers matter below. */
const BROKEN = `id: broken
title: Broken
pass: 60
criteria:
  - id: empathy
    name: Empathy
    weight: "twenty"
    levels: [none, some, full]
    checks:
      - id: apology
        phrases: { en: ["sorry"] }
        points: 1
        colour: blue
        message: An apology.
      - id: apology
        phrases: { en: ["apologise"] }
        points: 1
        message: Again.
      - id: thanks
        find: phrase
        phrases: { en: ["thank you"] }
        points: 1
        message: Thanks.
      - id: regret
        phrases: { en: ["/regret(/"] }
        points: 1
        message: Regret.
      - id: kind
        phrases: { en: ["kind"] }
        not_with: [blame]
        points: 1
        message: Kind.
      - id: idle
        phrases: { en: ["hello"] }
        message: Does nothing.
  - id: tone
    name: Tone
    weight: 50
    levels: [rude, polite]
    checks:
      - id: blame-ish
        phrases: { en: ["your fault"] }
        negatable: "yes"
        cap: 0
        message: Blames.
`;

function diagnosticsOf(file: string, text: string): Diagnostic[] {
	const result = parseRubric(file, text);
	expect(result.ok).toBe(false);
	return result.diagnostics;
}

/** The diagnostic at `line:column` whose message matches `message`, or a readable failure. */
function expectDiagnostic(
	diagnostics: Diagnostic[],
	line: number,
	column: number,
	message: RegExp
): void {
	const found = diagnostics.find(
		(d) => d.line === line && d.column === column && message.test(d.message)
	);
	expect(
		found,
		`no diagnostic at ${line}:${column} matching ${message}; got:\n${diagnostics.map(formatDiagnostic).join('\n')}`
	).toBeDefined();
}

describe('parseRubric diagnostics', () => {
	const diagnostics = diagnosticsOf('rubrics/broken.yaml', BROKEN);

	it('names the file in every diagnostic, with 1-based line and column', () => {
		for (const d of diagnostics) {
			expect(d.file).toBe('rubrics/broken.yaml');
			expect(d.line).toBeGreaterThanOrEqual(1);
			expect(d.column).toBeGreaterThanOrEqual(1);
			expect(formatDiagnostic(d)).toMatch(/^rubrics\/broken\.yaml:\d+:\d+: \S/);
		}
	});

	it('an unknown field, at its key', () => {
		expectDiagnostic(diagnostics, 13, 9, /unknown field "colour"; expected one of: .*\bmessage\b/);
	});

	it('a value of the wrong type, at the value', () => {
		expectDiagnostic(diagnostics, 7, 13, /"weight" must be a number.*found string "twenty"/);
		expectDiagnostic(diagnostics, 43, 20, /must be true or false/);
	});

	it('an unknown `find`, listing the known ones', () => {
		expectDiagnostic(diagnostics, 20, 15, /"find" must be one of .*phrases.*found string "phrase"/);
	});

	it('a bad regular expression, at the phrase', () => {
		expectDiagnostic(diagnostics, 25, 25, /invalid regular expression/);
	});

	it('a duplicate check id, at the second one', () => {
		expectDiagnostic(diagnostics, 15, 13, /check id "apology" is used twice/);
		expect(diagnostics.filter((d) => /used twice/.test(d.message))).toHaveLength(1);
	});

	it('`not_with` naming a check that does not exist, at the reference', () => {
		expectDiagnostic(diagnostics, 30, 20, /"blame" is not a check in this rubric/);
	});

	it('a check without effect, at the check', () => {
		expectDiagnostic(diagnostics, 33, 9, /this check has no effect/);
		// Only that one: every other check has points, a cap or auto_fail.
		expect(diagnostics.filter((d) => /no effect/.test(d.message))).toHaveLength(1);
	});

	it('reports every mistake in one run', () => {
		const kinds = [
			/unknown field/,
			/"weight" must be a number/,
			/must be true or false/,
			/"find" must be one of/,
			/invalid regular expression/,
			/used twice/,
			/is not a check in this rubric/,
			/no effect/
		];
		for (const kind of kinds)
			expect(
				diagnostics.some((d) => kind.test(d.message)),
				`${kind}`
			).toBe(true);
	});

	it('a YAML syntax error, with its position', () => {
		const unclosed = diagnosticsOf(
			'rubrics/syntax.yaml',
			'id: syntax\ntitle: [unclosed\ncriteria:\n  - id: a\n'
		);
		expect(unclosed).toHaveLength(1);
		expect(unclosed[0]).toMatchObject({ file: 'rubrics/syntax.yaml', line: 3, column: 1 });
		expect(unclosed[0]!.message).toMatch(/^YAML: /);

		const badIndent = diagnosticsOf('rubrics/syntax.yaml', 'id: syntax\ntitle: x\n criteria: 1\n');
		expect(badIndent.length).toBeGreaterThan(0);
		expect(badIndent[0]).toMatchObject({ line: 2, column: 8 });
		expect(badIndent.every((d) => d.message.startsWith('YAML: '))).toBe(true);
	});

	it('a key given twice is a YAML error at the second key', () => {
		const twice = diagnosticsOf('rubrics/twice.yaml', 'id: twice\ntitle: x\ntitle: y\n');
		expectDiagnostic(twice, 3, 1, /^YAML: .*unique/);
	});

	it('`of` may name one part of a structural check, and the check before the dot must exist', () => {
		const text = `id: parts
title: Parts
criteria:
  - id: clarity
    name: Clarity
    weight: 10
    levels: [none, some, full]
    checks:
      - id: sig
        find: signature
        parts: { name: 1, elsewhere: 1 }
        message: Signature part.
      - id: misplaced
        find: checks
        of: [sig.elsewhere, nope.elsewhere]
        cap: 1
        message: Signed above the answer.
`;
		const diagnostics = diagnosticsOf('rubrics/parts.yaml', text);
		expect(diagnostics.map((d) => d.message)).toEqual([
			expect.stringMatching(/^"nope\.elsewhere" is not a check in this rubric/)
		]);
		expectDiagnostic(diagnostics, 15, 29, /"nope\.elsewhere"/);
	});

	it('an id that does not match the file name', () => {
		const text = BROKEN.replace('id: broken', 'id: other');
		expectDiagnostic(diagnosticsOf('rubrics/broken.yaml', text), 1, 5, /must match the file name/);
	});
});

describe('shipped rubrics', () => {
	const files = readdirSync(rubricsDir).filter((f) => /\.ya?ml$/.test(f));

	it('exist', () => {
		expect(files).toContain('support-email.yaml');
	});

	it.each(files)('rubrics/%s parses without diagnostics', (name) => {
		const result = parseRubric(`rubrics/${name}`, readFileSync(rubricsDir + name, 'utf8'), {
			readPack: (id) => ({
				file: `rubrics/packs/${id}.yaml`,
				text: readFileSync(`${rubricsDir}packs/${id}.yaml`, 'utf8')
			})
		});
		expect(result.diagnostics.map(formatDiagnostic)).toEqual([]);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.rubric.id).toBe(name.replace(/\.ya?ml$/, ''));
		expect(result.rubric.criteria.length).toBeGreaterThan(0);
		expect(result.rubric.version).toMatch(/^[0-9a-f]{16}$/);
	});
});

describe('limits of what an attempt keeps', () => {
	it('reports ids, texts and lists longer than an attempt and its backup keep, at file:line:col', () => {
		const criterionId = 'c'.repeat(MAX_KEY + 1);
		const levels = Array.from({ length: MAX_LEVELS + 1 }, (_, i) => `l${i}`).join(', ');
		const text = `id: long
title: ${'T'.repeat(MAX_TEXT + 1)}
criteria:
  - id: ${criterionId}
    name: Long
    weight: 20
    levels: [${levels}]
    checks:
      - id: ${'k'.repeat(MAX_SHORT + 1)}
        phrases: { en: ["sorry"] }
        points: 1
        message: { en: ${'m'.repeat(MAX_TEXT + 1)}, ja: 短い }
        example: ${'e'.repeat(MAX_TEXT + 1)}
`;
		const result = parseRubric('rubrics/long.yaml', text);
		expect(result.ok).toBe(false);
		expect(result.diagnostics.map(formatDiagnostic)).toEqual([
			'rubrics/long.yaml:4:9: "id" has 201 characters; at most 200 fit in an attempt and its backup: shorten it',
			'rubrics/long.yaml:7:13: "levels" has 21 items; at most 20 fit in an attempt and its backup',
			'rubrics/long.yaml:9:13: "id" has 501 characters; at most 500 fit in an attempt and its backup: shorten it',
			'rubrics/long.yaml:12:24: "en" has 100,001 characters; at most 100,000 fit in an attempt and its backup: shorten it',
			'rubrics/long.yaml:13:18: "example" has 100,001 characters; at most 100,000 fit in an attempt and its backup: shorten it',
			'rubrics/long.yaml:2:8: "title" has 100,001 characters; at most 100,000 fit in an attempt and its backup: shorten it'
		]);
	});
});
