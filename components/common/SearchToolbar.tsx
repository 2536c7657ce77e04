'use client';

import { SearchInput, Toolbar, ToolbarContent, ToolbarItem } from '@patternfly/react-core';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useState } from 'react';
import { KeysetPagination, type Paging } from '@/components/common/KeysetPagination';
import { parseListState, urlParams, withFilters, type ListState } from '@/lib/list-state';

/**
 * The view state of a simple list (search text, page size, cursor, page) in the URL.
 * `keep` names other query parameters of the page to carry along (a tab, say).
 */
export function useUrlListState(keep: string[] = []) {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const state = parseListState(searchParams, 'name');
  const navigate = (next: ListState) => {
    const sp = urlParams(next, 'name', 'owner');
    for (const key of keep) {
      const value = searchParams.get(key);
      if (value) sp.set(key, value);
    }
    const q = sp.toString();
    router.push(q ? `${pathname}?${q}` : pathname, { scroll: false });
  };
  return { state, navigate };
}

/** A search box, actions and server-side pagination above a table; `bottom` is the pagination below it. */
export function useSearchToolbar({
  state,
  onChange,
  paging,
  noun,
  searchLabel,
  actions,
}: {
  state: ListState;
  onChange: (next: ListState) => void;
  paging: Paging | null;
  noun: string;
  searchLabel: string;
  actions?: React.ReactNode;
}) {
  const [text, setText] = useState(state.q);
  const pagination = (variant: 'top' | 'bottom') =>
    paging && (
      <KeysetPagination
        state={state}
        onChange={onChange}
        paging={paging}
        noun={noun}
        variant={variant}
        isCompact={variant === 'top'}
      />
    );
  return {
    top: (
      <Toolbar>
        <ToolbarContent>
          <ToolbarItem>
            <SearchInput
              aria-label={searchLabel}
              placeholder={searchLabel}
              value={text}
              onChange={(_e, v) => setText(v)}
              onSearch={() => onChange(withFilters(state, { q: text.trim() }))}
              onClear={() => {
                setText('');
                onChange(withFilters(state, { q: '' }));
              }}
            />
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
