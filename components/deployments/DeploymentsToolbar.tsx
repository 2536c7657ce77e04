'use client';

import {
  MenuToggle,
  SearchInput,
  Select,
  SelectList,
  SelectOption,
  Toolbar,
  ToolbarContent,
  ToolbarFilter,
  ToolbarGroup,
  ToolbarItem,
} from '@patternfly/react-core';
import { useState } from 'react';
import { KeysetPagination, type Paging } from '@/components/common/KeysetPagination';
import { type DeploymentListState, type DeploymentStateFilter } from '@/lib/list-state';

const STATE_LABEL: Record<DeploymentStateFilter, string> = {
  '': 'Any state',
  DEPLOYED: 'Deployed',
  UNDEPLOYED: 'Undeployed',
};

/** Any change to a filter starts again from the first page. */
const filtered = (s: DeploymentListState, change: Partial<DeploymentListState>): DeploymentListState => ({
  ...s,
  ...change,
  cursor: '',
  page: 1,
});

function FilterSelect({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: string;
  options: { value: string; label: string }[];
  onChange: (value: string) => void;
}) {
  const [open, setOpen] = useState(false);
  return (
    <Select
      isOpen={open}
      onOpenChange={setOpen}
      selected={value}
      onSelect={(_e, v) => {
        onChange(typeof v === 'string' ? v : '');
        setOpen(false);
      }}
      toggle={(ref) => (
        <MenuToggle ref={ref} onClick={() => setOpen((o) => !o)} isExpanded={open} aria-label={label}>
          {options.find((o) => o.value === value)?.label ?? value}
        </MenuToggle>
      )}
    >
      <SelectList>
        {options.map((o) => (
          <SelectOption key={o.value || '-'} value={o.value}>
            {o.label}
          </SelectOption>
        ))}
      </SelectList>
    </Select>
  );
}

function TextFilter({ label, onApply }: { label: string; onApply: (value: string) => void }) {
  const [text, setText] = useState('');
  return (
    <SearchInput
      aria-label={`Filter deployments by ${label.toLowerCase()}`}
      placeholder={`Filter by ${label.toLowerCase()}`}
      value={text}
      onChange={(_e, v) => setText(v)}
      onSearch={() => {
        if (text.trim()) onApply(text.trim());
        setText('');
      }}
      onClear={() => setText('')}
    />
  );
}

/**
 * Environment and state selects, model and version text filters (on the registry's page)
 * shown as chips, and keyset pagination.
 */
export function useDeploymentsToolbar({
  state,
  onChange,
  paging,
  environments,
  textFilters,
  actions,
}: {
  state: DeploymentListState;
  onChange: (next: DeploymentListState) => void;
  paging: Paging | null;
  environments: string[];
  textFilters: ('model' | 'version')[];
  actions?: React.ReactNode;
}) {
  const pagination = (variant: 'top' | 'bottom') =>
    paging && (
      <KeysetPagination state={state} onChange={onChange} paging={paging} noun="deployments" variant={variant} />
    );

  const clearAll = () => onChange(filtered(state, { environment: '', state: '', model: '', version: '' }));
  const text = (key: 'model' | 'version', label: string, children: React.ReactNode) => (
    <ToolbarFilter
      labels={state[key] ? [state[key]] : []}
      deleteLabel={() => onChange(filtered(state, { [key]: '' }))}
      deleteLabelGroup={() => onChange(filtered(state, { [key]: '' }))}
      categoryName={label}
    >
      {children}
    </ToolbarFilter>
  );

  let textItems: React.ReactNode = null;
  if (textFilters.includes('version')) {
    textItems = text(
      'version',
      'Version',
      <ToolbarItem>
        <TextFilter label="Version" onApply={(v) => onChange(filtered(state, { version: v }))} />
      </ToolbarItem>,
    );
  }
  if (textFilters.includes('model')) {
    textItems = text(
      'model',
      'Model',
      <>
        <ToolbarItem>
          <TextFilter label="Model" onApply={(v) => onChange(filtered(state, { model: v }))} />
        </ToolbarItem>
        {textItems}
      </>,
    );
  }

  return {
    top: (
      <Toolbar clearAllFilters={clearAll} collapseListedFiltersBreakpoint="xl">
        <ToolbarContent>
          <ToolbarGroup variant="filter-group">
            <ToolbarItem>
              <FilterSelect
                label="Filter by environment"
                value={state.environment}
                options={[
                  { value: '', label: 'All environments' },
                  ...[...new Set([...environments, ...(state.environment ? [state.environment] : [])])].map((e) => ({
                    value: e,
                    label: e,
                  })),
                ]}
                onChange={(v) => onChange(filtered(state, { environment: v }))}
              />
            </ToolbarItem>
            <ToolbarItem>
              <FilterSelect
                label="Filter by state"
                value={state.state}
                options={(['', 'DEPLOYED', 'UNDEPLOYED'] as const).map((s) => ({ value: s, label: STATE_LABEL[s] }))}
                onChange={(v) => onChange(filtered(state, { state: v === 'DEPLOYED' || v === 'UNDEPLOYED' ? v : '' }))}
              />
            </ToolbarItem>
            {textItems}
          </ToolbarGroup>
          {actions && <ToolbarItem>{actions}</ToolbarItem>}
          <ToolbarItem variant="pagination" align={{ default: 'alignEnd' }}>
            {pagination('top')}
          </ToolbarItem>
        </ToolbarContent>
      </Toolbar>
    ),
    bottom: pagination('bottom'),
  };
}
