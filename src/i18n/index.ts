import type { Lang } from "../core/i18n";
import { ru } from "./ru";
import { en } from "./en";

type Widen<T> = T extends (...args: infer A) => infer R ? (...args: A) => R : T extends string ? string : { [K in keyof T]: Widen<T[K]> };

/** The shape of the strings, taken from the Russian file: en.ts must have every key. */
export type Strings = Widen<typeof ru>;

export function strings(lang: Lang): Strings {
  return lang === "ru" ? ru : en;
}
