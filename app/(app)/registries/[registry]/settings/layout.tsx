import { RememberRegistry } from '@/components/models/RememberRegistry';
import { SettingsHeader } from '@/components/settings/SettingsHeader';
import { SETTINGS_PANEL_ID } from '@/lib/tab-panels';
import { loadRegistryPage } from '@/lib/server/pages';

type Props = { params: Promise<{ registry: string }>; children: React.ReactNode };

// /registries/{registry}/settings/* — the title and the sections of a registry's settings
export default async function SettingsLayout({ params, children }: Props) {
  const { registry } = await loadRegistryPage((await params).registry);
  return (
    <>
      <RememberRegistry registry={registry.name} />
      <SettingsHeader registry={registry.name} registryDisplayName={registry.displayName} />
      <div id={SETTINGS_PANEL_ID} role="tabpanel" aria-label="Registry settings">
        {children}
      </div>
    </>
  );
}
