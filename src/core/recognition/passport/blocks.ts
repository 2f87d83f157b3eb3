/**
 * The blocks of a pasted passport: each label («Цель проекта», «Срок реализации», «Показатели» …) opens a
 * block that runs to the row before the next label. Blocks also come from the template's named ranges
 * (recognition/names.ts); the block readers beside this file are the same for both.
 */
import type { RangeRef } from "../../address";
import type { PassportBlockName } from "../../model";
import { normKey, type Grid } from "../grid";
import { within } from "../tables";

export type PassportBlockKind = PassportBlockName;

/** Label keys (normalised, see normKey) that open a block; the first matching entry wins. */
const LABELS: { kind: PassportBlockKind; test: (k: string) => boolean }[] = [
  { kind: "approval", test: (k) => k.startsWith("утвержд") },
  { kind: "title", test: (k) => k.startsWith("паспорт") },
  { kind: "shortName", test: (k) => k.startsWith("краткоенаименование") },
  {
    kind: "fullName",
    test: (k) => (k.startsWith("наименование") || k.startsWith("полноенаименование")) && k.includes("проект") && !k.includes("этап") && !k.includes("риск") && !k.includes("приоритет"),
  },
  { kind: "goal", test: (k) => k.startsWith("цель") || k.startsWith("цели") },
  { kind: "term", test: (k) => k.startsWith("срокреализации") || k.startsWith("срокиреализации") || k.startsWith("срокпроекта") || k.startsWith("срокиреализ") },
  { kind: "leader", test: (k) => k.startsWith("руководитель") || k.startsWith("куратор") },
  { kind: "executor", test: (k) => k.startsWith("ответственныйисполнитель") || k.startsWith("администраторпроекта") },
  { kind: "coExecutors", test: (k) => k.startsWith("исполнител") || k.startsWith("соисполнител") || k.startsWith("участникипроекта") },
  { kind: "indicators", test: (k) => k.startsWith("показател") || k.startsWith("целевыепоказател") || k.startsWith("целевыеиндикатор") },
  { kind: "results", test: (k) => k.startsWith("результат") || k.startsWith("ожидаемыерезультат") },
  { kind: "financing", test: (k) => k.startsWith("источникифинансир") || k.startsWith("объемфинансир") || k.startsWith("финансовоеобеспеч") || k.startsWith("объемыиисточники") },
  {
    kind: "programmes",
    test: (k) =>
      k.startsWith("муниципальныепрограммы") ||
      k.startsWith("государственныепрограммы") ||
      k.startsWith("связьсмуниципальн") ||
      k.startsWith("связьсгосударствен") ||
      k.startsWith("связанныепрограмм"),
  },
  { kind: "priorityProjects", test: (k) => k.startsWith("связьсприоритет") || k.startsWith("приоритетныепроект") || k.startsWith("связьснациональн") || k.startsWith("связьсрегиональн") },
  { kind: "stages", test: (k) => k.startsWith("этапыиконтрольн") || k === "этапы" || k.startsWith("этапыпроекта") || k.startsWith("контрольныеточки") || k.startsWith("этапыреализации") },
  { kind: "risks", test: (k) => k.startsWith("ключевыериск") || k.startsWith("риски") || k.startsWith("основныериски") },
];

/** The kind of block a label opens, or undefined. */
export function passportLabel(text: string): PassportBlockKind | undefined {
  if (text.length > 400) return undefined;
  const k = normKey(text);
  if (k.length < 4) return undefined;
  for (const l of LABELS) if (l.test(k)) return l.kind;
  return undefined;
}

export interface PassportBlock {
  kind: PassportBlockKind;
  ref: RangeRef;
  /** the label cell, when the block was found by its label */
  label?: { row: number; col: number };
}

/**
 * Finds the blocks of a pasted passport: each label opens a block that runs to the row before the next label.
 * Only the first non-empty cell of a row can be a label; a table row begins with its number or its name.
 */
export function findPassportBlocks(grid: Grid, top = 0, bottom = grid.rowCount - 1, left = 0, right = grid.colCount - 1): PassportBlock[] {
  const starts: { kind: PassportBlockKind; row: number; col: number }[] = [];
  let inTable: PassportBlockKind | undefined;
  for (let r = top; r <= bottom; r++) {
    const filled = within(grid.filledCols(r), left, right);
    if (filled.length === 0) continue;
    const c = filled[0];
    const v = grid.own(r, c);
    if (typeof v !== "string") continue;
    const kind = passportLabel(v);
    if (!kind) continue;
    // inside a table only a heading-like row (one or two cells) opens a new block
    if (inTable && filled.length > 2) continue;
    // «Результаты» / «Исполнители» inside the stage table are headers of its columns, not blocks
    if (starts.some((s) => s.kind === kind) && kind !== "title") continue;
    starts.push({ kind, row: r, col: c });
    inTable = kind === "indicators" || kind === "financing" || kind === "stages" || kind === "risks" ? kind : undefined;
  }
  const blocks: PassportBlock[] = [];
  for (let i = 0; i < starts.length; i++) {
    const s = starts[i];
    const end = i + 1 < starts.length ? starts[i + 1].row - 1 : bottom;
    blocks.push({ kind: s.kind, ref: { top: s.row, left: s.col, bottom: end, right }, label: { row: s.row, col: s.col } });
  }
  return blocks;
}

/** How many distinct passport labels the first rows hold (for classification). */
export function passportScore(grid: Grid, maxRows = 400): number {
  const kinds = new Set<PassportBlockKind>();
  const last = Math.min(grid.rowCount, maxRows);
  for (let r = 0; r < last; r++) {
    const filled = grid.filledCols(r);
    if (filled.length === 0 || filled.length > 3) continue;
    const v = grid.own(r, filled[0]);
    if (typeof v !== "string") continue;
    const k = passportLabel(v);
    if (k && k !== "approval" && k !== "fullName" && k !== "shortName") kinds.add(k);
  }
  return kinds.size;
}
