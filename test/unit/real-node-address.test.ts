/**
 * The real node's own address must not fall in a range the cluster hands out: a pod, Service or kwok
 * pod IP equal to it would be delivered to the machine instead. The ranges are read from the flags the
 * processes really run with, so a range changed there is checked too.
 */
import { expect, it } from 'vitest';
import { components } from '../../scripts/cluster/components.ts';
import { NODE_IP, POD_CIDR } from '../../scripts/cluster/real/node.ts';

const toInt = (ip: string): number => ip.split('.').reduce((n, o) => n * 256 + Number(o), 0);
const inCidr = (ip: string, cidr: string): boolean => {
  const [base, bits] = cidr.split('/') as [string, string];
  const size = 2 ** (32 - Number(bits));
  return Math.floor(toInt(ip) / size) === Math.floor(toInt(base) / size);
};

it('the CIDR check itself tells inside from outside', () => {
  expect(inCidr('10.245.0.7', '10.245.0.0/24')).toBe(true);
  expect(inCidr('10.245.1.7', '10.245.0.0/24')).toBe(false);
  expect(inCidr('10.244.255.1', '10.244.0.0/16')).toBe(true);
});

it('the node address lies outside the pod, Service and kwok ranges the cluster runs with', () => {
  const flags = components('').flatMap((c) => c.args);
  const ranges = flags.flatMap((f) => /^--(?:service-cluster-ip-range|cidr)=(.+)$/.exec(f)?.[1]?.split(',') ?? []);
  expect(ranges).toEqual(expect.arrayContaining(['10.96.0.0/16', '10.244.0.0/16']));
  for (const r of [...ranges, POD_CIDR]) expect(inCidr(NODE_IP, r), r).toBe(false);
});
