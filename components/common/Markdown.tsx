'use client';

import ReactMarkdown from 'react-markdown';
import remarkGfm from 'remark-gfm';

/**
 * Markdown rendered to React elements. Raw HTML in the text is shown as text, never
 * interpreted, and links cannot run scripts (react-markdown drops javascript: URLs).
 */
export function Markdown({ text }: { text: string }) {
  return (
    <div className="pf-v6-c-content mr-markdown">
      <ReactMarkdown remarkPlugins={[remarkGfm]} skipHtml>
        {text}
      </ReactMarkdown>
    </div>
  );
}
