/**
 * How many related rows (a person's commitments, an organization's events…) a record's page
 * lists; the rest are counted, so a page stays small at 100,000 commitments.
 */
export const RELATED_LIMIT = 100;
