/**
 * One server's values: the documented defaults (values.yaml) and the draft-07 schema that checks them
 * (values.schema.json). Both come from the same catalog entry, so they cannot disagree.
 */
import type { EnvVar, ProbeTiming, ServerSpec, UrlKind } from '../../schema/types.ts';
import { PROBE_KINDS, probeTimings } from '../../schema/probes.ts';
import { describeWire } from '../../schema/wires.ts';
import { doc } from './yaml.ts';
import { SECRET_KEY, SECRET_NAME } from '../lib/k8s-names.ts';

export type JSONSchema = Record<string, unknown>;

const DRAFT7 = 'http://json-schema.org/draft-07/schema#';

export const plainVars = (s: ServerSpec): EnvVar[] => s.env.filter((v) => !v.secret);
export const secretVars = (s: ServerSpec): EnvVar[] => s.env.filter((v) => v.secret);

/** Upstream default in words, for `@default --` (never a secret's value). */
function upstreamDefault(v: EnvVar): string {
  if (v.upstreamDefault !== undefined) return `upstream computes it: ${v.upstreamDefault}`;
  if (v.default === null) return 'unset (upstream has no default)';
  return `upstream default ${JSON.stringify(v.default)}`;
}

/** A doc string as a sentence, so further sentences can follow it. */
const sentence = (text: string): string => (/[.!?]$/.test(text) ? text : `${text}.`);

function wiredFrom(v: EnvVar, s: ServerSpec): string | undefined {
  if (s.nodeEnv?.variable === v.name) return `global.environment (${s.nodeEnv.development} / ${s.nodeEnv.production})`;
  const w = s.wiring[v.name];
  return w && describeWire(w);
}

/** How a URL variable's class reads in its description. */
const URL_WORDS: Record<UrlKind, string> = {
  public: 'A public URL, handed to browsers.',
  internal: 'An internal URL, for calls inside the cluster.',
  external: 'An external URL, of a service outside the cluster.',
};

export function describe(v: EnvVar, s: ServerSpec): string {
  const from = wiredFrom(v, s);
  const parts = [sentence(v.doc || `Sets ${v.key}`)];
  if (v.url) parts.push(URL_WORDS[v.url]);
  if (from) parts.push(`The chart sets it from ${from} unless given here.`);
  return parts.join(' ');
}

/** JSON Schema of one variable's value; `null` always allowed and means "leave it to the server's default". */
export function envSchema(v: EnvVar, s: ServerSpec): JSONSchema {
  const description = `${describe(v, s)} (${upstreamDefault(v)})`;
  switch (v.type) {
    case 'string':
      return { type: ['string', 'null'], ...(v.format ? { format: v.format } : {}), description };
    case 'integer':
      return { type: ['integer', 'null'], ...(v.minimum !== undefined ? { minimum: v.minimum } : {}), ...(v.maximum !== undefined ? { maximum: v.maximum } : {}), description };
    case 'number':
      return { type: ['number', 'null'], description };
    case 'boolean':
      return { type: ['boolean', 'null'], description };
    case 'enum':
      return { enum: [...v.values, null], description };
    case 'list':
      return { type: ['array', 'null'], items: { type: ['string', 'number', 'boolean'] }, description };
    case 'json':
      return { type: ['object', 'array', 'null'], description };
    case 'duration':
      return { type: ['integer', 'string', 'null'], description };
  }
}

/**
 * One secret variable's value: inline, or a reference to an existing Secret. Every secret variable of a
 * subchart refers to this one definition, so Helm compiles its two name patterns once per chart instead
 * of once per variable (a third of the schema's compile time before). Only the description is per
 * variable: draft-07 ignores keywords beside $ref for validation, so it documents without changing it.
 */
const SECRET_REF = 'secretRef';
const secretRefDefinition: JSONSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    value: { type: 'string', description: 'The secret itself; the chart stores it in a Secret (use existingSecret in production)' },
    existingSecret: { type: 'string', pattern: SECRET_NAME, maxLength: 253, description: 'Name of an existing Secret that holds the value' },
    key: { type: 'string', pattern: SECRET_KEY, maxLength: 253, description: 'Key inside existingSecret (default: the variable name)' },
  },
  not: { required: ['value', 'existingSecret'] },
};
const secretRefSchema = (description: string): JSONSchema => ({ $ref: `#/definitions/${SECRET_REF}`, description });

const openObject = (description: string): JSONSchema => ({ type: 'object', description });
const objects = (description: string): JSONSchema => ({ type: 'array', items: { type: 'object' }, description });
const named = (description: string): JSONSchema => ({ type: 'array', items: { type: 'object', required: ['name'], properties: { name: { type: 'string', minLength: 1 } } }, description });

