import Link from "next/link";

/** The way back up, above a page's title ("Library", "Classes"). */
export function BackLink({ href, children }: { href: string; children: string }) {
  return (
    <p>
      <Link href={href} className="text-sm text-brand underline">
        {children}
      </Link>
    </p>
  );
}
