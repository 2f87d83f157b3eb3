/**
 * Project passport from label/value blocks (a label in one column, its value in the next) and the tables
 * inside it: indicators, financing, stages and control points, risks. One file per block beside this one;
 * the cells they share are in values.ts (a block's values) and ../cells.ts (numbers, people).
 */
import type { Passport, TextCell } from "../../model";
import type { Grid } from "../grid";
import { termFromStartEnd } from "../terms";
import type { RecognitionNote } from "../types";
import { readApproval } from "./approval";
import type { PassportBlock } from "./blocks";
import { readFinancing } from "./financing";
import { readIndicators } from "./indicators";
import { peopleRows } from "./people";
import { readRisks } from "./risks";
import { readStages } from "./stages";
import { readTerm } from "./term";
import { readTitle } from "./title";
import { joinValues, lines, valueCells } from "./values";

export { findPassportBlocks, passportLabel, passportScore, type PassportBlock, type PassportBlockKind } from "./blocks";
export { STAGE_ROLES } from "./stages";

export function readPassport(grid: Grid, blocks: PassportBlock[], notes: RecognitionNote[]): Passport {
  const p: Passport = { kind: "passport", coExecutors: [], results: [], programmes: [], priorityProjects: [], risks: [] };
  let termStart: TextCell | undefined;
  let termEnd: TextCell | undefined;
  const blocksAt: NonNullable<Passport["blocksAt"]> = {};
  for (const b of blocks) {
    blocksAt[b.kind] ??= b.label ?? { row: b.ref.top, col: b.ref.left };
    switch (b.kind) {
      case "approval":
        p.approval = readApproval(grid, b);
        break;
      case "title": {
        const name = readTitle(grid, b);
        if (name && !p.fullName) p.fullName = name;
        break;
      }
      case "fullName":
        p.fullName = joinValues(valueCells(grid, b)) ?? p.fullName;
        break;
      case "shortName":
        p.shortName = joinValues(valueCells(grid, b));
        break;
      case "goal":
        p.goal = joinValues(valueCells(grid, b));
        break;
      case "term":
        p.term = readTerm(grid, b, notes);
        break;
      case "termStart":
        termStart = joinValues(valueCells(grid, b));
        break;
      case "termEnd":
        termEnd = joinValues(valueCells(grid, b));
        break;
      case "leader":
        p.leader = peopleRows(grid, b)[0];
        break;
      case "executor":
        p.executor = peopleRows(grid, b)[0];
        break;
      case "coExecutors":
        p.coExecutors = peopleRows(grid, b);
        break;
      case "results":
        p.results = lines(valueCells(grid, b));
        break;
      case "programmes":
        p.programmes = lines(valueCells(grid, b));
        break;
      case "priorityProjects":
        p.priorityProjects = lines(valueCells(grid, b)).filter((c) => !/^[-‐‑‒–—―−]+$/.test(c.text));
        break;
      case "indicators":
        p.indicators = readIndicators(grid, b, notes);
        break;
      case "financing":
        p.financing = readFinancing(grid, b, notes);
        break;
      case "stages":
        p.stages = readStages(grid, b, notes);
        break;
      case "risks":
        p.risks = readRisks(grid, b, notes);
        break;
    }
  }
  if (!p.term && (termStart || termEnd)) p.term = termFromStartEnd(termStart, termEnd, "names");
  p.blocksAt = blocksAt;
  // the indicator table needs the term to tell the base column from the plan columns; re-read when it came later
  return p;
}