/** A Deployment that may run several replicas: it gets a PodDisruptionBudget and an optional autoscaler. */
const scalable = (s: ServerSpec): boolean => s.workload.kind === 'Deployment' && s.scaling === 'scalable';

/** Whether the server gets a startupProbe option: it has a probe of its own to start from. */
const probed = (s: ServerSpec): boolean => Boolean(s.probe && s.ports.length && s.workload.kind !== 'Job');

/** What each probe does when it fails, for the docs of probes.<kind>. */
const PROBE_WORDS = {
  readiness: 'Readiness: while it fails, the pod is out of its Service',
  liveness: 'Liveness: once it fails, the container restarts',
  startup: 'Startup: liveness waits until it passes (unless startupProbe replaces it)',
} as const;

/** A timing as the catalog gives it, for docs: "periodSeconds 10, failureThreshold 3". */
const timingWords = (t: ProbeTiming): string =>
  `periodSeconds ${t.periodSeconds}, failureThreshold ${t.failureThreshold}${t.timeoutSeconds !== undefined ? `, timeoutSeconds ${t.timeoutSeconds}` : ''}`;

/** values.probes: each probe's timing, field by field over the catalog's (spec.json's probe.timings). */
function probesSchema(s: ServerSpec): JSONSchema {
  const timings = probeTimings(s.probe!);
  const field = (description: string): JSONSchema => ({ type: 'integer', minimum: 1, description });
  return {
    type: 'object',
    additionalProperties: false,
    description: 'Probe timings; a field left out keeps the catalog\'s',
    properties: Object.fromEntries(PROBE_KINDS.map((k) => [k, {
      type: 'object',
      additionalProperties: false,
      description: `${PROBE_WORDS[k]}. The catalog's: ${timingWords(timings[k])}`,
      properties: {
        periodSeconds: field('Seconds between two checks'),
        failureThreshold: field('Failures in a row before it counts'),
        timeoutSeconds: field('Seconds one check may take (Kubernetes default: 1)'),
      },
    }])),
  };
}

/** The startup probe the chart makes when values.startupProbe is empty, in words. */
function startupWords(s: ServerSpec): string {
  const t = probeTimings(s.probe!).startup;
  return `the readiness check at probes.startup's timing (every ${t.periodSeconds} s, up to ${t.failureThreshold} times)`;
}

/** The pod template's extension points (Kubernetes objects passed through), as operators know them from other charts. */
function extensionSchema(s: ServerSpec): JSONSchema {
  return {
    extraVolumes: named('Extra pod volumes (Kubernetes Volume objects)'),
    extraVolumeMounts: { type: 'array', items: { type: 'object', required: ['name', 'mountPath'], properties: { name: { type: 'string', minLength: 1 }, mountPath: { type: 'string', pattern: '^/' } } }, description: 'Extra mounts into the server container (Kubernetes VolumeMount objects)' },
    initContainers: named('Init containers run before the server (Kubernetes Container objects)'),
    serviceAccountName: { type: 'string', description: 'Service account the pod runs as (its token is still not mounted unless a volume asks for it); empty: the namespace default' },
    topologySpreadConstraints: objects('Topology spread constraints (Kubernetes objects); the chart adds the pod selector when labelSelector is absent'),
    priorityClassName: { type: 'string', description: 'Priority class of the pods' },
    terminationGracePeriodSeconds: { type: ['integer', 'null'], minimum: 0, description: 'Seconds a pod gets between SIGTERM and SIGKILL; null: the Kubernetes default (30)' },
    ...(probed(s) ? { startupProbe: openObject(`Startup probe (Kubernetes Probe); empty: ${startupWords(s)}`), probes: probesSchema(s) } : {}),
    resourcesPreset: { enum: ['nano', 'small', 'medium', 'large', 'none'], description: 'Requests and memory limits by size, used while resources is empty; none: no resources at all' },
    ...(scalable(s)
      ? {
          pdb: { type: 'object', additionalProperties: false, properties: { enabled: { type: 'boolean' }, maxUnavailable: { type: ['integer', 'string'], description: 'Pods that may be evicted at once (number or percentage)' } } },
          autoscaling: {
            type: 'object',
            additionalProperties: false,
            properties: {
              enabled: { type: 'boolean' },
              minReplicas: { type: 'integer', minimum: 1 },
              maxReplicas: { type: 'integer', minimum: 1 },
              targetCPUUtilizationPercentage: { type: 'integer', minimum: 1, maximum: 100 },
            },
          },
        }
      : {}),
    ...(s.workload.kind === 'Job' ? { activeDeadlineSeconds: { type: ['integer', 'null'], minimum: 1, description: 'Seconds before a stuck run is stopped and the upgrade fails' } } : {}),
    ...(s.cronJobs?.length
      ? {
          cronJobs: {
            type: 'object',
            additionalProperties: false,
            description: 'Periodic maintenance jobs',
            properties: Object.fromEntries(s.cronJobs.map((j) => [j.name, {
              type: 'object',
              additionalProperties: false,
              description: j.description,
              properties: {
                enabled: { type: 'boolean' },
                schedule: { type: 'string', pattern: '^(@(yearly|annually|monthly|weekly|daily|midnight|hourly)|\\S+( \\S+){4})$', description: 'Cron schedule (five fields, or @daily and the like)' },
                activeDeadlineSeconds: { type: 'integer', minimum: 1 },
              },
            }])),
          },
        }
      : {}),
    ...(s.sidecars?.length
      ? {
          sidecars: {
            type: 'object',
            additionalProperties: false,
            description: 'Helper containers in each of its pods',
            properties: Object.fromEntries(s.sidecars.map((c) => [c.name, {
              type: 'object',
              additionalProperties: false,
              description: c.why,
              properties: {
                image: {
                  type: 'object',
                  additionalProperties: false,
                  properties: { repository: { type: 'string' }, tag: { type: 'string' }, pullPolicy: { enum: ['', 'Always', 'IfNotPresent', 'Never'] } },
                },
                resources: { type: 'object', description: 'Container resources (empty: the preset)' },
              },
            }])),
          },
        }
      : {}),
  };
}

