/** Profiles: picking and creating a trainee. */
export const en = {};

export const ja: typeof en = {};
