/** The chart as the validator loads it, and its parse cache: any change to a file Helm reads is seen. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UMBRELLA_DIR } from '../../scripts/lib/paths.ts';
import { loadChart } from '../../scripts/validate/chart.ts';

const work = mkdtempSync(join(tmpdir(), 'fxa-chart-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const copy = (name: string): string => {
  const dir = join(work, name);
  cpSync(UMBRELLA_DIR, dir, { recursive: true });
  return dir;
};
const edit = (file: string, from: RegExp, to: string): void => writeFileSync(file, readFileSync(file, 'utf8').replace(from, to));

describe('loadChart', () => {
  it('reads the umbrella and every subchart: defaults, schemas, conditions and specs', () => {
    const chart = loadChart(copy('read'));
    expect(chart.values.global).toBeDefined();
    expect(chart.schema.title).toBe('fxa values');
    const redis = chart.deps.find((d) => d.name === 'redis')!;
    expect(redis.values.replicaCount).toBe(1);
    expect(redis.schema?.title).toBe('redis values');
    expect(chart.deps.find((d) => d.name === 'fxa-event-broker')?.condition).toBe('fxa-event-broker.enabled');
    expect(chart.deps.find((d) => d.name === 'fxa-auth-server')?.spec?.envNames).toContain('SMTP_HOST');
  });

  it.each([
    ['a subchart\'s values.yaml', 'charts/redis/values.yaml', /^replicaCount: 1$/m, 'replicaCount: 7', (c: ReturnType<typeof loadChart>) => c.deps.find((d) => d.name === 'redis')?.values.replicaCount, 7],
    ['a subchart\'s schema', 'charts/redis/values.schema.json', /"title": "redis values"/, '"title": "redis values, edited"', (c: ReturnType<typeof loadChart>) => c.deps.find((d) => d.name === 'redis')?.schema?.title, 'redis values, edited'],
    ['a subchart\'s spec.json', 'charts/redis/spec.json', /"REDIS_PASSWORD"/, '"REDIS_PASSWORD_EDITED"', (c: ReturnType<typeof loadChart>) => c.deps.find((d) => d.name === 'redis')?.spec?.envNames.includes('REDIS_PASSWORD_EDITED'), true],
    ['the umbrella values.yaml', 'values.yaml', /^ {2}environment: production$/m, '  environment: development', (c: ReturnType<typeof loadChart>) => (c.values.global as { environment?: string }).environment, 'development'],
    ['the umbrella schema', 'values.schema.json', /"title": "fxa values"/, '"title": "fxa values, edited"', (c: ReturnType<typeof loadChart>) => c.schema.title, 'fxa values, edited'],
    ['the umbrella Chart.yaml', 'Chart.yaml', /condition: fxa-event-broker\.enabled/, 'condition: fxa-event-broker.on', (c: ReturnType<typeof loadChart>) => c.deps.find((d) => d.name === 'fxa-event-broker')?.condition, 'fxa-event-broker.on'],
  ])('a cached parse follows a change to %s', (_what, file, from, to, read, expected) => {
    const dir = copy(file.replace(/\W/g, '-'));
    const before = read(loadChart(dir));
    expect(read(loadChart(dir))).toEqual(before); // from the cache now
    edit(join(dir, file), from, to);
    expect(read(loadChart(dir))).toEqual(expected);
  });
});
