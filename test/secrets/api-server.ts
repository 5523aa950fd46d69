/**
 * The part of the Kubernetes API the secrets stores speak, on loopback over TLS (fixtures/api-server.*, a
 * self-signed certificate for 127.0.0.1), served by ./api-server.mjs in a child process: Secrets in
 * namespaces, bearer-token authentication, 404 for a missing Secret or namespace, 409 when creating one that
 * exists or replacing at a stale resourceVersion, and the discovery kubectl needs. It lets the stores'
 * requests and their reading of answers be checked without a cluster; that the real API server answers
 * this way is what test/cluster/secrets-*.test.ts check.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const CA = readFileSync(join(import.meta.dirname, 'fixtures', 'api-server.crt'), 'utf8');
export const TOKEN = 'test-token';

export interface Request { method: string; path: string; query: string; authorization?: string; contentType?: string; accept?: string; body: string }
export interface StoredObject { apiVersion?: string; kind?: string; type?: string; metadata: { name: string; resourceVersion: string; labels?: Record<string, string>; annotations?: Record<string, string> }; data?: Record<string, string> }

export interface ApiServer {
  readonly url: string;
  /** Stored Secret objects by `namespace/name` (data base64, as the API keeps it), and the requests to Secrets (not discovery), in order. */
  state(): Promise<{ secrets: Record<string, StoredObject>; requests: Request[] }>;
  reset(): Promise<void>;
  /** Store a Secret object as it is. */
  put(key: string, obj: StoredObject): Promise<void>;
  /** Answer the next Secret request with this instead (status, raw body). */
  failNext(status: number, body: string): Promise<void>;
  close(): void;
}

export async function apiServer(namespaces = ['ns']): Promise<ApiServer> {
  const child = spawn(process.execPath, [join(import.meta.dirname, 'api-server.mjs'), TOKEN, ...namespaces], { stdio: ['pipe', 'pipe', 'inherit'] });
  const port = await new Promise<string>((resolve, reject) => {
    child.stdout.once('data', (d: Buffer) => resolve(d.toString().trim()));
    child.once('exit', (code) => reject(new Error(`api-server.mjs exited with ${code}`)));
  });
  const url = `https://127.0.0.1:${port}`;
  const control = async (path: string, body?: unknown): Promise<unknown> => {
    const { request } = await import('node:https');
    return new Promise((resolve, reject) => {
      const req = request(`${url}/_test/${path}`, { method: 'POST', ca: CA }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString('utf8'))));
      });
      req.on('error', reject);
      req.end(body === undefined ? undefined : JSON.stringify(body));
    });
  };
  return {
    url,
    state: async () => (await control('state')) as Awaited<ReturnType<ApiServer['state']>>,
    reset: async () => { await control('reset'); },
    put: async (key, obj) => { await control('put', { key, obj }); },
    failNext: async (status, body) => { await control('fail', [status, body]); },
    close: () => { child.stdin.end(); },
  };
}
