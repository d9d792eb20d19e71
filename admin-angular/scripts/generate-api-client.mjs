// The typed API client's source of truth: the API's OpenAPI document, rendered from its zod schemas by
// api/dist/openapi.cli.js (no server), turned into TypeScript by openapi-typescript and written to
// api-client/src/schema.d.ts, which the console (and later the H5 app) import through @dmh/api-client.
//
//   node scripts/generate-api-client.mjs           regenerate (after `npm run build` of the API)
//   node scripts/generate-api-client.mjs --check   exit 1 when the committed file is stale
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const cli = join(repoRoot, 'api', 'dist', 'openapi.cli.js');
export const CLIENT_FILE = join(repoRoot, 'api-client', 'src', 'schema.d.ts');

const HEADER =
  '/**\n * Generated from the DMH API\'s OpenAPI document by admin-angular/scripts/generate-api-client.mjs.\n' +
  ' * Do not edit: change the API\'s schemas, build the API, then run `npm --prefix admin-angular run api:generate`.\n */\n\n';

/** The client's source text, generated from the document the built API renders now. */
export async function renderClient() {
  if (!existsSync(cli)) throw new Error(`${relative(repoRoot, cli)} not found: build the API first (npm run build)`);
  const document = JSON.parse(execFileSync(process.execPath, [cli], { cwd: repoRoot, maxBuffer: 64 << 20, encoding: 'utf8' }));
  const ast = await openapiTS(document, { alphabetize: false, exportType: false });
  return HEADER + astToString(ast);
}

export function committedClient() {
  return existsSync(CLIENT_FILE) ? readFileSync(CLIENT_FILE, 'utf8') : '';
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = await renderClient();
  if (process.argv.includes('--check')) {
    if (text !== committedClient()) {
      console.error(`${relative(repoRoot, CLIENT_FILE)} is stale: run npm --prefix admin-angular run api:generate`);
      process.exit(1);
    }
    console.log(`${relative(repoRoot, CLIENT_FILE)} matches the API's document`);
  } else {
    writeFileSync(CLIENT_FILE, text);
    console.log(`wrote ${relative(repoRoot, CLIENT_FILE)} (${text.length} characters)`);
  }
}
