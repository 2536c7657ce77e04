// Registered models over HTTP: the nested register (model + first version + artifact in
// one transaction), read, edit with If-Match, hard delete, archive and restore, the
// model's updatedAt, field limits, typed properties, and names that need URL encoding.
import {
  createArtifact,
  createModel,
  createVersion,
  detailPaths,
  etagOf,
  expect,
  expectError,
  expectModelAbsent,
  expectStatus,
  getModel,
  getVersion,
  listModels,
  listVersions,
  modelNames,
  patchModel,
  patchVersion,
  S3_ARTIFACT,
  test,
  tick,
  urls,
  type TArtifact,
  type TModel,
  type TPage,
  type TVersion,
} from './helpers';

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

test.describe('POST /api/v1/registries/{registry}/models', () => {
  test('registers a model with its first version and artifact in one request', async ({ api, registry }) => {
    const created = await createModel(api, registry.name, {
      name: 'fraud-detector',
      description: 'Flags suspicious card payments.',
      labels: ['prod', 'finance'],
      properties: { accuracy: 0.93, framework: 'pytorch' },
      modelCard: '# Fraud detector\n\nTrained on 2025 data.',
      version: {
        name: 'v1',
        description: 'Baseline.',
        labels: ['baseline'],
        properties: { f1: 0.8 },
        artifact: { ...S3_ARTIFACT, sourceKind: 'pipeline-run', sourceName: 'train-fraud', sourceId: 'run-42' },
      },
    });
    expect(created).toMatchObject({
      registry: registry.name,
      name: 'fraud-detector',
      description: 'Flags suspicious card payments.',
      owner: 'admin',
      state: 'LIVE',
      labels: ['finance', 'prod'],
      properties: { accuracy: { type: 'number', value: 0.93 }, framework: { type: 'string', value: 'pytorch' } },
      modelCard: '# Fraud detector\n\nTrained on 2025 data.',
      latestVersion: { name: 'v1' },
      version: {
        modelName: 'fraud-detector',
        name: 'v1',
        description: 'Baseline.',
        author: 'admin',
        state: 'LIVE',
        ownState: 'LIVE',
        isLatest: true,
        labels: ['baseline'],
        properties: { f1: { type: 'number', value: 0.8 } },
        artifacts: [
          {
            ...S3_ARTIFACT,
            bucket: null,
            path: null,
            sourceKind: 'pipeline-run',
            sourceName: 'train-fraud',
            sourceId: 'run-42',
          },
        ],
      },
    });
    const version = created.version;
    if (!version) throw new Error('the nested register returned no version');
    expect(created.createdAt).toMatch(ISO);
    expect(created.latestVersion?.id).toBe(version.id);
    expect(version.modelId).toBe(created.id);

    // Everything the one request made reads back the same.
    const { version: _nested, ...model } = created;
    expect((await getModel(api, registry.name, 'fraud-detector')).model).toEqual(model);
    expect((await getVersion(api, registry.name, 'fraud-detector', 'v1')).version).toEqual(version);
    const artifacts = await expectStatus<TPage<TArtifact>>(
      await api.get(urls.artifacts(registry.name, 'fraud-detector', 'v1')),
      200,
    );
    expect(artifacts).toMatchObject({ items: version.artifacts, nextCursor: null, total: 1 });
  });

  test('registers several artifacts with `artifacts`, in order; not together with `artifact`', async ({
    api,
    registry,
  }) => {
    const storage = {
      endpoint: 'https://s3.eu-west-1.amazonaws.com',
      bucket: 'models',
      region: 'eu-west-1',
      path: 'a/b',
    };
    const created = await createModel(api, registry.name, {
      name: 'two-artifacts',
      version: { name: 'v1', artifacts: [{ uri: 'oci://quay.io/org/model:1' }, storage] },
    });
    expect(created.version?.artifacts).toMatchObject([{ uri: 'oci://quay.io/org/model:1', bucket: null }, storage]);

    const error = await expectError(
      await api.post(urls.models(registry.name), {
        data: { name: 'both-ways', version: { name: 'v1', artifact: S3_ARTIFACT, artifacts: [S3_ARTIFACT] } },
      }),
      422,
      'validation_failed',
    );
    expect(detailPaths(error)).toContain('body.version.artifacts');
    await expectModelAbsent(api, registry.name, 'both-ways');
  });

  test('a model registered without a version has no latest version; owner and author can be given', async ({
    api,
    registry,
  }) => {
    const bare = await createModel(api, registry.name, { name: 'bare' });
    expect(bare).toMatchObject({ latestVersion: null, version: null, labels: [], properties: {}, modelCard: '' });

    const given = await createModel(api, registry.name, {
      name: 'given',
      owner: 'alice',
      version: { name: 'v1', author: 'bob' },
    });
    expect(given.owner).toBe('alice');
    expect(given.version?.author).toBe('bob');
  });

  test('an invalid nested artifact gets 422 naming the field, and nothing is created', async ({ api, registry }) => {
    const name = 'half-registered';
    const error = await expectError(
      await api.post(urls.models(registry.name), {
        data: { name, labels: ['x'], version: { name: 'v1', artifact: { modelFormatName: 'onnx' } } },
      }),
      422,
      'validation_failed',
    );
    expect(detailPaths(error)).toContain('body.version.artifact.uri');
    await expectModelAbsent(api, registry.name, name);

    for (const version of [{ name: '' }, { name: 'v1', artifact: { uri: 'no-scheme' } }, { name: 'v1', x: 1 }]) {
      await expectError(
        await api.post(urls.models(registry.name), { data: { name, version } }),
        422,
        'validation_failed',
      );
    }
    await expectModelAbsent(api, registry.name, name);
    // The name is still free.
    expect((await createModel(api, registry.name, { name })).name).toBe(name);
  });

  test('a nested register the database refuses is rolled back: nothing of it exists', async ({ api, registry }) => {
    // A NUL character passes validation; PostgreSQL refuses it in text columns only after
    // the model row is written. SQLite stores it, and then it must read back unchanged.
    const name = 'nul-in-version';
    const description = 'before\u0000after';
    const response = await api.post(urls.models(registry.name), {
      data: { name, description: 'ok', version: { name: 'v1', description, artifact: S3_ARTIFACT } },
    });
    if (response.status() === 201) {
      expect((await getVersion(api, registry.name, name, 'v1')).version.description).toBe(description);
      return;
    }
    expect(response.status()).toBeGreaterThanOrEqual(400);
    await expectModelAbsent(api, registry.name, name);
    expect((await createModel(api, registry.name, { name, version: { name: 'v1' } })).version?.name).toBe('v1');
  });

  test('a duplicate name gets 409 and the first model stays as it was', async ({ api, registry }) => {
    await createModel(api, registry.name, { name: 'taken', description: 'The first.' });
    const error = await expectError(
      await api.post(urls.models(registry.name), {
        data: { name: 'taken', description: 'The second.', version: { name: 'v9' } },
      }),
      409,
      'conflict',
    );
    expect(error.message).toContain('taken');
    const { model } = await getModel(api, registry.name, 'taken');
    expect(model).toMatchObject({ description: 'The first.', latestVersion: null });
    await expectError(await api.get(urls.version(registry.name, 'taken', 'v9')), 404, 'not_found');
  });

  test('names are unique per registry, not across registries', async ({ api, registry }) => {
    const other = await api.post(urls.registries(), {
      data: { name: `${registry.name.slice(0, 55)}-b`, displayName: 'Other' },
    });
    const otherName = (await expectStatus<{ name: string }>(other, 201)).name;
    await createModel(api, registry.name, { name: 'shared-name' });
    await createModel(api, otherName, { name: 'shared-name' });
  });

  test('a non-admin gets 403 and nothing is created; an unknown registry is 404', async ({
    api,
    viewer,
    dataScientist,
    registry,
  }) => {
    for (const user of [viewer, dataScientist]) {
      await expectError(
        await user.post(urls.models(registry.name), { data: { name: 'not-allowed', version: { name: 'v1' } } }),
        403,
        'forbidden',
      );
    }
    await expectModelAbsent(api, registry.name, 'not-allowed');
    await expectError(
      await api.post(urls.models(`${registry.name}-missing`), { data: { name: 'x' } }),
      404,
      'not_found',
    );
  });
});

