/**
 * Tells the page that embeds this one its height, whenever it changes, as
 * `{ type: 'nk-explainer:resize', height, href }`. Hosts that strip scripts simply never
 * receive it; the embed is laid out for the iframe's fixed height.
 */
import { resizeMessageType } from '../lib/site/embeds';

/** Starts posting the document's height to the parent frame; returns a cleanup function. */
export function postHeightToParent(): () => void {
  if (window.parent === window) return () => {};
  let last = 0;
  const send = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: resizeMessageType, height, href: location.href }, '*');
  };
  const observer = new ResizeObserver(send);
  observer.observe(document.documentElement);
  send();
  return () => observer.disconnect();
}

postHeightToParent();
