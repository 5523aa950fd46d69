/**
 * The library chart and the generator's emitters know servers, services and ports only as catalog data:
 * a quoted server, service or port name in their code is a fact kept in a second place, which the catalog
 * can no longer change alone. Comments and usage examples may name them; code may not. Emitters may name
 * a service through the typed helpers of scripts/gen/service-address.ts, whose argument the compiler
 * checks against schema/services.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../schema/index.ts';
import { SERVICE_NAMES } from '../../schema/services.ts';
import { ROOT } from '../../scripts/lib/paths.ts';

const LIBRARY = join(ROOT, 'charts', 'fxa', 'charts', 'fxa-common', 'templates');
const EMITTERS = join(ROOT, 'scripts', 'gen');

const servers = CATALOG.map((s) => s.name);
const infraServers = CATALOG.filter((s) => s.origin !== 'fxa').map((s) => s.name);
const ports = [...new Set(CATALOG.flatMap((s) => s.ports.map((p) => p.name)))];

/** Go template comments `{{/* … *\/}}` (with or without trim markers) removed. */
export const templateCode = (text: string): string => text.replace(/\{\{-?\s*\/\*[\s\S]*?\*\/\s*-?\}\}/g, '');
/** TypeScript comments removed (block, JSDoc and line comments outside strings). */
export const tsCode = (text: string): string => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
/** The typed service helpers: their argument is a ServiceName, checked by the compiler. */
const TYPED_SERVICE_CALL = /\b(?:inClusterPort|inClusterAddress|defaultPort)\(\s*'[a-z]+'/g;

function quoted(code: string, names: readonly string[], quote: string): string[] {
  const hits: string[] = [];
  for (const [n, line] of code.split('\n').entries()) {
    for (const name of names) if (line.includes(`${quote}${name}${quote}`)) hits.push(`line ${n + 1}: ${quote}${name}${quote} in ${line.trim()}`);
  }
  return hits;
}

const files = (dir: string, ext: string): string[] => readdirSync(dir).filter((f) => f.endsWith(ext)).sort();

describe('names live in the catalog only', () => {
  it('the scans see code: comments are dropped, code kept', () => {
    expect(templateCode('{{/* "mysql" */}}{{- /* "redis" */ -}}{{ include "x" (dict "server" "mysql") }}')).toBe('{{ include "x" (dict "server" "mysql") }}');
    expect(quoted(templateCode('{{/*\nUsage: "fxa-auth-server"\n*/}}\n{{ $x := "fxa-auth-server" }}'), ['fxa-auth-server'], '"')).toEqual(['line 2: "fxa-auth-server" in {{ $x := "fxa-auth-server" }}']);
    expect(tsCode("/** 'mysql' */\nconst a = 'http://x'; // 'redis'\nconst b = 'statsd';")).toBe("\nconst a = 'http://x'; \nconst b = 'statsd';");
    expect(quoted(tsCode("const b = 'statsd';"), ['statsd'], "'")).toHaveLength(1);
  });

  it.each(files(LIBRARY, '.tpl'))('library template %s names no server, service or port', (file) => {
    const code = templateCode(readFileSync(join(LIBRARY, file), 'utf8'));
    expect(quoted(code, [...new Set([...servers, ...SERVICE_NAMES, ...ports])], '"'), file).toEqual([]);
  });

  it.each(files(EMITTERS, '.ts'))('emitter %s names no infrastructure server, service or port', (file) => {
    const code = tsCode(readFileSync(join(EMITTERS, file), 'utf8')).replace(TYPED_SERVICE_CALL, '');
    expect(quoted(code, [...new Set([...infraServers, ...SERVICE_NAMES, ...ports])], "'"), file).toEqual([]);
  });
});
