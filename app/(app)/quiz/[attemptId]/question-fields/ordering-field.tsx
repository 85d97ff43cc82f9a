import { useEffect, useRef, useState } from "react";
import type { FieldProps } from "./shared";

/** The events as a list, each with buttons to move it up or down; the focus stays on the button used, and the new place is announced. */
export function OrderingField({ question, draft, onChange, isLocked, problemId }: FieldProps<"ordering">) {
  const order = draft.kind === "order" ? draft.order : question.events;
  const [moved, setMoved] = useState<{ label: string; direction: "up" | "down"; announcement: string } | null>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());

  // Keep the focus on the button just used, which moved with its event.
  useEffect(() => {
    if (moved) buttons.current.get(`${moved.label}:${moved.direction}`)?.focus();
  }, [moved]);

  function move(index: number, direction: "up" | "down") {
    const target = direction === "up" ? index - 1 : index + 1;
    const label = order[index];
    if (isLocked || label === undefined || target < 0 || target >= order.length) return;
    const next = [...order];
    next[index] = next[target]!;
    next[target] = label;
    onChange({ kind: "order", order: next });
    setMoved({ label, direction, announcement: `${label}: now ${target + 1} of ${order.length}.` });
  }

  return (
    <fieldset className="space-y-2" aria-describedby={problemId}>
      <legend className="mb-2 text-lg font-medium">{question.prompt}</legend>
      <p className="text-sm text-slate-700">Earliest first. Use the buttons to move an event up or down.</p>
      <ol className="space-y-2">
        {order.map((label, index) => (
          <li key={label} className="flex items-center gap-2 rounded border border-slate-300 bg-white p-2">
            <span className="w-6 shrink-0 text-center font-semibold" aria-hidden="true">
              {index + 1}
            </span>
            <span className="min-w-0 flex-1 break-words">{label}</span>
            {(["up", "down"] as const).map((direction) => {
              const isEdge = direction === "up" ? index === 0 : index === order.length - 1;
              return (
                <button
                  key={direction}
                  type="button"
                  ref={(element) => {
                    if (element) buttons.current.set(`${label}:${direction}`, element);
                    else buttons.current.delete(`${label}:${direction}`);
                  }}
                  aria-label={`Move ${label} ${direction}`}
                  aria-disabled={isLocked || isEdge}
                  onClick={() => move(index, direction)}
                  className="inline-flex min-h-tap min-w-tap shrink-0 items-center justify-center rounded border border-slate-400 bg-white text-lg aria-disabled:opacity-40"
                >
                  <span aria-hidden="true">{direction === "up" ? "↑" : "↓"}</span>
                </button>
              );
            })}
          </li>
        ))}
      </ol>
      <p role="status" className="sr-only">
        {moved?.announcement ?? ""}
      </p>
    </fieldset>
  );
}
