// topics.yaml: the topics of the story, one set of questions each.
import { topicsSchema } from "./schema";
import type { ContentProblem, Topic } from "./types";
import { parseYamlList } from "./yaml-lines";

/** topics.yaml: the list of topic slugs and titles, in the order their sets are listed. */
export function checkTopics(file: string, text: string): { topics: Topic[] | null; problems: ContentProblem[] } {
  const list = parseYamlList(file, text, topicsSchema, { notAList: "topics file must be a list of slug and title", allowEmpty: false });
  if (!list.ok) return { topics: null, problems: list.problems };
  const problems: ContentProblem[] = [];
  const seen = new Set<string>();
  list.items.forEach((topic, index) => {
    if (seen.has(topic.slug)) problems.push({ file, line: list.lineOf([index, "slug"]), message: `duplicate topic ${topic.slug}` });
    seen.add(topic.slug);
  });
  return { topics: list.items, problems };
}
