// Registering models and versions in Chromium: the full register form lands on the new
// version, a new version starts from the latest one's format and storage, the models
// list's split button leads through a model picker, and the form explains its errors.
import type { Page } from '@playwright/test';
import { ADMIN_PASSWORD, ADMIN_USERNAME } from '../constants';
import { expect, signIn, test } from '../fixtures';
import { adminApi, createModel, createRegistry } from './helpers';

// Required fields carry a marker in their accessible name ("Model name *"), so match the start.
const field = (page: Page, label: string) => page.getByRole('textbox', { name: new RegExp(`^${label}`) });

function modelsTable(page: Page) {
  return page.getByRole('grid', { name: 'Models' }).or(page.getByRole('table', { name: 'Models' }));
}

async function searchModels(page: Page, text: string) {
  const search = page.getByRole('textbox', { name: /Filter models by keyword/ });
  await search.fill(text);
  await search.press('Enter');
  await expect(page).toHaveURL(new RegExp(`q=${text}`));
}

test('registering a model with object storage, then a new version pre-filled from it', async ({
  page,
  playwright,
  baseURL,
}) => {
  // A long flow (two forms, several page loads): give it three times the default time.
  test.slow();
  const api = await adminApi(playwright, baseURL ?? '');
  const registry = await createRegistry(api);
  const model = 'churn-predictor';
  await signIn(page, ADMIN_USERNAME, ADMIN_PASSWORD, `/registries/${registry}/models/new`);
  await expect(page.getByRole('heading', { name: 'Register model', level: 1 })).toBeVisible();

  await field(page, 'Model name').fill(model);
  await expect(page.getByText('The name is free.')).toBeVisible();
  await field(page, 'Model description').fill('Predicts which customers leave.');
  await page.getByRole('textbox', { name: 'Add label' }).fill('tabular');
  await page.getByRole('textbox', { name: 'Add label' }).press('Enter');
  await expect(page.getByRole('list', { name: 'Labels added' }).getByText('tabular')).toBeVisible();
  await page.getByRole('button', { name: 'Add property' }).click();
  await page.getByRole('textbox', { name: 'Key of property 1' }).fill('accuracy');
  await page.getByRole('combobox', { name: 'Type of property 1' }).selectOption('number');
  await page.getByRole('textbox', { name: 'Value of property 1' }).fill('0.91');
  await field(page, 'Version name').fill('v1');
  await field(page, 'Version description').fill('First cut.');

  // The format from the typeahead's suggestions, then the object-storage location.
  await page.getByRole('combobox', { name: 'Model format' }).fill('onn');
  await page.getByRole('option', { name: /^onnx/ }).click();
  await expect(page.getByRole('combobox', { name: 'Model format' })).toHaveValue('onnx');
  await field(page, 'Format version').fill('1.14');
  await expect(page.getByRole('button', { name: 'Object storage' })).toHaveAttribute('aria-pressed', 'true');
  await field(page, 'Endpoint').fill('https://s3.eu-west-1.amazonaws.com');
  await field(page, 'Bucket').fill('ml-models');
  await field(page, 'Region').fill('eu-west-1');
  await field(page, 'Path').fill('churn/v1/');
  await page.getByRole('button', { name: 'Register model' }).click();

  // Lands on the first version's details, with the toast.
  await expect(page).toHaveURL(new RegExp(`/registries/${registry}/models/${model}/versions/v1/details$`));
  await expect(page.getByText(`Model "${model}" registered`)).toBeVisible();
  await expect(page.getByRole('heading', { name: /^v1/, level: 1 })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Bucket', exact: true })).toHaveValue('ml-models');
  await expect(page.getByRole('textbox', { name: 'Path', exact: true })).toHaveValue('churn/v1/');
  await expect(page.getByRole('textbox', { name: 'Region', exact: true })).toHaveValue('eu-west-1');
  await expect(page.getByRole('textbox', { name: 'Full location' })).toHaveValue('s3://ml-models/churn/v1/');
  await expect(page.getByText('onnx', { exact: true })).toBeVisible();
  await expect(page.getByText('First cut.')).toBeVisible();

  // The label and the typed property reached the model.
  const created = await (await api.get(`/api/v1/registries/${registry}/models/${model}`)).json();
  expect(created.labels).toEqual(['tabular']);
  expect(created.properties).toEqual({ accuracy: { type: 'number', value: 0.91 } });

  // The models list finds it, with v1 as its latest version.
  await page.goto(`/registries/${registry}/models`);
  await searchModels(page, 'churn');
  const row = modelsTable(page)
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: model }) });
  await expect(row.getByRole('link', { name: 'v1', exact: true })).toBeVisible();

  // A new version: same format and storage, but an empty path (the latest one's is the hint).
  await page.goto(`/registries/${registry}/models/${model}/versions/new`);
  await expect(page.getByRole('heading', { name: `Register new version of ${model}`, level: 1 })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Model format' })).toHaveValue('onnx');
  await expect(field(page, 'Format version')).toHaveValue('1.14');
  await expect(page.getByRole('button', { name: 'Object storage' })).toHaveAttribute('aria-pressed', 'true');
  await expect(field(page, 'Endpoint')).toHaveValue('https://s3.eu-west-1.amazonaws.com');
  await expect(field(page, 'Bucket')).toHaveValue('ml-models');
  await expect(field(page, 'Region')).toHaveValue('eu-west-1');
  await expect(field(page, 'Path')).toHaveValue('');
  await expect(page.getByText('The latest version (v1) is at churn/v1/')).toBeVisible();

  await field(page, 'Version name').fill('v2');
  await expect(page.getByText('The name is free.')).toBeVisible();
  await field(page, 'Path').fill('churn/v2/');
  await page.getByRole('button', { name: 'Register version' }).click();
  await expect(page).toHaveURL(new RegExp(`/models/${model}/versions/v2/details$`));
  await expect(page.getByText(`Version "v2" of ${model} registered`)).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Path', exact: true })).toHaveValue('churn/v2/');
  await expect(page.getByRole('textbox', { name: 'Bucket', exact: true })).toHaveValue('ml-models');

  // The list's latest version is now v2.
  await page.goto(`/registries/${registry}/models?q=churn`);
  await expect(row.getByRole('link', { name: 'v2', exact: true })).toBeVisible();
  await expect(row.getByRole('link', { name: 'v1', exact: true })).toHaveCount(0);
  await api.dispose();
});

