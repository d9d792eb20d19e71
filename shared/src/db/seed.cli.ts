import { createDataSource } from './data-source';
import { dbOptionsFromEnv } from './migrate.cli';
import { seedDemo } from './seed';

/** `node shared/dist/db/seed.cli.js`: loads the demo data (run the migrations first). Safe to repeat. */
async function main(): Promise<void> {
  const dataSource = createDataSource(dbOptionsFromEnv());
  await dataSource.initialize();
  try {
    console.log(JSON.stringify(await seedDemo(dataSource), null, 2));
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error('seeding failed:', error);
  process.exit(1);
});
