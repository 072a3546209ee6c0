import { MAX_JSON_DEPTH } from '../../limits';

/**
 * A small validator for parsed JSON: each checker returns the problems it found at a path, so
 * that a rejected file says where and what. Objects are closed (an unknown key is a problem) and
 * keys that could reach a prototype are refused everywhere.
 */
export type Checker = (value: unknown, path: string, problems: string[]) => void;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function kind(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'a list';
	return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

export function text(max: number): Checker {
	return (value, path, problems) => {
		if (typeof value !== 'string') problems.push(`${path}: expected text, found ${kind(value)}`);
		else if (value.length > max)
			problems.push(
				`${path}: ${value.length.toLocaleString('en')} characters, at most ${max.toLocaleString('en')} allowed`
			);
	};
}

export function number({ min = -Infinity, max = Infinity, integer = false } = {}): Checker {
	return (value, path, problems) => {
		if (typeof value !== 'number' || !Number.isFinite(value))
			problems.push(`${path}: expected a number, found ${kind(value)}`);
		else if (integer && !Number.isInteger(value)) problems.push(`${path}: expected a whole number`);
		else if (value < min || value > max)
			problems.push(`${path}: ${value} is outside ${min}–${max}`);
	};
}

export const boolean: Checker = (value, path, problems) => {
	if (typeof value !== 'boolean')
		problems.push(`${path}: expected true or false, found ${kind(value)}`);
};

export function oneOf(...allowed: readonly unknown[]): Checker {
	return (value, path, problems) => {
		if (!allowed.includes(value))
			problems.push(
				`${path}: ${JSON.stringify(value)?.slice(0, 40)} is not one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}`
			);
	};
}

export function nullable(check: Checker): Checker {
	return (value, path, problems) => {
		if (value !== null) check(value, path, problems);
	};
}

export function list(item: Checker, max: number): Checker {
	return (value, path, problems) => {
		if (!Array.isArray(value))
			return void problems.push(`${path}: expected a list, found ${kind(value)}`);
		if (value.length > max)
			return void problems.push(`${path}: ${value.length} items, at most ${max}`);
		value.forEach((v, i) => item(v, `${path}[${i}]`, problems));
	};
}

function plainObject(
	value: unknown,
	path: string,
	problems: string[]
): value is Record<string, unknown> {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) {
		problems.push(`${path}: expected an object, found ${kind(value)}`);
		return false;
	}
	return true;
}

function badKey(key: string, path: string, problems: string[]): boolean {
	if (!FORBIDDEN_KEYS.has(key)) return false;
	problems.push(`${path}: the key "${key}" is not allowed`);
	return true;
}

/** An object with exactly these fields; a field named in `optional` may be absent. */
export function object(fields: Record<string, Checker>, optional: string[] = []): Checker {
	return (value, path, problems) => {
		if (!plainObject(value, path, problems)) return;
		for (const key of Object.keys(value)) {
			if (badKey(key, path, problems)) continue;
			// Own keys only: `key in fields` would take toString or valueOf for declared fields.
			if (!Object.hasOwn(fields, key)) problems.push(`${path}.${key}: unknown field`);
		}
		for (const [key, check] of Object.entries(fields)) {
			if (!Object.hasOwn(value, key)) {
				if (!optional.includes(key)) problems.push(`${path}.${key}: missing`);
			} else check(value[key], `${path}.${key}`, problems);
		}
	};
}

/** An object used as a map from ids to values. */
export function record(check: Checker, maxKeys: number, maxKeyLength: number): Checker {
	return (value, path, problems) => {
		if (!plainObject(value, path, problems)) return;
		const keys = Object.keys(value);
		if (keys.length > maxKeys)
			return void problems.push(`${path}: ${keys.length} keys, at most ${maxKeys}`);
		for (const key of keys) {
			if (badKey(key, path, problems)) continue;
			if (key.length > maxKeyLength)
				problems.push(`${path}: a key of ${key.length} characters, at most ${maxKeyLength}`);
			else check(value[key], `${path}.${key}`, problems);
		}
	};
}

/** Any JSON value (a saved machine state), within a depth, with no long text and no dangerous keys. */
export function json(maxText: number): Checker {
	const walk = (value: unknown, path: string, problems: string[], depth: number): void => {
		if (depth > MAX_JSON_DEPTH)
			return void problems.push(`${path}: nested deeper than ${MAX_JSON_DEPTH}`);
		if (typeof value === 'string') return text(maxText)(value, path, problems);
		if (Array.isArray(value))
			return value.forEach((v, i) => walk(v, `${path}[${i}]`, problems, depth + 1));
		if (value && typeof value === 'object')
			for (const key of Object.keys(value))
				if (!badKey(key, path, problems))
					walk((value as Record<string, unknown>)[key], `${path}.${key}`, problems, depth + 1);
	};
	return (value, path, problems) => walk(value, path, problems, 0);
}

/** Stops collecting after this many problems: a broken file does not need a thousand lines. */
export const MAX_PROBLEMS = 20;

export function validate(check: Checker, value: unknown, path = 'bundle'): string[] {
	const problems: string[] = [];
	check(value, path, problems);
	return problems.slice(0, MAX_PROBLEMS);
}
