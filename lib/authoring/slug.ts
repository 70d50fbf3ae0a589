import { slug as githubSlug } from 'github-slugger';

/**
 * An article or author slug from a title or name: Latin letters lose their accents
 * ("Économie" → "economie"), other scripts are kept as they are ("人工智能"), everything is
 * lowercased, punctuation is dropped and spaces become hyphens.
 */
export function slugFromTitle(title: string): string {
  const withoutLatinAccents = title
    .normalize('NFD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC');
  return githubSlug(withoutLatinAccents.replace(/[_\s]+/g, ' ').trim())
    .replace(/_/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '');
}
