// matching.yaml: the curator's matching items, each made of pairs from
// facts of the bank.
import { matchingSchema } from "./schema";
import { nameKey } from "./text-keys";
import type { ContentProblem, Fact, MatchingGroup } from "./types";
import { parseYamlList, type Path } from "./yaml-lines";

/** Matching items need at least this many pairs. */
const MATCHING_MIN_PAIRS = 4;

/**
 * matching.yaml: curated matching items. Every pair names a fact of the
 * bank, once across all groups; premises and clues are distinct; there are
 * at least four pairs and one extra response.
 */
export function checkMatching(file: string, text: string, facts: Map<string, Fact>): { groups: MatchingGroup[]; problems: ContentProblem[] } {
  const list = parseYamlList(file, text, matchingSchema, { notAList: "matching file must be a list of matching items", allowEmpty: true });
  if (!list.ok) return { groups: [], problems: list.problems };
  const { lineOf } = list;
  const problems: ContentProblem[] = [];
  const usedFacts = new Map<string, string>();
  const ids = new Set<string>();
  const groups = list.items.map((group, index) => {
    const report = (path: Path, message: string) => problems.push({ file, line: lineOf([index, ...path]), message });
    if (ids.has(group.id)) report(["id"], `duplicate matching item ${group.id}`);
    ids.add(group.id);
    if (group.pairs.length < MATCHING_MIN_PAIRS) report(["pairs"], `a matching item needs at least ${MATCHING_MIN_PAIRS} pairs, this one has ${group.pairs.length}`);
    const lefts = new Set<string>();
    const rights = new Set<string>();
    group.pairs.forEach((pair, pairIndex) => {
      if (!facts.has(pair.fact)) report(["pairs", pairIndex, "fact"], `unknown fact ${pair.fact}`);
      const first = usedFacts.get(pair.fact);
      if (first) report(["pairs", pairIndex, "fact"], `fact ${pair.fact} is already asked by matching item ${first}`);
      usedFacts.set(pair.fact, group.id);
      if (lefts.has(nameKey(pair.left))) report(["pairs", pairIndex, "left"], `duplicate premise "${pair.left}"`);
      if (rights.has(nameKey(pair.right))) report(["pairs", pairIndex, "right"], `duplicate clue "${pair.right}"`);
      lefts.add(nameKey(pair.left));
      rights.add(nameKey(pair.right));
    });
    group.extras.forEach((extra, extraIndex) => {
      if (rights.has(nameKey(extra))) report(["extras", extraIndex], `extra response "${extra}" is also a clue`);
    });
    return { id: group.id, prompt: group.prompt, pairs: group.pairs, extras: group.extras, line: lineOf([index, "id"]) };
  });
  return { groups, problems };
}
