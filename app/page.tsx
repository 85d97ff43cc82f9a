import Link from "next/link";
import { currentUser } from "@/server/auth/session";
import { buttonClass } from "@/components/ui/button";

const FEATURES = [
  {
    title: "Every answer has a source",
    body: "Each question comes from a fact in a news article. After you answer, you see the sentence it came from, with the outlet, author and date.",
  },
  {
    title: "Where sources disagree, you learn that too",
    body: "When one outlet says “police officers” and another says “soldiers”, Factdeck records the conflict and asks about it instead of picking a side.",
  },
  {
    title: "Facts, claims, quotes and opinions",
    body: "Claims are attributed to whoever makes them, quotes become “who said it” questions, and opinions are never marked right or wrong.",
  },
  {
    title: "Remember it for longer",
    body: "Flashcards come back just before you would forget them, scheduled by FSRS, the spaced-repetition algorithm Anki uses.",
  },
  {
    title: "Made for classes",
    body: "Teachers create classes, hand out a join code, assign sets with due dates and see which questions the class finds hard.",
  },
];

export default async function HomePage() {
  const user = await currentUser();
  return (
    <div className="space-y-8">
      <section className="space-y-4">
        <h1 className="text-3xl font-bold tracking-tight">Learn the news, and where it comes from</h1>
        <p className="text-lg text-slate-700">
          Factdeck turns news articles into quizzes and flashcards. Its first story: the September 2023 defense agreement between
          the United States and Kenya, and Kenya’s offer to lead a police mission to Haiti.
        </p>
        <div className="flex flex-wrap gap-3">
          {user ? (
            <Link href="/home" className={buttonClass("primary")}>
              Go to your home page
            </Link>
          ) : (
            <>
              <Link href="/sign-up" className={buttonClass("primary")}>
                Create an account
              </Link>
              <Link href="/sign-in" className="inline-flex min-h-tap items-center rounded border border-slate-300 bg-white px-5 font-medium hover:bg-slate-100">
                Sign in
              </Link>
            </>
          )}
        </div>
      </section>
      <section aria-labelledby="why" className="space-y-3">
        <h2 id="why" className="text-xl font-semibold">
          What makes it different
        </h2>
        <ul className="grid gap-3 sm:grid-cols-2">
          {FEATURES.map((feature) => (
            <li key={feature.title} className="rounded-lg border border-slate-200 bg-white p-4">
              <h3 className="font-semibold">{feature.title}</h3>
              <p className="mt-1 text-slate-700">{feature.body}</p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
