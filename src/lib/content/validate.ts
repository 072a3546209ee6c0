export type Path = readonly (string | number)[];

/** Where a Validator sends its problems: a YamlSource, or a view that maps paths to several files. */
export interface Reporter {
	report(path: Path, message: string, options?: { key?: boolean }): void;
}

/** The problem with a text longer than `max` characters, naming the limit; null when it fits. */
export function tooLong(what: string, text: string, max: number): string | null {
	if (text.length <= max) return null;
	return `${what} has ${text.length.toLocaleString('en')} characters; at most ${max.toLocaleString('en')} fit in an attempt and its backup: shorten it`;
}

export function describeType(value: unknown): string {
	if (value === null || value === undefined) return 'nothing';
	if (Array.isArray(value)) return 'a list';
	if (typeof value === 'object') return 'a mapping';
	return `${typeof value} ${JSON.stringify(value)}`;
}

/**
 * Reads untyped YAML data field by field, reporting each wrong field at its position and
 * returning a usable fallback so that one run finds every problem in a file.
 */
export class Validator {
	constructor(readonly source: Reporter) {}

	report(path: Path, message: string, options?: { key?: boolean }): void {
		this.source.report(path, message, options);
	}

	record(value: unknown, path: Path, allowed?: readonly string[]): Record<string, unknown> {
		if (value === null || typeof value !== 'object' || Array.isArray(value)) {
			this.report(path, `expected a mapping (key: value lines), found ${describeType(value)}`);
			return {};
		}
		const record = value as Record<string, unknown>;
		if (allowed) {
			for (const key of Object.keys(record)) {
				if (!allowed.includes(key)) {
					this.report(
						[...path, key],
						`unknown field "${key}"; expected one of: ${allowed.join(', ')}`,
						{
							key: true
						}
					);
				}
			}
		}
		return record;
	}

	/** Text; `max` is the longest it may be (see src/lib/limits). */
	string(value: unknown, path: Path, { optional = false, max = Infinity } = {}): string {
		if (value === undefined && optional) return '';
		if (typeof value === 'number') return String(value);
		if (typeof value !== 'string' || (!optional && value.trim() === '')) {
			this.report(path, `${label(path)} must be text, found ${describeType(value)}`);
			return '';
		}
		return this.limit(value, path, max);
	}

	/** Reports a text longer than `max` characters at its place; returns it as it is. */
	limit(text: string, path: Path, max: number): string {
		const problem = tooLong(label(path), text, max);
		if (problem) this.report(path, problem);
		return text;
	}

	/** Reports a list of more than `max` items at its place; returns it as it is. */
	most<T>(items: T[], path: Path, max: number): T[] {
		if (items.length > max)
			this.report(
				path,
				`${label(path)} has ${items.length} items; at most ${max} fit in an attempt and its backup`
			);
		return items;
	}

	number(
		value: unknown,
		path: Path,
		{ min = -Infinity, max = Infinity, integer = false, fallback = 0 } = {}
	): number {
		if (
			typeof value !== 'number' ||
			Number.isNaN(value) ||
			value < min ||
			value > max ||
			(integer && !Number.isInteger(value))
		) {
			const range = [
				Number.isFinite(min) && `at least ${min}`,
				Number.isFinite(max) && `at most ${max}`
			]
				.filter(Boolean)
				.join(' and ');
			this.report(
				path,
				`${label(path)} must be ${integer ? 'a whole number' : 'a number'}${range ? ` ${range}` : ''}, found ${describeType(value)}`
			);
			return fallback;
		}
		return value;
	}

	oneOf<T extends string>(value: unknown, path: Path, options: readonly T[], fallback: T): T {
		if (typeof value !== 'string' || !options.includes(value as T)) {
			this.report(
				path,
				`${label(path)} must be one of ${options.join(', ')}, found ${describeType(value)}`
			);
			return fallback;
		}
		return value as T;
	}

	list(value: unknown, path: Path, { optional = false } = {}): unknown[] {
		if (value === undefined && optional) return [];
		if (!Array.isArray(value)) {
			this.report(path, `${label(path)} must be a list, found ${describeType(value)}`);
			return [];
		}
		return value;
	}

	strings(value: unknown, path: Path, { optional = false } = {}): string[] {
		if (typeof value === 'string') return [value];
		return this.list(value, path, { optional }).map((item, i) => this.string(item, [...path, i]));
	}
}

function label(path: Path): string {
	const last = [...path].reverse().find((p) => typeof p === 'string');
	return last ? `"${last}"` : 'this value';
}
