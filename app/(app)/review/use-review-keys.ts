import { useEffect } from "react";
import type { Rating } from "@/lib/srs/scheduler";

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));
}

/**
 * The session's keys, anywhere on the page: Space or Enter shows the answer
 * (except on a button or link, which they press), 1–4 rate, Z undoes. Not
 * while typing, nor with Ctrl, Cmd or Alt.
 */
export function useReviewKeys({
  isRevealed,
  reveal,
  rate,
  undo,
}: {
  isRevealed: boolean;
  reveal: () => void;
  rate: (rating: Rating) => void;
  undo: () => void;
}) {
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      const isOnButton = event.target instanceof HTMLButtonElement || event.target instanceof HTMLAnchorElement;
      if ((event.key === " " || event.key === "Enter") && !isRevealed && !isOnButton) {
        event.preventDefault();
        reveal();
      } else if (["1", "2", "3", "4"].includes(event.key)) {
        rate(Number(event.key) as Rating);
      } else if (event.key === "z" || event.key === "Z") {
        undo();
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [isRevealed, reveal, rate, undo]);
}
