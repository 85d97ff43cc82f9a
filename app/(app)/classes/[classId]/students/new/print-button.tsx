"use client";

import { BUTTON } from "@/components/ui/button";

export function PrintButton({ children }: { children: string }) {
  return (
    <button type="button" onClick={() => window.print()} className={BUTTON.primary}>
      {children}
    </button>
  );
}