test.describe('GET, PATCH and DELETE /api/v1/registries/{registry}/models/{model}', () => {
  test('any signed-in user reads a model; an unknown one is 404', async ({ api, viewer, registry }) => {
    const created = await createModel(api, registry.name, { name: 'readable', version: { name: 'v1' } });
    const { version: _version, ...model } = created;
    expect(await expectStatus<TModel>(await viewer.get(urls.model(registry.name, 'readable')), 200)).toEqual(model);
    await expectError(await api.get(urls.model(registry.name, 'unknown')), 404, 'not_found');
    await expectError(await api.get(urls.model(`${registry.name}-missing`, 'readable')), 404, 'not_found');
  });

  test('PATCH edits metadata with a fresh If-Match; labels and properties are replaced', async ({ api, registry }) => {
    await createModel(api, registry.name, {
      name: 'editable',
      labels: ['old', 'kept'],
      properties: { a: 1, b: 'two' },
    });
    const { etag } = await getModel(api, registry.name, 'editable');
    const response = await patchModel(
      api,
      registry.name,
      'editable',
      {
        description: 'New description.',
        owner: 'carol',
        labels: ['kept', 'new'],
        properties: { c: true },
        modelCard: '# New card',
      },
      etag,
    );
    const patched = await expectStatus<TModel>(response, 200);
    expect(patched).toMatchObject({
      name: 'editable',
      description: 'New description.',
      owner: 'carol',
      labels: ['kept', 'new'],
      properties: { c: { type: 'boolean', value: true } },
      modelCard: '# New card',
    });
    expect(etagOf(response)).not.toBe(etag);
    expect((await getModel(api, registry.name, 'editable')).model).toEqual(patched);
  });

  test('PATCH with a stale If-Match gets 412 and changes nothing', async ({ api, registry }) => {
    await createModel(api, registry.name, { name: 'contended', labels: ['a'] });
    const { etag: stale } = await getModel(api, registry.name, 'contended');
    await expectStatus(await patchModel(api, registry.name, 'contended', { description: 'first' }, stale), 200);
    const before = (await getModel(api, registry.name, 'contended')).model;
    await expectError(
      await patchModel(
        api,
        registry.name,
        'contended',
        { description: 'second', labels: ['b'], properties: { p: 1 }, state: 'ARCHIVED' },
        stale,
      ),
      412,
      'precondition_failed',
    );
    expect((await getModel(api, registry.name, 'contended')).model).toEqual(before);
  });

  test('PATCH refuses a new name, unknown fields and bad values with 422', async ({ api, registry }) => {
    const { version: _v, ...model } = await createModel(api, registry.name, { name: 'fixed' });
    for (const data of [
      { name: 'renamed' },
      { colour: 'blue' },
      { state: 'DELETED' },
      { labels: 'not-a-list' },
      { properties: { nested: { x: 1 } } },
    ]) {
      await expectError(await patchModel(api, registry.name, 'fixed', data), 422, 'validation_failed');
    }
    expect((await getModel(api, registry.name, 'fixed')).model).toEqual(model);
    await expectError(await patchModel(api, registry.name, 'unknown', { description: 'x' }), 404, 'not_found');
  });

  test('a non-admin may not PATCH or DELETE (403) and nothing changes', async ({
    api,
    viewer,
    dataScientist,
    registry,
  }) => {
    const { version: _v, ...model } = await createModel(api, registry.name, { name: 'guarded' });
    for (const user of [viewer, dataScientist]) {
      await expectError(
        await user.patch(urls.model(registry.name, 'guarded'), { data: { description: 'mine' } }),
        403,
        'forbidden',
      );
      await expectError(await user.delete(urls.model(registry.name, 'guarded')), 403, 'forbidden');
    }
    expect((await getModel(api, registry.name, 'guarded')).model).toEqual(model);
  });

  test('DELETE removes the model with its versions and artifacts; the name is free again', async ({
    api,
    registry,
  }) => {
    const created = await createModel(api, registry.name, {
      name: 'doomed',
      version: { name: 'v1', artifact: S3_ARTIFACT },
    });
    await createVersion(api, registry.name, 'doomed', { name: 'v2' });
    const artifactId = created.version?.artifacts[0]?.id ?? '';

    expect((await api.delete(urls.model(registry.name, 'doomed'))).status()).toBe(204);
    await expectModelAbsent(api, registry.name, 'doomed');
    await expectError(await api.get(urls.versions(registry.name, 'doomed')), 404, 'not_found');
    await expectError(await api.get(urls.version(registry.name, 'doomed', 'v1')), 404, 'not_found');
    await expectError(await api.get(urls.artifact(registry.name, 'doomed', 'v1', artifactId)), 404, 'not_found');
    await expectError(await api.delete(urls.model(registry.name, 'doomed')), 404, 'not_found');

    const again = await createModel(api, registry.name, { name: 'doomed' });
    expect(again.latestVersion).toBeNull();
    expect((await listVersions(api, registry.name, 'doomed', { state: 'all' })).total).toBe(0);
  });

  test('DELETE with a stale If-Match gets 412 and the model stays', async ({ api, registry }) => {
    await createModel(api, registry.name, { name: 'survivor' });
    const { etag: stale } = await getModel(api, registry.name, 'survivor');
    await expectStatus(await patchModel(api, registry.name, 'survivor', { description: 'edited' }), 200);
    await expectError(
      await api.delete(urls.model(registry.name, 'survivor'), { headers: { 'If-Match': stale } }),
      412,
      'precondition_failed',
    );
    expect((await getModel(api, registry.name, 'survivor')).model.description).toBe('edited');
  });
});

