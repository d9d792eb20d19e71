/**
 * What a failed run printed that says why: its FAILURES section (each failing case with its curl to replay
 * it) and its SUMMARY. The warnings between them (links that found no data) can run to many pages and once
 * pushed the failure itself out of what CI keeps.
 */
export function failureReport(output: string): string {
  const section = (name: string) => {
    const start = output.search(new RegExp(`^=+ ${name} =+$`, 'm'));
    if (start < 0) return '';
    const body = output.indexOf('\n', start) + 1;
    const next = output.slice(body).search(/^=+ [A-Z][A-Za-z ]+ =+$/m);
    return output.slice(start, next < 0 ? undefined : body + next);
  };
  const failures = section('FAILURES');
  const summary = section('SUMMARY');
  if (!failures && !summary) return output.slice(-30_000);
  return `${failures.slice(0, 24_000)}\n${summary.slice(0, 6_000)}`;
}