test('"Register new version" in the split button leads through the model picker to its form', async ({
  page,
  playwright,
  baseURL,
}) => {
  const api = await adminApi(playwright, baseURL ?? '');
  const registry = await createRegistry(api);
  await createModel(api, registry, { name: 'alpha-model', version: { name: 'a1', artifact: { uri: 's3://b/a1' } } });
  await createModel(api, registry, { name: 'beta-model', version: { name: 'b7', artifact: { uri: 's3://b/b7' } } });
  await signIn(page, ADMIN_USERNAME, ADMIN_PASSWORD, `/registries/${registry}/models`);

  await page.getByRole('button', { name: 'More registration actions' }).click();
  await page.getByRole('menuitem', { name: 'Register new version' }).click();
  await expect(page).toHaveURL(new RegExp(`/registries/${registry}/models/new\\?version=1$`));
  await expect(page.getByRole('heading', { name: 'Register new version', level: 1 })).toBeVisible();

  const picker = page.getByRole('combobox', { name: 'Model' });
  await picker.fill('beta');
  await expect(page.getByRole('option', { name: /alpha-model/ })).toHaveCount(0);
  const option = page.getByRole('option', { name: /beta-model/ });
  await expect(option).toContainText('Latest version: b7');
  await option.click();

  await expect(page).toHaveURL(new RegExp(`/registries/${registry}/models/beta-model/versions/new$`));
  await expect(page.getByRole('heading', { name: 'Register new version of beta-model', level: 1 })).toBeVisible();
  // Pre-filled from b7, which has a URI: the URI mode, empty, with b7's URI as the hint.
  await expect(page.getByRole('button', { name: 'URI' })).toHaveAttribute('aria-pressed', 'true');
  await expect(field(page, 'URI')).toHaveValue('');
  await expect(page.getByText('The latest version (b7) is at s3://b/b7')).toBeVisible();
  await api.dispose();
});

test('the register form shows the schema messages on an empty submit and a taken name live', async ({
  page,
  playwright,
  baseURL,
}) => {
  const api = await adminApi(playwright, baseURL ?? '');
  const registry = await createRegistry(api);
  await createModel(api, registry, { name: 'existing-model' });
  await signIn(page, ADMIN_USERNAME, ADMIN_PASSWORD, `/registries/${registry}/models/new`);

  await page.getByRole('button', { name: 'Register model' }).click();
  // Both names and the location say what is missing; nothing was sent.
  await expect(page.getByText('Enter a name.')).toHaveCount(2);
  await expect(page.getByText('Give the model location: a URI, or a bucket and path.')).toBeVisible();
  await expect(field(page, 'Model name')).toHaveAttribute('aria-invalid', 'true');
  await expect(field(page, 'Version name')).toHaveAttribute('aria-invalid', 'true');
  await expect(page).toHaveURL(new RegExp(`/registries/${registry}/models/new$`));

  // Half an object-storage location names the missing half.
  await field(page, 'Bucket').fill('only-a-bucket');
  await page.getByRole('button', { name: 'Register model' }).click();
  await expect(page.getByText('Enter the path inside the bucket.')).toBeVisible();

  // A name already in use is flagged while typing, before any submit.
  await field(page, 'Model name').fill('existing-model');
  await expect(page.getByText('A model with this name already exists.')).toBeVisible();
  await expect(field(page, 'Model name')).toHaveAttribute('aria-invalid', 'true');
  await field(page, 'Model name').fill('existing-model-2');
  await expect(page.getByText('The name is free.')).toBeVisible();
  await expect(page.getByText('A model with this name already exists.')).toHaveCount(0);

  // Nothing was registered by the refused submits.
  const list = await (await api.get(`/api/v1/registries/${registry}/models?state=all`)).json();
  expect(list.items.map((m: { name: string }) => m.name)).toEqual(['existing-model']);
  await api.dispose();
});
