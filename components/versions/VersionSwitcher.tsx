'use client';

import {
  Button,
  Label,
  MenuToggle,
  type MenuToggleElement,
  Select,
  SelectList,
  SelectOption,
  Spinner,
  TextInputGroup,
  TextInputGroupMain,
  TextInputGroupUtilities,
} from '@patternfly/react-core';
import { TimesIcon } from '@patternfly/react-icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useEffect, useId, useRef, useState } from 'react';
import { fetchVersions, modelKeys } from '@/lib/queries/models';
import { routes, type VersionTab } from '@/lib/routes';

const PAGE_SIZE = '20';
const SEARCH_DELAY_MS = 250;

/** The text as typed, and the same text once typing has paused (what is searched for). */
function useSearchText() {
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQuery(text.trim()), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text]);
  const reset = () => {
    setText('');
    setQuery('');
  };
  return { text, setText, query, reset };
}

/**
 * A typeahead Select over the model's versions (searched on the server, newest first);
 * choosing one opens that version on the same tab.
 */
export function VersionSwitcher({
  registry,
  model,
  current,
  tab,
}: {
  registry: string;
  model: string;
  current: string;
  tab: VersionTab;
}) {
  const router = useRouter();
  const listId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [isOpen, setIsOpen] = useState(false);
  const [focused, setFocused] = useState<number | null>(null);
  const search = useSearchText();
  const params = { q: search.query, pageSize: PAGE_SIZE, state: 'all', sort: 'createdAt', order: 'desc' };
  const versions = useQuery({
    queryKey: modelKeys.versions(registry, model, params),
    queryFn: () => fetchVersions(registry, model, params),
    enabled: isOpen,
    placeholderData: keepPreviousData,
  });
  const items = versions.data?.items ?? [];
  const optionId = (index: number) => `${listId}-option-${index}`;

  const close = () => {
    setIsOpen(false);
    setFocused(null);
    search.reset();
  };
  const choose = (name: string) => {
    close();
    if (name !== current) router.push(routes.version(registry, model, name, tab));
  };
  const move = (step: 1 | -1) => {
    setIsOpen(true);
    if (items.length === 0) return;
    setFocused((f) => (f === null ? (step === 1 ? 0 : items.length - 1) : (f + step + items.length) % items.length));
  };
  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      move(event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const item = focused !== null ? items[focused] : items.length === 1 ? items[0] : undefined;
      if (item) choose(item.name);
    } else if (event.key === 'Escape') {
      close();
    }
  };

  const toggle = (ref: React.Ref<MenuToggleElement>) => (
    <MenuToggle
      ref={ref}
      variant="typeahead"
      aria-label="Show versions"
      onClick={() => {
        setIsOpen((o) => !o);
        inputRef.current?.focus();
      }}
      isExpanded={isOpen}
      style={{ width: '16rem' }}
    >
      <TextInputGroup isPlain>
        <TextInputGroupMain
          // Closed, it shows the current version; open, it is the search box.
          value={isOpen ? search.text : current}
          placeholder="Find a version"
          onClick={() => setIsOpen(true)}
          onChange={(_e, value) => {
            search.setText(!isOpen && value.startsWith(current) ? value.slice(current.length) : value);
            setFocused(null);
            setIsOpen(true);
          }}
          onKeyDown={onKeyDown}
          autoComplete="off"
          innerRef={inputRef}
          role="combobox"
          isExpanded={isOpen}
          aria-controls={listId}
          aria-label="Switch version"
          {...(focused !== null && isOpen ? { 'aria-activedescendant': optionId(focused) } : {})}
        />
        <TextInputGroupUtilities {...(search.text === '' ? { style: { display: 'none' } } : {})}>
          <Button
            variant="plain"
            aria-label="Clear version search"
            icon={<TimesIcon />}
            onClick={() => {
              search.reset();
              setFocused(null);
              inputRef.current?.focus();
            }}
          />
        </TextInputGroupUtilities>
      </TextInputGroup>
    </MenuToggle>
  );

  const total = versions.data?.total ?? 0;
  return (
    <Select
      isOpen={isOpen}
      selected={current}
      onSelect={(_e, chosen) => {
        if (typeof chosen === 'string' && chosen !== '') choose(chosen);
      }}
      onOpenChange={(open) => {
        if (!open) close();
      }}
      toggle={toggle}
      variant="typeahead"
      isScrollable
      maxMenuHeight="22rem"
      popperProps={{ minWidth: '22rem' }}
    >
      <SelectList id={listId} aria-label="Versions">
        {versions.isPending ? (
          <SelectOption isAriaDisabled value="" id={`${listId}-loading`}>
            <Spinner size="sm" aria-label="Loading versions" /> Loading versions…
          </SelectOption>
        ) : versions.isError ? (
          <SelectOption isAriaDisabled value="" id={`${listId}-error`}>
            Versions could not be loaded
          </SelectOption>
        ) : items.length === 0 ? (
          <SelectOption isAriaDisabled value="" id={`${listId}-none`}>
            No version matches &ldquo;{search.query}&rdquo;
          </SelectOption>
        ) : (
          <>
            {items.map((v, index) => (
              <SelectOption
                key={v.id}
                id={optionId(index)}
                value={v.name}
                isFocused={focused === index}
                description={`Registered ${v.createdAt.slice(0, 10)}${v.author ? ` by ${v.author}` : ''}`}
              >
                {v.name}{' '}
                {v.isLatest && (
                  <Label color="green" isCompact>
                    Latest
                  </Label>
                )}{' '}
                {v.state === 'ARCHIVED' && (
                  <Label color="grey" isCompact>
                    Archived
                  </Label>
                )}
              </SelectOption>
            ))}
            {total > items.length && (
              <SelectOption isAriaDisabled value="" id={`${listId}-more`}>
                Showing {items.length} of {total}: type to find others
              </SelectOption>
            )}
          </>
        )}
      </SelectList>
    </Select>
  );
}
