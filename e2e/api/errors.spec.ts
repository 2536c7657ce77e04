// How the registry-core API fails: 401 JSON for unsigned calls on every endpoint, 400 for
// malformed JSON, 415 for other content types, 413 for bodies over 1 MB (declared or
// streamed), 422 for JSON of the wrong shape, and always the one error envelope with
// nothing internal in it — never a 500 for anything a client can send.
import http from 'node:http';
import type { APIRequestContext, APIResponse } from '@playwright/test';
import {
  createModel,
  expect,
  expectError,
  expectModelAbsent,
  expectStatus,
  getModel,
  LEAK,
  S3_ARTIFACT,
  test,
  urls,
  type ErrorBody,
  type TModelCreated,
} from './helpers';

type Method = 'get' | 'post' | 'patch' | 'delete';

/** Every registry-core endpoint, with the methods it serves, for a model `m`, version `v1`. */
function endpoints(r: string, artifactId: string): [Method, string][] {
  return [
    ['get', urls.registry(r)],
    ['patch', urls.registry(r)],
    ['delete', urls.registry(r)],
    ['get', urls.models(r)],
    ['post', urls.models(r)],
    ['get', urls.model(r, 'm')],
    ['patch', urls.model(r, 'm')],
    ['delete', urls.model(r, 'm')],
    ['get', urls.versions(r, 'm')],
    ['post', urls.versions(r, 'm')],
    ['get', urls.version(r, 'm', 'v1')],
    ['patch', urls.version(r, 'm', 'v1')],
    ['delete', urls.version(r, 'm', 'v1')],
    ['get', urls.artifacts(r, 'm', 'v1')],
    ['post', urls.artifacts(r, 'm', 'v1')],
    ['get', urls.artifact(r, 'm', 'v1', artifactId)],
    ['patch', urls.artifact(r, 'm', 'v1', artifactId)],
    ['delete', urls.artifact(r, 'm', 'v1', artifactId)],
  ];
}

const WRITES: Method[] = ['post', 'patch'];

function send(
  context: APIRequestContext,
  method: Method,
  url: string,
  options: Parameters<APIRequestContext['fetch']>[1] = {},
): Promise<APIResponse> {
  return context.fetch(url, { method: method.toUpperCase(), maxRedirects: 0, ...options });
}

async function seed(api: APIRequestContext, registry: string): Promise<TModelCreated> {
  return createModel(api, registry, { name: 'm', version: { name: 'v1', artifact: S3_ARTIFACT } });
}

test.describe('unsigned calls', () => {
  test('get 401 JSON on every endpoint and change nothing', async ({ api, anonymous, registry }) => {
    const created = await seed(api, registry.name);
    const artifactId = created.version?.artifacts[0]?.id ?? '';
    for (const [method, url] of endpoints(registry.name, artifactId)) {
      const response = await send(anonymous, method, url, WRITES.includes(method) ? { data: { name: 'x' } } : {});
      expect(response.headers().location, `${method} ${url} redirected`).toBeUndefined();
      await expectError(response, 401, 'unauthorized');
    }
    const { version: _v, ...model } = created;
    expect((await getModel(api, registry.name, 'm')).model).toEqual(model);
  });

  test('are 401 even for registries that do not exist (nothing leaks)', async ({ anonymous }) => {
    await expectError(await anonymous.get(urls.models('no-such-registry')), 401, 'unauthorized');
  });
});

