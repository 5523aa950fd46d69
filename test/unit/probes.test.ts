/** Probe timings: catalog data (schema/probes.ts), a server's own fields over it, carried by spec.json and quoted by the values docs. */
import { describe, expect, it } from 'vitest';
import { CATALOG, type ServerSpec } from '../../schema/index.ts';
import { PROBE_KINDS, PROBE_TIMINGS, probeTimings } from '../../schema/probes.ts';
import { runtimeSpec } from '../../scripts/gen/runtime-spec.ts';
import { subchartSchema, subchartValues } from '../../scripts/gen/server-values.ts';

const probed = CATALOG.find((s) => s.probe && s.ports.length && s.workload.kind === 'Deployment')!;
const own: ServerSpec = { ...probed, probe: { ...probed.probe, timings: { liveness: { failureThreshold: 9, timeoutSeconds: 5 } } } };

type Docs = Record<string, { $doc: string; $value: unknown }>;
const probeDocs = (s: ServerSpec): Docs => (subchartValues(s).probes as { $value: Docs }).$value;

describe('probe timings', () => {
  it('spec.json carries the catalog\'s timings with the probe', () => {
    expect((runtimeSpec(probed).probe as { timings: unknown }).timings).toEqual(PROBE_TIMINGS);
  });

  it('a server\'s own fields go over the catalog\'s, the rest kept', () => {
    expect(probeTimings(own.probe!)).toEqual({ ...PROBE_TIMINGS, liveness: { periodSeconds: PROBE_TIMINGS.liveness.periodSeconds, failureThreshold: 9, timeoutSeconds: 5 } });
    expect((runtimeSpec(own).probe as { timings: unknown }).timings).toEqual(probeTimings(own.probe!));
  });

  it('the values docs quote the server\'s numbers, and the schema takes every field of every probe', () => {
    for (const k of PROBE_KINDS) expect(probeDocs(probed)[k]!.$doc).toContain(`periodSeconds ${PROBE_TIMINGS[k].periodSeconds}, failureThreshold ${PROBE_TIMINGS[k].failureThreshold}`);
    expect(probeDocs(own).liveness!.$doc).toContain('periodSeconds 20, failureThreshold 9, timeoutSeconds 5');
    const startup = subchartValues(probed).startupProbe as { $doc: string };
    expect(startup.$doc).toContain(`every ${PROBE_TIMINGS.startup.periodSeconds} s, up to ${PROBE_TIMINGS.startup.failureThreshold} times`);
    const schema = (subchartSchema(probed).properties as Record<string, { properties: Record<string, { properties: Record<string, unknown> }> }>).probes!;
    for (const k of PROBE_KINDS) expect(Object.keys(schema.properties[k]!.properties).sort()).toEqual(['failureThreshold', 'periodSeconds', 'timeoutSeconds']);
  });

  it('only servers that get probes get the option', () => {
    for (const s of CATALOG) expect('probes' in subchartValues(s), s.name).toBe(Boolean(s.probe && s.ports.length && s.workload.kind !== 'Job'));
  });
});
