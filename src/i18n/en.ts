import type { Strings } from "./index";

/** Every string of the task pane, ribbon commands and command line, in English. */
export const en: Strings = {
  appName: "Project Office",
  tabs: { templates: "Templates", validation: "Check", compute: "Compute" },
  common: {
    working: "Working…",
    cancel: "Cancel",
    done: "Done",
    close: "Close",
    notInExcel: "The add-in is open outside Excel: commands work on the preview workbook.",
    error: "Error",
    syncs: (n: number) => `Excel round trips: ${n}`,
  },
  templates: {
    intro: "Create a sheet from a template. Existing sheets are never changed: the new sheet takes a free name.",
    passport: "Project passport",
    passportHint: "Term, leader, indicators by period, financing, stages and control points, risks.",
    plan: "Implementation plan",
    planHint: "Sections, activities, periods, participants, responsible people and results.",
    schedule: "Calendar plan",
    scheduleHint: "Stages → activities → control points with a monthly Gantt chart.",
    create: "Create",
    insertExample: "Insert example",
    created: (sheet: string) => `Sheet “${sheet}” created.`,
  },
  validation: {
    intro: "Checks the whole workbook against the project model: passport, implementation plan, calendar plan.",
    run: "Check workbook",
    clear: "Clear marks",
    cleared: "Check marks cleared; previous fills and notes restored.",
    none: "No findings.",
    notRun: "No check has run yet.",
    filterAll: "All",
    errors: "Errors",
    warnings: "Warnings",
    infos: "Info",
    counts: (e: number, w: number, i: number) => `Errors: ${e}, warnings: ${w}, info: ${i}`,
    kind: { passport: "project passport", plan: "implementation plan", schedule: "calendar plan", other: "not recognized" },
    goTo: "Go to cell",
  },
  compute: {
    intro: "Indicator achievement, statuses, budget totals, plan summary and control point statuses, as live formulas.",
    run: "Compute",
    done: (cells: number) => `Cells written: ${cells}. The formulas keep working without the add-in.`,
    conflicts: (n: number) => `${n} computed cell(s) hold values typed by hand. Overwrite them?`,
    overwrite: "Overwrite",
    keep: "Keep as is",
  },
  commands: {
    pending: (what: string) => `The “${what}” command shows its result in this pane.`,
  },
  severity: { error: "error", warning: "warning", info: "info" },
  cli: {
    usage: `Usage:
  project-office new passport|plan|schedule OUT.xlsx [--example] [--lang ru|en]
  project-office validate FILE|DIR... [--json] [--report OUT.xlsx] [--lang ru|en]
  project-office compute FILE.xlsx [-o OUT.xlsx] [--in-place] [--lang ru|en]
  project-office --help | --version

Exit codes: 0 fine, 1 errors found, 2 bad usage or an unreadable file.`,
    unknownCommand: (c: string) => `Unknown command “${c}”. Help: project-office --help`,
    badOption: (msg: string) => `Bad option: ${msg}. Help: project-office --help`,
    badLang: (l: string) => `Language “${l}” is not supported: use ru or en.`,
    missingArg: (what: string) => `Missing ${what}. Help: project-office --help`,
    notImplemented: (c: string) => `The “${c}” command is not implemented yet.`,
    unreadable: (file: string, reason: string) => `${file}: not read — ${reason}`,
    written: (file: string) => `Wrote ${file}`,
    exists: (file: string) => `${file} already exists; choose another name.`,
  },
};
