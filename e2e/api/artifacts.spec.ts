// Model artifacts over HTTP: where a version's files are (a URI, or object-storage
// fields kept apart), their format and provenance; add, read, edit with If-Match, remove.
import {
  createArtifact,
  createModel,
  detailPaths,
  etagOf,
  expect,
  expectError,
  expectStatus,
  getVersion,
  S3_ARTIFACT,
  test,
  urls,
  type TArtifact,
  type TPage,
} from './helpers';

const STORAGE = {
  endpoint: 'https://s3.eu-west-1.amazonaws.com',
  bucket: 'models',
  region: 'eu-west-1',
  path: 'fraud/v1/',
};

test.describe('POST and GET /api/v1/registries/{registry}/models/{model}/versions/{version}/artifacts', () => {
  test('adds artifacts located by a URI or by object-storage fields, and lists them in order', async ({
    api,
    registry,
  }) => {
    await createModel(api, registry.name, { name: 'm', version: { name: 'v1' } });
    const response = await api.post(urls.artifacts(registry.name, 'm', 'v1'), {
      data: {
        name: 'weights',
        description: 'ONNX export.',
        ...S3_ARTIFACT,
        sourceKind: 'notebook',
        sourceName: 'explore.ipynb',
        sourceUri: 'https://jupyter.example.com/explore.ipynb',
      },
    });
    const byUri = await expectStatus<TArtifact>(response, 201);
    expect(byUri).toMatchObject({
      name: 'weights',
      description: 'ONNX export.',
      ...S3_ARTIFACT,
      endpoint: null,
      bucket: null,
      region: null,
      path: null,
      sourceKind: 'notebook',
      sourceName: 'explore.ipynb',
      sourceId: null,
      sourceUri: 'https://jupyter.example.com/explore.ipynb',
    });
    const read = await api.get(urls.artifact(registry.name, 'm', 'v1', byUri.id));
    expect(await expectStatus<TArtifact>(read, 200)).toEqual(byUri);
    expect(etagOf(read)).toBe(etagOf(response));

    const byStorage = await createArtifact(api, registry.name, 'm', 'v1', {
      ...STORAGE,
      modelFormatName: 'vLLM',
    });
    expect(byStorage).toMatchObject({ ...STORAGE, uri: null, modelFormatName: 'vLLM', modelFormatVersion: '' });

    const list = await expectStatus<TPage<TArtifact>>(await api.get(urls.artifacts(registry.name, 'm', 'v1')), 200);
    expect(list).toMatchObject({ items: [byUri, byStorage], nextCursor: null, total: 2 });
    expect((await getVersion(api, registry.name, 'm', 'v1')).version.artifacts).toEqual([byUri, byStorage]);
  });

  test('every URI scheme a registry meets is accepted', async ({ api, registry }) => {
    await createModel(api, registry.name, { name: 'm', version: { name: 'v1' } });
    for (const uri of [
      's3://bucket/path/model.onnx',
      'oci://quay.io/org/model:1.0',
      'https://huggingface.co/org/model/resolve/main/model.safetensors',
      'hf://org/model',
      'pvc://models-pvc/fraud/v1',
    ]) {
      expect((await createArtifact(api, registry.name, 'm', 'v1', { uri })).uri).toBe(uri);
    }
  });

  test('a missing, doubled or half location gets 422 naming the field', async ({ api, registry }) => {
    await createModel(api, registry.name, { name: 'm', version: { name: 'v1' } });
    const cases: [Record<string, unknown>, string][] = [
      [{ modelFormatName: 'onnx' }, 'body.uri'],
      [{ uri: 's3://b/p', bucket: 'b', path: 'p' }, 'body.uri'],
      [{ bucket: 'models' }, 'body.path'],
      [{ path: 'a/b' }, 'body.bucket'],
      [{ uri: 'just-a-path/model.onnx' }, 'body.uri'],
      [{ uri: `s3://${'x'.repeat(2048)}` }, 'body.uri'],
      [{ uri: 's3://b/p', modelFormatName: 'f'.repeat(65) }, 'body.modelFormatName'],
      [{ uri: 's3://b/p', checksum: 'abc' }, 'body'],
    ];
    for (const [data, path] of cases) {
      const error = await expectError(
        await api.post(urls.artifacts(registry.name, 'm', 'v1'), { data }),
        422,
        'validation_failed',
      );
      expect(detailPaths(error)).toContain(path);
    }
    expect((await getVersion(api, registry.name, 'm', 'v1')).version.artifacts).toEqual([]);
  });

  test('unknown versions and artifacts are 404; a non-admin may read but not add (403)', async ({
    api,
    viewer,
    dataScientist,
    registry,
  }) => {
    const created = await createModel(api, registry.name, {
      name: 'm',
      version: { name: 'v1', artifact: S3_ARTIFACT },
    });
    await createModel(api, registry.name, { name: 'n', version: { name: 'v1' } });
    const id = created.version?.artifacts[0]?.id ?? '';
    await expectError(
      await api.post(urls.artifacts(registry.name, 'm', 'v9'), { data: S3_ARTIFACT }),
      404,
      'not_found',
    );
    await expectError(await api.get(urls.artifacts(registry.name, 'm', 'v9')), 404, 'not_found');
    await expectError(await api.get(urls.artifact(registry.name, 'm', 'v1', 'no-such-id')), 404, 'not_found');
    // An artifact is only found under its own version.
    await expectError(await api.get(urls.artifact(registry.name, 'n', 'v1', id)), 404, 'not_found');

    expect((await expectStatus<TArtifact>(await viewer.get(urls.artifact(registry.name, 'm', 'v1', id)), 200)).id).toBe(
      id,
    );
    for (const user of [viewer, dataScientist]) {
      await expectError(
        await user.post(urls.artifacts(registry.name, 'm', 'v1'), { data: S3_ARTIFACT }),
        403,
        'forbidden',
      );
    }
    expect((await getVersion(api, registry.name, 'm', 'v1')).version.artifacts).toHaveLength(1);
  });
});

