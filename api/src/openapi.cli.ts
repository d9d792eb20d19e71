import { createApp } from './app';
import { openApiDocument } from './common/openapi';
import type { PaymentProvider } from './payments/payment.client';
import type { ReconciliationService } from './reconciliation/reconciliation.service';
import type { SettlementService } from './settlement/settlement.service';

/**
 * The API's OpenAPI document on stdout, without a server, database or sidecar: building the app registers
 * every route's schemas (nothing connects until a request arrives), then the document is generated from
 * them. The console's typed client is generated from this output (admin-angular/scripts/generate-api-client.mjs).
 *
 *   node api/dist/openapi.cli.js > api-client/openapi.json
 */
export function renderOpenApiDocument(): string {
  // Handlers are never called here: the app is built only for its route registrations.
  createApp({ settlement: {} as SettlementService, payments: {} as PaymentProvider, reconciliation: {} as ReconciliationService });
  return `${JSON.stringify(openApiDocument(), null, 2)}\n`;
}

if (require.main === module) {
  process.stdout.write(renderOpenApiDocument(), () => process.exit(0));
}
