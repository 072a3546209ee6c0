export {
	bundleFileName,
	exportBundle,
	exportFile,
	EXPORT_CHUNK,
	serializeBundle,
	type BundleFile
} from './export';
export {
	BUNDLE_FORMAT,
	BUNDLE_VERSION,
	MAX_BUNDLE_BYTES,
	unimportable,
	type Bundle,
	type BundleTable
} from './format';
export {
	applyImport,
	planImport,
	type Conflict,
	type ImportPlan,
	type ImportSummary
} from './merge';
export { parseBundle, readBundle, type BundleRead, type BundleSource } from './read';
export { BACKUP_REMINDER_AFTER_MS, backupDueSince } from './reminder';
