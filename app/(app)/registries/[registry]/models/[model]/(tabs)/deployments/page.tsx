import { NoDeployments } from '@/components/common/NoDeployments';

// /registries/{registry}/models/{model}/deployments — where this model's versions are deployed
export default function Page() {
  return <NoDeployments what="model" />;
}
