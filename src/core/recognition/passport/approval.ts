/** The approval stamp: «УТВЕРЖДЕН решением … от 14.03.2017 № 2». */
import type { Approval } from "../../model";
import { serialToYMD } from "../../periods";
import { tidy, type Grid } from "../grid";
import type { PassportBlock } from "./blocks";
import { blockCells, joinValues } from "./values";

const PROTOCOL_DATE = /от\s+(\d{1,2})\.(\d{1,2})\.(\d{4})/;
const PROTOCOL_NO = /№\s*([0-9A-Za-zА-Яа-я\-/]+)/;

export function readApproval(grid: Grid, b: PassportBlock): Approval | undefined {
  const cells = blockCells(grid, b);
  const text = joinValues(cells);
  if (!text) return undefined;
  const a: Approval = { text: { ...text, text: tidy(text.text.replace(/\n/g, " ")) } };
  const d = PROTOCOL_DATE.exec(text.text);
  if (d) a.protocolDate = { year: Number(d[3]), month: Number(d[2]), day: Number(d[1]) };
  else {
    // a template's protocol date is a real date in a cell of its own
    const serial = cells.find((c) => typeof c.raw === "number" && c.raw > 20000 && c.raw < 2958466);
    if (serial) a.protocolDate = serialToYMD(serial.raw as number);
  }
  const n = PROTOCOL_NO.exec(text.text);
  if (n) a.protocolNumber = n[1];
  return a;
}
