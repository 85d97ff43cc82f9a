import type { Metadata } from "next";
import Link from "next/link";
import { SignUpForm } from "./sign-up-form";
import { signedOutCallback, type CallbackSearchParams } from "../signed-out-callback";

export const metadata: Metadata = { title: "Sign up" };

export default async function SignUpPage({ searchParams }: { searchParams: CallbackSearchParams }) {
  const callbackUrl = await signedOutCallback(searchParams);
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-2xl font-bold">Create an account</h1>
      <SignUpForm callbackUrl={callbackUrl} />
      <p>
        Already have an account?{" "}
        <Link href={`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`} className="font-medium text-brand underline">
          Sign in
        </Link>
      </p>
    </div>
  );
}
