// The console server as a process of the stack (started by Stack.startConsole, and by Stack.startH5 for the H5 app):
//   DMH_CONSOLE_PORT (3000), DMH_CONSOLE_ROOT (admin-angular/dist), DMH_API_ORIGIN (http://127.0.0.1:8889),
//   DMH_SANDBOX_ORIGIN (unset: no /sandbox/pay/ pass-through; the development stack sets it for the H5 app)
import * as path from 'node:path';
import { createConsoleServer } from './console-server';

function settings(env: NodeJS.ProcessEnv) {
  const port = Number(env.DMH_CONSOLE_PORT ?? 3000);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`DMH_CONSOLE_PORT=${env.DMH_CONSOLE_PORT} is not a valid port`);
  return {
    port,
    host: env.DMH_CONSOLE_HOST ?? '127.0.0.1',
    root: env.DMH_CONSOLE_ROOT ?? path.resolve(__dirname, '..', '..', 'admin-angular', 'dist'),
    apiOrigin: env.DMH_API_ORIGIN ?? 'http://127.0.0.1:8889',
    sandboxOrigin: env.DMH_SANDBOX_ORIGIN || undefined,
  };
}

const s = settings(process.env);
const server = createConsoleServer({ root: s.root, apiOrigin: s.apiOrigin, sandboxOrigin: s.sandboxOrigin });
server.listen(s.port, s.host, () => process.stdout.write(`console on http://${s.host}:${s.port} (app ${s.root}, /api/ → ${s.apiOrigin}${s.sandboxOrigin ? `, POST /sandbox/pay/ → ${s.sandboxOrigin}` : ''})\n`));
for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => server.close(() => process.exit(0)));
