import { VersionDeployments } from '@/components/versions/VersionDeployments';

// /registries/{registry}/models/{model}/versions/{version}/deployments — where this version is deployed
export default function Page() {
  return <VersionDeployments />;
}
