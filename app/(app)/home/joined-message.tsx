"use client";

import { useEffect, useRef } from "react";

/** "You joined Class 7B.": focused when it appears, so screen readers read it after the page changes. */
export function JoinedMessage({ name, isAlreadyMember }: { name: string; isAlreadyMember: boolean }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <p ref={ref} role="status" tabIndex={-1} className="rounded border border-green-300 bg-green-50 p-3 text-green-900">
      {isAlreadyMember ? `You are already in ${name}.` : `You joined ${name}.`}
    </p>
  );
}
