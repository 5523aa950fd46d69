// A child process serving the part of the Kubernetes API the secrets stores speak (see api-server.ts, which starts it).
// Apart: kubectl runs synchronously (spawnSync), so a server in the test's own process could not answer it.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:https';
import { join } from 'node:path';

const fixture = (name) => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');
const TOKEN = process.argv[2];
const namespaces = process.argv.slice(3);
const status = (code, reason, message) => [code, JSON.stringify({ kind: 'Status', apiVersion: 'v1', status: 'Failure', reason, message, code })];

const DISCOVERY = {
  '/api': { kind: 'APIVersions', versions: ['v1'], serverAddressByClientCIDRs: [] },
  '/apis': { kind: 'APIGroupList', apiVersion: 'v1', groups: [] },
  '/api/v1': {
    kind: 'APIResourceList', groupVersion: 'v1',
    resources: [{ name: 'secrets', singularName: 'secret', namespaced: true, kind: 'Secret', verbs: ['create', 'delete', 'get', 'list', 'patch', 'update', 'watch'] }],
  },
};


/** Enough OpenAPI v3 for kubectl to see that the server validates fields itself (so it needs no schema). */
const OPENAPI_ROOT = { paths: { 'api/v1': { serverRelativeURL: '/openapi/v3/api/v1' } } };
const OPENAPI_V1 = {
  openapi: '3.0.0', info: { title: 'test', version: 'v1' },
  paths: {
    '/api/v1/namespaces/{namespace}/secrets/{name}': {
      patch: { 'x-kubernetes-group-version-kind': { group: '', version: 'v1', kind: 'Secret' }, parameters: [{ name: 'fieldValidation', in: 'query', schema: { type: 'string' } }], responses: {} },
    },
  },
};

const secrets = new Map();
let requests = [];
let version = 100;
let failure;

function answer(method, path, body) {
  const m = /^\/api\/v1\/namespaces\/([^/]+)\/secrets(?:\/([^/]+))?$/.exec(path);
  if (!m) return status(404, 'NotFound', `the server could not find the requested resource (${path})`);
  const ns = decodeURIComponent(m[1]);
  const name = m[2] === undefined ? undefined : decodeURIComponent(m[2]);
  // as the real API server: reading from a namespace that does not exist finds no Secret; writing names the namespace
  if (!namespaces.includes(ns)) return status(404, 'NotFound', method === 'GET' ? `secrets "${name}" not found` : `namespaces "${ns}" not found`);
  const key = `${ns}/${name}`;
  if (method === 'GET' && name !== undefined) {
    const s = secrets.get(key);
    return s ? [200, JSON.stringify(s)] : status(404, 'NotFound', `secrets "${name}" not found`);
  }
  const obj = JSON.parse(body);
  if (obj.kind !== 'Secret') return status(400, 'BadRequest', `not a Secret: ${obj.kind}`);
  if (method === 'POST' && name === undefined) {
    const k = `${ns}/${obj.metadata.name}`;
    if (secrets.has(k) || obj.metadata.resourceVersion) return status(409, 'AlreadyExists', `secrets "${obj.metadata.name}" already exists`);
    const stored = { ...obj, metadata: { ...obj.metadata, namespace: ns, resourceVersion: String(++version) } };
    secrets.set(k, stored);
    return [201, JSON.stringify(stored)];
  }
  if (method === 'PUT' && name !== undefined) {
    const s = secrets.get(key);
    if (!s) return status(404, 'NotFound', `secrets "${name}" not found`);
    if (obj.metadata.name !== name) return status(400, 'BadRequest', 'the name of the object does not match the name on the URL');
    if (obj.metadata.resourceVersion !== s.metadata.resourceVersion) return status(409, 'Conflict', `Operation cannot be fulfilled on secrets "${name}": the object has been modified; please apply your changes to the latest version and try again`);
    const stored = { ...obj, metadata: { ...obj.metadata, namespace: ns, resourceVersion: String(++version) } };
    secrets.set(key, stored);
    return [200, JSON.stringify(stored)];
  }
  return status(405, 'MethodNotAllowed', `${method} ${path}`);
}

/** The test's own door: read the state, reset it, store a Secret as it is, fail the next request. */
function control(path, body) {
  if (path === '/_test/state') return [200, JSON.stringify({ secrets: Object.fromEntries(secrets), requests })];
  if (path === '/_test/reset') { secrets.clear(); requests = []; return [200, '{}']; }
  if (path === '/_test/put') { const { key, obj } = JSON.parse(body); secrets.set(key, obj); return [200, '{}']; }
  if (path === '/_test/fail') { failure = JSON.parse(body); return [200, '{}']; }
  return [404, '{}'];
}

const server = createServer({ key: fixture('api-server.key'), cert: fixture('api-server.crt') }, (req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const url = new URL(req.url ?? '/', 'https://x');
    const path = url.pathname;
    const body = Buffer.concat(chunks).toString('utf8');
    const send = ([code, text]) => res.writeHead(code, { 'content-type': 'application/json' }).end(text);
    if (path.startsWith('/_test/')) return send(control(path, body));
    if (req.headers.authorization !== `Bearer ${TOKEN}`) return send(status(401, 'Unauthorized', 'Unauthorized'));
    if (path in DISCOVERY) return send([200, JSON.stringify(DISCOVERY[path])]);
    if (path === '/openapi/v3') return send([200, JSON.stringify(OPENAPI_ROOT)]);
    if (path === '/openapi/v3/api/v1') return send([200, JSON.stringify(OPENAPI_V1)]);
    if (path.startsWith('/openapi') || path.startsWith('/version')) return send(status(404, 'NotFound', path));
    requests.push({ method: req.method, path, query: url.search, authorization: req.headers.authorization, contentType: req.headers['content-type'], accept: req.headers.accept, body });
    if (failure) {
      const [code, text] = failure;
      failure = undefined;
      return res.writeHead(code).end(text);
    }
    send(answer(req.method, path, body));
  });
});
server.listen(0, '127.0.0.1', () => process.stdout.write(`${server.address().port}\n`));
process.stdin.on('end', () => process.exit(0)).resume();
