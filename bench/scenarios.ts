// The benchmark scenarios: each read is one REST request (driven under load) and the
// same service call made in-process (timed directly against the database), defined
// side by side so the two cannot drift apart.
import type { Principal } from '../lib/server/auth/principal';
import { getModel, listModels } from '../lib/server/services/models';
import { listVersions } from '../lib/server/services/versions';
import { ZModelListQuery, ZVersionListQuery } from '../lib/validation/model';
import { LABEL_FILTER, PROPERTY_FILTER, SEARCH_QUERY } from './data';
import { summarize, type LatencySummary } from './stats';

export type ScenarioId =
  'first-page' | 'deep-page' | 'search' | 'label' | 'property' | 'model' | 'versions' | 'register';

export type Scenario = {
  id: ScenarioId;
  title: string;
  kind: 'get' | 'register';
  /** Request paths; the load generator picks one at random per request. */
  paths: string[];
  /** The same read as a service call, or null for writes. */
  direct: (() => Promise<unknown>) | null;
};

export type ScenarioContext = {
  registry: string;
  principal: Principal;
  /** LIVE models the per-model scenarios rotate through. */
  sampleModels: string[];
  deepCursor: string;
  deepIndex: number;
};

const enc = encodeURIComponent;

function modelsPath(registry: string, params: Record<string, string>): string {
  const qs = new URLSearchParams(params).toString();
  return `/api/v1/registries/${enc(registry)}/models${qs ? `?${qs}` : ''}`;
}

function rotating(items: string[]): () => string {
  let i = 0;
  return () => items[i++ % items.length] ?? '';
}

export function buildScenarios(ctx: ScenarioContext): Scenario[] {
  const { registry, principal } = ctx;
  const list = (params: Record<string, string>): Pick<Scenario, 'kind' | 'paths' | 'direct'> => ({
    kind: 'get',
    paths: [modelsPath(registry, params)],
    direct: () => listModels(principal, registry, ZModelListQuery.parse(params)),
  });
  const nextModel = rotating(ctx.sampleModels);
  const nextModelForVersions = rotating(ctx.sampleModels);
  const modelPath = (name: string) => `/api/v1/registries/${enc(registry)}/models/${enc(name)}`;
  return [
    { id: 'first-page', title: 'First page of models', ...list({}) },
    {
      id: 'deep-page',
      title: `Deep page (after item ${ctx.deepIndex}, by cursor)`,
      ...list({ cursor: ctx.deepCursor }),
    },
    { id: 'search', title: `Keyword search (q=${SEARCH_QUERY})`, ...list({ q: SEARCH_QUERY }) },
    { id: 'label', title: `Label filter (label=${LABEL_FILTER})`, ...list({ label: LABEL_FILTER }) },
    { id: 'property', title: `Property filter (${PROPERTY_FILTER})`, ...list({ property: PROPERTY_FILTER }) },
    {
      id: 'model',
      title: 'One model',
      kind: 'get',
      paths: ctx.sampleModels.map(modelPath),
      direct: () => getModel(principal, registry, nextModel()),
    },
    {
      id: 'versions',
      title: 'Versions of one model',
      kind: 'get',
      paths: ctx.sampleModels.map((m) => `${modelPath(m)}/versions`),
      direct: () => listVersions(principal, registry, nextModelForVersions(), ZVersionListQuery.parse({})),
    },
    {
      id: 'register',
      title: 'Register a version',
      kind: 'register',
      paths: ctx.sampleModels.map((m) => `${modelPath(m)}/versions`),
      direct: null,
    },
  ];
}

/** Times `fn` sequentially: a warm-up, then `iterations` calls (at most `maxSeconds`). */
export async function timeDirect(
  fn: () => Promise<unknown>,
  iterations: number,
  maxSeconds = 20,
): Promise<LatencySummary> {
  for (let i = 0; i < Math.min(20, iterations); i++) await fn();
  const samples: number[] = [];
  const deadline = performance.now() + maxSeconds * 1000;
  while (samples.length < iterations && performance.now() < deadline) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return summarize(samples);
}
