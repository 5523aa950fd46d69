import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Absolute path of the repository root, whatever the caller's cwd. The compiled CLI (scripts/bin/fxa-helm.mjs)
 * runs from .cache/cli and says where the root is; the TypeScript sources find it from their own place.
 */
export const ROOT = process.env.FXA_HELM_ROOT ?? resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Where the project installs its tools; a mutation run's sandbox (a copy without .tools) is pointed at the checkout's. */
export const TOOLS_BIN = process.env.FXA_TOOLS_BIN ?? join(ROOT, '.tools', 'bin');
export const CHARTS_DIR = join(ROOT, 'charts');
export const UMBRELLA_DIR = join(CHARTS_DIR, 'fxa');
export const VALUES_DIR = join(ROOT, 'values');
/** Download cache shared by every checkout on this machine (CI clones reuse it). */
export const CACHE_DIR = process.env.FXA_HELM_CACHE ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'fxa-helm');

/** Where the project installs a tool. */
export const toolPath = (name: string): string => join(TOOLS_BIN, name);
/** The tool to run: the project's, or, where it installed none (the packed CLI on an operator's machine), the one on PATH. */
export const toolCommand = (name: string): string => (existsSync(toolPath(name)) ? toolPath(name) : name);
