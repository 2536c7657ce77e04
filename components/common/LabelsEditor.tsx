'use client';

import { Button, Label, LabelGroup, TextInput } from '@patternfly/react-core';
import { useState } from 'react';

/** Labels as removable chips plus an "Add label" input (Enter adds). */
export function LabelsEditor({
  labels,
  onChange,
  ariaLabel = 'Labels',
}: {
  labels: string[];
  onChange: (labels: string[]) => void;
  ariaLabel?: string;
}) {
  const [text, setText] = useState('');
  const add = () => {
    const value = text.trim();
    if (value && !labels.includes(value)) onChange([...labels, value]);
    setText('');
  };
  return (
    <div>
      <LabelGroup aria-label={ariaLabel} numLabels={20}>
        {labels.map((l) => (
          <Label
            key={l}
            color="blue"
            onClose={() => onChange(labels.filter((x) => x !== l))}
            closeBtnAriaLabel={`Remove label ${l}`}
          >
            {l}
          </Label>
        ))}
      </LabelGroup>
      <div className="pf-v6-u-display-flex pf-v6-u-mt-sm" style={{ gap: 8, maxWidth: 360 }}>
        <TextInput
          aria-label="Add label"
          placeholder="Add label"
          value={text}
          maxLength={63}
          onChange={(_e, v) => setText(v)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
        />
        <Button variant="secondary" onClick={add} isDisabled={!text.trim()}>
          Add
        </Button>
      </div>
    </div>
  );
}
