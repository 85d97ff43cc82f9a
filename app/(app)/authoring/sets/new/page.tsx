import type { Metadata } from "next";
import { BackLink } from "@/components/ui/back-link";
import { requireTeacherUser } from "@/server/auth/session";
import { listOwnArticles } from "@/server/authoring/articles";
import { listOwnFacts } from "@/server/authoring/facts";
import { PickSetForm } from "./pick-set-form";

export const metadata: Metadata = { title: "Pick facts for a set" };

export default async function NewSetPage() {
  const user = await requireTeacherUser("/authoring/sets/new");
  const [facts, articles] = await Promise.all([listOwnFacts(user), listOwnArticles(user)]);
  const titles = new Map(articles.map((article) => [article.slug, article.title || "Untitled article"]));
  const choices = facts
    .filter((fact) => fact.items.length > 0)
    .map((fact) => ({ id: fact.id, statement: fact.statement, article: titles.get(fact.articles[0] ?? "") ?? "", questions: fact.items.length }));
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <BackLink href="/authoring">Your articles and sets</BackLink>
        <h1 className="text-2xl font-bold">Pick facts for a set</h1>
        <p className="text-slate-700">A set of facts from any of your articles. It holds their questions and follows your edits; it is a draft until you publish it.</p>
      </header>
      {choices.length === 0 ? <p>None of your facts has a question yet.</p> : <PickSetForm choices={choices} />}
    </div>
  );
}
