// Model versions over HTTP: register (with artifacts, atomically), read, edit with
// If-Match, archive and restore, hard delete, which version is "latest", and limits.
import {
  createModel,
  createVersion,
  detailPaths,
  etagOf,
  expect,
  expectError,
  expectStatus,
  getModel,
  getVersion,
  listModels,
  listVersions,
  patchVersion,
  S3_ARTIFACT,
  test,
  urls,
  type TVersion,
} from './helpers';

test.describe('POST /api/v1/registries/{registry}/models/{model}/versions', () => {
  test('registers a version with its artifact and answers with an ETag', async ({ api, registry }) => {
    await createModel(api, registry.name, { name: 'm', version: { name: 'v1' } });
    const response = await api.post(urls.versions(registry.name, 'm'), {
      data: {
        name: 'v2',
        description: 'Retrained.',
        labels: ['candidate'],
        properties: { f1: 0.91, epochs: 30 },
        artifact: S3_ARTIFACT,
      },
    });
    const version = await expectStatus<TVersion>(response, 201);
    expect(version).toMatchObject({
      modelName: 'm',
      name: 'v2',
      description: 'Retrained.',
      author: 'admin',
      state: 'LIVE',
      ownState: 'LIVE',
      isLatest: true,
      labels: ['candidate'],
      properties: { f1: { type: 'number', value: 0.91 }, epochs: { type: 'integer', value: 30 } },
      artifacts: [S3_ARTIFACT],
    });
    const read = await getVersion(api, registry.name, 'm', 'v2');
    expect(read.version).toEqual(version);
    expect(read.etag).toBe(etagOf(response));
    expect((await listVersions(api, registry.name, 'm')).items.map((v) => v.name)).toEqual(['v2', 'v1']);
  });

  test('a duplicate name within the model gets 409; another model may reuse it', async ({ api, registry }) => {
    await createModel(api, registry.name, { name: 'a', version: { name: 'v1', description: 'First.' } });
    await createModel(api, registry.name, { name: 'b' });
    const error = await expectError(
      await api.post(urls.versions(registry.name, 'a'), { data: { name: 'v1', description: 'Second.' } }),
      409,
      'conflict',
    );
    expect(error.message).toContain('v1');
    expect((await getVersion(api, registry.name, 'a', 'v1')).version.description).toBe('First.');
    await createVersion(api, registry.name, 'b', { name: 'v1' });
  });

  test('an invalid artifact gets 422 and no version is created', async ({ api, registry }) => {
    await createModel(api, registry.name, { name: 'm' });
    for (const artifact of [
      {},
      { uri: 's3://b/p', bucket: 'b', path: 'p' },
      { bucket: 'only-a-bucket' },
      { uri: 'not a uri' },
      { uri: 's3://b/p', size: 3 },
    ]) {
      await expectError(
        await api.post(urls.versions(registry.name, 'm'), { data: { name: 'v1', artifact } }),
        422,
        'validation_failed',
      );
    }
    await expectError(
      await api.post(urls.versions(registry.name, 'm'), {
        data: { name: 'v1', artifacts: [S3_ARTIFACT, { modelFormatName: 'onnx' }] },
      }),
      422,
      'validation_failed',
    );
    await expectError(await api.get(urls.version(registry.name, 'm', 'v1')), 404, 'not_found');
    expect((await getModel(api, registry.name, 'm')).model.latestVersion).toBeNull();
  });

  test('an unknown model is 404; a non-admin gets 403 and nothing is created', async ({
    api,
    viewer,
    dataScientist,
    registry,
  }) => {
    await expectError(
      await api.post(urls.versions(registry.name, 'unknown'), { data: { name: 'v1' } }),
      404,
      'not_found',
    );
    await createModel(api, registry.name, { name: 'm' });
    for (const user of [viewer, dataScientist]) {
      await expectError(await user.post(urls.versions(registry.name, 'm'), { data: { name: 'v1' } }), 403, 'forbidden');
    }
    expect((await listVersions(api, registry.name, 'm', { state: 'all' })).total).toBe(0);
  });
});

