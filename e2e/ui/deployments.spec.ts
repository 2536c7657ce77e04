// Deployments in Chromium: a contributor deploys a version through the deploy dialog (with
// its manifest preview), finds it on the version's, the model's and the registry's
// deployments pages, cannot archive the version while it is deployed, rolls out a newer
// version, undeploys, and then archives the old one. Also: the empty state of a registry
// without serving environments, the serving environments settings page, and axe checks.
import type { APIRequestContext, Locator, Page } from '@playwright/test';
import {
  ADMIN_PASSWORD,
  ADMIN_USERNAME,
  DATA_SCIENTIST_USERNAME,
  DEMO_PASSWORD,
  KUBE_STAND_IN_TOKEN,
  KUBE_STAND_IN_URL,
  VIEWER_USERNAME,
} from '../constants';
import { checkA11y, expect, signIn, test } from '../fixtures';
import { adminApi, unique } from './helpers';

const seg = encodeURIComponent;
const MODEL = 'fraud';

/** A registry of this test's own: data-scientist contributes, viewer is its registry admin. */
async function createRegistry(api: APIRequestContext): Promise<string> {
  const name = unique('e2e-deploy').toLowerCase();
  const res = await api.post('/api/v1/registries', { data: { name, displayName: `Deploy ${name}`, description: '' } });
  expect(res.status(), await res.text()).toBe(201);
  for (const [subject, role] of [
    [DATA_SCIENTIST_USERNAME, 'contributor'],
    [VIEWER_USERNAME, 'admin'],
  ]) {
    const granted = await api.post(`/api/v1/registries/${name}/grants`, {
      data: { subjectType: 'user', subject, role },
    });
    expect(granted.status(), await granted.text()).toBe(201);
  }
  return name;
}

/** The model `fraud` with versions v1 and v2, both ONNX files in S3. */
async function createModel(api: APIRequestContext, registry: string) {
  const res = await api.post(`/api/v1/registries/${registry}/models`, {
    data: {
      name: MODEL,
      version: {
        name: 'v1',
        artifact: { uri: 's3://models/fraud/v1/', modelFormatName: 'onnx', modelFormatVersion: '1' },
      },
    },
  });
  expect(res.status(), await res.text()).toBe(201);
  const v2 = await api.post(`/api/v1/registries/${registry}/models/${MODEL}/versions`, {
    data: { name: 'v2', artifact: { uri: 's3://models/fraud/v2/', modelFormatName: 'onnx', modelFormatVersion: '1' } },
  });
  expect(v2.status(), await v2.text()).toBe(201);
}

async function createEnvironment(api: APIRequestContext, registry: string, body: Record<string, unknown>) {
  const res = await api.post(`/api/v1/registries/${registry}/serving-environments`, { data: body });
  expect(res.status(), await res.text()).toBe(201);
}

const versionUrl = (registry: string, version: string, tab = 'details') =>
  `/registries/${registry}/models/${MODEL}/versions/${seg(version)}/${tab}`;

const deploymentRow = (page: Page, name: string): Locator => page.getByRole('row').filter({ hasText: name });

async function rowAction(page: Page, name: string, action: string) {
  await page.getByRole('button', { name: `Actions for ${name}` }).click();
  await page.getByRole('menuitem', { name: action }).click();
}

