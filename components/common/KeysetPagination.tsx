'use client';

import { Pagination } from '@patternfly/react-core';
import { PAGE_SIZES } from '@/lib/list-state';

/** The part of a list's view state that says which keyset page is shown. */
export type KeysetPage = { cursor: string; page: number; pageSize: number };

/** What a list response says about its neighbours. */
export type Paging = { total: number; nextCursor: string | null; prevCursor?: string | null };

/**
 * Server-side keyset pagination: next and previous follow the cursors of the current page,
 * first drops the cursor, last asks for the cursor 'last', and a new page size starts again
 * from page 1. `noun` names the list in the aria label and the widget id.
 */
export function KeysetPagination<S extends KeysetPage>({
  state,
  onChange,
  paging,
  noun,
  variant,
  isCompact = true,
}: {
  state: S;
  onChange: (next: S) => void;
  paging: Paging;
  noun: string;
  variant: 'top' | 'bottom';
  isCompact?: boolean;
}) {
  const first = () => onChange({ ...state, cursor: '', page: 1 });
  return (
    <Pagination
      isCompact={isCompact}
      variant={variant}
      itemCount={paging.total}
      page={state.page}
      perPage={state.pageSize}
      perPageOptions={PAGE_SIZES.map((n) => ({ title: String(n), value: n }))}
      onPerPageSelect={(_e, perPage) => onChange({ ...state, pageSize: perPage, cursor: '', page: 1 })}
      onNextClick={() => paging.nextCursor && onChange({ ...state, cursor: paging.nextCursor, page: state.page + 1 })}
      onPreviousClick={() =>
        state.page <= 2 || !paging.prevCursor
          ? first()
          : onChange({ ...state, cursor: paging.prevCursor, page: state.page - 1 })
      }
      onFirstClick={first}
      onLastClick={() =>
        onChange({ ...state, cursor: 'last', page: Math.max(1, Math.ceil(paging.total / state.pageSize)) })
      }
      titles={{ paginationAriaLabel: `${noun} pagination` }}
      widgetId={`${noun.replace(/\s+/g, '-')}-pagination-${variant}`}
    />
  );
}
