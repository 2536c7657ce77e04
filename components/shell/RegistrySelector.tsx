'use client';

import { Divider, MenuToggle, Select, SelectList, SelectOption } from '@patternfly/react-core';
import { useQuery } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { registryMenuQuery } from '@/lib/queries/registries';
import { routes } from '@/lib/routes';

export function RegistrySelector({ current }: { current: string | null }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const { data, isError } = useQuery(registryMenuQuery);
  const currentRegistry = data?.items.find((r) => r.name === current);
  const label = current ? (currentRegistry?.displayName ?? current) : 'Select a registry';
  return (
    <Select
      isOpen={open}
      onOpenChange={setOpen}
      selected={current ?? undefined}
      onSelect={(_e, value) => {
        setOpen(false);
        if (typeof value === 'string') router.push(value === '' ? routes.registries() : routes.models(value));
      }}
      toggle={(ref) => (
        <MenuToggle ref={ref} onClick={() => setOpen((o) => !o)} isExpanded={open} aria-label="Registry selector">
          {label}
        </MenuToggle>
      )}
    >
      <SelectList aria-label="Registries">
        {isError && <SelectOption isDisabled>Registries could not be loaded</SelectOption>}
        {data?.items.map((r) => (
          <SelectOption key={r.id} value={r.name} description={r.description || undefined}>
            {r.displayName}
          </SelectOption>
        ))}
        <Divider component="li" />
        <SelectOption value="">All registries…</SelectOption>
      </SelectList>
    </Select>
  );
}
