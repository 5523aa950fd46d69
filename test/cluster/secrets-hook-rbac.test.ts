/**
 * The secrets hook's ServiceAccount, as the chart renders its Role and RoleBinding, judged by the API server's
 * own authorizer (`kubectl auth can-i --as`): it may get and update the keys Secret and the shared Secret and
 * create Secrets (the API cannot limit a create by name), and nothing else: no other Secret, no list, watch,
 * delete or patch, nothing beyond Secrets.
 */
import { describe, expect, it } from 'vitest';
import { kubectl } from '../helpers/cluster.ts';
import { render, valuesFile } from '../helpers/helm.ts';
import { useNamespace } from '../helpers/namespace.ts';

const RBAC = new Set(['ServiceAccount', 'Role', 'RoleBinding']);

describe('the secrets hook\'s authority', () => {
  const ns = useNamespace('hook-rbac');

  it('reaches exactly the two Secrets it keeps', () => {
    const objects = render('helm', ['-f', valuesFile('prod'), '--namespace', ns()]).filter((o) => o.metadata.name === 'fxa-secrets-hook' && RBAC.has(o.kind));
    expect(objects.map((o) => o.kind).sort()).toEqual([...RBAC].sort());
    kubectl(['apply', '-n', ns(), '-f', '-'], JSON.stringify({ apiVersion: 'v1', kind: 'List', items: objects.map((o) => ({ ...o, metadata: { ...o.metadata, namespace: ns() } })) }));
    const can = (verb: string, resource: string): boolean => {
      try {
        return kubectl(['auth', 'can-i', verb, resource, '-n', ns(), '--as', `system:serviceaccount:${ns()}:fxa-secrets-hook`]).trim() === 'yes';
      } catch {
        return false; // "no" exits 1
      }
    };
    // prod names its shared Secret; the keys Secret is the release's
    for (const name of ['fxa-keys', 'fxa-shared-secrets']) {
      expect(can('get', `secret/${name}`), `get ${name}`).toBe(true);
      expect(can('update', `secret/${name}`), `update ${name}`).toBe(true);
      expect(can('delete', `secret/${name}`), `delete ${name}`).toBe(false);
      expect(can('patch', `secret/${name}`), `patch ${name}`).toBe(false);
    }
    expect(can('create', 'secrets')).toBe(true);
    for (const [verb, resource] of [['get', 'secret/fxa-other'], ['update', 'secret/fxa-other'], ['list', 'secrets'], ['watch', 'secrets'], ['get', 'configmaps'], ['create', 'pods'], ['create', 'rolebindings']] as const) {
      expect(can(verb, resource), `${verb} ${resource}`).toBe(false);
    }
  });
});
