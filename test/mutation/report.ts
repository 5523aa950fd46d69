/**
 * Reading Stryker's JSON report (the mutation-testing-report-schema format, which the incremental file
 * shares): the score, the survivors, and which recorded files no longer match the tree.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface Mutant {
  id: string;
  mutatorName: string;
  replacement?: string;
  status: 'Killed' | 'Survived' | 'NoCoverage' | 'Timeout' | 'CompileError' | 'RuntimeError' | 'Ignored' | 'Pending';
  location: { start: { line: number; column: number } };
  coveredBy?: string[];
}

export interface MutationReport {
  files: Record<string, { source: string; mutants: Mutant[] }>;
  testFiles?: Record<string, { source?: string; tests: { id: string }[] }>;
}

/**
 * Stryker's mutation score: detected (killed or timed out) over valid mutants (all but those the
 * compiler refused, that crashed the run, or that were ignored). A mutant no test reaches counts as undetected.
 */
export function mutationScore(report: MutationReport): { percent: number; detected: number; valid: number; survivors: string[] } {
  let detected = 0;
  let valid = 0;
  const survivors: string[] = [];
  for (const [path, file] of Object.entries(report.files)) {
    for (const m of file.mutants) {
      if (m.status === 'CompileError' || m.status === 'RuntimeError' || m.status === 'Ignored') continue;
      valid++;
      if (m.status === 'Killed' || m.status === 'Timeout') detected++;
      else survivors.push(`${path}:${m.location.start.line}:${m.location.start.column} ${m.mutatorName}${m.replacement ? ` -> ${m.replacement.split('\n')[0]!.slice(0, 60)}` : ''} (${m.status})`);
    }
  }
  return { percent: valid ? (100 * detected) / valid : 0, detected, valid, survivors };
}

/** The score of each folder (or file) named, over the files under it: a folder's gaps cannot hide behind another's. */
export function scoresByFolder(report: MutationReport, folders: readonly string[]): Record<string, ReturnType<typeof mutationScore>> {
  return Object.fromEntries(folders.map((folder) => [folder, mutationScore({
    files: Object.fromEntries(Object.entries(report.files).filter(([path]) => path === folder || path.startsWith(folder.endsWith('/') ? folder : `${folder}/`))),
  })]));
}

const current = (root: string, path: string): string | undefined => (existsSync(join(root, path)) ? readFileSync(join(root, path), 'utf8') : undefined);

/**
 * Recorded files whose content differs from the tree, with how many mutants an incremental run would
 * re-test for each: all of a changed source file's, and those a changed test file's tests covered.
 */
export function staleFiles(report: MutationReport, root: string, mutated: string[] = []): { path: string; mutants: number }[] {
  const stale: { path: string; mutants: number }[] = [];
  for (const [path, file] of Object.entries(report.files)) {
    if (current(root, path) !== file.source) stale.push({ path, mutants: file.mutants.length });
  }
  for (const [path, file] of Object.entries(report.testFiles ?? {})) {
    if (file.source === undefined || current(root, path) === file.source) continue;
    const ids = new Set(file.tests.map((t) => t.id));
    const mutants = Object.values(report.files).flatMap((f) => f.mutants).filter((m) => m.coveredBy?.some((id) => ids.has(id))).length;
    stale.push({ path, mutants });
  }
  // a source file the last run did not see: about one mutant per non-blank line here
  for (const path of mutated.filter((p) => !(p in report.files))) {
    stale.push({ path, mutants: (current(root, path) ?? '').split('\n').filter((l) => l.trim()).length });
  }
  return stale;
}