test.describe('request bodies', () => {
  test('malformed JSON gets 400 on every write', async ({ api, registry }) => {
    const created = await seed(api, registry.name);
    const artifactId = created.version?.artifacts[0]?.id ?? '';
    for (const [method, url] of endpoints(registry.name, artifactId)) {
      if (!WRITES.includes(method)) continue;
      for (const body of ['{"name": "half', '{name: "unquoted"}', "{'single': 1}", '{"a":1}}']) {
        const response = await send(api, method, url, {
          data: Buffer.from(body),
          headers: { 'Content-Type': 'application/json' },
        });
        const error = await expectError(response, 400, 'bad_request');
        expect(error.message).toMatch(/JSON/);
      }
    }
  });

  test('an empty body gets 400', async ({ api, registry }) => {
    await expectError(
      await api.post(urls.models(registry.name), {
        data: Buffer.alloc(0),
        headers: { 'Content-Type': 'application/json' },
      }),
      400,
      'bad_request',
    );
  });

  test('JSON that is not an object gets 422', async ({ api, registry }) => {
    await seed(api, registry.name);
    for (const body of ['[]', '"model"', '42', 'null', 'true']) {
      for (const url of [urls.models(registry.name), urls.versions(registry.name, 'm')]) {
        await expectError(
          await api.post(url, { data: Buffer.from(body), headers: { 'Content-Type': 'application/json' } }),
          422,
          'validation_failed',
        );
      }
      await expectError(
        await api.patch(urls.model(registry.name, 'm'), {
          data: Buffer.from(body),
          headers: { 'Content-Type': 'application/json' },
        }),
        422,
        'validation_failed',
      );
    }
  });

  test('a body that is not declared as JSON gets 415', async ({ api, registry }) => {
    await seed(api, registry.name);
    const json = JSON.stringify({ name: 'typed-wrong' });
    for (const url of [urls.models(registry.name), urls.versions(registry.name, 'm')]) {
      for (const type of ['text/plain', 'application/xml', 'application/octet-stream', 'multipart/form-data']) {
        await expectError(
          await api.post(url, { data: Buffer.from(json), headers: { 'Content-Type': type } }),
          415,
          'unsupported_media_type',
        );
      }
      await expectError(await api.post(url, { form: { name: 'typed-wrong' } }), 415, 'unsupported_media_type');
    }
    await expectError(
      await api.patch(urls.model(registry.name, 'm'), {
        data: Buffer.from('{"description":"x"}'),
        headers: { 'Content-Type': 'text/plain' },
      }),
      415,
      'unsupported_media_type',
    );
    await expectModelAbsent(api, registry.name, 'typed-wrong');
    // A JSON media type with parameters or a +json suffix is fine.
    await expectStatus(
      await api.post(urls.models(registry.name), {
        data: Buffer.from(JSON.stringify({ name: 'charset' })),
        headers: { 'Content-Type': 'application/json; charset=utf-8' },
      }),
      201,
    );
  });

  test('a body over 1 MB with a Content-Length gets 413 and creates nothing', async ({ api, registry }) => {
    await seed(api, registry.name);
    const big = { name: 'too-big', description: 'x'.repeat(1024 * 1024) };
    await expectError(await api.post(urls.models(registry.name), { data: big }), 413, 'payload_too_large');
    await expectError(
      await api.patch(urls.model(registry.name, 'm'), { data: { description: big.description } }),
      413,
      'payload_too_large',
    );
    await expectModelAbsent(api, registry.name, 'too-big');
    // Just under the limit is read (and then judged by the field limits).
    const under = JSON.stringify({ name: 'just-under', modelCard: 'x'.repeat(1024 * 1024 - 100) });
    await expectError(
      await api.post(urls.models(registry.name), {
        data: Buffer.from(under),
        headers: { 'Content-Type': 'application/json' },
      }),
      422,
      'validation_failed',
    );
  });

  test('a streamed body over 1 MB without a Content-Length gets 413 and creates nothing', async ({
    api,
    registry,
    baseURL,
  }) => {
    const cookies = (await api.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    const answer = await postChunked(`${baseURL}${urls.models(registry.name)}`, cookies, 1024 * 1024 + 1024);
    expect(answer.status, answer.body).toBe(413);
    expect(answer.headers['content-type']).toMatch(/^application\/json/);
    const body = JSON.parse(answer.body) as ErrorBody;
    expect(body.error.code).toBe('payload_too_large');
    expect(answer.body).not.toMatch(LEAK);
    await expectModelAbsent(api, registry.name, 'streamed');
  });
});

test.describe('bad input never breaks the server', () => {
  test('unknown objects are 404 with the envelope at every level', async ({ api, registry }) => {
    const created = await seed(api, registry.name);
    const artifactId = created.version?.artifacts[0]?.id ?? '';
    for (const url of [
      urls.registry('no-such-registry'),
      urls.models('no-such-registry'),
      urls.model(registry.name, 'no-such-model'),
      urls.versions(registry.name, 'no-such-model'),
      urls.version(registry.name, 'm', 'no-such-version'),
      urls.artifacts(registry.name, 'm', 'no-such-version'),
      urls.artifact(registry.name, 'm', 'v1', 'no-such-artifact'),
      urls.artifact(registry.name, 'm', 'no-such-version', artifactId),
      urls.model(registry.name, 'x'.repeat(300)),
    ]) {
      await expectError(await api.get(url), 404, 'not_found');
    }
  });

  test('odd values are refused with 422 or stored, never a 500', async ({ api, registry }) => {
    const bodies = [
      '{"name":"inf","properties":{"p":1e400}}',
      '{"name":"deep","properties":{"p":{"type":"number","value":{"type":"number","value":1}}}}',
      '{"name":"big-int","properties":{"p":{"type":"integer","value":9007199254740993}}}',
      `{"name":"nested","labels":${'['.repeat(500)}${']'.repeat(500)}}`,
      '{"name":"unicode-escape","description":"\\ud800"}',
      '{"name":"controls","description":"bell\\u0007 and escape \\u001b"}',
    ];
    for (const body of bodies) {
      const response = await api.post(urls.models(registry.name), {
        data: Buffer.from(body),
        headers: { 'Content-Type': 'application/json' },
      });
      expect([201, 422], `${body.slice(0, 80)} answered ${response.status()}`).toContain(response.status());
      if (response.status() === 422) await expectError(response, 422, 'validation_failed');
    }
  });

  test('a NUL character in free text is stored or refused with 422, never a 500', async ({ api, registry }) => {
    const description = 'before\u0000after';
    for (const body of [
      { name: 'nul-model', description },
      { name: 'nul-label', labels: ['a\u0000b'] },
      { name: 'nul-property', properties: { p: description } },
      { name: 'nul-version', version: { name: 'v1', description } },
    ]) {
      const response = await api.post(urls.models(registry.name), { data: body });
      expect([201, 422], `${body.name} answered ${response.status()}: ${await response.text()}`).toContain(
        response.status(),
      );
      if (response.status() === 422) await expectModelAbsent(api, registry.name, body.name);
    }
  });

  test('a NUL character in a search, filter or name in the URL never gives a 500', async ({ api, registry }) => {
    await seed(api, registry.name);
    const requests: [string, Record<string, string>][] = [
      [urls.models(registry.name), { q: 'a\u0000b' }],
      [urls.models(registry.name), { q: '\u0000' }],
      [urls.models(registry.name), { label: 'a\u0000b' }],
      [urls.models(registry.name), { owner: 'a\u0000' }],
      [urls.models(registry.name), { property: 'k=a\u0000b' }],
      [urls.versions(registry.name, 'm'), { q: 'a\u0000b' }],
      [urls.model(registry.name, 'a\u0000b'), {}],
      [urls.registries(), { q: 'a\u0000b' }],
    ];
    const failures: string[] = [];
    for (const [url, params] of requests) {
      const response = await api.get(url, { params });
      if (![200, 400, 404].includes(response.status())) {
        failures.push(`GET ${url} ${JSON.stringify(params)} → ${response.status()}`);
      }
    }
    expect(failures).toEqual([]);
  });

  test('a property key such as "__proto__" is stored or refused, never silently dropped', async ({ api, registry }) => {
    const response = await api.post(urls.models(registry.name), {
      data: Buffer.from('{"name":"proto","properties":{"__proto__":"x","constructor":"y"}}'),
      headers: { 'Content-Type': 'application/json' },
    });
    if (response.status() === 422) {
      await expectError(response, 422, 'validation_failed');
      return;
    }
    const created = await expectStatus<TModelCreated>(response, 201);
    expect(Object.keys(created.properties).sort()).toEqual(['__proto__', 'constructor']);
  });

  test('a malformed percent-encoding in the path gets a 4xx envelope, not a 500', async ({ api, registry }) => {
    const response = await api.get(`${urls.models(registry.name)}/%E0%A4%A`);
    expect(response.status(), await response.text()).toBeGreaterThanOrEqual(400);
    expect(response.status()).toBeLessThan(500);
    await expectError(response, response.status(), response.status() === 404 ? 'not_found' : 'bad_request');
  });

  test('a method an endpoint does not serve gets 405 with the envelope', async ({ api, registry }) => {
    await seed(api, registry.name);
    for (const [method, url] of [
      ['PUT', urls.model(registry.name, 'm')],
      ['DELETE', urls.models(registry.name)],
      ['POST', urls.version(registry.name, 'm', 'v1')],
    ]) {
      await expectError(await api.fetch(url ?? '', { method, data: { name: 'x' } }), 405, 'method_not_allowed');
    }
  });
});

/** POSTs `size` bytes of JSON with Transfer-Encoding: chunked (no Content-Length). */
function postChunked(
  url: string,
  cookie: string,
  size: number,
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked', Cookie: cookie },
    });
    request.on('response', (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: Buffer.concat(chunks).toString(),
        }),
      );
    });
    // The server may answer and close before the whole body is sent.
    request.on('error', (err) => reject(err));
    const head = '{"name":"streamed","description":"';
    const tail = '"}';
    const filler = size - head.length - tail.length;
    const chunk = 'x'.repeat(64 * 1024);
    const write = async () => {
      request.write(head);
      for (let sent = 0; sent < filler && !request.destroyed; sent += chunk.length) {
        const ok = request.write(chunk.slice(0, Math.min(chunk.length, filler - sent)));
        if (!ok) await new Promise((r) => (request.once('drain', r), request.once('close', r)));
      }
      request.end(tail);
    };
    write().catch(reject);
  });
}
