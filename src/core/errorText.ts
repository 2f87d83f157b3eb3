/**
 * Anything thrown, in words for a person: one home for the task pane's describeError and the command line's
 * plainMessage. Never a stack trace, never a script path with line positions.
 */
import type { Text } from "./i18n";

/** The message of anything thrown: an Error's message, an object's `message`, else its string form. */
export function thrownMessage(e: unknown): string {
  if (e instanceof Error) return e.message;
  if (e && typeof e === "object" && "message" in e) return String((e as { message: unknown }).message);
  return String(e);
}

/** The `code` an error carries (Office.js errors, Node's system errors), or "". */
export function thrownCode(e: unknown): string {
  return e && typeof e === "object" && "code" in e ? String((e as { code: unknown }).code) : "";
}

const isText = (t: unknown): t is Text => !!t && typeof t === "object" && typeof (t as Text).ru === "string" && typeof (t as Text).en === "string";

/**
 * The words an error already has for a person, in both languages: `text` (the task pane's UserFacingError) or
 * `reason` (the xlsx adapter's XlsxReadError and XlsxWriteError); null when it has none.
 */
export function carriedText(e: unknown): Text | null {
  if (!e || typeof e !== "object") return null;
  const { text, reason } = e as { text?: unknown; reason?: unknown };
  if (isText(text)) return text;
  if (isText(reason)) return reason;
  return null;
}

/**
 * The first line of a message that is not a stack frame ("    at f (a.js:1:2)"), without script paths and URLs
 * with line positions ("engine.3f2a.js:1:4051") or a trailing " at …", at most `max` characters.
 */
export function plainDetail(message: string, max = 300): string {
  const first = message.split(/\r?\n/).find((l) => l.trim() && !/^\s*at\s/.test(l)) ?? "";
  return first
    .replace(/\s*\(?(?:[a-z][\w+.-]*:\/\/)?[^\s()'"]*\.(?:[cm]?js|tsx?|mjs)(?::\d+)+\)?/gi, "")
    .replace(/\s+at\s+\S+\s*$/, "")
    .trim()
    .slice(0, max);
}
