import { describe, expect, it } from 'vitest';
import { cardAbove, cardMaxHeight, cardWidth, markOffsetAt, zoomButtonsAt } from '../../../src/lib/map/static-overlay';

describe('markOffsetAt(offset, scale)', () => {
  it('moves nothing at the scale the offsets were set for, and makes up for the panel\'s scale elsewhere', () => {
    expect(markOffsetAt([14, -24], 1).map((n) => n + 0)).toEqual([0, 0]);
    // At half scale the panel halves the 14 px: the mark moves 14 px more to keep them.
    expect(markOffsetAt([14, -24], 0.5)).toEqual([14, -24]);
    expect(markOffsetAt([14, -24], 2)).toEqual([-7, 12]);
  });
});

describe('cardWidth(frameWidth) and cardMaxHeight(frameHeight)', () => {
  it('caps a card at 354 px, leaving 18 px either side in a narrow frame', () => {
    expect(cardWidth(1280)).toBe(354);
    expect(cardWidth(375)).toBe(339);
  });

  it('leaves room above a card for the zoom buttons, never going under 200 px', () => {
    expect(cardMaxHeight(560)).toBe(470);
    expect(cardMaxHeight(250)).toBe(200);
  });
});

describe('cardAbove(mark, frame, width, height)', () => {
  it('centres the card on its mark, 10 px above it, relative to the frame', () => {
    const frame = { left: 100, top: 50, right: 900, bottom: 610 };
    expect(cardAbove({ left: 490, top: 400, right: 510, bottom: 420 }, frame, 300, 200)).toEqual({ left: 250, top: 140 });
  });
});

describe('zoomButtonsAt(left, top)', () => {
  it('is the live map\'s zoom buttons\' box, 11 px in from the frame\'s corner and 74 px down', () => {
    expect(zoomButtonsAt(100, 50)).toEqual({ left: 111, top: 61, right: 145, bottom: 124 });
  });
});
