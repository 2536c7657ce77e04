import { redirect } from 'next/navigation';
import { routes } from '@/lib/routes';

type Props = { params: Promise<{ registry: string; model: string; version: string }> };

// /registries/{registry}/models/{model}/versions/{version} opens the Details tab
export default async function Page({ params }: Props) {
  const p = await params;
  redirect(routes.version(decodeURIComponent(p.registry), decodeURIComponent(p.model), decodeURIComponent(p.version)));
}
