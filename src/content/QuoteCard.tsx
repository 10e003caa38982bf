/** The hover card for a quote: who said it, who they are, and where each fact comes from. */
import type { RecordCard } from '../core/dataset/describe-record.js';
import { SPEAKER_CONFIDENCE_THRESHOLD, speakerLabel, type QuoteAnnotation, type SpeakerResolution } from '../core/types.js';
import { ClaimNote, type ClaimNoteProps } from './ClaimCard.js';
import { FactList } from './FactList.js';

export interface QuoteCardProps {
  quote: QuoteAnnotation;
  card: RecordCard | null;
  /** Claims matched in the sentence that holds the quote. */
  claims?: ClaimNoteProps[];
  position: { top: number; left: number } | null;
  onPointerEnter: () => void;
  onPointerLeave: () => void;
}

const RESOLUTION_TEXT: Record<SpeakerResolution, string> = {
  explicit: 'named in the attribution',
  pronoun: 'referred to by a pronoun; resolved to the last person named',
  continuing: 'the same speaker continues from the previous quote',
  'sentence-subject': 'the subject of the sentence that quotes these words',
  unresolved: 'attributed to a pronoun; the article does not make clear who, so no name is given',
  writer: 'the article’s writer, speaking in the first person',
};

export function QuoteCard({ quote, card, claims = [], position, onPointerEnter, onPointerLeave }: QuoteCardProps) {
  const speaker = quote.speaker && quote.confidence >= SPEAKER_CONFIDENCE_THRESHOLD ? quote.speaker : null;
  const style = position ? { top: `${position.top}px`, left: `${position.left}px` } : { visibility: 'hidden', top: '0px', left: '0px' };
  return (
    <div class="card" role="dialog" aria-label="Source Context: quote" style={style} onPointerEnter={onPointerEnter} onPointerLeave={onPointerLeave} data-annotation={quote.id}>
      {speaker ? (
        <>
          <p class="speaker">{speaker.resolution === 'unresolved' ? `“${speaker.name}”` : speakerLabel(speaker)}</p>
          <p class="meta">
            {quote.cue ? `“${quote.cue.text}” · ` : ''}
            {RESOLUTION_TEXT[speaker.resolution]}
          </p>
        </>
      ) : (
        <p class="unknown">Speaker not identified with confidence. Source Context says nothing rather than guess.</p>
      )}
      {speaker && card ? (
        <FactList facts={card.facts} />
      ) : speaker && speaker.resolution !== 'unresolved' && speaker.resolution !== 'writer' ? (
        <p class="unknown">Not in the context dataset.</p>
      ) : null}
      {claims.map((c) => (
        <ClaimNote {...c} />
      ))}
      {card ? <p class="footer">Context checked {card.checked} · bundled with the extension, nothing sent anywhere</p> : null}
    </div>
  );
}
