import { redirect } from 'next/navigation';
import { routes } from '@/lib/routes';

type Props = { params: Promise<{ registry: string; model: string }> };

// /registries/{registry}/models/{model} opens the Overview tab
export default async function Page({ params }: Props) {
  const p = await params;
  redirect(routes.model(decodeURIComponent(p.registry), decodeURIComponent(p.model)));
}