function extensionValues(s: ServerSpec): Record<string, unknown> {
  return {
    extraVolumes: doc('Extra volumes for the pod', []),
    extraVolumeMounts: doc('Extra volume mounts for the server container', []),
    initContainers: doc('Init containers, run before the server', []),
    serviceAccountName: doc('Service account of the pod (empty: the namespace default; no token is mounted)', ''),
    topologySpreadConstraints: doc('Topology spread constraints; labelSelector defaults to this server\'s pods', []),
    priorityClassName: doc('Priority class', ''),
    terminationGracePeriodSeconds: doc('Grace period between SIGTERM and SIGKILL (null: 30 s)', null),
    ...(probed(s)
      ? {
          startupProbe: doc(`Startup probe, a whole Kubernetes Probe; empty: ${startupWords(s)}`, {}),
          probes: doc('Probe timings (periodSeconds, failureThreshold, timeoutSeconds); a field left out keeps the catalog\'s', Object.fromEntries(PROBE_KINDS.map((k) => [k, doc(`${PROBE_WORDS[k]}. The catalog's: ${timingWords(probeTimings(s.probe!)[k])}`, {})]))),
        }
      : {}),
    resourcesPreset: doc('Requests and memory limit by size, while resources is empty: nano, small, medium, large, or none', s.resourcesPreset ?? 'small'),
    ...(scalable(s)
      ? {
          pdb: doc('PodDisruptionBudget: at most maxUnavailable pods evicted at once (drains never take two)', { enabled: true, maxUnavailable: 1 }),
          autoscaling: doc('HorizontalPodAutoscaler on CPU (replicaCount is then ignored)', { enabled: false, minReplicas: 2, maxReplicas: 10, targetCPUUtilizationPercentage: 70 }),
        }
      : {}),
    ...(s.workload.kind === 'Job' ? { activeDeadlineSeconds: doc('Seconds before a stuck run is stopped (null: the catalog\'s default)', null) } : {}),
    ...(s.sidecars?.length
      ? { sidecars: doc('Helper containers in each of its pods, while their global switch is on', Object.fromEntries(s.sidecars.map((c) => [c.name, doc(`${c.why} (on while global.${c.when})`, { image: doc(`Image override; empty fields: \`${c.image.repository}:${c.image.tag}\``, { repository: '', tag: '', pullPolicy: '' }), resources: doc(`Container resources (empty: preset ${c.resourcesPreset})`, {}) })]))) }
      : {}),
    ...(s.cronJobs?.length
      ? { cronJobs: doc('Periodic maintenance, run from the same image, config and secrets; one run at a time', Object.fromEntries(s.cronJobs.map((j) => [j.name, doc(`${j.description}: \`${j.command.join(' ')}\`${j.when ? ` (only while global.${j.when})` : ''}`, { enabled: true, schedule: j.schedule, activeDeadlineSeconds: 3600 })]))) }
      : {}),
  };
}

