import Link from "next/link";

/** The way back up, above a page's title ("Library", "Classes"). */
export function BackLink({ href, children }: { href: string; children: string }) {
  return (
    <p>
      {/* Tall enough to tap: a breadcrumb is on every page a phone opens (WCAG 2.2 target size). */}
      <Link href={href} className="inline-flex min-h-tap items-center text-sm text-brand underline">
        {children}
      </Link>
    </p>
  );
}
