/**
 * The popup: the article, its quotes by speaker, the named sources, and
 * the per-site switches. It reads the worker's stored result for the tab,
 * so it works after the worker was stopped and restarted.
 */
import { useEffect, useState } from 'preact/hooks';
import { kindLabel } from '../core/dataset/describe-record.js';
import { SPEAKER_CONFIDENCE_THRESHOLD, speakerLabel, type QuoteAnnotation } from '../core/types.js';
import { browser } from '../platform/browser-api.js';
import { loadSettings, saveSettings } from '../platform/settings-store.js';
import type { PageAnnotations, PopupToBackground, PopupToContent, TabState } from '../shared/messages.js';
import { DEFAULT_SITE, siteSettings, withSite, type SiteSettings } from '../shared/settings.js';
import { articleAge } from './article-age.js';

async function targetTabId(): Promise<number | null> {
  // ?tab=N lets the list open in a full tab for a given page; otherwise the active tab.
  const param = new URLSearchParams(location.search).get('tab');
  if (param && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

export function Popup() {
  const [tabId, setTabId] = useState<number | null>(null);
  const [state, setState] = useState<TabState | null | undefined>(undefined);
  const [site, setSite] = useState<SiteSettings>(DEFAULT_SITE);
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const host = hostOf(state?.url ?? state?.result?.article.url ?? '');

  useEffect(() => {
    let id: number | null = null;
    const refresh = async () => {
      if (id === null) return setState(null);
      const reply = (await browser.runtime.sendMessage({ type: 'get-tab-state', tabId: id } satisfies PopupToBackground)) as TabState | null;
      setState(reply ?? null);
    };
    // The worker stores a tab's result just after the page gets it: an open popup follows along.
    const onStored = (_changes: unknown, area: string) => {
      if (area === 'session') void refresh().catch((e: unknown) => setProblem(String(e)));
    };
    browser.storage.onChanged.addListener(onStored);
    void (async () => {
      id = await targetTabId();
      setTabId(id);
      await refresh();
    })().catch((e: unknown) => setProblem(String(e)));
    return () => browser.storage.onChanged.removeListener(onStored);
  }, []);

  useEffect(() => {
    if (!host) return;
    void loadSettings().then((s) => setSite(siteSettings(s, host)));
  }, [host]);

  const change = async (patch: Partial<SiteSettings>) => {
    if (!host) return;
    setSaving(true);
    try {
      if (patch.autoAnnotate) {
        // Host access is asked for only now, for this one site, because the reader asked.
        const origins = [`${originOf(state?.url ?? state?.result?.article.url ?? '')}/*`];
        const granted = await browser.permissions.request({ origins }).catch(() => false);
        if (!granted) return setProblem('Automatic annotation needs access to this site; it was not granted.');
      }
      const next = withSite(await loadSettings(), host, patch);
      await saveSettings(next);
      // The switches stay disabled until the worker has applied the change, so a reload right after sees it.
      await browser.runtime.sendMessage({ type: 'apply-settings' } satisfies PopupToBackground).catch(() => undefined);
      setSite(siteSettings(next, host));
    } finally {
      setSaving(false);
    }
  };

  const reveal = (annotationId: string) => {
    if (tabId === null) return;
    void browser.tabs.sendMessage(tabId, { type: 'reveal-annotation', annotationId } satisfies PopupToContent).catch(() => setProblem('The page is no longer annotated; click the icon on it again.'));
  };

  const annotate = (force: boolean) => {
    if (tabId === null) return;
    void browser.runtime.sendMessage({ type: 'annotate-tab', tabId, force } satisfies PopupToBackground).then(() => window.close());
  };

  if (state === undefined) return problem ? <p class="error" role="alert">{problem}</p> : <p class="muted">Loading…</p>;
  return (
    <>
      {problem ? <p class="error" role="alert">{problem}</p> : null}
      {state === null ? (
        <p>This page has not been annotated yet. <button onClick={() => annotate(false)}>Annotate it</button></p>
      ) : state.status === 'annotating' ? (
        <p class="muted">Reading the article…</p>
      ) : state.status === 'not-article' ? (
        <>
          <p><strong>Not an article.</strong> {state.message}</p>
          <p class="actions"><button onClick={() => annotate(true)}>Annotate anyway</button></p>
        </>
      ) : state.status === 'error' || !state.result ? (
        <p class="error" role="alert">{state.message ?? 'Something went wrong.'}</p>
      ) : (
        <Results result={state.result} onReveal={reveal} />
      )}
      {host && state?.status === 'done' ? (
        <div class="switches">
          <label>
            <input type="checkbox" checked={site.highlights} disabled={saving} onChange={(e) => void change({ highlights: e.currentTarget.checked })} />
            Show highlights on {host}
          </label>
          <label>
            <input type="checkbox" checked={site.autoAnnotate} disabled={saving} onChange={(e) => void change({ autoAnnotate: e.currentTarget.checked })} />
            Annotate {host} automatically
          </label>
        </div>
      ) : null}
      <p class="muted">Runs on your machine; nothing is sent anywhere.</p>
    </>
  );
}

function Results({ result, onReveal }: { result: PageAnnotations; onReveal: (id: string) => void }) {
  const { article } = result;
  const bySpeaker = groupBySpeaker(result.quotes);
  return (
    <>
      <h1>{article.title || 'Untitled article'}</h1>
      <p class="meta">
        {[article.siteName, article.publishedTime ? `${article.publishedTime.slice(0, 10)} (${articleAge(article.publishedTime, Date.now())})` : null, article.byline].filter(Boolean).join(' · ')}
      </p>
      {result.outlet ? (
        <div class="outlet">
          <strong>{result.outlet.name}</strong>: {result.outlet.facts.map((f) => f.text).join(' ')}{' '}
          <a href={result.outlet.facts[0]?.citation.url} target="_blank" rel="noopener noreferrer">source</a>
        </div>
      ) : null}
      <h2>Quotes ({result.quotes.length})</h2>
      {result.quotes.length === 0 ? <p class="muted">No quotations found in this article.</p> : null}
      {bySpeaker.map(([speaker, quotes]) => (
        <section>
          <div class="speaker">{speaker}</div>
          <ul>
            {quotes.map((q) => (
              <li>
                <button class="quote" data-annotation={q.id} onClick={() => onReveal(q.id)}>{q.spans.map((s) => s.text).join(' … ')}</button>
              </li>
            ))}
          </ul>
        </section>
      ))}
      <Claims result={result} onReveal={onReveal} />
      {(result.reported ?? []).length > 0 ? (
        <>
          <h2>Reported statements ({result.reported.length})</h2>
          <ul>
            {(result.reported ?? []).map((r) => (
              <li class="reported">
                <span class="speaker-inline">{speakerLabel(r.speaker)}</span> {r.cue.text}: <span class="muted">{r.content.text}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h2>Named in the article ({result.entities.length})</h2>
      {result.entities.length === 0 ? <p class="muted">Nobody in the context dataset is named here.</p> : null}
      <ul>
        {result.entities.map((e) => {
          const card = result.cards[e.entityId];
          return (
            <li>
              <button data-entity={e.entityId} onClick={() => onReveal(e.id)}>
                <strong>{card?.name ?? e.spans[0]?.text}</strong> <span class="kind">{card ? kindLabel(card.kind) : ''} · {e.spans.length}×</span>
                {card ? <div class="muted">{card.facts[0]?.text}</div> : null}
              </button>
              {(result.checks ?? [])
                .filter((c) => c.entityId === e.entityId)
                .map((c) => (
                  <div class="note" data-note={c.type}>
                    {CHECK_LEAD[c.type]} “{c.said}”. {c.note} (
                    <a href={c.citation.url} target="_blank" rel="noopener noreferrer">{c.citation.title}</a>)
                  </div>
                ))}
            </li>
          );
        })}
      </ul>
      <p class="muted">Context dataset as of {result.datasetAsOf}.</p>
    </>
  );
}

const CHECK_LEAD: Record<string, string> = {
  title: 'The article calls it',
  author: 'The article names the author as',
  date: 'The article dates it',
  role: 'The article says',
};

function Claims({ result, onReveal }: { result: PageAnnotations; onReveal: (id: string) => void }) {
  const claims = result.claims ?? [];
  if (claims.length === 0) return null;
  return (
    <>
      <h2>Claims with known context ({claims.length})</h2>
      <ul>
        {claims.map((c) => {
          const card = result.cards[c.claimId];
          if (!card) return null;
          const names = c.why.entities.map((id) => result.cards[id]?.name ?? id);
          const primary = card.sources?.[0] ?? card.facts[0]?.citation;
          return (
            <li class="claim" data-claim={c.claimId}>
              <strong>{card.name}</strong>
              {c.stance === 'disputes' ? <span class="kind"> · disputed in the article</span> : null}
              <div class="muted">{card.facts[0]?.text}</div>
              <button class="claim-sentence" data-annotation={c.id} onClick={() => onReveal(c.id)}>“{c.span.text}”</button>
              <div class="why muted">Matched on: {[...names, ...c.why.terms.map((t) => `“${t}”`), ...c.why.numbers.map(String)].join(', ')}</div>
              {primary ? (
                <div class="muted">
                  Source: <a href={primary.url} target="_blank" rel="noopener noreferrer">{primary.title}</a>
                  {(card.sources?.length ?? 0) > 1 ? ` and ${card.sources!.length - 1} more` : ''}
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
    </>
  );
}

function groupBySpeaker(quotes: readonly QuoteAnnotation[]): [string, QuoteAnnotation[]][] {
  const groups = new Map<string, QuoteAnnotation[]>();
  for (const q of quotes) {
    // Unresolved pronouns may be different people: they share one group, not a "he" speaker.
    const name = !q.speaker || q.confidence < SPEAKER_CONFIDENCE_THRESHOLD ? 'Speaker not identified' : q.speaker.resolution === 'unresolved' ? 'Named only by a pronoun' : q.speaker.name;
    groups.set(name, [...(groups.get(name) ?? []), q]);
  }
  return [...groups];
}

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return '';
  }
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
}
