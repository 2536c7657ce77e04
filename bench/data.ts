// Deterministic, realistic registry content for the benchmark: model names like
// `fraud-detector-00042`, descriptions from an ML vocabulary, 1–4 labels from a set of
// 30, typed properties, versions with labels, properties and an S3 artifact. The same
// seed gives the same data on every database, so SQLite and PostgreSQL answer the
// same questions over the same rows.

export const PREFIXES = [
  'fraud-detector',
  'churn-predictor',
  'image-classifier',
  'sentiment-analyzer',
  'demand-forecaster',
  'credit-scorer',
  'product-recommender',
  'speech-recognizer',
  'object-detector',
  'text-summarizer',
  'anomaly-detector',
  'price-optimizer',
  'translation-model',
  'entity-tagger',
  'face-matcher',
  'route-planner',
  'spam-filter',
  'document-reader',
  'lead-scorer',
  'risk-model',
];

export const MODEL_LABELS = [
  'nlp',
  'vision',
  'tabular',
  'time-series',
  'audio',
  'recommendation',
  'ranking',
  'classification',
  'regression',
  'forecasting',
  'generative',
  'embedding',
  'team-payments',
  'team-growth',
  'team-search',
  'team-risk',
  'team-ops',
  'pii',
  'gdpr',
  'customer-facing',
  'internal',
  'batch',
  'realtime',
  'edge',
  'gpu',
  'cpu-only',
  'experimental',
  'stable',
  'needs-review',
  'benchmark',
];

const VERSION_LABELS = ['candidate', 'validated', 'champion', 'challenger', 'shadow', 'quantized', 'distilled'];

const VOCABULARY = (
  'gradient boosted transformer convolutional recurrent encoder decoder attention residual ' +
  'pipeline retrained nightly weekly features embeddings calibrated ensemble baseline tuned ' +
  'hyperparameters dataset labelled curated streaming batch inference latency throughput ' +
  'quantised pruned distilled multilingual customer transactions images sensor clicks sessions ' +
  'invoices claims tickets reviews catalogue inventory shipments payments accounts devices ' +
  'regional global mobile web warehouse realtime offline validated holdout crossvalidated ' +
  'robust fair explainable drift monitored shadow canary rollout champion challenger'
).split(' ');

const OWNERS = ['alice', 'bob', 'carmen', 'deepa', 'erik', 'fatima', 'goran', 'hana', 'ivan', 'julia', 'kofi', 'lena'];
const FRAMEWORKS = ['pytorch', 'tensorflow', 'sklearn', 'xgboost', 'lightgbm', 'jax'];
const FORMATS: [string, string][] = [
  ['onnx', '1.15'],
  ['pytorch', '2.3'],
  ['tensorflow', '2.15'],
  ['sklearn', '1.4'],
  ['xgboost', '2.0'],
  ['openvino_ir', '2024.1'],
];
const EXTENSION: Record<string, string> = {
  onnx: 'onnx',
  pytorch: 'pt',
  tensorflow: 'savedmodel',
  sklearn: 'joblib',
  xgboost: 'ubj',
  openvino_ir: 'xml',
};