test.describe('archive and restore', () => {
  test('an archived model and its versions read as archived, are read-only, and come back on restore', async ({
    api,
    registry,
  }) => {
    const r = registry.name;
    const created = await createModel(api, r, {
      name: 'retiring',
      description: 'Still here.',
      labels: ['a'],
      version: { name: 'v1', artifact: S3_ARTIFACT },
    });
    await createVersion(api, r, 'retiring', { name: 'v2' });
    await createModel(api, r, { name: 'staying' });
    const artifactId = created.version?.artifacts[0]?.id ?? '';

    const archived = await expectStatus<TModel>(await patchModel(api, r, 'retiring', { state: 'ARCHIVED' }), 200);
    expect(archived.state).toBe('ARCHIVED');
    const before = (await getModel(api, r, 'retiring')).model;

    // Its versions read as archived, keeping their own state.
    expect((await getVersion(api, r, 'retiring', 'v1')).version).toMatchObject({
      state: 'ARCHIVED',
      ownState: 'LIVE',
    });
    expect((await listVersions(api, r, 'retiring')).total).toBe(0);
    for (const state of ['archived', 'all']) {
      const versions = await listVersions(api, r, 'retiring', { state });
      expect(versions.items.map((v) => [v.name, v.state]).sort()).toEqual([
        ['v1', 'ARCHIVED'],
        ['v2', 'ARCHIVED'],
      ]);
    }

    // The state filter of the model list.
    expect(await modelNames(api, r)).toEqual(['staying']);
    expect(await modelNames(api, r, { state: 'live' })).toEqual(['staying']);
    expect(await modelNames(api, r, { state: 'archived' })).toEqual(['retiring']);
    expect((await modelNames(api, r, { state: 'all' })).sort()).toEqual(['retiring', 'staying']);

    // Read-only: every edit below it is refused with 409.
    const refused = [
      await patchModel(api, r, 'retiring', { description: 'Changed.' }),
      await patchModel(api, r, 'retiring', { labels: ['b'] }),
      await patchModel(api, r, 'retiring', { properties: { p: 1 } }),
      await api.post(urls.versions(r, 'retiring'), { data: { name: 'v3' } }),
      await patchVersion(api, r, 'retiring', 'v1', { description: 'Changed.' }),
      await patchVersion(api, r, 'retiring', 'v1', { state: 'ARCHIVED' }),
      await api.post(urls.artifacts(r, 'retiring', 'v1'), { data: S3_ARTIFACT }),
      await api.patch(urls.artifact(r, 'retiring', 'v1', artifactId), { data: { modelFormatName: 'x' } }),
      await api.delete(urls.artifact(r, 'retiring', 'v1', artifactId)),
    ];
    for (const response of refused) {
      const error = await expectError(response, 409, 'conflict');
      expect(error.message).toMatch(/archived/i);
    }
    expect((await getModel(api, r, 'retiring')).model).toEqual(before);
    expect((await getVersion(api, r, 'retiring', 'v1')).version.artifacts).toHaveLength(1);
    await expectError(await api.get(urls.version(r, 'retiring', 'v3')), 404, 'not_found');

    // Restore brings it all back, writable.
    const restored = await expectStatus<TModel>(await patchModel(api, r, 'retiring', { state: 'LIVE' }), 200);
    expect(restored).toMatchObject({ state: 'LIVE', description: 'Still here.', labels: ['a'] });
    expect((await getVersion(api, r, 'retiring', 'v1')).version).toMatchObject({ state: 'LIVE', ownState: 'LIVE' });
    expect((await listVersions(api, r, 'retiring')).total).toBe(2);
    expect((await modelNames(api, r)).sort()).toEqual(['retiring', 'staying']);
    await createVersion(api, r, 'retiring', { name: 'v3' });
    await expectStatus(await patchModel(api, r, 'retiring', { description: 'Changed.' }), 200);
  });

  test('a restore may carry edits in the same request', async ({ api, registry }) => {
    await createModel(api, registry.name, { name: 'comeback' });
    await expectStatus(await patchModel(api, registry.name, 'comeback', { state: 'ARCHIVED' }), 200);
    const restored = await expectStatus<TModel>(
      await patchModel(api, registry.name, 'comeback', { state: 'LIVE', description: 'Back.', labels: ['again'] }),
      200,
    );
    expect(restored).toMatchObject({ state: 'LIVE', description: 'Back.', labels: ['again'] });
  });

  test('registering a version of an archived model gets 409', async ({ api, registry }) => {
    await createModel(api, registry.name, { name: 'frozen', version: { name: 'v1' } });
    await expectStatus(await patchModel(api, registry.name, 'frozen', { state: 'ARCHIVED' }), 200);
    const error = await expectError(
      await api.post(urls.versions(registry.name, 'frozen'), { data: { name: 'v2', artifact: S3_ARTIFACT } }),
      409,
      'conflict',
    );
    expect(error.message).toMatch(/restore/i);
    expect((await listVersions(api, registry.name, 'frozen', { state: 'all' })).items.map((v) => v.name)).toEqual([
      'v1',
    ]);
  });
});

