/**
 * Implementation plan (план реализации / сводный план) from a pasted table:
 *   title rows («План реализации … на 2021-2022 учебный год»), a header row (repeated at page breaks, words
 *   sometimes broken: «Количес тво участни ков»), column-number rows «1 2 3 …», section rows (one text cell
 *   or a merge across the table), activity rows (numbering restarts per section), and a row split at a page
 *   break (empty №, a fragment in some columns) that belongs to the row before.
 * One pass over the rows; per row only the cells it needs.
 */
import type { Activity, ImplementationPlan, PeopleCell, Person, PlanColumn, PlanSection, TextCell, Term } from "../model";
import type { CellValue } from "../workbook";
import { appendText, Grid, normKey, tidy, valueText } from "./grid";
import { numberCell, peopleCell } from "./cells";
import { termFromTexts } from "./terms";
import type { PlanRange, RecognitionNote } from "./types";
import { isColumnNumberRow, isNumbering, isTotalKey, matchHeader, nameOnlyColumn, note, noteRow, q, type RoleDef } from "./tables";

/** Header keys (normKey) of each column; English ones are the add-in's own English template («Activity», «Period …»). */
export const PLAN_ROLES: readonly RoleDef<PlanColumn>[] = [
  { role: "number", test: (k) => k.startsWith("№") || k === "пп" || k === "nпп" || k === "n" || k === "номер" || k === "no" },
  {
    role: "count",
    test: (k) => k.startsWith("колич") || k.startsWith("колво") || k.startsWith("числоучаст") || k.startsWith("охват") || k.startsWith("numberofparticipants") || k.startsWith("participantscount"),
  },
  {
    role: "category",
    test: (k) =>
      k.startsWith("категор") ||
      k.startsWith("целеваяауд") ||
      k.startsWith("участники") ||
      k.startsWith("составучаст") ||
      k === "participants" ||
      k.startsWith("participantcategory") ||
      k.startsWith("targetgroup"),
  },
  { role: "responsible", test: (k) => k.startsWith("ответствен") || k.startsWith("исполнител") || k.startsWith("responsible") },
  { role: "position", test: (k) => k.startsWith("должность") || k === "position" },
  { role: "phone", test: (k) => k.startsWith("телефон") || k === "тел" || k.startsWith("конттел") || k.startsWith("контактныйтел") || k === "phone" },
  { role: "start", test: (k) => k.startsWith("начало") || k.startsWith("датаначала") || k.startsWith("срокначала") || k.startsWith("startdate") || k === "start" },
  { role: "end", test: (k) => k.startsWith("окончание") || k.startsWith("датаокончания") || k.startsWith("срококончания") || k.startsWith("enddate") || k === "end" },
  {
    role: "period",
    test: (k) =>
      k.startsWith("срок") ||
      k.startsWith("планируемыйсрок") ||
      k.startsWith("планируемыесрок") ||
      k.startsWith("планируемаядата") ||
      k.startsWith("дата") ||
      k.startsWith("период") ||
      k.startsWith("времяпровед") ||
      k.startsWith("period") ||
      k === "dates" ||
      k === "when",
  },
  { role: "section", test: (k) => k.startsWith("раздел") || k.startsWith("section") },
  {
    role: "activity",
    test: (k) =>
      k.startsWith("деятельн") ||
      k.startsWith("мероприят") ||
      k.startsWith("наименован") ||
      k.startsWith("содержание") ||
      k.startsWith("видыдеят") ||
      k.startsWith("направлен") ||
      k === "activity" ||
      k === "activities" ||
      k.startsWith("activityname"),
  },
  {
    role: "result",
    test: (k) =>
      k.startsWith("результат") ||
      k.startsWith("планируемыйрезульт") ||
      k.startsWith("планируемыерезульт") ||
      k.startsWith("формаотчет") ||
      k.startsWith("формапредставлен") ||
      k.startsWith("ожидаем") ||
      k.startsWith("продукт") ||
      k.startsWith("итог") ||
      k.startsWith("эффект") ||
      k.startsWith("result") ||
      k.startsWith("outcome"),
  },
];

