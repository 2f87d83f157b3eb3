/**
 * Sentences of the Office engine about what Excel itself refuses or cannot do in this client (structure protection,
 * hidden sheets, notes, threaded comments, cosmetics). Russian first; each a Text.
 */
import type { Text } from "../../core/i18n";

const list = (xs: string[]): Text => ({ ru: xs.join("», «"), en: xs.join("”, “") });

export const officeTexts = {
  structureProtected: (what: Text): Text => ({
    ru: `Структура книги защищена (Рецензирование › Защитить книгу): Excel не даёт добавлять, скрывать и удалять листы, поэтому ${what.ru} Ничего не записано. Снимите защиту структуры и повторите команду.`,
    en: `The workbook's structure is protected (Review › Protect Workbook): Excel does not let sheets be added, hidden or deleted, so ${what.en} Nothing was written. Turn the structure protection off and run the command again.`,
  }),
  forTemplate: { ru: "новый лист с шаблоном создать нельзя.", en: "a new sheet with the template cannot be made." } as Text,
  forAdopt: { ru: "паспорт нельзя перенести на новый лист.", en: "the passport cannot be copied to a new sheet." } as Text,
  forClear: { ru: "служебный лист пометок нельзя удалить.", en: "the add-in's hidden sheet of marks cannot be removed." } as Text,
  forCompute: { ru: "расчёт, которому нужен новый лист, выполнить нельзя.", en: "a computation that needs a new sheet cannot be done." } as Text,
  marksStructure: {
    ru: "Структура книги защищена: пометки в ячейках не поставлены (для них нужен скрытый служебный лист). Замечания — в списке ниже.",
    en: "The workbook's structure is protected: no cell was marked (marks need a hidden sheet of the add-in). The findings are listed below.",
  } as Text,
  sheetHidden: (sheet: string): Text => ({
    ru: `Лист «${sheet}» скрыт, поэтому Excel не может показать его ячейку. Откройте его (правый щелчок по ярлыку листа › Показать) и нажмите ещё раз.`,
    en: `Sheet “${sheet}” is hidden, so Excel cannot show its cell. Unhide it (right-click a sheet tab › Unhide) and click again.`,
  }),
  selectFailed: (sheet: string, detail: string): Text => ({
    ru: `Excel не смог показать ячейку на листе «${sheet}» (${detail}). Лист мог быть переименован или удалён.`,
    en: `Excel could not show the cell on sheet “${sheet}” (${detail}). The sheet may have been renamed or deleted.`,
  }),
  fillOnly: (n: number): Text => ({
    ru: `${n} яч. с цепочкой примечаний (комментарием) отмечены только цветом: Excel не ставит заметку в ячейку с комментарием. Текст замечания — в списке.`,
    en: `${n} cell(s) with a threaded comment are marked by colour only: Excel does not put a note on a cell with a comment. The finding's text is in the list.`,
  }),
  pendingNotes: (n: number): Text => ({
    ru: `Цвет ячеек восстановлен, но ${n} заметок эта версия Excel вернуть не может (заметки из надстройки есть в Excel в браузере и в Microsoft 365, но не в Excel 2021/2024). Заметки сохранены: выполните «Снять пометки» в Excel в браузере или Microsoft 365, и они вернутся в точности.`,
    en: `Cell colours are restored, but this version of Excel cannot put back ${n} note(s) (add-ins can edit notes in Excel on the web and Microsoft 365, not in Excel 2021/2024). The notes are kept: run “Clear marks” in Excel on the web or Microsoft 365 and they come back exactly.`,
  }),
  cosmeticsFailed: (sheets: string[], detail: string): Text => {
    const l = list(sheets);
    return {
      ru: `Данные, имена и проверки записаны, но оформление листа «${l.ru}» (закрепление, печать, цвет ярлыка, диаграмма) Excel не принял (${detail}); формулы и имена работают.`,
      en: `Data, names and validation are written, but Excel refused the finishing touches of sheet “${l.en}” (freeze panes, print setup, tab colour, chart) (${detail}); formulas and names work.`,
    };
  },
  chartNoData: {
    ru: "Диаграмма «План и факт по показателям» не построена: в показателях ещё нет данных. Она появится при расчёте после их заполнения.",
    en: "The chart «Plan and actual per indicator» was not made: the indicators have no data yet. It is made by a compute after they are filled in.",
  } as Text,
  chartApi: {
    ru: "Эта версия Excel не умеет строить диаграммы из надстройки (нужен ExcelApi 1.7): диаграмма «План и факт по показателям» не построена, её данные рассчитаны.",
    en: "This version of Excel cannot make charts from an add-in (ExcelApi 1.7 is needed): the chart «Plan and actual per indicator» was not made; its data are computed.",
  } as Text,
};
