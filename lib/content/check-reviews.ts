// review.yaml: editors' verdicts on generated items.
import { reviewsSchema } from "./schema";
import type { ContentProblem, Review } from "./types";
import { parseYamlList } from "./yaml-lines";

/** review.yaml: editors' verdicts by item id, one per item. */
export function checkReviews(file: string, text: string): { reviews: Review[]; problems: ContentProblem[] } {
  const list = parseYamlList(file, text, reviewsSchema, { notAList: "review file must be a list of item, verdict and reason", allowEmpty: true });
  if (!list.ok) return { reviews: [], problems: list.problems };
  const problems: ContentProblem[] = [];
  const seen = new Map<string, number>();
  const reviews = list.items.map((review, index) => {
    const line = list.lineOf([index, "item"]);
    const first = seen.get(review.item);
    if (first !== undefined) problems.push({ file, line, message: `second verdict on item ${review.item} (first at line ${first})` });
    else seen.set(review.item, line);
    return { item: review.item, verdict: review.verdict, reason: review.reason, by: review.by ?? null, line };
  });
  return { reviews, problems };
}