test.describe("the model's updatedAt", () => {
  test('moves forward whenever its labels, properties, a version or an artifact change', async ({ api, registry }) => {
    const r = registry.name;
    const created = await createModel(api, r, { name: 'tracked' });
    let last = created.updatedAt;
    const expectBumped = async (what: string) => {
      const { model } = await getModel(api, r, 'tracked');
      expect(Date.parse(model.updatedAt), `updatedAt after ${what}`).toBeGreaterThan(Date.parse(last));
      expect(model.createdAt).toBe(created.createdAt);
      last = model.updatedAt;
      await tick();
    };
    await tick();
    await expectStatus(await patchModel(api, r, 'tracked', { labels: ['x'] }), 200);
    await expectBumped('a label change');
    await expectStatus(await patchModel(api, r, 'tracked', { properties: { p: 1 } }), 200);
    await expectBumped('a property change');
    await createVersion(api, r, 'tracked', { name: 'v1' });
    await expectBumped('a new version');
    await expectStatus(await patchVersion(api, r, 'tracked', 'v1', { description: 'edited' }), 200);
    await expectBumped("a version's description");
    await expectStatus(await patchVersion(api, r, 'tracked', 'v1', { labels: ['y'], properties: { q: 2 } }), 200);
    await expectBumped("a version's labels and properties");
    const artifact = await createArtifact(api, r, 'tracked', 'v1', S3_ARTIFACT);
    await expectBumped('a new artifact');
    await expectStatus(
      await api.patch(urls.artifact(r, 'tracked', 'v1', artifact.id), { data: { modelFormatVersion: '2' } }),
      200,
    );
    await expectBumped('an artifact edit');
    expect((await api.delete(urls.artifact(r, 'tracked', 'v1', artifact.id))).status()).toBe(204);
    await expectBumped('an artifact removal');
    await expectStatus(await patchVersion(api, r, 'tracked', 'v1', { state: 'ARCHIVED' }), 200);
    await expectBumped('a version archived');
  });
});

