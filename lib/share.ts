export interface ShareTarget {
  network: 'x' | 'linkedin' | 'email';
  label: string;
  href: string;
}

/** Plain share links: no third-party script runs on our pages, the network only sees the click. */
export function shareTargets(url: string, title: string): ShareTarget[] {
  const query = (params: Record<string, string>) => new URLSearchParams(params).toString();
  return [
    { network: 'x', label: 'Share on X', href: `https://x.com/intent/post?${query({ text: title, url })}` },
    { network: 'linkedin', label: 'Share on LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?${query({ url })}` },
    // mailto wants %20 for spaces, not URLSearchParams' "+".
    { network: 'email', label: 'Share by email', href: `mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(url)}` },
  ];
}
