import { NoDeployments } from '@/components/common/NoDeployments';

// /registries/{registry}/models/{model}/versions/{version}/deployments — where this version is deployed
export default function Page() {
  return <NoDeployments what="version" />;
}
