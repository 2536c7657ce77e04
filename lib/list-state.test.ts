import { describe, expect, it } from 'vitest';
import { deploymentApiParams, deploymentUrlParams, parseDeploymentListState } from './list-state';

describe('the view state of a deployments list', () => {
  it('round-trips through the URL, leaving out defaults', () => {
    const sp = new URLSearchParams('environment=prod&state=DEPLOYED&model=fraud&pageSize=50&cursor=abc&page=2');
    const state = parseDeploymentListState(sp);
    expect(state).toEqual({
      environment: 'prod',
      state: 'DEPLOYED',
      model: 'fraud',
      version: '',
      pageSize: 50,
      cursor: 'abc',
      page: 2,
    });
    expect(deploymentUrlParams(state).toString()).toBe(sp.toString());
    expect(deploymentUrlParams(parseDeploymentListState(new URLSearchParams())).toString()).toBe('');
  });

  it('ignores values it does not know', () => {
    const state = parseDeploymentListState({ state: 'RUNNING', pageSize: '7', page: '-1' });
    expect(state.state).toBe('');
    expect(state.pageSize).toBe(20);
    expect(state.page).toBe(1);
  });

  it("pins the model and version of a model's or version's tab, whatever the URL says", () => {
    const state = parseDeploymentListState({ model: 'other', version: 'v9', environment: 'prod' });
    expect(deploymentApiParams(state, { model: 'fraud', version: 'v1' })).toEqual({
      pageSize: '20',
      environment: 'prod',
      model: 'fraud',
      version: 'v1',
    });
    // On a model's tab the version can still be filtered.
    expect(deploymentApiParams(state, { model: 'fraud' })).toEqual({
      pageSize: '20',
      environment: 'prod',
      model: 'fraud',
      version: 'v9',
    });
    expect(deploymentApiParams(state)).toMatchObject({ model: 'other', version: 'v9' });
  });
});