/** A plan header: the activity column and at least two of period, participants, responsible, result. */
export function isPlanHeader(roles: Partial<Record<PlanColumn, number>>, count: number): boolean {
  if (roles.activity === undefined || count < 3) return false;
  const extra = +(roles.period !== undefined) + +(roles.responsible !== undefined) + +(roles.count !== undefined) + +(roles.category !== undefined);
  return extra >= 2;
}

export type { PlanRange } from "./types";

/**
 * Reads the plan table in a range. `template`: a sheet the add-in made (names), where empty sections are
 * the template's own and not text under the table.
 */
export function readPlan(grid: Grid, range: PlanRange, notes: RecognitionNote[], presetTerm?: Term, presetTitle?: TextCell, template = false): ImplementationPlan | undefined {
  let cols: Partial<Record<PlanColumn, number>> | undefined;
  let headerRow = -1;
  let tableLeft = 0;
  let tableRight = 0;
  const titleCells: TextCell[] = [];
  const sections: PlanSection[] = [];
  let section: PlanSection | undefined;
  let last: Activity | undefined;
  /** the previous meaningful row was a header (a page break just happened) or an activity */
  let afterActivityOrHeader = false;
  /** the responsible column asks for a name only (no position) */
  let nameOnly = false;
  /** the row after a header may be the second row of a two-row header («Участники» over «категория | количество») */
  let afterHeader = false;

  for (let r = range.top; r <= range.bottom; r++) {
    const filled = grid.filledIn(r, range.left, range.right);
    if (filled.length === 0) continue;

    if (cols === undefined) {
      const h = matchHeader(grid, r, filled, PLAN_ROLES);
      if (isPlanHeader(h.roles, h.count)) {
        cols = h.roles;
        headerRow = r;
        nameOnly = cols.responsible !== undefined && nameOnlyColumn(grid.own(r, cols.responsible), cols.position !== undefined);
        const roleCols = Object.values(h.roles) as number[];
        tableLeft = Math.min(...roleCols);
        tableRight = Math.max(...roleCols);
        for (const c of h.unknown) {
          const t = valueText(grid.own(r, c));
          if (t !== "")
            note(notes, "recognition/unknown-column", "info", r, c, {
              ru: `Не удалось распознать столбец «${q(t)}»: его значения не проверяются.`,
              en: `Could not recognise the column «${q(t)}»: its values are not checked.`,
            });
        }
        afterActivityOrHeader = true;
        afterHeader = true;
        continue;
      }
      for (const c of filled) {
        const cell = grid.cell(r, c);
        if (cell) titleCells.push(cell);
      }
      continue;
    }

    if (afterHeader) {
      afterHeader = false;
      const sub = subHeader(grid, r, filled, cols);
      if (sub) {
        cols = sub;
        if (cols.position !== undefined) nameOnly = false;
        continue;
      }
    }
    // a row whose only content is the section repeated for the summary (an empty template row)
    if (cols.section !== undefined && filled.length === 1 && filled[0] === cols.section) continue;
    // «1 2 3 4 5 6 7» under a header: its «1» is not an activity's number
    if (filled.length >= 3 && isColumnNumberRow(grid, r, filled)) continue;
    const numbered = cols.number !== undefined && isRowNumber(grid.own(r, cols.number));

    if (!numbered) {
      // a header repeated at a page break (its columns may have moved: take them again)
      const h = matchHeader(grid, r, filled, PLAN_ROLES);
      if (isPlanHeader(h.roles, h.count)) {
        cols = h.roles;
        const roleCols = Object.values(h.roles) as number[];
        tableLeft = Math.min(...roleCols);
        tableRight = Math.max(...roleCols);
        afterActivityOrHeader = true;
        afterHeader = true;
        continue;
      }
      const firstKey = normKey(valueText(grid.own(r, filled[0])));
      if (filled.length <= 3 && isTotalKey(firstKey)) continue;
    }

    if (numbered) {
      const a = readActivity(grid, r, cols, nameOnly);
      if (!section) {
        section = { activities: [] };
        sections.push(section);
      }
      section.activities.push(a);
      last = a;
      afterActivityOrHeader = true;
      continue;
    }

    // one text cell: the start of a section, unless it is the rest of a split row
    if (filled.length === 1) {
      const c = filled[0];
      const merge = grid.mergeAt(r, c);
      const width = tableRight - tableLeft + 1;
      const wide = merge !== undefined && merge.right - merge.left + 1 >= Math.max(2, Math.ceil(width / 2));
      const leftmost = c <= Math.min(tableLeft, cols.number ?? tableLeft, cols.activity ?? tableLeft);
      if (wide || leftmost) {
        const name = grid.cell(r, c)!;
        section = { name, activities: [] };
        sections.push(section);
        last = undefined;
        afterActivityOrHeader = false;
        continue;
      }
    }

    // empty №: the rest of the row before, split at a page break
    const periodEmpty = cols.period === undefined || grid.cell(r, cols.period) === undefined;
    const activityEmpty = cols.activity === undefined || grid.cell(r, cols.activity) === undefined;
    // a numbered plan's row with no number, no count and no responsible: the rest of the activity text and its
    // sessions («… Февраль 2022 г. Апрель 2022 г.») carried over the page break
    const restOfRow =
      cols.number !== undefined && (cols.count === undefined || grid.cell(r, cols.count) === undefined) && (cols.responsible === undefined || grid.cell(r, cols.responsible) === undefined);
    if (last && afterActivityOrHeader && (periodEmpty || activityEmpty || restOfRow) && (cols.number !== undefined || activityEmpty)) {
      if (mergeFragment(grid, r, cols, last, notes, nameOnly)) continue;
    }

    if (!activityEmpty) {
      // an activity written without a number
      const a = readActivity(grid, r, cols, nameOnly);
      if (!section) {
        section = { activities: [] };
        sections.push(section);
      }
      section.activities.push(a);
      last = a;
      afterActivityOrHeader = true;
      continue;
    }
    noteRow(notes, grid, r, filled, { ru: "не мероприятие, не раздел и не продолжение строки", en: "neither an activity, nor a section, nor the rest of a row" });
  }

  if (!cols) return undefined;

  // trailing sections with no activities are not sections (a signature, a note under the table)
  while (!template && sections.length > 0 && sections[sections.length - 1].activities.length === 0 && sections[sections.length - 1].name) {
    const s = sections.pop()!;
    const n = s.name!;
    note(notes, "recognition/unmapped-row", "info", n.row, n.col, {
      ru: `Не удалось распознать строку «${q(n.text)}» под таблицей плана: она не проверяется.`,
      en: `Could not recognise the row «${q(n.text)}» below the plan table: it is not checked.`,
    });
  }

  let title = presetTitle;
  if (!title && titleCells.length > 0) {
    const first = titleCells[0];
    const text = tidy(titleCells.map((c) => c.text).join(" "));
    title = { row: first.row, col: first.col, raw: first.raw, text, also: titleCells.slice(1).map((c) => ({ row: c.row, col: c.col })) };
  }
  const term = presetTerm ?? termFromTexts(titleCells, "title");
  return { kind: "plan", title, term, columns: cols, headerRow, sections };
}

