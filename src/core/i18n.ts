/** Languages the add-in speaks. Russian first. */
export type Lang = "ru" | "en";

/** A text in both languages: every message a person sees is one of these. */
export interface Text {
  ru: string;
  en: string;
}

/** Office's display language ("ru-RU", "en-US", …) → the add-in's language. */
export function langFromLocale(locale: string | null | undefined): Lang {
  return (locale ?? "").toLowerCase().startsWith("ru") ? "ru" : "en";
}
