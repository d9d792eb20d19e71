// Preloaded into the stack's Node apps when BENCH_PROFILE=1 (NODE_OPTIONS=--require …): the first SIGUSR2
// starts V8's CPU profiler, the second writes <dir>/<app>-<pid>-<n>.cpuprofile (open it in Chrome DevTools,
// or summarise it with bench/profiling/summarise.ts). The benchmark sends both around a phase.
'use strict';
const inspector = require('node:inspector');
const fs = require('node:fs');
const path = require('node:path');

const dir = process.env.BENCH_PROFILE_DIR || '/tmp/dmh-prof';
const app = path.basename(path.dirname(path.dirname(process.argv[1] || 'node'))) + '-' + path.basename(process.argv[1] || 'node', '.js');
let session;
let n = 0;
process.on('SIGUSR2', () => {
  if (!session) {
    session = new inspector.Session();
    session.connect();
    session.post('Profiler.enable', () => session.post('Profiler.setSamplingInterval', { interval: 500 }, () => session.post('Profiler.start')));
    return;
  }
  const s = session;
  session = undefined;
  s.post('Profiler.stop', (err, result) => {
    if (!err) {
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, `${app}-${process.pid}-${++n}.cpuprofile`), JSON.stringify(result.profile));
    }
    s.disconnect();
  });
});
