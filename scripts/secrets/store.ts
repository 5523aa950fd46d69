/** Where `secrets init` and the install hook read and write the two Secrets: kubectl for the CLI, the API from inside a pod. */
export interface StoredSecret {
  /** Decoded values. */
  data: Record<string, string>;
  resourceVersion: string;
}

export interface SecretStore {
  /** Where the Secrets live, for messages. */
  readonly namespace: string;
  /** The Secret's decoded data, or null when it does not exist. */
  get(name: string): Promise<StoredSecret | null>;
  /** Create, failing if it exists meanwhile (never overwrite keys). */
  create(name: string, data: Record<string, string>): Promise<void>;
  /** Replace at the version read (optimistic: a concurrent change makes this fail instead of being lost). */
  replace(name: string, data: Record<string, string>, resourceVersion: string): Promise<void>;
}

/** The Secret object both stores write: labelled as ours, never Helm's, values base64 in sorted order. */
export function secretManifest(name: string, data: Record<string, string>, resourceVersion?: string): Record<string, unknown> {
  return {
    apiVersion: 'v1',
    kind: 'Secret',
    type: 'Opaque',
    metadata: {
      name,
      ...(resourceVersion ? { resourceVersion } : {}),
      labels: { 'app.kubernetes.io/part-of': 'fxa', 'app.kubernetes.io/managed-by': 'fxa-helm-secrets' },
      annotations: { 'fxa-helm/note': 'made by `fxa-helm secrets` or the install hook; Helm never changes it. Rotate with `fxa-helm secrets rotate`, then helm upgrade' },
    },
    data: Object.fromEntries(Object.keys(data).sort().map((k) => [k, Buffer.from(data[k]!, 'utf8').toString('base64')])),
  };
}

/** A Secret object's data, decoded. */
export const decoded = (data: Record<string, string> | undefined): Record<string, string> =>
  Object.fromEntries(Object.entries(data ?? {}).map(([k, v]) => [k, Buffer.from(v, 'base64').toString('utf8')]));
