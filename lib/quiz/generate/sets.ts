// Sets of items: one per article (the items with evidence from it), one per
// topic of content/topics.yaml in its order, and everything. In a set a
// fact's main item comes before any other item of it, so that a true/false
// item never follows the question it restates.
import type { ContentBank } from "@/lib/content/types";
import type { Item, ItemSet } from "../types";
import { formatPublished } from "@/lib/content/format";

/** The items in set order: every fact's main item, then the other items of facts, then items of several facts. */
export type OrderedItems = { main: Item[]; more: Item[]; groups: Item[] };

export function buildSets(bank: ContentBank, ordered: OrderedItems): ItemSet[] {
  const items = [...ordered.main, ...ordered.more, ...ordered.groups];
  const byArticle = new Map<string, string[]>();
  const byTopic = new Map<string, string[]>();
  for (const item of items) {
    for (const article of new Set(item.sources.map((source) => source.article))) pushTo(byArticle, article, item.id);
    for (const topic of new Set(item.topics)) pushTo(byTopic, topic, item.id);
  }

  const sets: ItemSet[] = [];
  for (const article of bank.articles) {
    const itemIds = byArticle.get(article.slug);
    if (!itemIds) continue;
    const byline = [article.outlet, article.author ? `by ${article.author}` : null, formatPublished(article.published)]
      .filter(Boolean)
      .join(", ");
    const title = article.titleIsSupplied ? `${article.title} (title supplied)` : article.title;
    sets.push({ slug: `article:${article.slug}`, title, description: `Questions from the article (${byline}).`, kind: "article", itemIds });
  }
  for (const topic of bank.topics) {
    const itemIds = byTopic.get(topic.slug);
    if (!itemIds) continue;
    sets.push({ slug: `topic:${topic.slug}`, title: topic.title, description: `Questions on the topic “${topic.title}”.`, kind: "topic", itemIds });
  }
  sets.push({ slug: "all", title: "Everything", description: "Every question from every article.", kind: "all", itemIds: items.map((item) => item.id) });
  return sets;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
