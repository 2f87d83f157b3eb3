/**
 * Automatic list numbers. Word keeps «1.», «1.2.», «а)» out of the text: a paragraph has w:numPr (a list and
 * a level, itself or through its style) and word/numbering.xml says how each level counts and writes its
 * number. Without them a numbered plan or a stage list loses its numbers, so they are computed here the way
 * Word does for the common formats (decimal, letters, Roman, Russian letters, bullets).
 */
import { child, elements, type XmlElement } from "./xml";

interface Level {
  start: number;
  format: string;
  text: string;
}

export interface ListRef {
  numId: string;
  ilvl: number;
}

const RU_LOWER = "абвгдежзиклмнопрстуфхцчшщэюя";

function roman(n: number): string {
  const table: [number, string][] = [
    [1000, "M"],
    [900, "CM"],
    [500, "D"],
    [400, "CD"],
    [100, "C"],
    [90, "XC"],
    [50, "L"],
    [40, "XL"],
    [10, "X"],
    [9, "IX"],
    [5, "V"],
    [4, "IV"],
    [1, "I"],
  ];
  let s = "";
  for (const [v, r] of table) {
    while (n >= v) {
      s += r;
      n -= v;
    }
  }
  return s;
}

function letters(n: number, alphabet: string): string {
  // Word repeats the letter past the alphabet: a … z, aa … zz
  const k = alphabet.length;
  const letter = alphabet[(n - 1) % k];
  return letter.repeat(Math.floor((n - 1) / k) + 1);
}

export function formatNumber(n: number, format: string): string {
  switch (format) {
    case "lowerLetter":
      return letters(n, "abcdefghijklmnopqrstuvwxyz");
    case "upperLetter":
      return letters(n, "ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    case "lowerRoman":
      return roman(n).toLowerCase();
    case "upperRoman":
      return roman(n);
    case "russianLower":
      return letters(n, RU_LOWER);
    case "russianUpper":
      return letters(n, RU_LOWER.toUpperCase());
    case "decimalZero":
      return n < 10 ? `0${n}` : String(n);
    case "none":
      return "";
    default:
      return String(n);
  }
}

const val = (el: XmlElement | undefined): string | undefined => el?.attrs.val;

/** The lists of a document: call `label` for each numbered paragraph in document order. */
export class Numbering {
  private readonly abstract = new Map<string, Map<number, Level>>();
  private readonly nums = new Map<string, { abstractId: string; starts: Map<number, number> }>();
  private readonly styleNum = new Map<string, ListRef>();
  private readonly counters = new Map<string, number[]>();

  constructor(numbering?: XmlElement, styles?: XmlElement) {
    for (const el of numbering ? elements(numbering) : []) {
      if (el.local === "abstractNum") {
        const levels = new Map<number, Level>();
        for (const lvl of elements(el).filter((x) => x.local === "lvl")) {
          levels.set(Number(lvl.attrs.ilvl ?? 0), {
            start: Number(val(child(lvl, "start")) ?? 1),
            format: val(child(lvl, "numFmt")) ?? "decimal",
            text: val(child(lvl, "lvlText")) ?? "",
          });
        }
        this.abstract.set(el.attrs.abstractNumId ?? "", levels);
      } else if (el.local === "num") {
        const starts = new Map<number, number>();
        for (const o of elements(el).filter((x) => x.local === "lvlOverride")) {
          const s = val(child(o, "startOverride"));
          if (s !== undefined) starts.set(Number(o.attrs.ilvl ?? 0), Number(s));
        }
        this.nums.set(el.attrs.numId ?? "", { abstractId: val(child(el, "abstractNumId")) ?? "", starts });
      }
    }
    for (const st of styles ? elements(styles).filter((x) => x.local === "style" && x.attrs.type === "paragraph") : []) {
      const numPr = child(child(st, "pPr"), "numPr");
      const numId = val(child(numPr, "numId"));
      if (numId) this.styleNum.set(st.attrs.styleId ?? "", { numId, ilvl: Number(val(child(numPr, "ilvl")) ?? 0) });
    }
  }

  /** The paragraph's list, from its own w:numPr or its style's; undefined when it is not a list item. */
  listOf(pPr: XmlElement | undefined): ListRef | undefined {
    const numPr = child(pPr, "numPr");
    const own = val(child(numPr, "numId"));
    const style = this.styleNum.get(val(child(pPr, "pStyle")) ?? "");
    const numId = own ?? style?.numId;
    if (!numId || numId === "0") return undefined;
    return { numId, ilvl: Number(val(child(numPr, "ilvl")) ?? style?.ilvl ?? 0) };
  }

  /** The number text of the next item of a list at a level («1.2.»), "" for bullets and unknown lists. */
  label(ref: ListRef): string {
    const num = this.nums.get(ref.numId);
    const levels = num && this.abstract.get(num.abstractId);
    const level = levels?.get(ref.ilvl);
    if (!num || !levels || !level) return "";
    if (level.format === "bullet") return "•";
    const counts = this.counters.get(ref.numId) ?? [];
    const startOf = (i: number) => num.starts.get(i) ?? levels.get(i)?.start ?? 1;
    counts[ref.ilvl] = counts[ref.ilvl] === undefined ? startOf(ref.ilvl) : counts[ref.ilvl] + 1;
    // a deeper level starts over when a shallower one advances
    counts.length = ref.ilvl + 1;
    this.counters.set(ref.numId, counts);
    return level.text.replace(/%(\d)/g, (_, d: string) => {
      const i = Number(d) - 1;
      const n = counts[i] ?? startOf(i);
      return formatNumber(n, levels.get(i)?.format ?? "decimal");
    });
  }
}
