// Imported first by a test that uses the API's modules directly: they read their configuration when imported, and
// imports run before the importing module's own statements, so a fresh database is named here.
process.env.DB_NAME = `dmh_rollup_test_${process.pid}_${Date.now().toString(36)}`;
export {};
