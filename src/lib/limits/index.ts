/**
 * The largest values Reply Dojo stores. The backup importer refuses anything larger, so every
 * place that creates the data (the reply box, profile names, `dojo check` for the scenario and
 * rubric text copied into attempts, the store itself) enforces the same numbers: an export always
 * imports. See docs/backup.md.
 */

/** The longest text a field may hold: a reply, a draft, a customer message, a rubric message. */
export const MAX_TEXT = 100_000;
/** The longest id, name or label: a scenario's title, a turn or check id, an outcome. */
export const MAX_SHORT = 500;
/** The longest profile name: shorter than MAX_SHORT, to fit the header's profile menu. */
export const MAX_PROFILE_NAME = 60;
/** The longest key of a map stored in a score: a criterion id. */
export const MAX_KEY = 200;
/** Criteria in a rubric (and so in a score), and level descriptors in a criterion. */
export const MAX_CRITERIA = 100;
export const MAX_LEVELS = 20;
/** Checks in one criterion: each may add one "missing" line to a score. */
export const MAX_CHECKS = 1000;
/** Spans of evidence one criterion's score may hold (a reply of MAX_TEXT characters, each one a match). */
export const MAX_EVIDENCE = MAX_TEXT;
/** Replies in one attempt, and re-scorings kept beside it. */
export const MAX_TURNS = 1000;
export const MAX_RESCORES = 1000;
/** How deep a saved machine state may nest. */
export const MAX_JSON_DEPTH = 64;
