/**
 * What a claim note says: the claim, what is known about it, fact-checkers' ratings, every
 * citation, and why the sentence was matched, so the reader can judge the match.
 */
import type { RecordCard } from '../core/dataset/describe-record.js';
import type { ClaimAnnotation } from '../core/types.js';
import { FactList } from './FactList.js';

export interface ClaimNoteProps {
  note: ClaimAnnotation;
  card: RecordCard;
  /** Names of the matched entities, by record id. */
  names: Record<string, string>;
}

/** The note's body; used alone in a claim card and as a section of a quote's card. */
export function ClaimNote({ note, card, names }: ClaimNoteProps) {
  const why = [...note.why.entities.map((id) => names[id] ?? id), ...note.why.terms.map((t) => `“${t}”`), ...note.why.numbers.map(String)];
  return (
    <section class="claim" data-claim={card.id}>
      <p class="kicker">{note.stance === 'disputes' ? 'This sentence disputes a claim with known context' : 'A claim with known context'}</p>
      <p class="claim-name">{card.name}</p>
      <FactList facts={card.facts} />
      {card.sources && card.sources.length > 0 ? (
        <p class="sources">
          Sources:{' '}
          {card.sources.map((c, i) => (
            <>
              {i > 0 ? ' · ' : ''}
              <a href={c.url} target="_blank" rel="noopener noreferrer">{c.title}</a>
              {c.primary ? ' (primary)' : ''}
            </>
          ))}
        </p>
      ) : null}
      <p class="why">Matched on: {why.join(', ')}</p>
    </section>
  );
}

export interface ClaimCardProps extends ClaimNoteProps {
  position: { top: number; left: number } | null;
  onPointerEnter: () => void;
  onPointerLeave: () => void;
}

export function ClaimCard({ position, onPointerEnter, onPointerLeave, ...note }: ClaimCardProps) {
  const style = position ? { top: `${position.top}px`, left: `${position.left}px` } : { visibility: 'hidden', top: '0px', left: '0px' };
  return (
    <div class="card claim-card" role="dialog" aria-label="Source Context: claim" style={style} onPointerEnter={onPointerEnter} onPointerLeave={onPointerLeave} data-annotation={note.note.id}>
      <ClaimNote {...note} />
      <p class="footer">Context checked {note.card.checked} · bundled with the extension, nothing sent anywhere</p>
    </div>
  );
}
