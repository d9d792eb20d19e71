/**
 * The databases every integration suite runs on: its own, never the demo's (`dmh`, `dmh_external`), so
 * `npm test` can drop and recreate them and the invariants see only what the run did. Every module that
 * names a database imports it from here, so the name cannot depend on import order.
 */
export const TEST_DB = process.env.DMH_TEST_DB_NAME ?? 'dmh_test';
export const TEST_EXTERNAL_DB = process.env.DMH_TEST_EXTERNAL_DB_NAME ?? 'dmh_test_external';