/** mulberry32: a tiny seeded PRNG, so every run and database gets the same data. */
export function randomSource(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Rand = () => number;
const int = (r: Rand, min: number, max: number) => min + Math.floor(r() * (max - min + 1));
const pick = <T>(r: Rand, items: readonly T[]): T => items[Math.floor(r() * items.length)] as T;
function sample<T>(r: Rand, items: readonly T[], n: number): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < n && pool.length) out.push(pool.splice(Math.floor(r() * pool.length), 1)[0] as T);
  return out;
}
function sentence(r: Rand, min: number, max: number): string {
  const words = Array.from({ length: int(r, min, max) }, () => pick(r, VOCABULARY));
  const text = words.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

export function modelName(index: number): string {
  return `${PREFIXES[index % PREFIXES.length]}-${String(index).padStart(5, '0')}`;
}

let idCounter = 0;
/** Ids shaped like the app's cuids (25 characters, starting with "c"). */
export function newId(r: Rand): string {
  idCounter = (idCounter + 1) % 1_679_616;
  const random = Array.from({ length: 12 }, () => Math.floor(r() * 36).toString(36)).join('');
  return `c${Date.now().toString(36).padStart(8, '0')}${idCounter.toString(36).padStart(4, '0')}${random}`;
}

type PropertyValue = {
  type: string;
  stringValue: string | null;
  numberValue: number | null;
  boolValue: boolean | null;
};
const str = (v: string): PropertyValue => ({ type: 'string', stringValue: v, numberValue: null, boolValue: null });
const num = (type: 'integer' | 'number', v: number): PropertyValue => ({
  type,
  stringValue: null,
  numberValue: v,
  boolValue: null,
});
const bool = (v: boolean): PropertyValue => ({ type: 'boolean', stringValue: null, numberValue: null, boolValue: v });

export type SeedVersion = {
  id: string;
  name: string;
  description: string;
  author: string;
  state: 'LIVE' | 'ARCHIVED';
  createdAt: Date;
  labels: string[];
  properties: Record<string, PropertyValue>;
  artifact: { id: string; uri: string; modelFormatName: string; modelFormatVersion: string; sourceId: string };
};

export type SeedModel = {
  id: string;
  name: string;
  description: string;
  owner: string;
  state: 'LIVE' | 'ARCHIVED';
  modelCard: string;
  createdAt: Date;
  updatedAt: Date;
  labels: string[];
  properties: Record<string, PropertyValue>;
  versions: SeedVersion[];
};

const DAY_MS = 24 * 60 * 60 * 1000;

/** One model with `versionCount` versions, created within the two years before `now`. */
export function makeModel(r: Rand, index: number, versionCount: number, now: number): SeedModel {
  const name = modelName(index);
  const createdAt = now - Math.floor(r() * 730 * DAY_MS);
  const times = Array.from({ length: versionCount }, () => createdAt + Math.floor(r() * (now - createdAt)));
  times.sort((a, b) => a - b);
  const framework = pick(r, FRAMEWORKS);
  const versions: SeedVersion[] = times.map((t, k) => {
    const [format, formatVersion] = pick(r, FORMATS);
    const versionName = `v${k + 1}`;
    const runId = `run-${Math.floor(r() * 1e9).toString(36)}`;
    return {
      id: newId(r),
      name: versionName,
      description: sentence(r, 4, 9),
      author: pick(r, OWNERS),
      state: r() < 0.05 ? 'ARCHIVED' : 'LIVE',
      createdAt: new Date(t),
      labels: sample(r, VERSION_LABELS, int(r, 0, 2)),
      properties: {
        accuracy: num('number', Math.round((0.6 + r() * 0.39) * 10_000) / 10_000),
        epochs: num('integer', int(r, 1, 200)),
        learning_rate: num('number', Math.round(r() * 1e5) / 1e8),
      },
      artifact: {
        id: newId(r),
        uri: `s3://ml-models/${name}/${versionName}/model.${EXTENSION[format] ?? 'bin'}`,
        modelFormatName: format,
        modelFormatVersion: formatVersion,
        sourceId: runId,
      },
    };
  });
  const latest = versions.filter((v) => v.state === 'LIVE').at(-1);
  const lastTouch = versions.at(-1)?.createdAt.getTime() ?? createdAt;
  return {
    id: newId(r),
    name,
    description: sentence(r, 6, 14),
    owner: pick(r, OWNERS),
    state: r() < 0.02 ? 'ARCHIVED' : 'LIVE',
    modelCard: `# ${name}\n\n${sentence(r, 12, 30)}\n\n## Training\n\n${sentence(r, 10, 20)}\n`,
    createdAt: new Date(createdAt),
    updatedAt: new Date(lastTouch),
    labels: sample(r, MODEL_LABELS, int(r, 1, 4)),
    properties: {
      framework: str(framework),
      params: num('integer', int(r, 100_000, 10_000_000_000)),
      production: bool(r() < 0.3),
      ...(latest ? { accuracy: latest.properties.accuracy ?? num('number', 0) } : {}),
    },
    versions,
  };
}

/** The model's keyword-search document, built as lib/server/db/search.ts refreshModelSearch does. */
export function searchDocument(m: SeedModel): string {
  const parts = [m.name, m.description, ...m.labels];
  for (const v of m.versions) parts.push(v.name, v.description, ...v.labels);
  return parts.filter(Boolean).join('\n').toLowerCase();
}

export const BENCH_REGISTRY = 'bench';
/** The keyword, label and property filter the scenarios ask for (each matches a few percent to most models). */
export const SEARCH_QUERY = 'fraud';
export const LABEL_FILTER = 'realtime';
export const PROPERTY_FILTER = 'accuracy>=0.95';
