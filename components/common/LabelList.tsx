'use client';

import { Label, LabelGroup } from '@patternfly/react-core';

/** Labels with an overflow ("2 more") after `visible` of them. */
export function LabelList({
  labels,
  visible = 3,
  label = 'Labels',
}: {
  labels: string[];
  visible?: number;
  label?: string;
}) {
  if (labels.length === 0) return <span className="pf-v6-u-text-color-subtle">—</span>;
  return (
    <LabelGroup numLabels={visible} aria-label={label} expandedText="Show less" collapsedText="${remaining} more">
      {labels.map((l) => (
        <Label key={l} color="blue" isCompact>
          {l}
        </Label>
      ))}
    </LabelGroup>
  );
}
