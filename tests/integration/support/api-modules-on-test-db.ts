// Imported first by a test that uses the API's modules directly against the test stack's database: they may read
// their configuration as soon as they are imported, and imports run before the importing module's own statements.
import { TEST_DB } from './test-databases';

process.env.DB_NAME = TEST_DB;
export {};
