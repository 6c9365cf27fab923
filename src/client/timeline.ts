/**
 * Loads `<timeline-view>` (`timeline-view.ts`) once the page has shown its first frame, as a
 * chunk of its own: the timeline is drawn in the HTML already, so the scripts a page starts
 * with stay small, and the view's behaviour (its layout, scale, zoom and address) comes next.
 */
import { afterFirstPaint } from './after-first-paint';

afterFirstPaint(() => void import('./timeline-view'));
