/**
 * Quoting, one home. Names inside messages («Паспорт», «Паспорт (2)») and text inside formulas ("a ""b"""). A sheet
 * name inside a reference ('Паспорт (2)'!A1) is quoteSheet in address.ts, the one implementation for that.
 */
import type { Text } from "./i18n";

/** A name as the messages quote it, in both languages: «name». */
export function quoted(name: string): string {
  return `«${name}»`;
}

/** Names as a message lists them: «a», «b», «c». */
export function quotedList(names: readonly string[]): string {
  return names.map(quoted).join(", ");
}

/**
 * The inside of a quoted list, for a message whose own text puts the outer quotes around it (i18n strings such as
 * `Защищён лист «${sheets}»`): «a», «b» in Russian, “a”, “b” in English.
 */
export function quotedListInner(names: readonly string[]): Text {
  return { ru: names.join("», «"), en: names.join("”, “") };
}

/** A text as a string literal inside an Excel formula: in double quotes, each double quote doubled. */
export function formulaString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}
