/**
 * The hidden lists sheet «_po_lists»: drop-down sources shared by every template in a workbook. Each list has
 * a fixed column per language (Russian lists on the left, English ones further right), a title in row 1 and
 * its items below, and a workbook-scoped name PO_List_<Key>_<lang>. A template reuses the sheet and adds only
 * the lists whose names the workbook does not have yet; a person may edit the items.
 */
import type { Lang } from "../i18n";
import type { SheetPlan, ValidationWrite } from "../workbook";
import type { RangeRef } from "../address";
import { SheetBuilder, rect } from "./builder";
import { HEADER_STYLE } from "./layout";
import { LIST_TITLES, LISTS, tr, type ListKey } from "./strings";

export const LISTS_SHEET = "_po_lists";

const KEYS = Object.keys(LISTS) as ListKey[];
const LANG_OFFSET: Record<Lang, number> = { ru: 0, en: KEYS.length + 1 };

export function listName(key: ListKey, lang: Lang): string {
  return `PO_List_${key}_${lang}`;
}

export function listRef(key: ListKey, lang: Lang): RangeRef {
  const col = LANG_OFFSET[lang] + KEYS.indexOf(key);
  return rect(1, col, LISTS[key][lang].length, col);
}

/** The lists sheet's plan for one language: null when the workbook already has every list. */
export function listsPlan(lang: Lang, existingSheets: readonly string[], existingNames: readonly string[]): SheetPlan | null {
  const names = new Set(existingNames.map((n) => n.toLowerCase()));
  const missing = KEYS.filter((k) => !names.has(listName(k, lang).toLowerCase()));
  if (missing.length === 0) return null;
  const exists = existingSheets.some((s) => s.toLowerCase() === LISTS_SHEET.toLowerCase());
  const b = new SheetBuilder(LISTS_SHEET);
  for (const key of missing) {
    const ref = listRef(key, lang);
    b.width(ref.left, 34);
    b.value(0, ref.left, tr(LIST_TITLES[key], lang), HEADER_STYLE);
    LISTS[key][lang].forEach((item, i) => b.value(1 + i, ref.left, item));
    b.name(listName(key, lang), ref);
  }
  return b.build(exists ? {} : { create: true, visibility: "hidden" });
}

/** A drop-down from a list of the lists sheet. strict: reject other input; otherwise warn only. */
export function listValidation(ref: RangeRef, key: ListKey, lang: Lang, strict: boolean): ValidationWrite {
  return {
    ref,
    rule: { type: "listFormula", formula: `=${listName(key, lang)}` },
    strict,
    error: { title: tr("invalidTitle", lang), message: tr(strict ? "pickFromList" : "pickOrType", lang) },
  };
}
