import * as React from "react";
import { FluentProvider, webLightTheme, TabList, Tab, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../../core/i18n";
import { strings } from "../../i18n";
import type { Engine } from "../../app/engine";
import type { Page, Store } from "../../app/store";
import { TemplatesPage } from "./TemplatesPage";
import { ValidationPage } from "./ValidationPage";
import { ComputePage } from "./ComputePage";
import { useStore } from "./useStore";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM, minHeight: "100%", boxSizing: "border-box" },
  title: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: 0 },
});

export interface AppProps {
  engine: Engine;
  store: Store;
  lang: Lang;
  /** true when running outside Excel (preview page) */
  preview?: boolean;
}

export function App({ engine, store, lang, preview }: AppProps) {
  const s = strings(lang);
  const styles = useStyles();
  const state = useStore(store);
  const intent = state.status?.kind === "error" ? "error" : state.status?.kind === "success" ? "success" : "info";
  return (
    <FluentProvider theme={webLightTheme} lang={lang === "ru" ? "ru-RU" : "en-US"}>
      <main className={styles.root} data-testid="taskpane">
        <h1 className={styles.title}>{s.appName}</h1>
        {preview && (
          <MessageBar intent="info">
            <MessageBarBody>{s.common.notInExcel}</MessageBarBody>
          </MessageBar>
        )}
        <TabList selectedValue={state.page} onTabSelect={(_, d) => store.set({ page: d.value as Page })}>
          <Tab value="templates">{s.tabs.templates}</Tab>
          <Tab value="validation">{s.tabs.validation}</Tab>
          <Tab value="compute">{s.tabs.compute}</Tab>
        </TabList>
        {state.status && (
          <MessageBar intent={intent} data-testid="status">
            <MessageBarBody>
              {state.status.kind === "working" ? <Spinner size="tiny" label={state.status.text[lang]} /> : state.status.text[lang]}
            </MessageBarBody>
          </MessageBar>
        )}
        {state.page === "templates" && <TemplatesPage engine={engine} store={store} lang={lang} />}
        {state.page === "validation" && <ValidationPage engine={engine} store={store} lang={lang} />}
        {state.page === "compute" && <ComputePage engine={engine} store={store} lang={lang} />}
      </main>
    </FluentProvider>
  );
}
