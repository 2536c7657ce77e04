import { describe, expect, it } from 'vitest';
import {
  isDns1123Label,
  memoryBytes,
  ZDeploymentCreate,
  ZDeploymentPatch,
  ZServingEnvironmentCreate,
  ZServingEnvironmentPatch,
} from './deployment';

function issues(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('DNS-1123 labels', () => {
  it.each(['a', 'fraud-detector', 'x1', '1x', 'a'.repeat(63)])('accept %j', (s) => {
    expect(isDns1123Label(s)).toBe(true);
  });
  it.each(['', 'A', 'Fraud', '-a', 'a-', 'a_b', 'a.b', 'a b', 'a'.repeat(64), 'é'])('refuse %j', (s) => {
    expect(isDns1123Label(s)).toBe(false);
    expect(ZDeploymentCreate.safeParse({ name: s, environment: 'e', model: 'm', version: 'v' }).success).toBe(false);
  });
});

describe('serving environment input', () => {
  it('needs a namespace for kserve and refuses kserve fields on external', () => {
    expect(issues(ZServingEnvironmentCreate.safeParse({ name: 'prod', kind: 'kserve' }))).toEqual([
      'namespace: Enter the Kubernetes namespace.',
    ]);
    expect(
      issues(ZServingEnvironmentCreate.safeParse({ name: 'ext', kind: 'external', namespace: 'ns', token: 't' })),
    ).toEqual([
      'namespace: Only kserve environments have this.',
      'token: Only kserve environments have this.',
      'token: A token needs an API server URL.',
    ]);
  });

  it('treats empty strings as not set and checks URLs', () => {
    const ok = ZServingEnvironmentCreate.parse({ name: 'ext', kind: 'external', url: '', namespace: '' });
    expect(ok).toMatchObject({ url: null, namespace: null, description: '' });
    expect(issues(ZServingEnvironmentCreate.safeParse({ name: 'ext', kind: 'external', url: 'ftp://x' }))).toEqual([
      'url: Enter an http:// or https:// URL.',
    ]);
  });

  it('refuses to change the name or kind', () => {
    expect(issues(ZServingEnvironmentPatch.safeParse({ name: 'x' }))).toEqual([
      'name: An environment name cannot be changed.',
    ]);
    expect(ZServingEnvironmentPatch.safeParse({ kind: 'external' }).success).toBe(false);
    expect(ZServingEnvironmentPatch.parse({ token: null })).toEqual({ token: null });
    expect(ZServingEnvironmentPatch.parse({})).toEqual({});
  });
});

describe('deployment input', () => {
  const base = { name: 'fraud', environment: 'prod', model: 'Fraud', version: '1' };

  it('fills the defaults', () => {
    expect(ZDeploymentCreate.parse(base)).toEqual({
      ...base,
      minReplicas: 1,
      maxReplicas: 1,
      desiredState: 'DEPLOYED',
    });
  });

  it('refuses bad replicas with field errors', () => {
    expect(issues(ZDeploymentCreate.safeParse({ ...base, minReplicas: 3, maxReplicas: 2 }))).toEqual([
      'maxReplicas: Max replicas cannot be less than min replicas.',
    ]);
    expect(issues(ZDeploymentCreate.safeParse({ ...base, minReplicas: -1, maxReplicas: 101 }))).toEqual([
      'minReplicas: Min replicas must be 0 or more.',
      'maxReplicas: Max replicas must be at most 100.',
    ]);
    expect(issues(ZDeploymentPatch.safeParse({ minReplicas: 5, maxReplicas: 1 }))).toEqual([
      'maxReplicas: Max replicas cannot be less than min replicas.',
    ]);
  });

  it('checks Kubernetes quantities', () => {
    const good = { cpuRequest: '500m', cpuLimit: '1.5', memoryRequest: '512Mi', memoryLimit: '1G', gpus: 2 };
    expect(ZDeploymentCreate.parse({ ...base, resources: good }).resources).toEqual(good);
    expect(
      issues(
        ZDeploymentCreate.safeParse({ ...base, resources: { cpuRequest: 'lots', memoryLimit: '4GB', gpus: 1.5 } }),
      ),
    ).toEqual([
      'resources.cpuRequest: Enter CPU as cores ("1", "0.5") or millicores ("500m").',
      'resources.memoryLimit: Enter memory as a Kubernetes quantity, such as "512Mi", "4Gi" or "1G".',
      'resources.gpus: GPUs must be a whole number.',
    ]);
    expect(
      issues(
        ZDeploymentCreate.safeParse({
          ...base,
          resources: { cpuRequest: '2', cpuLimit: '1500m', memoryRequest: '2Gi', memoryLimit: '2G' },
        }),
      ),
    ).toEqual([
      'resources.cpuRequest: The CPU request cannot be more than the CPU limit.',
      'resources.memoryRequest: The memory request cannot be more than the memory limit.',
    ]);
    expect(memoryBytes('1Ki')).toBe(1024);
    expect(memoryBytes('1k')).toBe(1000);
  });

  it('refuses to move a deployment to another environment or model', () => {
    expect(ZDeploymentPatch.safeParse({ environment: 'x' }).success).toBe(false);
    expect(ZDeploymentPatch.safeParse({ model: 'x' }).success).toBe(false);
    expect(ZDeploymentPatch.parse({ version: '2', desiredState: 'UNDEPLOYED' })).toEqual({
      version: '2',
      desiredState: 'UNDEPLOYED',
    });
  });
});
