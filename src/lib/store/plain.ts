import { unimportable, type BundleTable } from './backup/format';

/**
 * A deep copy of `value` made only of what IndexedDB stores as it is: primitives, arrays and plain
 * objects. Whatever a caller hands the store passes through here first, so that a live object
 * (a Svelte `$state` proxy, which reads like its data but cannot be cloned into IndexedDB) is
 * stored as the data it shows. Anything else (a class instance, a function) is refused with the
 * path to it, before the write starts, instead of failing the write with a DataCloneError.
 */
export function plainData<T>(value: T, path = 'value'): T {
	if (value === null || typeof value !== 'object') {
		if (typeof value === 'function' || typeof value === 'symbol')
			throw new TypeError(`${path} is a ${typeof value}, which cannot be stored`);
		return value;
	}
	if (Array.isArray(value)) return value.map((item, i) => plainData(item, `${path}[${i}]`)) as T;
	const prototype = Object.getPrototypeOf(value);
	if (prototype !== Object.prototype && prototype !== null)
		throw new TypeError(
			`${path} is a ${prototype?.constructor?.name ?? 'special object'}, which cannot be stored`
		);
	const copy: Record<string, unknown> = {};
	for (const [key, item] of Object.entries(value)) copy[key] = plainData(item, `${path}.${key}`);
	return copy as T;
}

/**
 * A row as the store writes it to `table`: a plain copy (see `plainData`), refused with the
 * problems found when a backup of it could not be imported again. Every write of a row a backup
 * carries goes through here, so what the store keeps an export carries and an import accepts.
 */
export function storable<T>(table: BundleTable, row: T): T {
	const plain = plainData(row, table.replace(/s$/, ''));
	const refused = unimportable(table, plain);
	if (refused) throw refused;
	return plain;
}
