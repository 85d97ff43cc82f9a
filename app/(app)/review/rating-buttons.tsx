import type { Ref } from "react";
import type { IntervalButton } from "@/lib/srs/flashcard";
import type { Rating } from "@/lib/srs/scheduler";

const BUTTON_STYLE: Record<Rating, string> = {
  1: "border-red-300 bg-red-50 text-red-900 hover:bg-red-100",
  2: "border-amber-300 bg-amber-50 text-amber-900 hover:bg-amber-100",
  3: "border-green-300 bg-green-50 text-green-900 hover:bg-green-100",
  4: "border-sky-300 bg-sky-50 text-sky-900 hover:bg-sky-100",
};

/** Again to Easy, each with when the card would come back; the group takes the focus when the answer shows. */
export function RatingButtons({ buttons, onRate, ref }: { buttons: IntervalButton[]; onRate: (rating: Rating) => void; ref: Ref<HTMLDivElement> }) {
  return (
    <div ref={ref} role="group" aria-label="How well did you remember?" tabIndex={-1} className="sticky bottom-0 space-y-2 bg-white py-2">
      <p className="text-sm text-slate-700">How well did you remember? Keys 1–4, or swipe left for Again and right for Good.</p>
      <div className="grid grid-cols-4 gap-2">
        {buttons.map((button) => (
          <button
            key={button.rating}
            type="button"
            onClick={() => onRate(button.rating)}
            aria-label={`${button.label}, ${button.interval}`}
            aria-keyshortcuts={String(button.rating)}
            className={`flex min-h-tap flex-col items-center justify-center rounded border px-1 py-2 font-medium ${BUTTON_STYLE[button.rating]}`}
          >
            <span>{button.label}</span>
            <span className="text-sm font-normal">{button.interval}</span>
          </button>
        ))}
      </div>
    </div>
  );
}
