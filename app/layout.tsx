import type { Metadata, Viewport } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { RegisterServiceWorker } from "@/components/pwa/register-service-worker";
import { TimeZoneCookie } from "@/components/time/time-zone-cookie";
import { currentUser } from "@/server/auth/session";
import "./globals.css";
import { buttonClass } from "@/components/ui/button";

export const metadata: Metadata = {
  title: { default: "Factdeck", template: "%s · Factdeck" },
  description: "Quizzes and flashcards from the news, with the source of every answer.",
  appleWebApp: { capable: true, title: "Factdeck", statusBarStyle: "default" },
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#1d4ed8" };

const NAV_LINK = "inline-flex min-h-tap items-center rounded px-3 hover:bg-slate-100";

export default async function RootLayout({ children }: { children: ReactNode }) {
  const user = await currentUser();
  return (
    <html lang="en">
      <body className="min-h-screen">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-2">
          Skip to content
        </a>
        <header className="border-b border-slate-200 bg-white">
          {/* One row when there is room; on a phone the account links wrap to a second row, on the right. */}
          <nav aria-label="Main" className="mx-auto flex max-w-3xl flex-wrap items-center gap-x-1 px-2 py-1 sm:px-4 sm:py-2">
            <Link href="/" className="mr-1 inline-flex min-h-tap items-center px-2 text-lg font-bold text-brand">
              Factdeck
            </Link>
            <ul className="flex items-center text-sm">
              {/* A teacher's home is their classes (/home sends them there): one link, not two to the same page. */}
              {user && user.role !== "teacher" ? (
                <li>
                  <Link href="/home" className={NAV_LINK}>
                    Home
                  </Link>
                </li>
              ) : null}
              {user?.role === "teacher" ? (
                <>
                  <li>
                    <Link href="/classes" className={NAV_LINK}>
                      Classes
                    </Link>
                  </li>
                  <li>
                    <Link href="/authoring" className={NAV_LINK}>
                      Your sets
                    </Link>
                  </li>
                </>
              ) : null}
              <li>
                <Link href="/library" className={NAV_LINK}>
                  Library
                </Link>
              </li>
            </ul>
            <div className="ml-auto flex min-w-0 items-center gap-1 text-sm">
              {user ? (
                <>
                  <Link href="/account" className={`${NAV_LINK} min-w-0 max-w-[12rem]`}>
                    <span className="truncate">{user.name}</span>
                  </Link>
                  <SignOutButton />
                </>
              ) : (
                <>
                  <Link href="/sign-in" className={NAV_LINK}>
                    Sign in
                  </Link>
                  <Link href="/sign-up" className={buttonClass("primary")}>
                    Sign up
                  </Link>
                </>
              )}
            </div>
          </nav>
        </header>
        <main id="main" className="mx-auto max-w-3xl px-4 py-6">
          {children}
        </main>
        <RegisterServiceWorker />
        {user ? <TimeZoneCookie /> : null}
      </body>
    </html>
  );
}
