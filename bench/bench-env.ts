// Imported first by the benchmark: its own databases, never the suites' (`dmh_test`) nor the demo's (`dmh`).
// tests/integration/support reads these names when its modules load, so this must run before them.
process.env.DMH_TEST_DB_NAME ??= 'dmh_bench';
process.env.DMH_TEST_EXTERNAL_DB_NAME ??= 'dmh_bench_external';
export const BENCH_DB = process.env.DMH_TEST_DB_NAME;
export const BENCH_EXTERNAL_DB = process.env.DMH_TEST_EXTERNAL_DB_NAME;
/** The seed's optimistic-lock design and the raw-update limit run here: same server, same table definitions. */
export const SCRATCH_DB = `${BENCH_DB}_scratch`;
