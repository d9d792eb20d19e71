// @ts-check
/**
 * A node:test reporter that counts what really ran, for scripts/testing/phases.sh. The spec reporter's
 * closing "ℹ tests N" cannot say: it counts skipped and todo tests, suites' parents, and a file that
 * declares no test at all (node reports such a file as one passing test named after its path).
 *
 * Counted as executed: a leaf test (no subtest) that is neither skipped nor todo, passed or failed. Not
 * counted: suites (describe), tests that only hold subtests, the stand-in node reports for a file that
 * declared no test. Its output (the reporter's destination file) is one line per fact:
 *
 *   executed 812
 *   skipped 3
 *   todo 0
 *   failed 0
 *   idle /abs/path/x.spec.js      (one line per file that executed no test: none declared, or all skipped)
 *
 * Events of different files are kept apart (keyed by file), so files reported concurrently cannot mix.
 *
 * @param {AsyncIterable<{ type: string; data: any }>} source
 */
export default async function* countReporter(source) {
  const counts = { executed: 0, skipped: 0, todo: 0, failed: 0 };
  /** per file: executed leaves, and for each nesting level whether the next test there has subtests */
  const files = new Map();
  const fileOf = (/** @type {string | undefined} */ name) => {
    const key = name ?? '(no file)';
    if (!files.has(key)) files.set(key, { executed: 0, hasChildren: /** @type {boolean[]} */ ([]) });
    return files.get(key);
  };
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    const { data } = event;
    const file = fileOf(data.file);
    const nesting = data.nesting ?? 0;
    const parent = file.hasChildren[nesting] === true;
    file.hasChildren[nesting] = false;
    if (nesting > 0) file.hasChildren[nesting - 1] = true;
    const standIn = nesting === 0 && data.file !== undefined && data.name === data.file;
    if (data.details?.type === 'suite' || parent || standIn) {
      if (event.type === 'test:fail' && standIn) counts.failed++; // the file itself failed (did not load, exited non-zero)
      continue;
    }
    if (data.skip !== undefined && data.skip !== false) counts.skipped++;
    else if (data.todo !== undefined && data.todo !== false) counts.todo++;
    else {
      counts.executed++;
      file.executed++;
      if (event.type === 'test:fail') counts.failed++;
    }
  }
  for (const [key, value] of Object.entries(counts)) yield `${key} ${value}\n`;
  for (const [name, file] of files) if (file.executed === 0) yield `idle ${name}\n`;
}
