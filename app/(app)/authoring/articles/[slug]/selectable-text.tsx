"use client";

import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { buttonClass } from "@/components/ui/button";
import type { Span } from "@/lib/authoring/types";

/** How much of a long selection the button repeats. */
const EXCERPT = 60;

/**
 * The article's text, in which the teacher selects any words (with a mouse,
 * a finger or the keyboard's shift-arrows) to draft a fact from them. The
 * body is one text node, so a selection's offsets are offsets of the body.
 */
export function SelectableText({ body, draftHref }: { body: string; draftHref: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const [span, setSpan] = useState<Span | null>(null);

  useEffect(() => {
    const onChange = () => {
      const root = ref.current;
      const selection = document.getSelection();
      if (!root || !selection || selection.rangeCount === 0) return setSpan(null);
      const range = selection.getRangeAt(0);
      if (range.collapsed || !root.contains(range.startContainer) || !root.contains(range.endContainer)) return setSpan(null);
      const before = document.createRange();
      before.selectNodeContents(root);
      before.setEnd(range.startContainer, range.startOffset);
      const start = before.toString().length;
      const end = start + range.toString().length;
      setSpan(body.slice(start, end).trim() === "" ? null : { start, end });
    };
    document.addEventListener("selectionchange", onChange);
    return () => document.removeEventListener("selectionchange", onChange);
  }, [body]);

  const selected = span ? body.slice(span.start, span.end).trim() : "";
  const excerpt = selected.length > EXCERPT ? `${selected.slice(0, EXCERPT)}…` : selected;
  return (
    <div className="space-y-3">
      <div
        ref={ref}
        tabIndex={0}
        aria-label="The article's text: select words to draft a fact from them"
        className="max-h-[70vh] overflow-y-auto whitespace-pre-wrap rounded border border-slate-300 bg-white p-4 leading-relaxed focus:outline focus:outline-2 focus:outline-brand"
      >
        {body}
      </div>
      <div aria-live="polite" className="sticky bottom-0 z-10 rounded border border-slate-200 bg-slate-50 p-3 shadow-sm">
        {span ? (
          <Link href={`${draftHref}?start=${span.start}&end=${span.end}`} className={buttonClass("primary", "w-full sm:w-auto")}>
            Draft a fact from “{excerpt}”
          </Link>
        ) : (
          <p className="text-sm text-slate-700">Select words in the text (a name, a number, a whole sentence) to draft a fact from them.</p>
        )}
      </div>
    </div>
  );
}
