// Reads the content files (see content/README.md) for lib/content/parse.ts.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { CONTENT_DIR } from "@/lib/content/parse";
import type { ContentFile } from "@/lib/content/parse";

/**
 * articles/*.md, sources/*.txt, entities.yaml, topics.yaml, matching.yaml, review.yaml and facts/*.yaml of the content directory
 * `dir` (relative to `root`), sorted by path. Paths are relative to `root`
 * with forward slashes: content/articles/x.md for the repository's content.
 */
export function readContentFiles(root: string, dir: string = CONTENT_DIR): ContentFile[] {
  const absoluteDir = path.resolve(root, dir);
  const relativeDir = contentDirPath(root, dir);
  const files: ContentFile[] = [];
  const read = (name: string) => {
    const text = readFileSync(path.join(absoluteDir, name), "utf8");
    files.push({ path: relativeDir === "" ? name : `${relativeDir}/${name}`, text });
  };
  for (const name of listFiles(path.join(absoluteDir, "articles"), ".md")) read(`articles/${name}`);
  for (const name of listFiles(path.join(absoluteDir, "sources"), ".txt")) read(`sources/${name}`);
  if (existsSync(path.join(absoluteDir, "entities.yaml"))) read("entities.yaml");
  if (existsSync(path.join(absoluteDir, "topics.yaml"))) read("topics.yaml");
  if (existsSync(path.join(absoluteDir, "matching.yaml"))) read("matching.yaml");
  if (existsSync(path.join(absoluteDir, "review.yaml"))) read("review.yaml");
  for (const name of listFiles(path.join(absoluteDir, "facts"), ".yaml")) read(`facts/${name}`);
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** A path relative to `root`, with forward slashes, as parseContent expects. */
export function contentDirPath(root: string, dir: string): string {
  return toPosix(path.relative(root, path.resolve(root, dir)));
}

function toPosix(file: string): string {
  return file.split(path.sep).join("/");
}

function listFiles(dir: string, extension: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(extension))
    .map((entry) => entry.name);
}
