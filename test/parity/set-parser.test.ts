/**
 * `--set` parsing compared with Helm itself: each expression (hand-written corners, then generated ones
 * from --set's own alphabet) is applied by both Helms to a chart that prints its values as JSON, and by
 * our parser; the values, or the fact of an error, must be the same. Where the two Helms disagree (only
 * Helm 4 reads a truncated index such as "l[0" as the end of the expression), ours must be Helm 3's. Seeded; the seed is in the title.
 */
import fc from 'fast-check';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../scripts/lib/errors.ts';
import { applySet, type SetFlag } from '../../scripts/validate/set-parser.ts';
import { HELMS } from '../helpers/helm.ts';
import { helmAsync, pool } from '../helpers/async-helm.ts';

const HAND: string[][] = [
  ['a=1', 'a.b=2'], ['a=x', 'a[0]=y'], ['a=null', 'a.b=1'], ['a.x=1', 'a..b=2'], ['l[0]=a', 'l[0].b=c'], ['e[0]=x', 'e[0].name=N'],
  ['a..b=1'], ['a.=1'], ['.a=1'], ['=1'], ['a'], ['a=1,b'], ['a=1,'], ['a=b=c'], ['a='], ['a.b='], ['a.='],
  ['l={}'], ['l={a,}'], ['l={a}x'], ['l={a'], ['a={x,{y,z}}'], ['l={1,true,x},m=2'], ['s=a\\,b'], ['k\\=ey=v'], ['x=\\t\\rue'], ['a\\'], ['a=b\\'],
  ['l[2]=c'], ['l[0]'], ['l[0]x=1'], ['l[-1]=a'], ['l[+1]=a'], ['l[x]=a'], ['l[0'], ['l[0][1]=a'], ['l[0][1]'], ['l[1].a='], ['l[0].a=1', 'l[0][0]=2'],
  ['a.b[0].c=1'], ['[0]=x'], ['a,b=1'], ['l[]=a'], ['l[65536]=a'], ['l[65537]=a'], ['l[0]=x', 'l[0][0]=y'],
  [`${Array.from({ length: 31 }, () => 'a').join('.')}=1`], [`${Array.from({ length: 32 }, () => 'a').join('.')}=1`], ['a=+25,b=-025,c=0025,d=-0,e=TRUE,f=Null,g=1e3,h=0x1F'],
];

/** Expressions from the characters --set gives meaning to, plus a few plain ones. */
const expression = fc.string({ unit: fc.constantFrom('a', 'b', '.', '=', ',', '[', ']', '0', '1', '-', '{', '}', '\\'), minLength: 1, maxLength: 12 });

const SEED = Number(process.env.FXA_PARITY_SEED ?? 20261202);
const GENERATED = fc.sample(fc.array(expression, { minLength: 1, maxLength: 2 }), { numRuns: 150, seed: SEED });

type Outcome = { error: true } | { error: false; values: unknown };

function ours(flag: SetFlag, exprs: string[]): Outcome {
  const values: Record<string, unknown> = {};
  try {
    for (const e of exprs) applySet(values, e, flag);
  } catch (e) {
    if (!(e instanceof UserError)) throw e; // a crash is a failure, not a verdict
    return { error: true };
  }
  return { error: false, values };
}

describe(`--set, --set-string and --set-file parsing equals Helm's (seed ${SEED})`, async () => {
  const chart = mkdtempSync(join(tmpdir(), 'fxa-set-'));
  mkdirSync(join(chart, 'templates'));
  writeFileSync(join(chart, 'Chart.yaml'), 'apiVersion: v2\nname: dump\nversion: 0.1.0\n');
  writeFileSync(join(chart, 'templates', 'values.yaml'), '# values {{ toJson .Values }}\n');
  const helmOutcome = async (bin: (typeof HELMS)[number], flag: SetFlag, exprs: string[]): Promise<Outcome> => {
    const r = await helmAsync(bin, ['template', 'x', chart, ...exprs.flatMap((e) => [`--${flag}`, e])]);
    if (r.code !== 0) return { error: true };
    return { error: false, values: JSON.parse(/^# values (.*)$/m.exec(r.stdout)![1]!) as unknown };
  };
  // --set-file reads each value as a path: two files, and one that does not exist
  const file = (name: string, text: string): string => {
    writeFileSync(join(chart, name), text);
    return join(chart, name);
  };
  const [f1, f2] = [file('one.txt', 'first: file\n'), file('two.txt', 'true')];
  const cases: { flag: SetFlag; exprs: string[] }[] = [
    ...[...HAND, ...GENERATED].map((exprs) => ({ flag: 'set' as const, exprs })),
    ...[...HAND, ...GENERATED.slice(0, 40)].map((exprs) => ({ flag: 'set-string' as const, exprs })),
    ...[[`a=${f1}`], [`a.b=${f2},c=${f1}`], [`l={${f1},${f2}}`], [`l[1]=${f2}`], [`a=${join(chart, 'missing.txt')}`], ['a='], ['a']].map((exprs) => ({ flag: 'set-file' as const, exprs })),
  ];
  const results = await pool(cases, 2, async ({ flag, exprs }) => ({ ours: ours(flag, exprs), helm: Object.fromEntries(await Promise.all(HELMS.map(async (b) => [b, await helmOutcome(b, flag, exprs)] as const))) }));

  cases.forEach(({ flag, exprs }, i) => {
    it(exprs.map((e) => `--${flag} ${JSON.stringify(e)}`).join(' '), () => {
      const r = results[i]!;
      const [h4, h3] = HELMS.map((b) => r.helm[b]!);
      // Helm 4 reads a truncated index ("l[0") as the end of the expression, Helm 3 as an error; we refuse it, with Helm 3
      if (JSON.stringify(h4) !== JSON.stringify(h3)) expect(r.ours, `helm: ${JSON.stringify(h4)}; helm3: ${JSON.stringify(h3)}`).toEqual(h3);
      else expect(r.ours, `both Helms: ${JSON.stringify(h4)}`).toEqual(h4);
    });
  });
});