test.describe('GET, PATCH and DELETE /api/v1/registries/{registry}/models/{model}/versions/{version}', () => {
  test('any signed-in user reads a version; unknown ones are 404', async ({ api, viewer, registry }) => {
    const created = await createModel(api, registry.name, { name: 'm', version: { name: 'v1' } });
    expect(await expectStatus<TVersion>(await viewer.get(urls.version(registry.name, 'm', 'v1')), 200)).toEqual(
      created.version,
    );
    await expectError(await api.get(urls.version(registry.name, 'm', 'v2')), 404, 'not_found');
    await expectError(await api.get(urls.version(registry.name, 'other', 'v1')), 404, 'not_found');
    await expectError(await api.get(urls.versions(registry.name, 'other')), 404, 'not_found');
  });

  test('PATCH edits with a fresh If-Match; a stale one gets 412 and changes nothing', async ({ api, registry }) => {
    await createModel(api, registry.name, {
      name: 'm',
      version: { name: 'v1', labels: ['a'], properties: { p: 1 } },
    });
    const { etag } = await getVersion(api, registry.name, 'm', 'v1');
    const response = await patchVersion(
      api,
      registry.name,
      'm',
      'v1',
      { description: 'Edited.', author: 'dana', labels: ['b'], properties: { q: 'x' } },
      etag,
    );
    const edited = await expectStatus<TVersion>(response, 200);
    expect(edited).toMatchObject({
      description: 'Edited.',
      author: 'dana',
      labels: ['b'],
      properties: { q: { type: 'string', value: 'x' } },
    });
    expect(etagOf(response)).not.toBe(etag);

    await expectError(
      await patchVersion(
        api,
        registry.name,
        'm',
        'v1',
        { description: 'Lost.', labels: ['lost'], properties: {}, state: 'ARCHIVED' },
        etag,
      ),
      412,
      'precondition_failed',
    );
    expect((await getVersion(api, registry.name, 'm', 'v1')).version).toEqual(edited);
  });

  test('PATCH refuses a new name and unknown fields with 422; a non-admin gets 403', async ({
    api,
    dataScientist,
    registry,
  }) => {
    const created = await createModel(api, registry.name, { name: 'm', version: { name: 'v1' } });
    for (const data of [{ name: 'v2' }, { artifact: S3_ARTIFACT }, { state: 'GONE' }]) {
      await expectError(await patchVersion(api, registry.name, 'm', 'v1', data), 422, 'validation_failed');
    }
    await expectError(
      await dataScientist.patch(urls.version(registry.name, 'm', 'v1'), { data: { description: 'mine' } }),
      403,
      'forbidden',
    );
    await expectError(await dataScientist.delete(urls.version(registry.name, 'm', 'v1')), 403, 'forbidden');
    expect((await getVersion(api, registry.name, 'm', 'v1')).version).toEqual(created.version);
  });

  test('an archived version is read-only (409) until restored', async ({ api, registry }) => {
    await createModel(api, registry.name, { name: 'm', version: { name: 'v1', artifact: S3_ARTIFACT } });
    const archived = await expectStatus<TVersion>(
      await patchVersion(api, registry.name, 'm', 'v1', { state: 'ARCHIVED' }),
      200,
    );
    expect(archived).toMatchObject({ state: 'ARCHIVED', ownState: 'ARCHIVED' });
    const artifactId = archived.artifacts[0]?.id ?? '';

    for (const response of [
      await patchVersion(api, registry.name, 'm', 'v1', { description: 'Changed.' }),
      await patchVersion(api, registry.name, 'm', 'v1', { labels: ['x'] }),
      await api.post(urls.artifacts(registry.name, 'm', 'v1'), { data: S3_ARTIFACT }),
      await api.patch(urls.artifact(registry.name, 'm', 'v1', artifactId), { data: { modelFormatName: 'x' } }),
      await api.delete(urls.artifact(registry.name, 'm', 'v1', artifactId)),
    ]) {
      expect((await expectError(response, 409, 'conflict')).message).toMatch(/archived/i);
    }
    expect((await getVersion(api, registry.name, 'm', 'v1')).version).toEqual(archived);

    const restored = await expectStatus<TVersion>(
      await patchVersion(api, registry.name, 'm', 'v1', { state: 'LIVE', description: 'Back.' }),
      200,
    );
    expect(restored).toMatchObject({ state: 'LIVE', description: 'Back.' });
    await expectStatus(await api.post(urls.artifacts(registry.name, 'm', 'v1'), { data: S3_ARTIFACT }), 201);
  });

  test('DELETE removes the version and its artifacts; a stale If-Match gets 412', async ({ api, registry }) => {
    const created = await createModel(api, registry.name, {
      name: 'm',
      version: { name: 'v1', artifact: S3_ARTIFACT },
    });
    await createVersion(api, registry.name, 'm', { name: 'v2' });
    const { etag: stale } = await getVersion(api, registry.name, 'm', 'v2');
    await expectStatus(await patchVersion(api, registry.name, 'm', 'v2', { description: 'edited' }), 200);
    await expectError(
      await api.delete(urls.version(registry.name, 'm', 'v2'), { headers: { 'If-Match': stale } }),
      412,
      'precondition_failed',
    );
    await getVersion(api, registry.name, 'm', 'v2');

    expect((await api.delete(urls.version(registry.name, 'm', 'v1'))).status()).toBe(204);
    await expectError(await api.get(urls.version(registry.name, 'm', 'v1')), 404, 'not_found');
    const artifactId = created.version?.artifacts[0]?.id ?? '';
    await expectError(await api.get(urls.artifact(registry.name, 'm', 'v1', artifactId)), 404, 'not_found');
    await expectError(await api.delete(urls.version(registry.name, 'm', 'v1')), 404, 'not_found');
    expect((await listVersions(api, registry.name, 'm', { state: 'all' })).items.map((v) => v.name)).toEqual(['v2']);
    // The name is free again.
    await createVersion(api, registry.name, 'm', { name: 'v1' });
  });
});

