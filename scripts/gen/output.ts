/** A file the generator produces: a path relative to the repository root and its exact bytes. */
export interface OutputFile {
  path: string;
  content: string;
}

export const BANNER_SOURCE = 'schema/ (the FxA catalog)';
export const REGENERATE = 'npm run gen';

/** `#` banner for YAML, templates and text files. */
export const hashBanner = (what = BANNER_SOURCE): string =>
  `# Generated from ${what} by \`${REGENERATE}\`. Do not edit: change schema/ and regenerate.\n`;

/** Deterministic JSON: two-space indent, trailing newline (keys keep insertion order, which emitters fix). */
export const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
