'use client';

import { useState } from 'react';

// A plain link to the article that copies its address when the clipboard is available.
export function CopyLink({ url, className }: { url: string; className: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <>
      <a
        href={url}
        className={className}
        onClick={(event) => {
          if (!navigator.clipboard) return;
          event.preventDefault();
          navigator.clipboard.writeText(url).then(
            () => setCopied(true),
            () => setCopied(false),
          );
        }}
      >
        Sao chép liên kết
      </a>
      <span role="status" className="text-sm text-green-800">
        {copied ? 'Đã sao chép liên kết.' : ''}
      </span>
    </>
  );
}
