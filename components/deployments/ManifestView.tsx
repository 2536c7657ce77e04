'use client';

import { Button, CodeBlock, CodeBlockAction, CodeBlockCode, Tooltip } from '@patternfly/react-core';
import { CopyIcon, DownloadIcon } from '@patternfly/react-icons';
import { useState } from 'react';

/**
 * A KServe InferenceService manifest as plain text (never parsed as HTML), with Copy and
 * Download actions. `fileName` is the name the download is saved under.
 */
export function ManifestView({ yaml, fileName }: { yaml: string; fileName: string }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(yaml);
      setCopied(true);
      setTimeout(() => setCopied(false), 2000);
    } catch {
      setCopied(false);
    }
  };
  const download = () => {
    const url = URL.createObjectURL(new Blob([yaml], { type: 'application/yaml' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName;
    document.body.appendChild(a);
    a.click();
    a.remove();
    URL.revokeObjectURL(url);
  };
  return (
    <CodeBlock
      actions={
        <>
          <CodeBlockAction>
            <Tooltip content={copied ? 'Copied' : 'Copy the manifest'}>
              <Button variant="plain" aria-label="Copy manifest" icon={<CopyIcon />} onClick={() => void copy()} />
            </Tooltip>
          </CodeBlockAction>
          <CodeBlockAction>
            <Tooltip content={`Download ${fileName}`}>
              <Button variant="plain" aria-label="Download manifest" icon={<DownloadIcon />} onClick={download} />
            </Tooltip>
          </CodeBlockAction>
        </>
      }
    >
      <CodeBlockCode
        tabIndex={0}
        role="region"
        aria-label="InferenceService manifest"
        data-testid="manifest"
        style={{ maxHeight: '24rem', overflow: 'auto' }}
      >
        {yaml}
      </CodeBlockCode>
    </CodeBlock>
  );
}
