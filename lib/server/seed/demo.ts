// Demo data for first start: a registry and two demo accounts (a data scientist and a viewer).
import { randomBytes } from 'node:crypto';
import type { UserPrincipal } from '../auth/principal';
import { createRegistry } from '../services/registries';
import { createLocalUser } from '../services/users';
import { createGrant } from '../services/grants';
import { createModel } from '../services/models';
import { createVersion } from '../services/versions';
import { createServingEnvironment } from '../services/serving-environments';
import { createDeployment } from '../services/deployments';
import { ZDeploymentCreate, ZServingEnvironmentCreate } from '@/lib/validation/deployment';
import { ZModelCreate, ZVersionCreate } from '@/lib/validation/model';
import type { z } from 'zod';

export const DEMO_REGISTRY = {
  name: 'demo',
  displayName: 'Demo registry',
  description: 'Example models to explore: fraud detection, churn prediction, an LLM and a vision model.',
};

export type DemoResult = {
  registryName: string;
  accounts: { username: string; password: string; description: string }[];
};

export async function seedDemo(admin: UserPrincipal): Promise<DemoResult> {
  const registry = await createRegistry(admin, DEMO_REGISTRY);
  const accounts = (
    [
      {
        username: 'data-scientist',
        displayName: 'Dana Scientist',
        description: 'Data scientist (demo)',
        role: 'contributor',
      },
      { username: 'viewer', displayName: 'Vic Viewer', description: 'Viewer (demo)', role: 'viewer' },
    ] as const
  ).map((a) => ({ ...a, password: process.env.DEMO_PASSWORD || randomBytes(9).toString('base64url') }));
  for (const a of accounts) {
    await createLocalUser({ username: a.username, password: a.password, displayName: a.displayName });
    await createGrant(admin, registry.name, { subjectType: 'user', subject: a.username, role: a.role });
  }
  for (const model of DEMO_MODELS) {
    // Through the same schemas as the API, so the demo data obeys every rule.
    const [first, ...rest] = model.versions;
    await createModel(admin, registry.name, ZModelCreate.parse({ ...model.model, version: first }));
    for (const v of rest) await createVersion(admin, registry.name, model.model.name, ZVersionCreate.parse(v));
  }
  // Where the demo models are served. No cluster is connected, so the KServe environment's
  // manifests are applied by hand and its deployments read "tracked by hand".
  for (const environment of DEMO_ENVIRONMENTS) {
    await createServingEnvironment(admin, registry.name, ZServingEnvironmentCreate.parse(environment));
  }
  for (const deployment of DEMO_DEPLOYMENTS) {
    await createDeployment(admin, registry.name, ZDeploymentCreate.parse(deployment));
  }
  return { registryName: registry.name, accounts };
}

type ModelInput = z.input<typeof ZModelCreate>;
type VersionInput = z.input<typeof ZVersionCreate>;
const v = (input: VersionInput) => input;
const m = (input: ModelInput) => input;

