/**
 * The pane's settings: its language, whether a check marks the cells of its findings, and the passports'
 * traffic-light thresholds as the workbook holds them, each with a link that selects its settings block
 * (the thresholds are changed there, in the sheet, where compute's formulas read them).
 */
import * as React from "react";
import { Checkbox, Link, Select, Text, makeStyles, tokens, useId } from "@fluentui/react-components";
import type { Lang } from "../../core/i18n";
import { strings } from "../../i18n";
import type { Engine } from "../../app/engine";
import type { Store } from "../../app/store";
import type { PassportThresholds } from "../../app/passportSettings";
import { describeError } from "../../app/actions";
import { useStore } from "./useStore";

const useStyles = makeStyles({
  col: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  field: { display: "flex", flexDirection: "column", gap: "2px" },
  wrap: { overflowWrap: "anywhere" },
  heading: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: 0 },
});

const percent = (x: number | undefined, lang: Lang, notSet: string) => (x === undefined ? notSet : `${(x * 100).toLocaleString(lang === "ru" ? "ru-RU" : "en-US", { maximumFractionDigits: 1 })} %`);

export function SettingsSection({ engine, store, lang }: { engine: Engine; store: Store; lang: Lang }) {
  const s = strings(lang);
  const styles = useStyles();
  const state = useStore(store);
  const langId = useId("lang");
  const [thresholds, setThresholds] = React.useState<PassportThresholds[] | null>(null);
  const fail = (e: unknown) => store.set({ status: { kind: "error", text: describeError(e) } });
  const read = () => engine.passportSettings?.().then(setThresholds, fail);

  return (
    <section className={styles.col} data-testid="settings">
      <div className={styles.field}>
        <label htmlFor={langId}>{s.settings.language}</label>
        <Select id={langId} value={lang} onChange={(_, d) => store.set({ lang: d.value as Lang })} data-testid="settings-lang">
          <option value="ru">{s.settings.languages.ru}</option>
          <option value="en">{s.settings.languages.en}</option>
        </Select>
      </div>
      <Checkbox
        checked={state.markCells !== false}
        onChange={(_, d) => store.set({ markCells: d.checked === true })}
        label={<span className={styles.wrap}>{s.settings.markCells}</span>}
        data-testid="settings-mark"
      />
      <h3 className={styles.heading}>{s.settings.thresholds}</h3>
      <Text size={200} className={styles.wrap}>
        {s.settings.thresholdsDefault}
      </Text>
      {engine.passportSettings && (
        <Link as="button" onClick={() => void read()} data-testid="settings-thresholds" disabled={state.busy}>
          {s.settings.thresholdsRead}
        </Link>
      )}
      {thresholds?.length === 0 && <Text className={styles.wrap}>{s.settings.thresholdsNone}</Text>}
      {thresholds?.map((t) => (
        <div key={`${t.sheet}!${t.row}:${t.col}`} className={styles.col} data-testid="settings-passport">
          <Text className={styles.wrap}>{s.settings.thresholdsLine(t.sheet, percent(t.onPlan, lang, s.settings.notSet), percent(t.atRisk, lang, s.settings.notSet))}</Text>
          <Link as="button" className={styles.wrap} onClick={() => void engine.select(t.sheet, t.row, t.col).catch(fail)}>
            {s.settings.openBlock(t.sheet)}
          </Link>
        </div>
      ))}
    </section>
  );
}
