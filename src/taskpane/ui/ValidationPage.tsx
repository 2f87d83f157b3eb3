import * as React from "react";
import { Button, Text, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../../core/i18n";
import { strings } from "../../i18n";
import type { Engine } from "../../app/engine";
import type { Store } from "../../app/store";
import { validate, clearMarks, showCell } from "../../app/actions";
import { useStore } from "./useStore";
import { FindingsView } from "./findings/FindingsView";
import { itemsFromReports, type ListItem } from "./findings/model";

const useStyles = makeStyles({
  col: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
  wrap: { overflowWrap: "anywhere" },
});

export function ValidationPage({ engine, store, lang }: { engine: Engine; store: Store; lang: Lang }) {
  const s = strings(lang);
  const styles = useStyles();
  const state = useStore(store);
  const result = state.validation;
  // items and onSelect change only with the result: progress ticks re-render this page, not the list
  const items = React.useMemo(() => (result ? itemsFromReports(result.sheets) : []), [result]);
  const onSelect = React.useCallback((f: ListItem) => void showCell(engine, f.sheet, f.row, f.col, store), [engine, store]);

  return (
    <section className={styles.col}>
      <Text className={styles.wrap}>{s.validation.intro}</Text>
      <div className={styles.row}>
        <Button appearance="primary" disabled={state.busy} onClick={() => validate(engine, store)} data-testid="validate-run">
          {s.validation.run}
        </Button>
        <Button disabled={state.busy} onClick={() => clearMarks(engine, store)}>
          {s.validation.clear}
        </Button>
      </div>
      {!result && <Text italic>{s.validation.notRun}</Text>}
      {result?.notes?.map((n, i) => (
        <MessageBar key={i} intent={result.marksIncomplete ? "error" : "warning"} data-testid="validation-note" layout="multiline">
          <MessageBarBody className={styles.wrap}>{n[lang]}</MessageBarBody>
        </MessageBar>
      ))}
      {result && items.length === 0 && <Text>{s.validation.none}</Text>}
      {result && items.length > 0 && <FindingsView items={items} lang={lang} onSelect={onSelect} data-testid="findings" />}
    </section>
  );
}
