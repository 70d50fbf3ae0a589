import type { AuthorStatus } from './content/schema';

/*
 * The masthead lists the newsroom as it stands: current staff with their roles, then guest
 * contributors. Former staff keep their author pages (labelled) but are not on the masthead.
 */

interface MastheadAuthor {
  name: string;
  status?: AuthorStatus;
}

export interface MastheadGroup<A> {
  /** For the group heading's id. */
  id: string;
  title: string;
  authors: A[];
}

export function mastheadGroups<A extends MastheadAuthor>(authors: readonly A[]): Array<MastheadGroup<A>> {
  const byName = [...authors].sort((a, b) => a.name.localeCompare(b.name));
  const groups = [
    { id: 'staff', title: 'Staff', authors: byName.filter((author) => author.status === undefined) },
    { id: 'guests', title: 'Guest contributors', authors: byName.filter((author) => author.status === 'guest') },
  ];
  return groups.filter((group) => group.authors.length > 0);
}

/** The label an author page and the author list show beside a name that is not current staff. */
export const AUTHOR_STATUS_LABELS: Record<AuthorStatus, string> = {
  guest: 'Guest contributor',
  former: 'Former staff',
};
