import { extendZodWithOpenApi } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';

// `.openapi({...})` on schemas (examples, formats, descriptions) needs this before any schema is built:
// every API module imports `z` from here, never from 'zod' directly.
extendZodWithOpenApi(z);

export { z };
