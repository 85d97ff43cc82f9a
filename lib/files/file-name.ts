// Names of the files people download: letters, digits and dashes, so every
// browser and system keeps them as they are.

/** "Révision: l’accord / Kenya" → "revision-l-accord-kenya"; `fallback` when nothing is left. */
export function fileSlug(text: string, fallback: string): string {
  const slug = text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return slug || fallback;
}
