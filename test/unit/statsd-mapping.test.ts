/**
 * The statsd mapping (schema/metrics.ts -> charts/fxa/charts/statsd/files/statsd-mapping.yaml) judged by the
 * real statsd_exporter at the chart's version: it accepts the config, and FxA-shaped lines sent to it come out
 * as the labelled series, unbounded names dropped, unknown names passed through.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mappedSeries, mappingEntries, STATSD_MAPPING_PATH, statsdMappingYaml } from '../../scripts/gen/emit-statsd-mapping.ts';
import { ROOT, toolPath } from '../../scripts/lib/paths.ts';
import { spawnAsync } from '../../scripts/lib/spawn.ts';
import { METRIC_EMITTERS, type MetricEmitter } from '../../schema/metrics.ts';
import { FXA_PACKETS, hasSample, parseExposition } from '../helpers/fxa-packets.ts';
import { freePort, httpGet, udpSend } from '../helpers/wire.ts';

const work = mkdtempSync(join(tmpdir(), 'fxa-statsd-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const check = (config: string) => {
  const file = join(work, `check-${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(file, config);
  return spawnAsync(toolPath('statsd_exporter'), [`--statsd.mapping-config=${file}`, '--check-config']);
};

describe('the mapping config', () => {
  it('is accepted by statsd_exporter --check-config', async () => {
    const r = await check(statsdMappingYaml());
    expect(r.status, r.stderr).toBe(0);
  });

  it('a broken one is refused by the same check (it can fail)', async () => {
    const r = await check(statsdMappingYaml().replace('match_type: glob', 'match_type: nonsense'));
    expect(r.status).not.toBe(0);
  });

  it('maps every emitter of the catalog, each entry under its server\'s prefix', () => {
    const entries = mappingEntries();
    for (const e of METRIC_EMITTERS) for (const m of e.maps) expect(entries.map((x) => x.entry.match)).toContain(`${e.prefix}${m.match}`);
    expect(entries.filter((x) => x.entry.action === 'drop').map((x) => x.entry.match)).toEqual([
      'fxa-auth-server.httpAgent.sockets.*', 'fxa-auth-server.httpAgent.freeSockets.*', 'fxa-auth-server.httpsAgent.sockets.*', 'fxa-auth-server.httpsAgent.freeSockets.*', 'fxa-content.cirrus.response-time',
    ]);
  });

  it('refuses two mappings that make one series of different kinds or labels', () => {
    const base: MetricEmitter = { server: 's', prefix: 's.', client: 'c', wiring: {}, drops: [], source: 'x', maps: [{ match: 'a', name: 'n_total', kind: 'counter', tags: ['x'], help: 'h', source: 'x' }] };
    const twice = (m: Partial<MetricEmitter['maps'][number]>): MetricEmitter[] => [base, { ...base, maps: [{ ...base.maps[0]!, match: 'b', ...m }] }];
    expect(mappedSeries(twice({}))).toHaveLength(1);
    expect(() => mappedSeries(twice({ kind: 'gauge' }))).toThrow('metrics: n_total is mapped as counter {x} and as gauge {x}');
    expect(() => mappedSeries(twice({ tags: ['y'] }))).toThrow('metrics: n_total is mapped as counter {x} and as counter {y}');
  });

  it('the chart carries the generated file', () => {
    expect(readFileSync(join(ROOT, STATSD_MAPPING_PATH), 'utf8')).toBe(statsdMappingYaml());
  });
});

describe('FxA-shaped lines through the real exporter', () => {
  let exporter: ChildProcess;
  let web: number;
  let udp: number;
  beforeAll(async () => {
    web = await freePort();
    udp = await freePort();
    const config = join(work, 'mapping.yaml');
    writeFileSync(config, statsdMappingYaml());
    exporter = spawn(toolPath('statsd_exporter'), [`--statsd.mapping-config=${config}`, `--statsd.listen-udp=127.0.0.1:${udp}`, '--statsd.listen-tcp=', `--web.listen-address=127.0.0.1:${web}`], { stdio: 'ignore' });
    // ready when its web port answers
    for (let i = 0; i < 200; i++) {
      if (await httpGet(`http://127.0.0.1:${web}/-/ready`).then((r) => r.status === 200, () => false)) break;
      await new Promise((r) => setTimeout(r, 50));
    }
  });
  afterAll(() => exporter?.kill());

  it('every mapped series comes out with its labels; dropped names and no others are missing', async () => {
    for (const p of FXA_PACKETS) await udpSend('127.0.0.1', udp, p.line);
    let samples: ReturnType<typeof parseExposition> = [];
    // UDP is processed asynchronously: read until the last packet's series is there
    const last = FXA_PACKETS.filter((p) => p.expect).at(-1)!.expect!;
    for (let i = 0; i < 200 && !hasSample(samples, last); i++) {
      samples = parseExposition((await httpGet(`http://127.0.0.1:${web}/metrics`)).body);
      if (!hasSample(samples, last)) await new Promise((r) => setTimeout(r, 50));
    }
    for (const p of FXA_PACKETS) if (p.expect) expect(hasSample(samples, p.expect), `${p.line} -> ${p.expect.series}${JSON.stringify(p.expect.labels)}`).toBe(true);
    expect(samples.filter((s) => /Agent_(free)?[sS]ockets|cirrus/.test(s.series)).map((s) => s.series)).toEqual([]);
    // the exporter took every tag but the bare ones (a value without a key, as auth's Cloud Tasks lines send):
    // each of those it counts as an error and leaves out, keeping the line; and no line clashed with another's labels
    const bare = FXA_PACKETS.flatMap((p) => (p.line.split('|#')[1] ?? '').split(',').filter((t) => t && !t.includes(':')));
    expect(bare.length).toBeGreaterThan(0);
    expect(samples.find((s) => s.series === 'statsd_exporter_tag_errors_total')?.value ?? 0).toBe(bare.length);
    expect(samples.filter((s) => s.series === 'statsd_exporter_events_conflict_total').reduce((n, s) => n + s.value, 0)).toBe(0);
  });

  it('every series the catalog maps is among the packets written out here', () => {
    const sent = new Set(FXA_PACKETS.flatMap((p) => (p.expect ? [p.expect.series.replace(/_count$/, '')] : [])));
    expect(mappedSeries().map((s) => s.name).filter((n) => !sent.has(n))).toEqual([]);
  });
});