export function subchartSchema(s: ServerSpec): JSONSchema {
  const env = Object.fromEntries(plainVars(s).map((v) => [v.name, envSchema(v, s)]));
  const secretEnv = Object.fromEntries(secretVars(s).map((v) => [v.name, secretRefSchema(describe(v, s))]));
  const isJob = s.workload.kind === 'Job';
  return {
    $schema: DRAFT7,
    $comment: `Generated from schema/ by \`npm run gen\` for ${s.name}. Do not edit.`,
    title: `${s.name} values`,
    type: 'object',
    additionalProperties: false,
    ...(Object.keys(secretEnv).length ? { definitions: { [SECRET_REF]: secretRefDefinition } } : {}),
    properties: {
      global: openObject('Values shared by every FxA chart (see the fxa chart)'),
      enabled: { type: 'boolean', description: 'Deploy this server (read by the fxa chart)' },
      ...(isJob
        ? {}
        : { replicaCount: { type: 'integer', minimum: 0, ...(s.scaling === 'singleton' ? { maximum: 1 } : {}), description: s.scaling === 'singleton' ? 'Replicas; a singleton runs at most one' : 'Replicas' } }),
      image: {
        type: 'object',
        additionalProperties: false,
        description: 'Image override; empty fields fall back to global.image (or the pinned infra image)',
        properties: {
          repository: { type: 'string' },
          tag: { type: 'string' },
          pullPolicy: { enum: ['', 'Always', 'IfNotPresent', 'Never'] },
        },
      },
      env: { type: 'object', additionalProperties: false, description: 'Non-secret environment, one key per variable the server reads', properties: env },
      secretEnv: { type: 'object', additionalProperties: false, description: 'Secret environment: each from an inline value or an existing Secret', properties: secretEnv },
      extraEnv: { type: 'array', description: 'Extra container env entries (Kubernetes EnvVar objects) for variables the catalog does not know', items: { type: 'object', required: ['name'], properties: { name: { type: 'string', minLength: 1 } } } },
      resources: openObject('Container resources'),
      nodeSelector: { type: 'object', additionalProperties: { type: 'string' }, description: 'Node labels for pod assignment' },
      tolerations: { type: 'array', description: 'Pod tolerations' },
      affinity: openObject('Pod affinity'),
      podAnnotations: { type: 'object', additionalProperties: { type: 'string' }, description: 'Extra pod annotations' },
      podLabels: { type: 'object', additionalProperties: { type: 'string' }, description: 'Extra pod labels' },
      podSecurityContext: openObject('Pod security context (merged over the restricted default)'),
      securityContext: openObject('Container security context (merged over the restricted default)'),
      ...extensionSchema(s),
      ...(s.ports.length
        ? {
            service: {
              type: 'object',
              additionalProperties: false,
              description: 'The server\'s Service',
              properties: { type: { enum: ['ClusterIP', 'NodePort', 'LoadBalancer'] }, annotations: { type: 'object', additionalProperties: { type: 'string' } } },
            },
          }
        : {}),
    },
  };
}

/** The documented values.yaml content of a subchart. */
export function subchartValues(s: ServerSpec): Record<string, unknown> {
  const env = Object.fromEntries(
    plainVars(s).map((v) => {
      const from = wiredFrom(v, s);
      return [v.name, doc(describe(v, s), null, from ? `computed by the chart from ${from}` : upstreamDefault(v))];
    }),
  );
  const secretEnv = Object.fromEntries(secretVars(s).map((v) => [v.name, doc(`${describe(v, s)} Give {value} or {existingSecret, key}.`, {})]));
  const isJob = s.workload.kind === 'Job';
  return {
    ...(isJob ? {} : { replicaCount: doc(s.scaling === 'singleton' ? 'Replicas (singleton: 0 or 1)' : 'Number of replicas', 1) }),
    image: doc('Image override; empty fields fall back to global.image', { repository: '', tag: '', pullPolicy: '' }),
    env: doc('Non-secret environment variables (null: the server\'s own default, or the chart\'s wiring)', env),
    secretEnv: doc('Secret environment variables, each `{value: ...}` or `{existingSecret: name, key: ...}`', secretEnv),
    extraEnv: doc('Extra env entries for variables the catalog does not list', []),
    resources: doc('Container resources', {}),
    nodeSelector: doc('Node selector', {}),
    tolerations: doc('Tolerations', []),
    affinity: doc('Affinity', {}),
    podAnnotations: doc('Extra pod annotations', {}),
    podLabels: doc('Extra pod labels', {}),
    podSecurityContext: doc('Pod security context, merged over a restricted default', {}),
    securityContext: doc('Container security context, merged over a restricted default', {}),
    ...extensionValues(s),
    ...(s.ports.length ? { service: doc('Service settings', { type: 'ClusterIP', annotations: {} }) } : {}),
  };
}
