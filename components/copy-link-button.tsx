'use client';

import { useState } from 'react';

export function CopyLinkButton({ url, className }: { url: string; className: string }) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  }

  return (
    <button type="button" data-requires-js onClick={copy} className={className}>
      {status === 'copied' ? 'Link copied' : 'Copy link'}
      {/* Announced to screen readers without moving focus. */}
      <span role="status" className="sr-only">
        {status === 'copied' ? 'Link copied to clipboard' : status === 'failed' ? 'Could not copy the link' : ''}
      </span>
    </button>
  );
}
