// Registries over HTTP: read one with its ETag, edit with optimistic concurrency, and
// delete — refused while models remain unless forced, after which nothing of it is left.
import {
  createModel,
  createRegistry,
  etagOf,
  expect,
  expectError,
  expectStatus,
  S3_ARTIFACT,
  test,
  uniqueSlug,
  urls,
  type TRegistry,
} from './helpers';

test.describe('GET /api/v1/registries/{registry}', () => {
  test('returns the registry with an ETag', async ({ api, registry }) => {
    const response = await api.get(urls.registry(registry.name));
    expect(await expectStatus<TRegistry>(response, 200)).toEqual(registry);
    expect(etagOf(response)).toMatch(/^"/);
  });

  test('an unknown registry is 404', async ({ api }) => {
    const error = await expectError(await api.get(urls.registry(uniqueSlug('missing'))), 404, 'not_found');
    expect(error.message).toMatch(/registry/i);
  });

  test('any signed-in user may read it', async ({ viewer, dataScientist, registry }) => {
    // The same registry, with the caller's own role on it.
    const asViewer = { ...registry, role: 'viewer' };
    expect(await expectStatus<TRegistry>(await viewer.get(urls.registry(registry.name)), 200)).toEqual(asViewer);
    expect(await expectStatus<TRegistry>(await dataScientist.get(urls.registry(registry.name)), 200)).toEqual(asViewer);
  });
});

test.describe('PATCH /api/v1/registries/{registry}', () => {
  test('edits the display name and description with a fresh If-Match, and sends a new ETag', async ({
    api,
    registry,
  }) => {
    const etag = etagOf(await api.get(urls.registry(registry.name)));
    const response = await api.patch(urls.registry(registry.name), {
      data: { displayName: 'Renamed', description: 'Now described.' },
      headers: { 'If-Match': etag },
    });
    const updated = await expectStatus<TRegistry>(response, 200);
    expect(updated).toMatchObject({ name: registry.name, displayName: 'Renamed', description: 'Now described.' });
    expect(etagOf(response)).not.toBe(etag);
    expect(await expectStatus<TRegistry>(await api.get(urls.registry(registry.name)), 200)).toMatchObject({
      displayName: 'Renamed',
      description: 'Now described.',
    });
  });

  test('a stale If-Match gets 412 and changes nothing', async ({ api, registry }) => {
    const stale = etagOf(await api.get(urls.registry(registry.name)));
    await expectStatus(
      await api.patch(urls.registry(registry.name), {
        data: { displayName: 'First edit' },
        headers: { 'If-Match': stale },
      }),
      200,
    );
    await expectError(
      await api.patch(urls.registry(registry.name), {
        data: { displayName: 'Lost edit', description: 'Lost too' },
        headers: { 'If-Match': stale },
      }),
      412,
      'precondition_failed',
    );
    const after = await expectStatus<TRegistry>(await api.get(urls.registry(registry.name)), 200);
    expect(after).toMatchObject({ displayName: 'First edit', description: registry.description });
  });

  test("another object's ETag is stale too", async ({ api, registry }) => {
    const other = await createRegistry(api);
    const otherEtag = etagOf(await api.get(urls.registry(other.name)));
    await expectError(
      await api.patch(urls.registry(registry.name), {
        data: { displayName: 'Wrong tag' },
        headers: { 'If-Match': otherEtag },
      }),
      412,
      'precondition_failed',
    );
  });

  test('the name is immutable and unknown or invalid fields get 422', async ({ api, registry }) => {
    for (const data of [{ name: 'renamed' }, { colour: 'blue' }, { displayName: '   ' }, { description: 42 }]) {
      await expectError(await api.patch(urls.registry(registry.name), { data }), 422, 'validation_failed');
    }
    expect(await expectStatus<TRegistry>(await api.get(urls.registry(registry.name)), 200)).toEqual(registry);
  });

  test('a non-admin gets 403 and nothing changes; an unknown registry is 404', async ({
    api,
    viewer,
    dataScientist,
    registry,
  }) => {
    for (const user of [viewer, dataScientist]) {
      await expectError(
        await user.patch(urls.registry(registry.name), { data: { displayName: 'Not mine' } }),
        403,
        'forbidden',
      );
    }
    expect(await expectStatus<TRegistry>(await api.get(urls.registry(registry.name)), 200)).toEqual(registry);
    await expectError(
      await api.patch(urls.registry(uniqueSlug('missing')), { data: { displayName: 'x' } }),
      404,
      'not_found',
    );
  });
});

test.describe('DELETE /api/v1/registries/{registry}', () => {
  test('an empty registry is deleted and then gone', async ({ api, registry }) => {
    expect((await api.delete(urls.registry(registry.name))).status()).toBe(204);
    await expectError(await api.get(urls.registry(registry.name)), 404, 'not_found');
    await expectError(await api.delete(urls.registry(registry.name)), 404, 'not_found');
  });

  test('one holding models is refused with 409 unless forced; forced, everything in it is gone', async ({
    api,
    registry,
  }) => {
    await createModel(api, registry.name, {
      name: 'kept',
      version: { name: 'v1', artifact: S3_ARTIFACT },
    });
    await createModel(api, registry.name, { name: 'also-kept' });

    const refused = await expectError(await api.delete(urls.registry(registry.name)), 409, 'conflict');
    expect(refused.message).toContain('force=true');
    expect(refused.details).toEqual({ models: 2 });
    await expectStatus(await api.get(urls.model(registry.name, 'kept')), 200);
    await expectError(await api.delete(urls.registry(registry.name), { params: { force: 'false' } }), 409, 'conflict');

    const version = await expectStatus<{ artifacts: { id: string }[] }>(
      await api.get(urls.version(registry.name, 'kept', 'v1')),
      200,
    );
    const artifactId = version.artifacts[0]?.id ?? '';

    expect((await api.delete(urls.registry(registry.name), { params: { force: 'true' } })).status()).toBe(204);
    await expectError(await api.get(urls.registry(registry.name)), 404, 'not_found');
    await expectError(await api.get(urls.models(registry.name)), 404, 'not_found');
    await expectError(await api.get(urls.model(registry.name, 'kept')), 404, 'not_found');
    await expectError(await api.get(urls.version(registry.name, 'kept', 'v1')), 404, 'not_found');
    await expectError(await api.get(urls.artifact(registry.name, 'kept', 'v1', artifactId)), 404, 'not_found');

    // The name is free again, and a registry made under it starts empty.
    await expectStatus(
      await api.post(urls.registries(), { data: { name: registry.name, displayName: 'Reborn' } }),
      201,
    );
    const models = await expectStatus<{ items: unknown[]; total: number }>(
      await api.get(urls.models(registry.name), { params: { state: 'all' } }),
      200,
    );
    expect(models).toMatchObject({ items: [], nextCursor: null, total: 0 });
    await expectError(await api.get(urls.model(registry.name, 'kept')), 404, 'not_found');
  });

  test('force must be true or false', async ({ api, registry }) => {
    await expectError(await api.delete(urls.registry(registry.name), { params: { force: 'yes' } }), 400, 'bad_request');
    await expectStatus(await api.get(urls.registry(registry.name)), 200);
  });

  test('a stale If-Match gets 412 and the registry stays', async ({ api, registry }) => {
    const stale = etagOf(await api.get(urls.registry(registry.name)));
    await expectStatus(await api.patch(urls.registry(registry.name), { data: { description: 'edited' } }), 200);
    await expectError(
      await api.delete(urls.registry(registry.name), { headers: { 'If-Match': stale } }),
      412,
      'precondition_failed',
    );
    await expectStatus(await api.get(urls.registry(registry.name)), 200);
  });

  test('a non-admin gets 403 and the registry stays', async ({ api, viewer, dataScientist, registry }) => {
    for (const user of [viewer, dataScientist]) {
      await expectError(
        await user.delete(urls.registry(registry.name), { params: { force: 'true' } }),
        403,
        'forbidden',
      );
    }
    await expectStatus(await api.get(urls.registry(registry.name)), 200);
  });
});
