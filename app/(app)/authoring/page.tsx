import type { Metadata } from "next";
import Link from "next/link";
import { BADGE } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { PageSection } from "@/components/ui/page-section";
import { formatPublished } from "@/lib/content/format";
import { requireTeacherUser } from "@/server/auth/session";
import { listOwnArticles } from "@/server/authoring/articles";
import { listTeacherSets } from "@/server/authoring/sets";

export const metadata: Metadata = { title: "Your articles and sets" };

const LINK = "inline-flex min-h-tap items-center font-semibold text-brand underline-offset-2 hover:underline";

export default async function AuthoringPage() {
  const user = await requireTeacherUser("/authoring");
  const [articles, sets] = await Promise.all([listOwnArticles(user), listTeacherSets(user)]);
  const own = sets.filter((set) => set.isOwn);
  const shared = sets.filter((set) => !set.isOwn);
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">Your articles and sets</h1>
        <p className="text-slate-700">
          Bring this week’s news: add an article, pick the sentences that matter, and Factdeck drafts the facts and asks them with the quoted sentence as the
          source. Sets are drafts until you publish them; then you can assign them to a class or share them with another teacher.
        </p>
        <div className="flex flex-wrap gap-2">
          <Link href="/authoring/articles/new" className={buttonClass("primary")}>
            Add an article
          </Link>
          <Link href="/authoring/import" className={buttonClass("secondary")}>
            Import cards (CSV)
          </Link>
          {articles.length > 0 ? (
            <Link href="/authoring/sets/new" className={buttonClass("secondary")}>
              Pick facts for a set
            </Link>
          ) : null}
        </div>
      </header>

      <PageSection id="articles" title="Your articles">
        {articles.length === 0 ? (
          <p>You have not added an article yet.</p>
        ) : (
          <ul className="space-y-3">
            {articles.map((article) => (
              <li key={article.slug} className="rounded-lg border border-slate-200 bg-white p-4">
                <Link href={`/authoring/articles/${encodeURIComponent(article.slug)}`} className={LINK}>
                  {article.title || "Untitled article"}
                </Link>
                <p className="text-sm text-slate-700">
                  {article.outlet ?? "outlet not stated"} · {article.published === null ? "date not stated" : formatPublished(article.published)} ·{" "}
                  {article.characters.toLocaleString("en-US")} characters
                </p>
              </li>
            ))}
          </ul>
        )}
      </PageSection>

      <PageSection id="sets" title="Your sets">
        {own.length === 0 ? (
          <p>Your sets appear here once your facts have questions: one per article, and any you pick by hand.</p>
        ) : (
          <SetList sets={own} />
        )}
      </PageSection>

      {shared.length > 0 ? (
        <PageSection id="shared" title="Shared with you">
          <SetList sets={shared} />
        </PageSection>
      ) : null}
    </div>
  );
}

function SetList({ sets }: { sets: Awaited<ReturnType<typeof listTeacherSets>> }) {
  return (
    <ul className="space-y-3">
      {sets.map((set) => (
        <li key={set.slug} className="rounded-lg border border-slate-200 bg-white p-4">
          <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <Link href={`/authoring/sets/${encodeURIComponent(set.slug)}`} className={LINK}>
              {set.title}
            </Link>
            {set.publishedAt ? <span className={BADGE.success}>Published</span> : <span className={BADGE.neutral}>Draft</span>}
          </div>
          <p className="text-sm text-slate-700">
            {set.itemCount} {set.itemCount === 1 ? "question" : "questions"}
            {set.isOwn ? "" : ` · shared by ${set.ownerName}`}
          </p>
        </li>
      ))}
    </ul>
  );
}