test('a contributor deploys a version, finds it everywhere, rolls out a newer one, undeploys and archives the old one', async ({
  page,
  playwright,
  baseURL,
}) => {
  test.slow();
  const api = await adminApi(playwright, baseURL ?? '');
  const registry = await createRegistry(api);
  await createModel(api, registry);
  // A KServe namespace on the stand-in cluster: deployments are applied and their status read back.
  await createEnvironment(api, registry, {
    name: 'staging',
    kind: 'kserve',
    namespace: 'models-staging',
    apiServerUrl: KUBE_STAND_IN_URL,
    token: KUBE_STAND_IN_TOKEN,
  });
  await api.dispose();

  await signIn(page, DATA_SCIENTIST_USERNAME, DEMO_PASSWORD, versionUrl(registry, 'v1'));
  await page.getByRole('button', { name: 'Deploy', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: `Deploy ${MODEL} v1` });
  await expect(dialog.getByRole('combobox', { name: 'Serving environment' })).toHaveValue('staging');
  // ONNX suggests OpenVINO Model Server; the preview is the InferenceService the API will store.
  await expect(dialog.getByRole('combobox', { name: 'Serving runtime' })).toHaveValue('ovms');
  const name = dialog.getByRole('textbox', { name: 'Deployment name' });
  await expect(name).toHaveValue('fraud-v1');
  const manifest = dialog.getByTestId('manifest');
  await expect(manifest).toContainText('kind: InferenceService');
  await expect(manifest).toContainText('storageUri: s3://models/fraud/v1/');
  await expect(manifest).toContainText('namespace: models-staging');
  await expect(manifest).toContainText('runtime: ovms');
  // The name is checked as it is typed, and the preview follows it.
  await name.fill('Fraud_V1');
  await expect(dialog.getByText('Use lowercase letters, digits and hyphens')).toBeVisible();
  await name.fill('fraud-live');
  await expect(manifest).toContainText('name: fraud-live');
  await dialog.getByRole('button', { name: 'Deploy', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Deployment "fraud-live" created')).toBeVisible();

  // The version's Deployments tab.
  await expect(page).toHaveURL(new RegExp(`${versionUrl(registry, 'v1', 'deployments')}$`));
  const row = deploymentRow(page, 'fraud-live');
  await expect(row).toBeVisible();
  // Applied to the cluster: pending at first, then ready once the cluster says so (the page polls).
  await expect(row.getByText('Ready', { exact: true })).toBeVisible({ timeout: 20_000 });
  await row.getByText('Ready', { exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'Ready' })).toContainText(
    'http://fraud-live-models-staging.apps.stand-in.example',
  );
  await page.keyboard.press('Escape');
  await expect(row.locator('td[data-label="Environment"]')).toHaveText('staging');
  await expect(row.locator('td[data-label="Runtime"]')).toHaveText('OpenVINO Model Server');

  // Archive and Delete are refused while it is deployed, and say why.
  const archive = page.getByRole('button', { name: 'Archive', exact: true });
  await expect(archive).toHaveAttribute('aria-disabled', 'true');
  await archive.hover();
  await expect(page.getByRole('tooltip')).toHaveText('Undeploy its 1 active deployment first.');

  // The model's Deployments tab and the registry's deployments page, with links back.
  await page.goto(`/registries/${registry}/models/${MODEL}/deployments`);
  await expect(deploymentRow(page, 'fraud-live')).toBeVisible();
  await page.goto(`/registries/${registry}/deployments`);
  await expect(page.getByRole('heading', { name: 'Deployments', level: 1 })).toBeVisible();
  await expect(deploymentRow(page, 'fraud-live').getByRole('link', { name: 'v1' })).toHaveAttribute(
    'href',
    versionUrl(registry, 'v1'),
  );

  // Roll out v2.
  await rowAction(page, 'fraud-live', 'Roll out…');
  const rollout = page.getByRole('dialog', { name: 'Roll out fraud-live' });
  await rollout.getByRole('combobox', { name: 'Version' }).fill('v2');
  await rollout.getByRole('option', { name: /v2/ }).click();
  await rollout.getByRole('button', { name: 'Roll out' }).click();
  await expect(rollout).toBeHidden();
  await expect(page.getByText('Deployment "fraud-live" rolled out to v2')).toBeVisible();
  await expect(deploymentRow(page, 'fraud-live').getByRole('link', { name: 'v2' })).toBeVisible();

  // The manifest of the deployment, from the API, now points at v2's files.
  await rowAction(page, 'fraud-live', 'View manifest');
  const manifestDialog = page.getByRole('dialog', { name: 'Manifest of fraud-live' });
  await expect(manifestDialog.getByTestId('manifest')).toContainText('s3://models/fraud/v2/');
  await manifestDialog.getByRole('contentinfo').getByRole('button', { name: 'Close' }).click();
  await expect(manifestDialog).toBeHidden();

  // Undeploy.
  await rowAction(page, 'fraud-live', 'Undeploy');
  await page.getByRole('dialog').getByRole('button', { name: 'Undeploy' }).click();
  await expect(page.getByText('Deployment "fraud-live" undeployed')).toBeVisible();
  await expect(deploymentRow(page, 'fraud-live').getByText('Undeployed')).toBeVisible();

  // The old version can be archived now.
  await page.goto(versionUrl(registry, 'v1'));
  await expect(page.getByRole('button', { name: 'Archive', exact: true })).not.toHaveAttribute('aria-disabled', 'true');
  await page.getByRole('button', { name: 'Archive', exact: true }).click();
  const confirm = page.getByRole('dialog');
  await confirm.getByRole('textbox').fill('v1');
  await confirm.getByRole('button', { name: 'Archive' }).click();
  await expect(page.getByText('Version "v1" archived')).toBeVisible();
});

test('a deployment the cluster refused shows its message, and "Apply again" applies it once the setup is fixed', async ({
  page,
  playwright,
  baseURL,
}) => {
  const api = await adminApi(playwright, baseURL ?? '');
  const registry = await createRegistry(api);
  await createModel(api, registry);
  const environment = 'cluster';
  await createEnvironment(api, registry, {
    name: environment,
    kind: 'kserve',
    namespace: `models-${registry}`.slice(0, 63).replace(/-+$/, ''),
    apiServerUrl: KUBE_STAND_IN_URL,
    token: 'not-the-token',
  });
  const res = await api.post(`/api/v1/registries/${registry}/deployments`, {
    data: { name: 'fraud-refused', environment, model: MODEL, version: 'v1' },
  });
  expect(res.status(), await res.text()).toBe(201);

  await signIn(page, DATA_SCIENTIST_USERNAME, DEMO_PASSWORD, `/registries/${registry}/deployments`);
  const row = deploymentRow(page, 'fraud-refused');
  await expect(row.getByText('Failed')).toBeVisible();

  // Still refused: the toast says so with the cluster's own message, not "applied".
  await rowAction(page, 'fraud-refused', 'Apply again');
  await expect(page.getByText('Deployment "fraud-refused" was saved, but the cluster refused it')).toBeVisible();
  await expect(page.getByText('Unauthorized').first()).toBeVisible();

  // A registry admin fixes the token; applying again now reaches the cluster.
  const fixed = await api.patch(`/api/v1/registries/${registry}/serving-environments/${environment}`, {
    data: { token: KUBE_STAND_IN_TOKEN },
  });
  expect(fixed.status(), await fixed.text()).toBe(200);
  await api.dispose();
  await rowAction(page, 'fraud-refused', 'Apply again');
  await expect(page.getByText('Deployment "fraud-refused" applied to the cluster')).toBeVisible();
  await expect(row.getByText('Failed')).toHaveCount(0);
  await expect(row.getByText(/Pending|Ready/)).toBeVisible();
});

test('the deployments list checks the cluster: an InferenceService deleted outside the registry shows as failed', async ({
  page,
  playwright,
  baseURL,
}) => {
  const api = await adminApi(playwright, baseURL ?? '');
  const registry = await createRegistry(api);
  await createModel(api, registry);
  const namespace = `models-${registry}`.slice(0, 63).replace(/-+$/, '');
  await createEnvironment(api, registry, {
    name: 'cluster',
    kind: 'kserve',
    namespace,
    apiServerUrl: KUBE_STAND_IN_URL,
    token: KUBE_STAND_IN_TOKEN,
  });
  const created = await api.post(`/api/v1/registries/${registry}/deployments`, {
    data: { name: 'fraud-gone', environment: 'cluster', model: MODEL, version: 'v1' },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  // Reading it back settles it: Pending, then Ready on the stand-in cluster.
  await expect
    .poll(async () => {
      const res = await api.get(`/api/v1/registries/${registry}/deployments/${id}`);
      return ((await res.json()) as { status: { phase: string } }).status.phase;
    })
    .toBe('READY');
  // Someone removes it with kubectl; the registry has not looked since.
  const removed = await api.delete(
    `${KUBE_STAND_IN_URL}/apis/serving.kserve.io/v1beta1/namespaces/${namespace}/inferenceservices/fraud-gone`,
    { headers: { Authorization: `Bearer ${KUBE_STAND_IN_TOKEN}` } },
  );
  expect(removed.ok(), await removed.text()).toBe(true);
  await api.dispose();

  await signIn(page, DATA_SCIENTIST_USERNAME, DEMO_PASSWORD, `/registries/${registry}/deployments`);
  const row = deploymentRow(page, 'fraud-gone');
  await expect(row.getByText('Failed')).toBeVisible();
  await row.getByRole('button', { name: /Failed/ }).click();
  await expect(page.getByText(/is not on the cluster any more; it was deleted outside the registry/)).toBeVisible();
});

test.describe('a registry without serving environments', () => {
  test('contributors see no Deploy action and are told which admin to ask', async ({ page, playwright, baseURL }) => {
    const api = await adminApi(playwright, baseURL ?? '');
    const registry = await createRegistry(api);
    await createModel(api, registry);
    await api.dispose();
    await signIn(page, DATA_SCIENTIST_USERNAME, DEMO_PASSWORD, versionUrl(registry, 'v1', 'deployments'));
    await expect(page.getByRole('heading', { name: 'No serving environment yet' })).toBeVisible();
    await expect(page.getByText('Ask a registry admin to add one: Vic Viewer (viewer).')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Deploy', exact: true })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Add a serving environment' })).toHaveCount(0);
    await page.goto(`/registries/${registry}/deployments`);
    await expect(page.getByText('Ask a registry admin to add one: Vic Viewer (viewer).')).toBeVisible();
    await checkA11y(page);
  });

  test('registry admins get a link to add one', async ({ page, playwright, baseURL }) => {
    const api = await adminApi(playwright, baseURL ?? '');
    const registry = await createRegistry(api);
    await createModel(api, registry);
    await api.dispose();
    await signIn(page, VIEWER_USERNAME, DEMO_PASSWORD, `/registries/${registry}/models/${MODEL}/deployments`);
    const add = page.getByRole('link', { name: 'Add a serving environment' });
    await expect(add).toHaveAttribute('href', `/registries/${registry}/settings/serving-environments`);
    await expect(page.getByRole('button', { name: /^Deploy/ })).toHaveCount(0);
    await add.click();
    await expect(page.getByRole('heading', { name: 'Serving environments', level: 2 })).toBeVisible();
  });
});

test.describe('the serving environments settings page', () => {
  // Deleting an environment that is in use is refused with 409, which the browser logs.
  test.use({ allowedConsoleErrors: /status of 409 \(Conflict\)/ });

  test('a registry admin adds, edits and deletes serving environments; one in use cannot be deleted', async ({
    page,
    playwright,
    baseURL,
  }) => {
    test.slow();
    const api = await adminApi(playwright, baseURL ?? '');
    const registry = await createRegistry(api);
    await createModel(api, registry);
    await signIn(page, VIEWER_USERNAME, DEMO_PASSWORD, `/registries/${registry}/settings/serving-environments`);
    await expect(page.getByRole('heading', { name: 'No serving environment yet' })).toBeVisible();

    // Add a KServe environment with a cluster connection and a token.
    await page.getByRole('button', { name: 'Add serving environment' }).click();
    let dialog = page.getByRole('dialog', { name: 'Add a serving environment' });
    await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('Prod!');
    await expect(dialog.getByText('Use lowercase letters, digits and hyphens')).toBeVisible();
    await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('prod');
    await dialog.getByRole('textbox', { name: 'Namespace' }).fill('models-prod');
    await dialog.getByRole('textbox', { name: 'API server URL' }).fill('https://kube.example.com:6443');
    await dialog.getByLabel('Token').fill('secret-token');
    await dialog.getByRole('combobox', { name: 'Default runtime' }).selectOption('kserve-sklearnserver');
    await dialog.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText('Serving environment "prod" added')).toBeVisible();
    let row = page.getByRole('row').filter({ hasText: 'prod' });
    await expect(row).toContainText('Namespace models-prod');
    await expect(row).toContainText('(token stored)');
    await expect(row).toContainText('KServe scikit-learn server');

    // Add an external one.
    await page.getByRole('button', { name: 'Add serving environment' }).click();
    dialog = page.getByRole('dialog', { name: 'Add a serving environment' });
    await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('edge');
    await dialog.getByRole('radio', { name: /External/ }).check();
    await dialog.getByRole('textbox', { name: 'URL', exact: true }).fill('https://edge.example.com');
    await dialog.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(page.getByRole('row').filter({ hasText: 'edge' })).toContainText('External');
    await checkA11y(page);

    // Edit: keep the token by leaving it empty, then clear it.
    await rowAction(page, 'prod', 'Edit');
    dialog = page.getByRole('dialog', { name: 'Edit prod' });
    await expect(dialog.getByText('A token is stored')).toBeVisible();
    await dialog.getByRole('textbox', { name: 'Description' }).fill('Production cluster');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();
    row = page.getByRole('row').filter({ hasText: 'prod' });
    await expect(row).toContainText('Production cluster');
    await expect(row).toContainText('(token stored)');
    await rowAction(page, 'prod', 'Edit');
    dialog = page.getByRole('dialog', { name: 'Edit prod' });
    await dialog.getByRole('button', { name: 'Clear' }).click();
    await expect(dialog.getByText('The stored token will be removed when you save.')).toBeVisible();
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('row').filter({ hasText: 'prod' })).toContainText('(no token)');

    // An environment with an active deployment cannot be deleted: the API's reason is shown.
    const deployed = await api.post(`/api/v1/registries/${registry}/deployments`, {
      data: { name: 'fraud-edge', environment: 'edge', model: MODEL, version: 'v1' },
    });
    expect(deployed.status(), await deployed.text()).toBe(201);
    await api.dispose();
    await page.reload();
    await rowAction(page, 'edge', 'Delete');
    let confirm = page.getByRole('dialog', { name: 'Delete edge?' });
    await expect(confirm).toContainText('1 active deployment');
    await confirm.getByRole('textbox').fill('edge');
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await expect(page.getByText('The serving environment was not deleted')).toBeVisible();
    await expect(page.getByRole('row').filter({ hasText: 'edge' })).toBeVisible();

    // An unused one is deleted.
    await rowAction(page, 'prod', 'Delete');
    confirm = page.getByRole('dialog', { name: 'Delete prod?' });
    await confirm.getByRole('textbox').fill('prod');
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await expect(page.getByText('Serving environment "prod" deleted')).toBeVisible();
    await expect(page.getByRole('row').filter({ hasText: 'models-prod' })).toHaveCount(0);
  });
});

