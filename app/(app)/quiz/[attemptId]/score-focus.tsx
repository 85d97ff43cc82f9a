"use client";

import { useEffect } from "react";

/**
 * The results replace the last question in place ("See results"), where the
 * page was scrolled down to its feedback: go back to the top, to the score,
 * and move the focus to its heading, so a screen reader starts there too.
 * A results page opened afresh is already at the top and is left alone.
 */
export function ScoreFocus({ headingId }: { headingId: string }) {
  useEffect(() => {
    if (window.scrollY === 0) return;
    window.scrollTo({ top: 0 });
    const heading = document.getElementById(headingId);
    if (!heading) return;
    heading.tabIndex = -1;
    heading.focus({ preventScroll: true });
  }, [headingId]);
  return null;
}
