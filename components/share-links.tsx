import { shareTargets } from '@/lib/share';
import { CopyLinkButton } from './copy-link-button';

const buttonClass = 'inline-flex items-center rounded border border-rule px-3 py-1.5 text-sm font-medium text-ink no-underline hover:border-ink';

export function ShareLinks({ url, title }: { url: string; title: string }) {
  return (
    <section aria-labelledby="share-heading" className="flex flex-wrap items-center gap-3">
      <h2 id="share-heading" className="text-sm font-bold uppercase tracking-[0.15em] text-muted">
        Share
      </h2>
      <ul className="flex flex-wrap gap-2">
        {shareTargets(url, title).map((target) => (
          <li key={target.network}>
            <a href={target.href} className={buttonClass} rel="noopener noreferrer" target={target.network === 'email' ? undefined : '_blank'}>
              {target.label}
            </a>
          </li>
        ))}
        <li>
          <CopyLinkButton url={url} className={buttonClass} />
        </li>
      </ul>
    </section>
  );
}