/**
 * The second row of a two-row header: at least two cells, every one a column name («Категория | Количество»
 * under a merged «Участники»), nothing numbered. Its columns replace what the first row said about them.
 */
function subHeader(grid: Grid, r: number, filled: number[], cols: Partial<Record<PlanColumn, number>>): Partial<Record<PlanColumn, number>> | undefined {
  if (filled.length < 2) return undefined;
  const h = matchHeader(grid, r, filled, PLAN_ROLES, 60);
  if (h.count < 2 || h.unknown.length > 0) return undefined;
  const out: Partial<Record<PlanColumn, number>> = { ...cols };
  const taken = new Set(Object.values(h.roles) as number[]);
  for (const k of Object.keys(out) as PlanColumn[]) if (taken.has(out[k]!)) delete out[k];
  return { ...out, ...h.roles };
}

function readActivity(grid: Grid, r: number, cols: Partial<Record<PlanColumn, number>>, nameOnly: boolean): Activity {
  // one object literal with every field (absent ones undefined): one shape for thousands of rows
  return {
    row: r,
    number: grid.cell(r, cols.number),
    activity: grid.cell(r, cols.activity),
    period: grid.cell(r, cols.period),
    start: grid.cell(r, cols.start),
    end: grid.cell(r, cols.end),
    participantsCategory: grid.cell(r, cols.category),
    participantsCount: numberCell(grid, r, cols.count),
    responsible: responsibleCell(grid, r, cols, nameOnly),
    result: grid.cell(r, cols.result),
    continuedAt: undefined,
  };
}