test.describe('field limits', () => {
  test('a name of 128 characters is accepted and one of 129 gets 422', async ({ api, registry }) => {
    const long = `${'n'.repeat(127)}é`;
    expect((await createModel(api, registry.name, { name: long })).name).toBe(long);
    expect((await getModel(api, registry.name, long)).model.name).toBe(long);
    const error = await expectError(
      await api.post(urls.models(registry.name), { data: { name: 'n'.repeat(129) } }),
      422,
      'validation_failed',
    );
    expect(detailPaths(error)).toEqual(['body.name']);
    await expectModelAbsent(api, registry.name, 'n'.repeat(129));
  });

  test('names that are empty, padded, control characters, "." or ".." get 422', async ({ api, registry }) => {
    for (const name of ['', ' padded', 'padded ', 'tab\there', 'line\nbreak', '.', '..', 42]) {
      await expectError(await api.post(urls.models(registry.name), { data: { name } }), 422, 'validation_failed');
    }
    expect((await listModels(api, registry.name, { state: 'all' })).total).toBe(0);
  });

  test('labels: 63 characters and 100 labels are accepted; 64 characters or 101 labels get 422', async ({
    api,
    registry,
  }) => {
    const labels = Array.from({ length: 99 }, (_, i) => `label-${String(i).padStart(3, '0')}`);
    labels.push('l'.repeat(63));
    const ok = await createModel(api, registry.name, { name: 'many-labels', labels });
    expect(ok.labels).toHaveLength(100);
    expect(ok.labels).toContain('l'.repeat(63));

    const tooLong = await expectError(
      await api.post(urls.models(registry.name), { data: { name: 'long-label', labels: ['ok', 'l'.repeat(64)] } }),
      422,
      'validation_failed',
    );
    expect(detailPaths(tooLong)).toEqual(['body.labels.1']);
    const tooMany = await expectError(
      await api.post(urls.models(registry.name), { data: { name: 'too-many', labels: [...labels, 'one-more'] } }),
      422,
      'validation_failed',
    );
    expect(detailPaths(tooMany)).toEqual(['body.labels']);
    await expectError(
      await patchModel(api, registry.name, 'many-labels', { labels: [...labels, 'one-more'] }),
      422,
      'validation_failed',
    );
    expect((await getModel(api, registry.name, 'many-labels')).model.labels).toHaveLength(100);
    expect(await modelNames(api, registry.name, { state: 'all' })).toEqual(['many-labels']);
  });

  test('duplicate labels are dropped', async ({ api, registry }) => {
    expect((await createModel(api, registry.name, { name: 'dupes', labels: ['b', 'a', 'b'] })).labels).toEqual([
      'a',
      'b',
    ]);
  });

  test('a key that is both a label and a property gets 422, on create and on PATCH', async ({ api, registry }) => {
    const error = await expectError(
      await api.post(urls.models(registry.name), {
        data: { name: 'clash', labels: ['gpu'], properties: { gpu: true } },
      }),
      422,
      'validation_failed',
    );
    expect(detailPaths(error)).toEqual(['body.properties.gpu']);
    await expectModelAbsent(api, registry.name, 'clash');

    const { version: _v, ...model } = await createModel(api, registry.name, {
      name: 'clash',
      labels: ['gpu'],
      properties: { accuracy: 0.9 },
    });
    // The clash may come from the labels already stored or from the ones sent.
    for (const patch of [{ properties: { gpu: 1 } }, { labels: ['gpu', 'accuracy'] }]) {
      const refused = await expectError(await patchModel(api, registry.name, 'clash', patch), 422, 'validation_failed');
      expect(refused.message).toMatch(/label/i);
    }
    expect((await getModel(api, registry.name, 'clash')).model).toEqual(model);
    // Swapping both at once is fine.
    await expectStatus(
      await patchModel(api, registry.name, 'clash', { labels: ['accuracy'], properties: { gpu: 1 } }),
      200,
    );
  });

  test('a description of 10,000 characters is accepted and one of 10,001 gets 422', async ({ api, registry }) => {
    const description = 'd'.repeat(10_000);
    expect((await createModel(api, registry.name, { name: 'described', description })).description).toBe(description);
    const error = await expectError(
      await api.post(urls.models(registry.name), { data: { name: 'over', description: `${description}d` } }),
      422,
      'validation_failed',
    );
    expect(detailPaths(error)).toEqual(['body.description']);
    await expectError(
      await patchModel(api, registry.name, 'described', { description: `${description}d` }),
      422,
      'validation_failed',
    );
    await expectModelAbsent(api, registry.name, 'over');
  });

  test('a model card of 200,000 characters is accepted and one of 200,001 gets 422', async ({ api, registry }) => {
    const modelCard = `# Card\n\n${'c'.repeat(200_000 - 8)}`;
    expect(modelCard).toHaveLength(200_000);
    await createModel(api, registry.name, { name: 'carded', modelCard });
    expect((await getModel(api, registry.name, 'carded')).model.modelCard).toBe(modelCard);
    const error = await expectError(
      await api.post(urls.models(registry.name), { data: { name: 'over', modelCard: `${modelCard}c` } }),
      422,
      'validation_failed',
    );
    expect(detailPaths(error)).toEqual(['body.modelCard']);
    await expectError(
      await patchModel(api, registry.name, 'carded', { modelCard: `${modelCard}c` }),
      422,
      'validation_failed',
    );
    expect((await getModel(api, registry.name, 'carded')).model.modelCard).toBe(modelCard);
    await expectModelAbsent(api, registry.name, 'over');
  });
});

