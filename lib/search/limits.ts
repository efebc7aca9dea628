/** Longer queries get a friendly "too long" page instead of a search. */
export const MAX_QUERY_LENGTH = 200;
