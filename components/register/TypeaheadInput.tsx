'use client';

import {
  Button,
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
import { useId, useRef, useState } from 'react';

export type TypeaheadOption = { value: string; label?: string; description?: string };

/**
 * A text input with a list of suggestions (PatternFly's typeahead Select). The text is the
 * value, so callers decide whether free text is allowed; choosing a suggestion calls onSelect.
 */
export function TypeaheadInput({
  inputId,
  label,
  value,
  onInputChange,
  onSelect,
  options,
  placeholder,
  toggleAriaLabel,
  clearAriaLabel,
  isLoading = false,
  noResultsText,
  isInvalid = false,
  isDisabled = false,
  describedBy,
  menuInline = false,
}: {
  inputId: string;
  /** The accessible name of the input: the visible label of its form group. */
  label: string;
  value: string;
  onInputChange: (value: string) => void;
  onSelect: (value: string) => void;
  options: TypeaheadOption[];
  placeholder?: string;
  toggleAriaLabel: string;
  clearAriaLabel: string;
  isLoading?: boolean;
  /** Shown when nothing matches; without it the list simply stays closed. */
  noResultsText?: string;
  isInvalid?: boolean;
  isDisabled?: boolean;
  describedBy?: string;
  /** Render the suggestions next to the input (inside a modal) instead of at the end of the page. */
  menuInline?: boolean;
}) {
  const listId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [isOpen, setIsOpen] = useState(false);
  const [focused, setFocused] = useState<number | null>(null);
  const optionId = (index: number) => `${listId}-option-${index}`;
  const hasContent = options.length > 0 || isLoading || Boolean(noResultsText);
  const showMenu = isOpen && hasContent;

  const close = () => {
    setIsOpen(false);
    setFocused(null);
  };

  const choose = (chosen: string) => {
    onSelect(chosen);
    close();
    inputRef.current?.focus();
  };

  const move = (step: 1 | -1) => {
    setIsOpen(true);
    if (options.length === 0) return;
    setFocused((f) =>
      f === null ? (step === 1 ? 0 : options.length - 1) : (f + step + options.length) % options.length,
    );
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      move(event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Enter' && showMenu) {
      // Enter picks the highlighted suggestion instead of submitting the form.
      event.preventDefault();
      const option = focused !== null ? options[focused] : undefined;
      if (option) choose(option.value);
      else close();
    }
  };

  const toggle = (ref: React.Ref<MenuToggleElement>) => (
    <MenuToggle
      ref={ref}
      variant="typeahead"
      aria-label={toggleAriaLabel}
      onClick={() => {
        setIsOpen((o) => !o);
        inputRef.current?.focus();
      }}
      isExpanded={showMenu}
      isDisabled={isDisabled}
      status={isInvalid ? 'danger' : undefined}
      isFullWidth
    >
      <TextInputGroup isPlain>
        <TextInputGroupMain
          inputId={inputId}
          value={value}
          placeholder={placeholder}
          onClick={() => setIsOpen((o) => !o || value !== '')}
          onChange={(_e, text) => {
            onInputChange(text);
            setFocused(null);
            setIsOpen(true);
          }}
          onKeyDown={onKeyDown}
          aria-label={label}
          innerRef={inputRef}
          role="combobox"
          isExpanded={showMenu}
          aria-controls={listId}
          {...(focused !== null && showMenu ? { 'aria-activedescendant': optionId(focused) } : {})}
          inputProps={{ autoComplete: 'off', 'aria-invalid': isInvalid || undefined, 'aria-describedby': describedBy }}
        />
        <TextInputGroupUtilities {...(value === '' ? { style: { display: 'none' } } : {})}>
          <Button
            variant="plain"
            aria-label={clearAriaLabel}
            icon={<TimesIcon />}
            isDisabled={isDisabled}
            onClick={() => {
              onInputChange('');
              setFocused(null);
              inputRef.current?.focus();
            }}
          />
        </TextInputGroupUtilities>
      </TextInputGroup>
    </MenuToggle>
  );

  return (
    <Select
      isOpen={showMenu}
      selected={value}
      onSelect={(_e, chosen) => {
        if (typeof chosen === 'string' && chosen !== '') choose(chosen);
      }}
      onOpenChange={(open) => {
        if (!open) close();
      }}
      toggle={toggle}
      variant="typeahead"
      isScrollable
      maxMenuHeight="18rem"
      popperProps={menuInline ? { appendTo: 'inline' } : undefined}
    >
      <SelectList id={listId}>
        {isLoading && options.length === 0 ? (
          <SelectOption isAriaDisabled value="" id={`${listId}-loading`}>
            <Spinner size="sm" aria-label="Loading" /> Searching…
          </SelectOption>
        ) : options.length === 0 ? (
          <SelectOption isAriaDisabled value="" id={`${listId}-none`}>
            {noResultsText}
          </SelectOption>
        ) : (
          options.map((option, index) => (
            <SelectOption
              key={option.value}
              id={optionId(index)}
              value={option.value}
              description={option.description}
              isFocused={focused === index}
            >
              {option.label ?? option.value}
            </SelectOption>
          ))
        )}
      </SelectList>
    </Select>
  );
}
