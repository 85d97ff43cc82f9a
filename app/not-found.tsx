import Link from "next/link";

export default function NotFound() {
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Page not found</h1>
      <p>There is nothing at this address, or you do not have access to it.</p>
      <Link href="/" className="font-medium text-brand underline">
        Go to the home page
      </Link>
    </div>
  );
}
