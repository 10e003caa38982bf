/** A card's facts, each with the source it comes from. */
import type { CardFact } from '../core/dataset/describe-record.js';

export function FactList({ facts }: { facts: readonly CardFact[] }) {
  return (
    <ul class="facts">
      {facts.map((fact) => (
        <li>
          {fact.text}
          <span class="cite">
            Source: <a href={fact.citation.url} target="_blank" rel="noopener noreferrer">{fact.citation.title}</a>
          </span>
        </li>
      ))}
    </ul>
  );
}
