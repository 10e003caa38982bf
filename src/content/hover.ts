/**
 * Hovering as a small state machine, after Wikipedia's Page Previews: a
 * card appears after the pointer dwells on a quote, and stays for a grace
 * period after it leaves so the reader can move onto the card. A token
 * drops stale timers when the pointer moves on first.
 */

/** Long enough that sweeping the pointer across text does not flash cards. */
export const DWELL_MS = 500;
/** Long enough to cross the gap from the quote to its card. */
export const GRACE_MS = 300;

export interface HoverCallbacks {
  show(id: string): void;
  hide(): void;
}

export class HoverState {
  private shown: string | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private pending: string | null = null;
  private overCard = false;

  constructor(private readonly callbacks: HoverCallbacks) {}

  /** The pointer is now over quote `id`, or over no quote. */
  pointerAt(id: string | null): void {
    if (id === this.pending && id !== null) return;
    if (id !== null && id === this.shown) {
      this.cancel();
      return;
    }
    this.cancel();
    if (id !== null) {
      this.pending = id;
      this.timer = setTimeout(() => this.open(id), DWELL_MS);
    } else if (this.shown && !this.overCard) {
      this.timer = setTimeout(() => this.close(), GRACE_MS);
    }
  }

  cardEntered(): void {
    this.overCard = true;
    this.cancel();
  }

  cardLeft(): void {
    this.overCard = false;
    this.pointerAt(null);
  }

  /** Show at once (keyboard or popup), skipping the dwell. */
  open(id: string): void {
    this.cancel();
    this.shown = id;
    this.callbacks.show(id);
  }

  /** Closes a shown card; a pending one is left alone (scrolling must not swallow a hover). */
  closeShown(): void {
    if (this.shown !== null) this.close();
  }

  close(): void {
    this.cancel();
    if (this.shown === null) return;
    this.shown = null;
    this.overCard = false;
    this.callbacks.hide();
  }

  private cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.pending = null;
  }
}
