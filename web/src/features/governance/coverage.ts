/**
 * The building-leader coverage seed 000 reports for 罗湖区 (79.6%), drawn as the line each figure is read
 * against. A deployment elsewhere compares with the same published figure until it has its own.
 */
export const REFERENCE_COVERAGE = 0.796;

/** The node kinds a coverage report is asked for (a building has no coverage of its own). */
export const COVERAGE_KINDS = ['district', 'street', 'community', 'compound'];