/**
 * A row number in the № column: «1», «2.», «1.3». A whole number typed as a number counts at any size, and without
 * making its text: a section of 10,000 activities or more has № 10000…, which isNumbering (at most four digits)
 * would send down the slow path of header and fragment checks.
 */
function isRowNumber(v: CellValue): boolean {
  if (typeof v === "number" && Number.isInteger(v) && v >= 0) return true;
  const t = valueText(v);
  return t !== "" && isNumbering(t);
}

/** Merges the fragment of a split row into the activity before. False when it cannot be merged safely. */
function mergeFragment(grid: Grid, r: number, cols: Partial<Record<PlanColumn, number>>, a: Activity, notes: RecognitionNote[], nameOnly: boolean): boolean {
  const count = numberCell(grid, r, cols.count);
  if (count && a.participantsCount) {
    note(notes, "recognition/split-row", "warning", r, count.col, {
      ru: `Строка без номера похожа на продолжение строки ${a.row + 1}, но в ней снова количество участников «${q(count.text)}»: строка не проверяется.`,
      en: `A row without a number looks like the rest of row ${a.row + 1}, but it has a participants count «${q(count.text)}» again: it is not checked.`,
    });
    return true;
  }
  const join = (prev: TextCell | undefined, col: number | undefined): TextCell | undefined => {
    const more = grid.cell(r, col);
    if (!more) return prev;
    return prev ? appendText(prev, more) : more;
  };
  a.activity = join(a.activity, cols.activity);
  a.period = join(a.period, cols.period);
  a.participantsCategory = join(a.participantsCategory, cols.category);
  a.result = join(a.result, cols.result);
  if (count) a.participantsCount = count;
  const resp = grid.cell(r, cols.responsible);
  if (resp) a.responsible = peopleCell(a.responsible ? appendText(a.responsible, resp) : resp, nameOnly);
  (a.continuedAt ??= []).push(r);
  return true;
}

/**
 * Persons of template rows (a name column with position and phone columns beside it), by the three texts: the
 * same few people fill thousands of rows. Shared like parsePeople's persons: never changed after they are made.
 */
const withColumns = new Map<string, Map<string, Map<string, Person[]>>>();
const WITH_COLUMNS_LIMIT = 20000;
let withColumnsCount = 0;

/** The responsible cell, with the position and phone columns of a template added to its one person. */
function responsibleCell(grid: Grid, r: number, cols: Partial<Record<PlanColumn, number>>, nameOnly: boolean): PeopleCell | undefined {
  const cell = peopleCell(grid.cell(r, cols.responsible), nameOnly);
  if (!cell || (cols.position === undefined && cols.phone === undefined)) return cell;
  // their texts only ("" when empty): no cell objects for two columns of every row
  const position = cols.position === undefined || cols.position < 0 ? "" : tidy(grid.text(r, cols.position));
  const phone = cols.phone === undefined || cols.phone < 0 ? "" : tidy(grid.text(r, cols.phone));
  if (cell.persons.length !== 1 || (!position && !phone)) return cell;
  // nested by text, position, phone: the cells' own strings as keys, no key string to build per row
  let byPosition = withColumns.get(cell.text);
  if (!byPosition) withColumns.set(cell.text, (byPosition = new Map()));
  let byPhone = byPosition.get(position);
  if (!byPhone) byPosition.set(position, (byPhone = new Map()));
  let persons = byPhone.get(phone);
  if (!persons) {
    const p = cell.persons[0];
    const phones = phone && !p.phones.includes(phone) ? [...p.phones, phone] : [...p.phones];
    const pos = p.position || position;
    // Object literals in Person's key order, not a spread: spread copies drift onto hidden classes of their own
    // over thousands of rows, and every rule that reads persons then runs several times slower.
    const person: Person = pos ? { name: p.name, position: pos, phones, key: p.key } : { name: p.name, phones, key: p.key };
    persons = [person];
    byPhone.set(phone, persons);
    if (++withColumnsCount > WITH_COLUMNS_LIMIT) {
      withColumns.clear();
      withColumnsCount = 0;
    }
  }
  cell.persons = persons; // the cell is this call's own (peopleCell made it)
  return cell;
}