test.describe('the latest version', () => {
  test('is the most recently created LIVE version, and moves back when it is archived or deleted', async ({
    api,
    registry,
  }) => {
    const r = registry.name;
    await createModel(api, r, { name: 'm', version: { name: 'v1' } });
    await createVersion(api, r, 'm', { name: 'v2' });
    await createVersion(api, r, 'm', { name: 'v3' });

    const expectLatest = async (name: string | null) => {
      const { model } = await getModel(api, r, 'm');
      expect(model.latestVersion?.name ?? null).toBe(name);
      const summary = (await listModels(api, r, { state: 'all' })).items.find((m) => m.name === 'm');
      expect(summary?.latestVersion?.name ?? null).toBe(name);
      const versions = (await listVersions(api, r, 'm', { state: 'all' })).items;
      expect(versions.filter((v) => v.isLatest).map((v) => v.name)).toEqual(name ? [name] : []);
      if (name) expect(model.latestVersion?.id).toBe(versions.find((v) => v.name === name)?.id);
    };

    await expectLatest('v3');
    // Editing an older version does not make it the latest.
    await expectStatus(await patchVersion(api, r, 'm', 'v1', { description: 'touched' }), 200);
    await expectLatest('v3');
    await expectStatus(await patchVersion(api, r, 'm', 'v3', { state: 'ARCHIVED' }), 200);
    await expectLatest('v2');
    await expectStatus(await patchVersion(api, r, 'm', 'v2', { state: 'ARCHIVED' }), 200);
    await expectLatest('v1');
    await expectStatus(await patchVersion(api, r, 'm', 'v3', { state: 'LIVE' }), 200);
    await expectLatest('v3');
    expect((await api.delete(urls.version(r, 'm', 'v3'))).status()).toBe(204);
    await expectLatest('v1');
    await expectStatus(await patchVersion(api, r, 'm', 'v1', { state: 'ARCHIVED' }), 200);
    await expectLatest(null);
    await createVersion(api, r, 'm', { name: 'v4' });
    await expectLatest('v4');
  });
});

test.describe('version field limits', () => {
  test('a name of 128 characters is accepted and one of 129 gets 422', async ({ api, registry }) => {
    await createModel(api, registry.name, { name: 'm' });
    const long = 'v'.repeat(128);
    await createVersion(api, registry.name, 'm', { name: long });
    expect((await getVersion(api, registry.name, 'm', long)).version.name).toBe(long);
    const error = await expectError(
      await api.post(urls.versions(registry.name, 'm'), { data: { name: `${long}v` } }),
      422,
      'validation_failed',
    );
    expect(detailPaths(error)).toEqual(['body.name']);
    expect((await listVersions(api, registry.name, 'm', { state: 'all' })).total).toBe(1);
  });

  test('description 10,000 ok and 10,001 refused; 101 labels refused', async ({ api, registry }) => {
    await createModel(api, registry.name, { name: 'm' });
    await createVersion(api, registry.name, 'm', { name: 'v1', description: 'd'.repeat(10_000) });
    const labels = Array.from({ length: 101 }, (_, i) => `l${i}`);
    for (const data of [
      { name: 'v2', description: 'd'.repeat(10_001) },
      { name: 'v2', labels },
      { name: 'v2', labels: ['l'.repeat(64)] },
    ]) {
      await expectError(await api.post(urls.versions(registry.name, 'm'), { data }), 422, 'validation_failed');
    }
    await expectError(
      await patchVersion(api, registry.name, 'm', 'v1', { description: 'd'.repeat(10_001) }),
      422,
      'validation_failed',
    );
    expect((await listVersions(api, registry.name, 'm', { state: 'all' })).total).toBe(1);
  });

  test('a key that is both a label and a property gets 422, on create and on PATCH', async ({ api, registry }) => {
    await createModel(api, registry.name, { name: 'm' });
    const error = await expectError(
      await api.post(urls.versions(registry.name, 'm'), {
        data: { name: 'v1', labels: ['quantized'], properties: { quantized: true } },
      }),
      422,
      'validation_failed',
    );
    expect(detailPaths(error)).toEqual(['body.properties.quantized']);
    await expectError(await api.get(urls.version(registry.name, 'm', 'v1')), 404, 'not_found');

    // Nested in a model register, too.
    await expectError(
      await api.post(urls.models(registry.name), {
        data: { name: 'n', version: { name: 'v1', labels: ['k'], properties: { k: 1 } } },
      }),
      422,
      'validation_failed',
    );

    const created = await createVersion(api, registry.name, 'm', {
      name: 'v1',
      labels: ['quantized'],
      properties: { bits: 8 },
    });
    for (const patch of [{ properties: { quantized: 1 } }, { labels: ['bits'] }]) {
      await expectError(await patchVersion(api, registry.name, 'm', 'v1', patch), 422, 'validation_failed');
    }
    expect((await getVersion(api, registry.name, 'm', 'v1')).version).toEqual(created);
  });
});