const DEMO_MODELS: { model: ModelInput; versions: VersionInput[] }[] = [
  {
    model: m({
      name: 'fraud-detector',
      description: 'Scores card transactions for fraud risk in real time.',
      owner: 'payments-ml',
      labels: ['tabular', 'payments', 'production'],
      properties: { framework: 'xgboost', team: 'payments-ml' },
      modelCard:
        '# Fraud detector\n\nGradient-boosted trees over 212 transaction features.\n\n## Intended use\nScoring card-present and card-not-present transactions.\n\n## Metrics\n| metric | value |\n| --- | --- |\n| AUC | 0.972 |\n| recall@1% FPR | 0.81 |',
    }),
    versions: [
      v({
        name: 'v1.0',
        description: 'First production model.',
        properties: { auc: 0.951, recall: 0.74 },
        artifact: {
          uri: 's3://ml-models/fraud-detector/v1.0/model.onnx',
          modelFormatName: 'onnx',
          modelFormatVersion: '1',
        },
      }),
      v({
        name: 'v1.1',
        description: 'Retrained on Q3 data.',
        labels: ['retrain'],
        properties: { auc: 0.963, recall: 0.78 },
        artifact: {
          endpoint: 'https://s3.eu-west-1.amazonaws.com',
          bucket: 'ml-models',
          region: 'eu-west-1',
          path: 'fraud-detector/v1.1/',
          modelFormatName: 'onnx',
          modelFormatVersion: '1',
          sourceKind: 'pipeline-run',
          sourceName: 'fraud-train',
          sourceId: 'run-8841',
        },
      }),
      v({
        name: 'v2.0',
        description: 'New features from merchant graph.',
        labels: ['candidate'],
        properties: { auc: 0.972, recall: 0.81 },
        artifact: {
          uri: 's3://ml-models/fraud-detector/v2.0/',
          modelFormatName: 'xgboost',
          modelFormatVersion: '2.1',
          sourceKind: 'pipeline-run',
          sourceName: 'fraud-train',
          sourceId: 'run-9120',
        },
      }),
    ],
  },
  {
    model: m({
      name: 'churn-predictor',
      description: 'Predicts which subscribers will cancel in the next 30 days.',
      owner: 'growth-analytics',
      labels: ['tabular', 'marketing'],
      properties: { framework: 'sklearn' },
    }),
    versions: [
      v({
        name: '2024-11',
        properties: { f1: 0.71 },
        artifact: {
          uri: 's3://ml-models/churn/2024-11/model.joblib',
          modelFormatName: 'sklearn',
          modelFormatVersion: '1.5',
        },
      }),
      v({
        name: '2025-02',
        properties: { f1: 0.74 },
        artifact: {
          uri: 's3://ml-models/churn/2025-02/model.joblib',
          modelFormatName: 'sklearn',
          modelFormatVersion: '1.6',
          sourceKind: 'notebook',
          sourceName: 'churn-exploration.ipynb',
        },
      }),
    ],
  },
  {
    model: m({
      name: 'support-assistant-llm',
      description: 'Fine-tuned 8B instruction model that drafts replies for the support team.',
      owner: 'ai-platform',
      labels: ['llm', 'generative'],
      properties: { baseModel: 'granite-3.1-8b-instruct', parameters: 8000000000 },
    }),
    versions: [
      v({
        name: 'ft-2025-01',
        description: 'LoRA merged into the base weights.',
        properties: { 'eval.helpfulness': 0.82 },
        artifact: {
          uri: 'oci://quay.io/acme/support-assistant:ft-2025-01',
          modelFormatName: 'vLLM',
          modelFormatVersion: '0.6',
          sourceKind: 'catalog',
          sourceName: 'granite-3.1-8b-instruct',
        },
      }),
    ],
  },
  {
    model: m({
      name: 'defect-vision',
      description: 'Detects surface defects on the assembly line from camera frames.',
      owner: 'manufacturing-ml',
      labels: ['vision', 'edge'],
      properties: { framework: 'pytorch', 'input.size': '640x640' },
    }),
    versions: [
      v({
        name: 'yolo-v1',
        properties: { mAP50: 0.88 },
        artifact: {
          uri: 'pvc://models-pvc/defect-vision/yolo-v1/',
          modelFormatName: 'pytorch',
          modelFormatVersion: '2.4',
        },
      }),
      v({
        name: 'yolo-v1-openvino',
        description: 'Converted for the edge gateways.',
        labels: ['edge'],
        properties: { mAP50: 0.87, 'latency.ms': 11 },
        artifact: {
          uri: 's3://ml-models/defect-vision/yolo-v1-openvino/',
          modelFormatName: 'openvino_ir',
          modelFormatVersion: 'opset13',
        },
      }),
    ],
  },
  {
    model: m({
      name: 'sentiment-bert',
      description: 'Classifies product reviews as positive, neutral or negative.',
      owner: 'nlp',
      labels: ['nlp', 'text-classification'],
      properties: { framework: 'transformers' },
    }),
    versions: [
      v({
        name: 'v3',
        properties: { accuracy: 0.91 },
        artifact: { uri: 'hf://acme/sentiment-bert@v3', modelFormatName: 'pytorch', modelFormatVersion: '2.3' },
      }),
    ],
  },
];

const DEMO_ENVIRONMENTS: z.input<typeof ZServingEnvironmentCreate>[] = [
  {
    name: 'prod-serving',
    kind: 'kserve',
    namespace: 'model-serving',
    description: 'KServe on the production cluster. Manifests are applied by the platform team.',
  },
  {
    name: 'edge-gateways',
    kind: 'external',
    url: 'https://fleet.example.com/gateways',
    description: 'Factory edge gateways, rolled out by the fleet manager.',
  },
];

const DEMO_DEPLOYMENTS: z.input<typeof ZDeploymentCreate>[] = [
  {
    name: 'fraud-detector',
    environment: 'prod-serving',
    model: 'fraud-detector',
    version: 'v2.0',
    minReplicas: 2,
    maxReplicas: 4,
    resources: { cpuRequest: '1', memoryRequest: '2Gi', cpuLimit: '2', memoryLimit: '4Gi' },
  },
  { name: 'defect-vision', environment: 'edge-gateways', model: 'defect-vision', version: 'yolo-v1-openvino' },
];
