import { formatNoteTime } from '@/lib/note-time';
import type { DatedNote } from '@/lib/story-notes';

interface StoryNotesProps {
  /** Newest first. */
  corrections: readonly DatedNote[];
  /** Newest first. */
  updates: readonly DatedNote[];
  /** A developing story shows its updates as a timeline. */
  developing: boolean;
}

/** A note's date as a <time>; note texts are plain text, which React escapes. */
function NoteTime({ note }: { note: DatedNote }) {
  return <time dateTime={note.date}>{formatNoteTime(note)}</time>;
}

/**
 * The dated notes at the top of an article: its corrections, each labelled "Correction" in words,
 * then its updates, as a timeline (newest first) while the story is developing.
 */
export function StoryNotes({ corrections, updates, developing }: StoryNotesProps) {
  if (corrections.length === 0 && updates.length === 0) return null;
  return (
    <div className="mt-6 space-y-4">
      {corrections.length > 0 ? (
        <section aria-labelledby="corrections-heading" className="rounded border-l-4 border-accent bg-surface px-4 py-3" data-corrections>
          <h2 id="corrections-heading" className="text-sm font-bold tracking-wide text-accent uppercase">
            {corrections.length === 1 ? 'Correction' : 'Corrections'}
          </h2>
          <ul className="mt-2 space-y-2">
            {corrections.map((note, index) => (
              <li key={index} className="font-serif leading-relaxed" data-correction>
                <strong>Correction</strong>, <NoteTime note={note} />: {note.text}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {updates.length > 0 ? (
        <section aria-labelledby="updates-heading" className="rounded border border-rule px-4 py-3" data-updates={developing ? 'timeline' : 'notes'}>
          <h2 id="updates-heading" className="text-sm font-bold tracking-wide text-muted uppercase">
            {developing ? 'Timeline, latest first' : updates.length === 1 ? 'Update' : 'Updates'}
          </h2>
          {developing ? (
            <ol className="mt-2 space-y-3 border-l-2 border-rule pl-4">
              {updates.map((note, index) => (
                <li key={index} className="font-serif leading-relaxed" data-update>
                  <p className="font-sans text-sm font-semibold text-ink">
                    <NoteTime note={note} />
                  </p>
                  <p>{note.text}</p>
                </li>
              ))}
            </ol>
          ) : (
            <ul className="mt-2 space-y-2">
              {updates.map((note, index) => (
                <li key={index} className="font-serif leading-relaxed" data-update>
                  <strong>Update</strong>, <NoteTime note={note} />: {note.text}
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
    </div>
  );
}