test.describe('typed custom properties', () => {
  test('plain JSON values get their type; { type, value } forces one', async ({ api, registry }) => {
    const created = await createModel(api, registry.name, {
      name: 'typed',
      properties: {
        text: 'pytorch',
        count: 12,
        negative: -3,
        ratio: 0.25,
        flag: true,
        off: false,
        forcedNumber: { type: 'number', value: 1 },
        forcedInteger: { type: 'integer', value: 7 },
        forcedString: { type: 'string', value: '12' },
        forcedBoolean: { type: 'boolean', value: false },
      },
    });
    const expected = {
      text: { type: 'string', value: 'pytorch' },
      count: { type: 'integer', value: 12 },
      negative: { type: 'integer', value: -3 },
      ratio: { type: 'number', value: 0.25 },
      flag: { type: 'boolean', value: true },
      off: { type: 'boolean', value: false },
      forcedNumber: { type: 'number', value: 1 },
      forcedInteger: { type: 'integer', value: 7 },
      forcedString: { type: 'string', value: '12' },
      forcedBoolean: { type: 'boolean', value: false },
    };
    expect(created.properties).toEqual(expected);
    expect((await getModel(api, registry.name, 'typed')).model.properties).toEqual(expected);
  });

  test('values that do not fit their type get 422', async ({ api, registry }) => {
    for (const value of [
      { type: 'integer', value: 1.5 },
      { type: 'string', value: 1 },
      { type: 'boolean', value: 'true' },
      { type: 'date', value: '2025-01-01' },
      { nested: true },
      [1, 2],
      null,
      's'.repeat(4097),
    ]) {
      await expectError(
        await api.post(urls.models(registry.name), { data: { name: 'badly-typed', properties: { p: value } } }),
        422,
        'validation_failed',
      );
    }
    await expectModelAbsent(api, registry.name, 'badly-typed');
  });
});

