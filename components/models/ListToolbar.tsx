'use client';

import {
  MenuToggle,
  SearchInput,
  Select,
  SelectList,
  SelectOption,
  ToggleGroup,
  ToggleGroupItem,
  Toolbar,
  ToolbarContent,
  ToolbarFilter,
  ToolbarGroup,
  ToolbarItem,
  ToolbarToggleGroup,
} from '@patternfly/react-core';
import { FilterIcon } from '@patternfly/react-icons';
import { useState } from 'react';
import { KeysetPagination, type Paging } from '@/components/common/KeysetPagination';
import { withFilters, type ListState, type StateFilter } from '@/lib/list-state';

type Attribute = 'keyword' | 'owner' | 'label';

const ATTRIBUTE_LABEL: Record<Attribute, string> = { keyword: 'Keyword', owner: 'Owner', label: 'Label' };

/**
 * Search, filters as chips with clear-all, the live/archived/all toggle and pagination.
 * `ownerLabel` names the person filter: "Owner" for models, "Author" for versions.
 */
export function useListToolbar({
  state,
  onChange,
  paging,
  ownerLabel,
  noun,
  actions,
}: {
  state: ListState;
  onChange: (next: ListState) => void;
  paging: Paging | null;
  ownerLabel: string;
  noun: string;
  actions?: React.ReactNode;
}) {
  const [attribute, setAttribute] = useState<Attribute>('keyword');
  const [attrOpen, setAttrOpen] = useState(false);
  const [text, setText] = useState('');
  const label = (a: Attribute) => (a === 'owner' ? ownerLabel : ATTRIBUTE_LABEL[a]);

  const apply = () => {
    const value = text.trim();
    if (!value) return;
    if (attribute === 'keyword') onChange(withFilters(state, { q: value }));
    if (attribute === 'owner') onChange(withFilters(state, { owner: value }));
    if (attribute === 'label') onChange(withFilters(state, { label: [...new Set([...state.label, value])] }));
    setText('');
  };

  const pagination = (variant: 'top' | 'bottom') =>
    paging && <KeysetPagination state={state} onChange={onChange} paging={paging} noun={noun} variant={variant} />;

  return {
    top: (
      <Toolbar
        clearAllFilters={() => onChange(withFilters(state, { q: '', owner: '', label: [] }))}
        collapseListedFiltersBreakpoint="xl"
      >
        <ToolbarContent>
          <ToolbarToggleGroup toggleIcon={<FilterIcon />} breakpoint="xl">
            <ToolbarGroup variant="filter-group">
              <ToolbarItem>
                <Select
                  isOpen={attrOpen}
                  onOpenChange={setAttrOpen}
                  selected={attribute}
                  onSelect={(_e, v) => {
                    setAttribute(v === 'owner' || v === 'label' ? v : 'keyword');
                    setAttrOpen(false);
                  }}
                  toggle={(ref) => (
                    <MenuToggle
                      ref={ref}
                      icon={<FilterIcon />}
                      onClick={() => setAttrOpen((o) => !o)}
                      isExpanded={attrOpen}
                      aria-label="Filter by"
                    >
                      {label(attribute)}
                    </MenuToggle>
                  )}
                >
                  <SelectList>
                    {(['keyword', 'owner', 'label'] as const).map((a) => (
                      <SelectOption key={a} value={a}>
                        {label(a)}
                      </SelectOption>
                    ))}
                  </SelectList>
                </Select>
              </ToolbarItem>
              <ToolbarFilter
                labels={state.q ? [state.q] : []}
                deleteLabel={() => onChange(withFilters(state, { q: '' }))}
                deleteLabelGroup={() => onChange(withFilters(state, { q: '' }))}
                categoryName="Keyword"
              >
                <ToolbarFilter
                  labels={state.owner ? [state.owner] : []}
                  deleteLabel={() => onChange(withFilters(state, { owner: '' }))}
                  deleteLabelGroup={() => onChange(withFilters(state, { owner: '' }))}
                  categoryName={ownerLabel}
                >
                  <ToolbarFilter
                    labels={state.label}
                    deleteLabel={(_c, l) => onChange(withFilters(state, { label: state.label.filter((x) => x !== l) }))}
                    deleteLabelGroup={() => onChange(withFilters(state, { label: [] }))}
                    categoryName="Label"
                  >
                    <ToolbarItem>
                      <SearchInput
                        aria-label={`Filter ${noun} by ${label(attribute).toLowerCase()}`}
                        placeholder={`Filter by ${label(attribute).toLowerCase()}`}
                        value={text}
                        onChange={(_e, v) => setText(v)}
                        onSearch={apply}
                        onClear={() => setText('')}
                      />
                    </ToolbarItem>
                  </ToolbarFilter>
                </ToolbarFilter>
              </ToolbarFilter>
            </ToolbarGroup>
          </ToolbarToggleGroup>
          <ToolbarItem>
            <ToggleGroup aria-label={`Show live, archived or all ${noun}`}>
              {(['live', 'archived', 'all'] as StateFilter[]).map((s) => (
                <ToggleGroupItem
                  key={s}
                  text={s === 'live' ? 'Live' : s === 'archived' ? 'Archived' : 'All'}
                  buttonId={`state-${s}`}
                  isSelected={state.state === s}
                  onChange={() => onChange(withFilters(state, { state: s }))}
                />
              ))}
            </ToggleGroup>
          </ToolbarItem>
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