test.describe('PATCH and DELETE /api/v1/registries/{registry}/models/{model}/versions/{version}/artifacts/{id}', () => {
  test('PATCH edits format and provenance with a fresh If-Match; a stale one gets 412', async ({ api, registry }) => {
    await createModel(api, registry.name, { name: 'm', version: { name: 'v1' } });
    const artifact = await createArtifact(api, registry.name, 'm', 'v1', S3_ARTIFACT);
    const etag = etagOf(await api.get(urls.artifact(registry.name, 'm', 'v1', artifact.id)));
    const response = await api.patch(urls.artifact(registry.name, 'm', 'v1', artifact.id), {
      data: { modelFormatName: 'pytorch', modelFormatVersion: '2.4', sourceKind: 'catalog', sourceId: 'c-1' },
      headers: { 'If-Match': etag },
    });
    const edited = await expectStatus<TArtifact>(response, 200);
    expect(edited).toMatchObject({
      uri: S3_ARTIFACT.uri,
      modelFormatName: 'pytorch',
      modelFormatVersion: '2.4',
      sourceKind: 'catalog',
      sourceId: 'c-1',
    });
    expect(etagOf(response)).not.toBe(etag);

    await expectError(
      await api.patch(urls.artifact(registry.name, 'm', 'v1', artifact.id), {
        data: { modelFormatName: 'lost', uri: 'hf://lost/model' },
        headers: { 'If-Match': etag },
      }),
      412,
      'precondition_failed',
    );
    expect(
      await expectStatus<TArtifact>(await api.get(urls.artifact(registry.name, 'm', 'v1', artifact.id)), 200),
    ).toEqual(edited);
  });

  test('switching between a URI and object-storage fields clears the other kind', async ({ api, registry }) => {
    await createModel(api, registry.name, { name: 'm', version: { name: 'v1' } });
    const artifact = await createArtifact(api, registry.name, 'm', 'v1', S3_ARTIFACT);
    const url = urls.artifact(registry.name, 'm', 'v1', artifact.id);
    const toStorage = await expectStatus<TArtifact>(await api.patch(url, { data: STORAGE }), 200);
    expect(toStorage).toMatchObject({ ...STORAGE, uri: null });
    const toUri = await expectStatus<TArtifact>(await api.patch(url, { data: { uri: 'hf://org/model' } }), 200);
    expect(toUri).toMatchObject({ uri: 'hf://org/model', endpoint: null, bucket: null, region: null, path: null });
  });

  test('a PATCH that would leave no location, or sends unknown fields, gets 422 and changes nothing', async ({
    api,
    registry,
  }) => {
    await createModel(api, registry.name, { name: 'm', version: { name: 'v1' } });
    const artifact = await createArtifact(api, registry.name, 'm', 'v1', S3_ARTIFACT);
    const url = urls.artifact(registry.name, 'm', 'v1', artifact.id);
    for (const data of [{ uri: null }, { uri: 'no-scheme' }, { checksum: 'abc' }, { modelFormatName: 3 }]) {
      await expectError(await api.patch(url, { data }), 422, 'validation_failed');
    }
    expect(await expectStatus<TArtifact>(await api.get(url), 200)).toEqual(artifact);
  });

  test('DELETE removes it (and a stale If-Match gets 412); a non-admin may not edit or remove (403)', async ({
    api,
    dataScientist,
    registry,
  }) => {
    await createModel(api, registry.name, { name: 'm', version: { name: 'v1' } });
    const artifact = await createArtifact(api, registry.name, 'm', 'v1', S3_ARTIFACT);
    const url = urls.artifact(registry.name, 'm', 'v1', artifact.id);
    const stale = etagOf(await api.get(url));

    await expectError(await dataScientist.patch(url, { data: { modelFormatName: 'x' } }), 403, 'forbidden');
    await expectError(await dataScientist.delete(url), 403, 'forbidden');

    await expectStatus(await api.patch(url, { data: { modelFormatVersion: '2' } }), 200);
    await expectError(await api.delete(url, { headers: { 'If-Match': stale } }), 412, 'precondition_failed');
    await expectStatus(await api.get(url), 200);

    expect((await api.delete(url)).status()).toBe(204);
    await expectError(await api.get(url), 404, 'not_found');
    await expectError(await api.patch(url, { data: { modelFormatName: 'x' } }), 404, 'not_found');
    await expectError(await api.delete(url), 404, 'not_found');
    expect((await getVersion(api, registry.name, 'm', 'v1')).version.artifacts).toEqual([]);
  });
});
