// How authoring's limits are written in messages.

/** 5000 → "5,000". */
export function formatCount(count: number): string {
  return count.toLocaleString("en-US");
}

/** Bytes as megabytes, rounded up to a tenth, so a file just over a limit never reads as the limit itself: "2.1 MB". */
export function formatMegabytes(bytes: number): string {
  return `${(Math.ceil((bytes / (1024 * 1024)) * 10) / 10).toLocaleString("en-US", { maximumFractionDigits: 1 })} MB`;
}

/** The longest title of a teacher's hand-picked set. */
export const MAX_SET_TITLE = 120;
