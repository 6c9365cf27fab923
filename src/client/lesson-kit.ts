/**
 * `<lesson-kit>`: shows the kit's buttons (hidden without JavaScript) and loads the kit's
 * actions only when a reader first opens one of its panels, so pages carry no kit code at load.
 */
class LessonKit extends HTMLElement {
  private controller: { detach(): void } | undefined;
  private loading = false;
  /** A button pressed before the actions had loaded; pressed again once they have. */
  private pending: HTMLButtonElement | undefined;

  connectedCallback(): void {
    this.querySelectorAll<HTMLElement>('[data-kit-copy], [data-kit-downloads], [data-kit-options], [data-kit-load-preview]').forEach((el) => (el.hidden = false));
    this.addEventListener('toggle', this.load, true);
    this.addEventListener('click', this.holdEarlyClick, true);
  }

  disconnectedCallback(): void {
    this.removeEventListener('toggle', this.load, true);
    this.removeEventListener('click', this.holdEarlyClick, true);
    this.controller?.detach();
  }

  private holdEarlyClick = (event: Event): void => {
    const button = (event.target as Element).closest('button');
    if (this.controller || !button) return;
    event.stopPropagation();
    this.pending = button;
    this.load();
  };

  private load = (): void => {
    if (this.loading) return;
    this.loading = true;
    void import('./lesson-kit-actions').then(({ LessonKitController }) => {
      if (!this.isConnected) return;
      const controller = new LessonKitController(this);
      controller.attach();
      this.controller = controller;
      this.pending?.click();
      this.pending = undefined;
    });
  };
}

if (!customElements.get('lesson-kit')) customElements.define('lesson-kit', LessonKit);
