/**
 * The questions every part of the project asks about a wire, answered once: what it is made of, which
 * shared secret it reads and when, who reads a secret, and how to say in words where a value comes from.
 * The generator, the docs, the validator, `secrets` and the tests ask here; the library chart answers the
 * same secret question with one helper (fxa-common.secrets.source) fed by the same spec.json.
 *
 * Each answer is an exhaustive switch on the wire kind: a new kind does not compile until every answer
 * handles it.
 */
import type { KeyFile } from './keys.ts';
import { keyPath } from './keys.ts';
import type { BaseWire, GlobalKey, ServerName, ServerSpec, SharedSecretKey, Wire } from './types.ts';

const unreachable = (w: never): never => {
  throw new Error(`unknown wire kind ${JSON.stringify(w)}`);
};

type Part = string | BaseWire;
const partsIn = (parts: readonly Part[]): Wire[] => parts.flatMap((p) => (typeof p === 'string' ? [] : wiresIn(p)));

/** Every wire a wire is built from, itself first: a switch's both sides, a composition's and an embedded secret's parts. */
export function wiresIn(w: Wire): Wire[] {
  switch (w.from) {
    case 'switch':
      return [w, ...(w.on ? wiresIn(w.on) : []), ...wiresIn(w.off)];
    case 'compose':
      return [w, ...partsIn(w.parts)];
    case 'sharedSecret':
      return [w, ...(w.embed ? partsIn([...w.embed.before, ...w.embed.after]) : [])];
    case 'publicUrl':
    case 'publicOrigin':
    case 'publicHost':
    case 'publicUrlPattern':
    case 'internalUrl':
    case 'internalHost':
    case 'loopbackUrl':
    case 'global':
    case 'listenPort':
    case 'literal':
      return [w];
    default:
      return unreachable(w);
  }
}

/** The shared secret a variable reads: its key, the global switch it is read under, and whether it sits inside a larger value. */
export interface SecretRead {
  readonly key: SharedSecretKey;
  readonly when?: GlobalKey;
  readonly embedded: boolean;
}

/** Which shared secret a variable's wire reads, if any (a variable reads at most one). */
export function secretRead(w: Wire): SecretRead | undefined {
  switch (w.from) {
    case 'sharedSecret':
      return { key: w.key, ...(w.when ? { when: w.when } : {}), embedded: Boolean(w.embed) };
    case 'switch':
    case 'compose':
    case 'publicUrl':
    case 'publicOrigin':
    case 'publicHost':
    case 'publicUrlPattern':
    case 'internalUrl':
    case 'internalHost':
    case 'loopbackUrl':
    case 'global':
    case 'listenPort':
    case 'literal':
      return undefined;
    default:
      return unreachable(w);
  }
}

/** Whether a secret read applies under the install's values: it has no switch, or its switch is on. */
export const readApplies = (read: SecretRead, isOn: (key: GlobalKey) => boolean): boolean => !read.when || isOn(read.when);

/** One server's variables that read a shared secret or name a key file. */
export interface Readers {
  readonly server: ServerName;
  readonly variables: readonly string[];
  /** Set when every listed variable reads it only while this global value is on. */
  readonly when?: GlobalKey;
}

const isKeyFile = (item: string, s: ServerSpec): item is KeyFile => (s.keyFiles ?? []).includes(item as KeyFile);

/**
 * Who reads a shared secret or a key file. With `isOn`, only the reads that apply under the install's
 * values (an SMTP password is not read while no SMTP user is set); without it, every possible reader,
 * each with the switch it depends on. A key file's readers are the servers that mount it.
 */
export function readersOf(item: SharedSecretKey | KeyFile, catalog: readonly ServerSpec[], isOn?: (key: GlobalKey) => boolean): Readers[] {
  const out: Readers[] = [];
  for (const s of catalog) {
    if (isKeyFile(item, s)) {
      const path = keyPath(item);
      const variables = Object.keys(s.wiring).filter((v) => { const w = s.wiring[v]; return w?.from === 'literal' && w.value === path; }).sort();
      out.push({ server: s.name, variables });
      continue;
    }
    const reads = Object.entries(s.wiring)
      .map(([variable, w]) => [variable, w && secretRead(w)] as const)
      .filter((e): e is readonly [string, SecretRead] => e[1]?.key === item && (!isOn || readApplies(e[1], isOn)));
    if (!reads.length) continue;
    const whens = new Set(reads.map(([, r]) => r.when));
    const when = whens.size === 1 ? [...whens][0] : undefined;
    out.push({ server: s.name, variables: reads.map(([v]) => v).sort(), ...(when && !isOn ? { when } : {}) });
  }
  return out;
}

const quoted = (s: string): string => JSON.stringify(s);
const names = (servers: readonly string[]): string => servers.join(', ');
const withPath = (path: string | undefined): string => (path ? ` + ${path}` : '');

/** A part of a composition in words: text quoted, wires described. */
const partWords = (p: Part): string => (typeof p === 'string' ? quoted(p) : describeWire(p));

/** Where a wired value comes from, in words for the values docs ("the public URL of fxa-auth-server + /v1"). */
export function describeWire(w: Wire): string {
  switch (w.from) {
    case 'publicUrl':
      return `the public URL of ${w.server}${withPath(w.path)}`;
    case 'publicOrigin':
      return `the public origins of ${names(w.servers)}`;
    case 'publicHost':
      return `the public host names of ${names(w.servers)}${w.port ? ' (with the port the public URL names)' : ''}`;
    case 'publicUrlPattern':
      return `a pattern matching the public URL of ${w.server}${withPath(w.path)}`;
    case 'internalUrl':
      return `the in-cluster URL of ${w.server}${withPath(w.path)}`;
    case 'loopbackUrl':
      return `the server's own URL on the pod's loopback${withPath(w.path)}`;
    case 'internalHost':
      return `the in-cluster host of ${w.server}`;
    case 'global':
      return `global.${w.key}`;
    case 'listenPort':
      return 'the container port';
    case 'literal':
      return quoted(w.value);
    case 'compose':
      return w.parts.map(partWords).join(' + ');
    case 'switch':
      return `${w.on ? describeWire(w.on) : 'unset'} while global.${w.when} is on, else ${describeWire(w.off)}`;
    case 'sharedSecret': {
      const secret = `global.secrets ${w.key}${w.when ? ` (while global.${w.when} is set)` : ''}`;
      return w.embed ? [...w.embed.before.map(partWords), secret, ...w.embed.after.map(partWords)].join(' + ') : secret;
    }
    default:
      return unreachable(w);
  }
}