test.describe('names that need URL encoding', () => {
  const ODD_NAMES = [
    'with spaces',
    'ünïcödé 模型',
    'a/b/c',
    '100%',
    '%2F',
    'issue #1',
    'rocket 🚀',
    'q?x=1&y=2',
    'plus+sign',
    '..dots..',
  ];

  for (const name of ODD_NAMES) {
    test(`"${name}" round-trips for a model and its versions and artifacts`, async ({ api, registry }) => {
      const r = registry.name;
      // A neighbour the odd name could be confused with once decoded ("a" for "a/b/c").
      await createModel(api, r, { name: name.includes('/') ? name.slice(0, name.indexOf('/')) : 'neighbour' });
      const created = await createModel(api, r, {
        name,
        version: { name, artifact: S3_ARTIFACT },
      });
      expect(created.name).toBe(name);
      const artifactId = created.version?.artifacts[0]?.id ?? '';

      expect((await getModel(api, r, name)).model.name).toBe(name);
      expect((await getVersion(api, r, name, name)).version).toMatchObject({ name, modelName: name });
      await createVersion(api, r, name, { name: `${name} v2` });
      expect((await listVersions(api, r, name, { sort: 'name', order: 'asc' })).items.map((v) => v.name)).toEqual(
        [name, `${name} v2`].sort(),
      );
      expect((await expectStatus<TArtifact>(await api.get(urls.artifact(r, name, name, artifactId)), 200)).id).toBe(
        artifactId,
      );

      expect((await expectStatus<TModel>(await patchModel(api, r, name, { description: 'odd' }), 200)).name).toBe(name);
      expect(
        (await expectStatus<TVersion>(await patchVersion(api, r, name, name, { description: 'odd' }), 200)).name,
      ).toBe(name);
      expect((await modelNames(api, r)).includes(name)).toBe(true);

      expect((await api.delete(urls.version(r, name, name))).status()).toBe(204);
      await expectError(await api.get(urls.version(r, name, name)), 404, 'not_found');
      expect((await api.delete(urls.model(r, name))).status()).toBe(204);
      await expectModelAbsent(api, r, name);
      // The neighbour is untouched.
      expect((await listModels(api, r)).total).toBe(1);
    });
  }
});
