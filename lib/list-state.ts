// The view state of a list page lives in the URL: search text, filters, sort, page and
// page size. Parsing and writing it in one place keeps links, reloads, back/forward
// and the API request in step.
import type { ListParams } from '@/lib/queries/models';

export const PAGE_SIZES = [10, 20, 50, 100] as const;
export type SortField = 'name' | 'createdAt' | 'updatedAt';
export type StateFilter = 'live' | 'archived' | 'all';

export type ListState = {
  q: string;
  owner: string;
  label: string[];
  state: StateFilter;
  sort: SortField;
  order: 'asc' | 'desc';
  pageSize: number;
  cursor: string;
  page: number;
};

type Input = URLSearchParams | Record<string, string | string[] | undefined>;

function all(sp: Input, key: string): string[] {
  if (sp instanceof URLSearchParams) return sp.getAll(key);
  const v = sp[key];
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}
const one = (sp: Input, key: string) => all(sp, key)[0] ?? '';

export function defaultOrder(sort: SortField): 'asc' | 'desc' {
  return sort === 'name' ? 'asc' : 'desc';
}

export function parseListState(sp: Input, defaultSort: SortField): ListState {
  const sortRaw = one(sp, 'sort');
  const sort: SortField =
    sortRaw === 'name' || sortRaw === 'createdAt' || sortRaw === 'updatedAt' ? sortRaw : defaultSort;
  const orderRaw = one(sp, 'order');
  const stateRaw = one(sp, 'state');
  const size = Number(one(sp, 'pageSize'));
  const page = Number(one(sp, 'page'));
  return {
    q: one(sp, 'q'),
    owner: one(sp, 'owner') || one(sp, 'author'),
    label: [...new Set(all(sp, 'label').filter(Boolean))],
    state: stateRaw === 'archived' || stateRaw === 'all' ? stateRaw : 'live',
    sort,
    order: orderRaw === 'asc' || orderRaw === 'desc' ? orderRaw : defaultOrder(sort),
    pageSize: (PAGE_SIZES as readonly number[]).includes(size) ? size : 20,
    cursor: one(sp, 'cursor'),
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

/** The query of the API request for this view. `ownerParam` is "owner" (models) or "author" (versions). */
export function apiParams(s: ListState, ownerParam: 'owner' | 'author'): ListParams {
  const p: ListParams = { sort: s.sort, order: s.order, pageSize: String(s.pageSize), state: s.state };
  if (s.q) p.q = s.q;
  if (s.owner) p[ownerParam] = s.owner;
  if (s.label.length) p.label = s.label;
  if (s.cursor) p.cursor = s.cursor;
  return p;
}

/** The page URL's query for this view, leaving out defaults so links stay short. */
export function urlParams(s: ListState, defaultSort: SortField, ownerParam: 'owner' | 'author'): URLSearchParams {
  const sp = new URLSearchParams();
  if (s.q) sp.set('q', s.q);
  if (s.owner) sp.set(ownerParam, s.owner);
  for (const l of s.label) sp.append('label', l);
  if (s.state !== 'live') sp.set('state', s.state);
  if (s.sort !== defaultSort) sp.set('sort', s.sort);
  if (s.order !== defaultOrder(s.sort)) sp.set('order', s.order);
  if (s.pageSize !== 20) sp.set('pageSize', String(s.pageSize));
  if (s.cursor) sp.set('cursor', s.cursor);
  if (s.page > 1) sp.set('page', String(s.page));
  return sp;
}

/** Any change to filters or sort starts again from the first page. */
export function withFilters(s: ListState, change: Partial<ListState>): ListState {
  return { ...s, ...change, cursor: '', page: 1 };
}

// ----- deployments -----

export type DeploymentStateFilter = '' | 'DEPLOYED' | 'UNDEPLOYED';

/** The view of a deployments list: filters and the keyset page (always newest first). */
export type DeploymentListState = {
  environment: string;
  state: DeploymentStateFilter;
  model: string;
  version: string;
  pageSize: number;
  cursor: string;
  page: number;
};

export function parseDeploymentListState(sp: Input): DeploymentListState {
  const stateRaw = one(sp, 'state');
  const size = Number(one(sp, 'pageSize'));
  const page = Number(one(sp, 'page'));
  return {
    environment: one(sp, 'environment'),
    state: stateRaw === 'DEPLOYED' || stateRaw === 'UNDEPLOYED' ? stateRaw : '',
    model: one(sp, 'model'),
    version: one(sp, 'version'),
    pageSize: (PAGE_SIZES as readonly number[]).includes(size) ? size : 20,
    cursor: one(sp, 'cursor'),
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

/**
 * The query of the API request for this view. `scope` pins the model (and version) on
 * their own Deployments tabs, whatever the URL says.
 */
export function deploymentApiParams(
  s: DeploymentListState,
  scope: { model?: string; version?: string } = {},
): ListParams {
  const p: ListParams = { pageSize: String(s.pageSize) };
  const model = scope.model ?? s.model;
  const version = scope.version ?? s.version;
  if (s.environment) p.environment = s.environment;
  if (s.state) p.state = s.state;
  if (model) p.model = model;
  if (version) p.version = version;
  if (s.cursor) p.cursor = s.cursor;
  return p;
}

/** The page URL's query for this view, leaving out defaults. */
export function deploymentUrlParams(s: DeploymentListState): URLSearchParams {
  const sp = new URLSearchParams();
  if (s.environment) sp.set('environment', s.environment);
  if (s.state) sp.set('state', s.state);
  if (s.model) sp.set('model', s.model);
  if (s.version) sp.set('version', s.version);
  if (s.pageSize !== 20) sp.set('pageSize', String(s.pageSize));
  if (s.cursor) sp.set('cursor', s.cursor);
  if (s.page > 1) sp.set('page', String(s.page));
  return sp;
}
