import { useRef, useState, type CSSProperties, type PointerEvent as ReactPointerEvent } from "react";

/** How far (px) a swipe must travel to count. */
const SWIPE_THRESHOLD = 80;

/**
 * Sideways swipes on an element, while `isEnabled`: it follows the finger
 * (`style`), and a release at least SWIPE_THRESHOLD away, mostly sideways,
 * calls `onSwipe`. A press on a button or link is left to it.
 */
export function useSwipe({ isEnabled, onSwipe }: { isEnabled: boolean; onSwipe: (direction: "left" | "right") => void }) {
  const [dragX, setDragX] = useState(0);
  const dragStart = useRef<{ x: number; y: number; id: number } | null>(null);

  function onPointerDown(event: ReactPointerEvent<HTMLElement>) {
    if (!isEnabled || (event.pointerType === "mouse" && event.button !== 0)) return;
    if (event.target instanceof HTMLElement && event.target.closest("button, a")) return;
    dragStart.current = { x: event.clientX, y: event.clientY, id: event.pointerId };
    event.currentTarget.setPointerCapture?.(event.pointerId);
  }

  function onPointerMove(event: ReactPointerEvent<HTMLElement>) {
    const start = dragStart.current;
    if (!start || start.id !== event.pointerId) return;
    const dx = event.clientX - start.x;
    if (Math.abs(dx) > Math.abs(event.clientY - start.y)) setDragX(dx);
  }

  function onPointerUp(event: ReactPointerEvent<HTMLElement>) {
    const start = dragStart.current;
    dragStart.current = null;
    if (!start || start.id !== event.pointerId) return;
    const dx = event.clientX - start.x;
    const isHorizontal = Math.abs(dx) > 2 * Math.abs(event.clientY - start.y);
    if (isHorizontal && dx <= -SWIPE_THRESHOLD) onSwipe("left");
    else if (isHorizontal && dx >= SWIPE_THRESHOLD) onSwipe("right");
    setDragX(0);
  }

  function onPointerCancel() {
    dragStart.current = null;
    setDragX(0);
  }

  const offset = isEnabled ? dragX : 0;
  const style: CSSProperties | undefined = offset ? { transform: `translateX(${offset}px) rotate(${offset / 40}deg)` } : undefined;
  return { style, handlers: { onPointerDown, onPointerMove, onPointerUp, onPointerCancel } };
}
