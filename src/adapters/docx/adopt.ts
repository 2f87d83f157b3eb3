/**
 * A Word document → the add-in's own templates, filled: the recognised passport through adopt.ts (the path a
 * pasted passport takes), the plan and the calendar plan through adoptDocuments.ts. Pure — the command line
 * writes the plans to a new .xlsx, the task pane applies them to the open workbook in one batch — and the
 * summary says what was recognised and what was not, each place named as in Word.
 */
import { adoptPassport, type AdoptResult } from "../../core/compute";
import { adoptPlan, adoptSchedule, type DocumentAdoptResult } from "../../core/compute/adoptDocuments";
import type { DocumentKind, Finding } from "../../core/findings";
import type { Lang, Text } from "../../core/i18n";
import { recognizeSheet } from "../../core/recognition";
import { validateWorkbook } from "../../core/rules";
import { withoutInternalSheets, type SheetPlan, type WorkbookSnapshot } from "../../core/workbook";
import { docxPlace, formatPlace, placeCellsInText, type DocxDocument, type DocxPlace } from "./index";

export interface PlacedNote {
  place?: DocxPlace;
  message: Text;
  severity: "error" | "warning" | "info";
  rule: string;
}

export interface WordImport {
  /** what the document is */
  kind: DocumentKind;
  /** the new template sheet, when the document was recognised */
  sheet?: string;
  /** plans to apply: the lists sheet's first when the workbook has none yet */
  plans: SheetPlan[];
  /** the document's content in numbers, for the summary («показателей: 3, этапов: 4») */
  counts: { label: Text; n: number }[];
  /** what the copy changed or could not carry (adoption notes) */
  notes: Text[];
  /** what recognition could not map, named by place in the document */
  unrecognised: PlacedNote[];
  /** the check's findings on the document as it is in Word */
  findings: PlacedNote[];
  /** the document has no tables: passports and plans in Word are tables */
  noTables: boolean;
}

export interface WordImportOptions {
  lang: Lang;
  today?: { year: number; month: number; day: number };
}

const count = (ru: string, en: string, n: number) => ({ label: { ru, en }, n });

/** The document's findings and recognition notes with their places in Word. */
function placed(doc: DocxDocument, f: { row: number; col: number; message: Text; severity: PlacedNote["severity"]; rule: string }): PlacedNote {
  const message = { ru: placeCellsInText(f.message.ru, doc.origins, "ru"), en: placeCellsInText(f.message.en, doc.origins, "en") };
  return { place: docxPlace(doc.origins, f.row, f.col), message, severity: f.severity, rule: f.rule };
}

/** Imports a read Word document into a workbook that has these sheets and names (only their names are used). */
export function importWordDocument(doc: DocxDocument, workbook: WorkbookSnapshot, options: WordImportOptions): WordImport {
  const source = doc.snapshot.sheets[0];
  // the document's sheet is never written: its name has a «:», which no Excel sheet can have, so it takes
  // no name from the workbook or from the template sheet made for it
  const name = `word:${source.name}`;
  const sheet = { ...source, name };
  const wb: WorkbookSnapshot = { sheets: [...workbook.sheets, sheet], names: workbook.names };
  const report = validateWorkbook(withoutInternalSheets({ sheets: [sheet], names: [] }));
  const findings = report.sheets.flatMap((s) => s.findings).map((f: Finding) => placed(doc, f));
  const recognised = recognizeSheet(sheet, [], 0);
  const unrecognised = recognised.unmapped.map((n) => placed(doc, n));
  const base = { findings, unrecognised, noTables: doc.tables === 0, kind: recognised.kind };
  const d = recognised.document;
  if (!d) return { ...base, plans: [], counts: [], notes: [] };
  const lang = options.lang;
  let result: AdoptResult | DocumentAdoptResult;
  let counts: WordImport["counts"];
  if (d.kind === "passport") {
    const outcome = adoptPassport(wb, name, { lang, today: options.today });
    // recognised as a passport, yet not one adopt.ts can copy (its layout left too little): nothing is written
    if (!outcome.ok)
      return {
        ...base,
        plans: [],
        counts: [],
        notes: [
          {
            ru: "Паспорт в документе Word распознан не полностью: перенести его в шаблон нельзя, книга не изменена.",
            en: "The passport in the Word document was not recognised fully: it cannot be copied into the template; the workbook is unchanged.",
          },
        ],
      };
    result = outcome.result;
    // adopt.ts speaks of a source sheet; here the source is the Word document
    const copied = result.sheet;
    result.notes = result.notes.map((n, i) =>
      i === 0 && n.ru.startsWith("Паспорт с листа")
        ? {
            ru: `Паспорт из документа Word перенесён в шаблон на новый лист «${copied}». Столбцы «факт» пусты: заполните их, и расчёт покажет достижение показателей.`,
            en: `The passport from the Word document was copied into the template on the new sheet «${copied}». The actual-value columns are empty: fill them in and compute shows the indicators' achievement.`,
          }
        : n,
    );
    counts = [
      count("показателей", "indicators", d.indicators?.indicators.length ?? 0),
      count("результатов", "results", d.results.length),
      count("этапов", "stages", d.stages?.stages.length ?? 0),
      count("контрольных точек", "control points", d.stages?.stages.reduce((n, s) => n + s.controlPoints.length, 0) ?? 0),
      count("рисков", "risks", d.risks.length),
    ];
  } else if (d.kind === "plan") {
    result = adoptPlan(wb, d, { lang, today: options.today });
    counts = [
      count("разделов", "sections", d.sections.length),
      count(
        "мероприятий",
        "activities",
        d.sections.reduce((n, s) => n + s.activities.length, 0),
      ),
    ];
  } else {
    result = adoptSchedule(wb, d, { lang, today: options.today });
    counts = [
      count("этапов", "stages", d.stages.length),
      count(
        "мероприятий",
        "activities",
        d.stages.reduce((n, s) => n + s.activities.length, 0),
      ),
    ];
  }
  return { ...base, sheet: result.sheet, plans: result.plans, counts, notes: result.notes };
}

/** «таблица 2, строка 5, столбец 3: …» for a note, or the message alone when it has no place. */
export function placedText(n: PlacedNote, lang: Lang): string {
  return n.place ? `${formatPlace(n.place, lang)}: ${n.message[lang]}` : n.message[lang];
}