test('contributors are told that only registry admins manage serving environments', async ({
  page,
  playwright,
  baseURL,
}) => {
  const api = await adminApi(playwright, baseURL ?? '');
  const registry = await createRegistry(api);
  await api.dispose();
  await signIn(page, DATA_SCIENTIST_USERNAME, DEMO_PASSWORD, `/registries/${registry}/settings/serving-environments`);
  await expect(page.getByRole('heading', { name: 'Only registry admins manage serving environments' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add serving environment' })).toHaveCount(0);
});

test('the deployments pages and the deploy dialog are accessible', async ({ page, playwright, baseURL }) => {
  test.slow();
  const api = await adminApi(playwright, baseURL ?? '');
  const registry = await createRegistry(api);
  await createModel(api, registry);
  await createEnvironment(api, registry, { name: 'staging', kind: 'kserve', namespace: 'models-staging' });
  const deployed = await api.post(`/api/v1/registries/${registry}/deployments`, {
    data: { name: 'fraud-v2', environment: 'staging', model: MODEL, version: 'v2' },
  });
  expect(deployed.status(), await deployed.text()).toBe(201);
  await api.dispose();

  await signIn(page, ADMIN_USERNAME, ADMIN_PASSWORD, `/registries/${registry}/deployments`);
  await expect(deploymentRow(page, 'fraud-v2')).toBeVisible();
  await checkA11y(page);
  await page.goto(versionUrl(registry, 'v2', 'deployments'));
  await expect(deploymentRow(page, 'fraud-v2')).toBeVisible();
  await checkA11y(page);
  await page.goto(`/registries/${registry}/models/${MODEL}/deployments`);
  await expect(deploymentRow(page, 'fraud-v2')).toBeVisible();
  await checkA11y(page);
  await page.goto(`/registries/${registry}/settings/serving-environments`);
  await expect(page.getByRole('row').filter({ hasText: 'staging' })).toBeVisible();
  await checkA11y(page);
  await page.goto(versionUrl(registry, 'v1'));
  await page.getByRole('button', { name: 'Deploy', exact: true }).click();
  await expect(page.getByRole('dialog').getByTestId('manifest')).toContainText('s3://models/fraud/v1/');
  await checkA11y(page);
});
