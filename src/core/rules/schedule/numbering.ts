import type { ScheduleItem } from "../../model";
import { numberingParts } from "../../recognition/tables";
import { scheduleRule } from "../define";
import { q } from "../helpers";
import type { Hit } from "../types";
import { withParents } from "./items";

interface Numbered {
  /** the number the item should have */
  expected: number[];
  /** the number written, when it differs */
  written?: number[];
}

const same = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * Numbers are hierarchical («1», «1.1», «1.1.1») and go in order under their parent. One misnumbered item is
 * one finding: its children may follow the number it should have or the one it was given, and the next
 * siblings count on from the number it was given.
 */
export default scheduleRule({
  id: "schedule/numbering",
  severity: "warning",
  title: { ru: "Нумерация плана-графика иерархическая и по порядку", en: "Calendar plan numbering is hierarchical and in order" },
  check(plan) {
    const out: Hit[] = [];
    if (plan.columns.number === undefined) return out;
    const numbers = new Map<ScheduleItem, Numbered>();
    const nextChild = new Map<ScheduleItem, number>();
    const places = new Map<ScheduleItem | undefined, number>();
    let nextStage = 1;
    for (const { item, parent } of withParents(plan)) {
      const parts = item.number ? numberingParts(item.number.text) : null;
      const pn = parent ? numbers.get(parent) : undefined;
      if (parent && !pn) continue;
      const n = parent ? (nextChild.get(parent) ?? 1) : nextStage;
      // its place among its siblings: 1, 2, 2, 4 has one mistake, not two
      const place = (places.get(parent) ?? 0) + 1;
      places.set(parent, place);
      const prefixes = pn ? (pn.written ? [pn.expected, pn.written] : [pn.expected]) : [[]];
      const candidates = prefixes.map((p) => [...p, n]);
      if (place !== n) for (const p of prefixes) candidates.push([...p, place]);
      const match = parts ? candidates.find((c) => same(c, parts)) : undefined;
      const want = candidates[0];
      if (!match) {
        const at = item.number ?? { row: item.row, col: plan.columns.number };
        out.push({
          row: at.row,
          col: at.col,
          message: {
            ru: `Номер «${q(item.number?.text ?? "")}» у «${q(item.name.text)}» не по порядку: ожидается ${want.join(".")}.`,
            en: `The number «${q(item.number?.text ?? "")}» of «${q(item.name.text)}» is out of order: ${want.join(".")} is expected.`,
          },
        });
      }
      // a number of the right depth under its parent counts on from itself (1.1, 1.3, 1.4: one finding)
      const plausible = parts && parts.length === want.length && prefixes.some((p) => same(parts.slice(0, -1), p));
      const used = match ?? (plausible ? parts! : want);
      const entry: Numbered = { expected: match ? match : want };
      if (parts && !same(parts, entry.expected)) entry.written = parts;
      numbers.set(item, entry);
      if (parent) nextChild.set(parent, used[used.length - 1] + 1);
      else nextStage = used[0] + 1;
    }
    return out;
  },
});
