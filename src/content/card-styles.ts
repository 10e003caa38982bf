/** Styles for what lives in the shadow root; they follow the reader's colour scheme. */
export const CARD_CSS = `
:host { color-scheme: light dark; }
.card, .notice {
  --bg: #ffffff; --fg: #1f2937; --muted: #6b7280; --accent: #0f766e; --border: #d1d5db;
  position: fixed; box-sizing: border-box; max-width: min(380px, calc(100vw - 16px));
  background: var(--bg); color: var(--fg); border: 1px solid var(--border); border-left: 4px solid var(--accent);
  border-radius: 8px; box-shadow: 0 8px 24px rgba(0,0,0,.18); padding: 12px 14px;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; text-align: left;
}
@media (prefers-color-scheme: dark) {
  .card, .notice { --bg: #111827; --fg: #f3f4f6; --muted: #9ca3af; --accent: #2dd4bf; --border: #374151; }
}
.card { width: 360px; }
.speaker { font-weight: 650; font-size: 15px; margin: 0 0 2px; }
.meta { color: var(--muted); font-size: 12.5px; margin: 0 0 8px; }
.facts { margin: 0; padding: 0; list-style: none; }
.facts li { margin: 0 0 6px; }
.cite { color: var(--muted); font-size: 12px; display: block; word-break: break-all; }
.cite a { color: var(--accent); }
.unknown { color: var(--muted); margin: 0; }
.footer { color: var(--muted); font-size: 11.5px; margin: 8px 0 0; border-top: 1px solid var(--border); padding-top: 6px; }
.claim-card { border-left-color: var(--claim); }
.card { --claim: #7c3aed; }
@media (prefers-color-scheme: dark) { .card { --claim: #a78bfa; } }
.claim { margin: 0; }
.card > .claim:not(:first-child) { margin-top: 10px; padding-top: 8px; border-top: 1px dashed var(--border); }
.kicker { color: var(--claim); font-size: 12px; font-weight: 600; margin: 0 0 2px; text-transform: uppercase; letter-spacing: .03em; }
.claim-name { font-weight: 650; margin: 0 0 6px; }
.sources, .why { color: var(--muted); font-size: 12px; margin: 4px 0 0; }
.sources a { color: var(--accent); }
.notice { right: 16px; bottom: 16px; width: 320px; }
.notice button { margin-left: 8px; font: inherit; cursor: pointer; }
`;
