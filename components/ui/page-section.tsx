import type { ReactNode } from "react";

/**
 * A titled part of a page: a <section> named by its <h2>, for screen readers'
 * landmarks. `action` (a link or button) sits beside the heading, wrapping
 * under it on narrow screens.
 */
export function PageSection({
  id,
  title,
  action,
  className = "space-y-3",
  children,
}: {
  id: string;
  title: ReactNode;
  action?: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  const heading = (
    <h2 id={`${id}-heading`} className="text-xl font-semibold">
      {title}
    </h2>
  );
  return (
    <section aria-labelledby={`${id}-heading`} className={className}>
      {action ? (
        <div className="flex flex-wrap items-center justify-between gap-2">
          {heading}
          {action}
        </div>
      ) : (
        heading
      )}
      {children}
    </section>
  );
}
