import type { Metadata } from "next";
import Link from "next/link";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/lib/demo/accounts";
import { appConfig } from "@/server/config";
import { SignInForm } from "./sign-in-form";
import { signedOutCallback, type CallbackSearchParams } from "../signed-out-callback";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: CallbackSearchParams & Promise<{ deleted?: string }> }) {
  const callbackUrl = await signedOutCallback(searchParams);
  // Where a deleted account's browser lands (app/(app)/account/delete-account-form.tsx).
  const isAccountDeleted = (await searchParams).deleted === "1";
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-2xl font-bold">Sign in</h1>
      {isAccountDeleted ? (
        <p role="status" className="rounded border border-emerald-300 bg-emerald-50 p-3 text-emerald-900">
          Your account was deleted, with its data. Thank you for learning with Factdeck.
        </p>
      ) : null}
      <SignInForm callbackUrl={callbackUrl} />
      <p>
        New to Factdeck?{" "}
        <Link href={`/sign-up?callbackUrl=${encodeURIComponent(callbackUrl)}`} className="font-medium text-brand underline">
          Create an account
        </Link>
      </p>
      {appConfig().isDemo ? (
        <aside aria-labelledby="demo-heading" className="rounded border border-amber-300 bg-amber-50 p-4 text-sm">
          <h2 id="demo-heading" className="font-semibold">
            Demo mode
          </h2>
          <p>
            Try the demo accounts {DEMO_ACCOUNTS.map((account) => `“${account.username}”`).join(" and ")} with the password “{DEMO_PASSWORD}”.
          </p>
        </aside>
      ) : null}
    </div>
  );
}
