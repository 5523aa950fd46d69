/** The project's derived-data caches under .cache/: written atomically, and optional (a read-only checkout only recomputes). */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Write `file` through a per-process temporary name and a rename, so a concurrent reader never sees half of it; failures are ignored. */
export function writeCacheFile(file: string, data: string | NodeJS.ArrayBufferView): void {
  const partial = `${file}.${process.pid}.partial`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(partial, data);
    renameSync(partial, file);
  } catch {
    // a read-only checkout still works; it only recomputes every time
  }
}
