/** select over Office.js: show a finding's cell (1 sync; 1 more to say why Excel refused, e.g. a hidden sheet). */
import { SheetHiddenError, selectCell } from "../../adapters/office";
import { UserFacingError } from "../actions";
import { hostDetail } from "./shared";
import type { OfficeSession } from "./session";
import { officeTexts as OT } from "./texts";

export async function select(session: OfficeSession, sheet: string, row: number, col: number): Promise<void> {
  try {
    await selectCell(session.run, sheet, row, col);
  } catch (e) {
    if (e instanceof SheetHiddenError) throw new UserFacingError(OT.sheetHidden(sheet));
    throw new UserFacingError(OT.selectFailed(sheet, hostDetail(e)));
  }
}
