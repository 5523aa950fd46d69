/** Probe timings: the catalog's defaults for every probed server, and one server's after its own overrides. */
import type { Probe, ProbeKind, ProbeTiming } from './types.ts';

/**
 * Readiness every 10 s, out of its Service after 3 failures (30 s); liveness every 20 s, restarted after 6
 * (2 minutes: only a server that hangs, never one whose dependency is down, since liveness is a TCP
 * connect unless the server names a check); startup every 10 s, up to 30 times (5 minutes for migrations
 * and cold caches) before liveness begins.
 */
export const PROBE_TIMINGS: { readonly [K in ProbeKind]: ProbeTiming } = {
  readiness: { periodSeconds: 10, failureThreshold: 3 },
  liveness: { periodSeconds: 20, failureThreshold: 6 },
  startup: { periodSeconds: 10, failureThreshold: 30 },
};

export const PROBE_KINDS = Object.keys(PROBE_TIMINGS) as ProbeKind[];

/** A server's timings: its probe's own fields over PROBE_TIMINGS (what spec.json carries). */
export const probeTimings = (p: Probe): { [K in ProbeKind]: ProbeTiming } =>
  Object.fromEntries(PROBE_KINDS.map((k) => [k, { ...PROBE_TIMINGS[k], ...p.timings?.[k] }])) as { [K in ProbeKind]: ProbeTiming };
