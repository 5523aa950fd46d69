// Generated from scripts/fixes/apply.mjs by `npm run gen`. Do not edit.
/**
 * Applies compatibility fixes (schema/fixes.ts) inside a pod, with only Node's standard library: the FxA
 * image's own Node runs it in an init container. Usage: node apply.mjs <fixes.json> <out-dir>.
 *
 * Fix i's target is copied to <out-dir>/<i> (a file, or a directory with everything in it), each edit is
 * applied to the copy, and the server's container mounts <out-dir>/<i> over the target. The image is never
 * written. Exit 1, naming the fix and the text, when an edit matches nothing or a variable it uses is
 * unset: the pod then never starts on an unfixed file.
 */
import { cpSync, readFileSync, readdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Files of a copied target an edit names: '' is the target file itself; `*` matches within one name. */
function filesOf(root, kind, patterns) {
  if (kind === 'file') return [root];
  const all = readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(root, join(e.parentPath ?? e.path, e.name)));
  const wanted = patterns.map((p) => new RegExp(`^${p.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]*')}$`));
  return all.filter((f) => wanted.some((re) => re.test(f))).sort().map((f) => join(root, f));
}

/** `${NAME}` for each NAME the fix lists, from the environment; `$` in a value stays literal in the replacement. */
function expand(replace, names, env, id) {
  let out = replace;
  for (const name of names) {
    const value = env[name];
    if (!value) throw new Error(`fix ${id}: the variable ${name} it uses is not set`);
    out = out.split('${' + name + '}').join(value.replace(/\$/g, '$$$$'));
  }
  return out;
}

export function applyFixes(fixes, outDir, env = process.env, log = console.log) {
  fixes.forEach((fix, i) => {
    const out = join(outDir, String(i));
    rmSync(out, { recursive: true, force: true });
    cpSync(fix.target, out, { recursive: true });
    for (const edit of fix.edits) {
      const replacement = expand(edit.replace, fix.env ?? [], env, fix.id);
      let count = 0;
      for (const file of filesOf(out, fix.kind, edit.files)) {
        const text = readFileSync(file, 'utf8');
        const found = text.match(new RegExp(edit.find, 'g'))?.length ?? 0;
        if (!found) continue;
        writeFileSync(file, text.replace(new RegExp(edit.find, 'g'), replacement));
        count += found;
      }
      if (!count) throw new Error(`fix ${fix.id}: /${edit.find}/ matches nothing in ${fix.target}${fix.kind === 'directory' ? ` (${edit.files.join(', ')})` : ''}; this image is not the release the fix was written for`);
      log(`fix ${fix.id}: ${count} change${count === 1 ? '' : 's'} in ${fix.target}`);
    }
  });
}

// A ConfigMap mounts this file as a symlink into a timestamped directory, and Node resolves a main module's
// symlinks: the script is "main" when the real paths agree (comparing the path as given would skip the fixes)
if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [fixesFile, outDir] = process.argv.slice(2);
  try {
    applyFixes(JSON.parse(readFileSync(fixesFile, 'utf8')), outDir);
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(1);
  }
}
