import * as React from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { formatCell } from "../../core/address";
import type { Lang } from "../../core/i18n";
import { strings } from "../../i18n";
import type { Engine } from "../../app/engine";
import type { Store } from "../../app/store";
import { adoptPassport, compute, showCell } from "../../app/actions";
import { useStore } from "./useStore";

const useStyles = makeStyles({
  col: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", gap: tokens.spacingHorizontalS },
});

export function ComputePage({ engine, store, lang }: { engine: Engine; store: Store; lang: Lang }) {
  const s = strings(lang);
  const styles = useStyles();
  const state = useStore(store);
  const result = state.compute;
  return (
    <section className={styles.col}>
      <Text>{s.compute.intro}</Text>
      <div className={styles.row}>
        <Button appearance="primary" disabled={state.busy} onClick={() => compute(engine, false, store)} data-testid="compute-run">
          {s.compute.run}
        </Button>
      </div>
      {result && result.conflicts.length > 0 && (
        <div className={styles.col} data-testid="compute-conflicts">
          <Text>{s.compute.conflicts(result.conflicts.length)}</Text>
          <ul>
            {result.conflicts.slice(0, 20).map((c) => (
              <li key={`${c.sheet}!${c.row}:${c.col}`}>
                <Button appearance="transparent" onClick={() => void showCell(engine, c.sheet, c.row, c.col, store)}>
                  {c.sheet}!{formatCell(c)} = {String(c.value)}
                </Button>
              </li>
            ))}
          </ul>
          <div className={styles.row}>
            <Button appearance="primary" disabled={state.busy} onClick={() => compute(engine, true, store)}>
              {s.compute.overwrite}
            </Button>
            <Button disabled={state.busy} onClick={() => store.set({ compute: undefined, status: undefined })}>
              {s.compute.keep}
            </Button>
          </div>
        </div>
      )}
      {result?.offers?.map((o) => (
        <div className={styles.col} key={`${o.kind}:${o.sheet}`} data-testid="compute-offer">
          <Text>{o.text[lang]}</Text>
          {engine.adoptPassport && (
            <div className={styles.row}>
              <Button appearance="primary" disabled={state.busy} onClick={() => adoptPassport(engine, o.sheet, store)} data-testid="compute-adopt">
                {s.compute.adopt}
              </Button>
            </div>
          )}
        </div>
      ))}
      {result && result.notes.map((n, i) => <Text key={i}>{n[lang]}</Text>)}
    </section>
  );
}
