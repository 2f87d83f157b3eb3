import * as React from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  FluentProvider,
  webLightTheme,
  TabList,
  Tab,
  MessageBar,
  MessageBarBody,
  Spinner,
  ProgressBar,
  Button,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Lang } from "../../core/i18n";
import { strings } from "../../i18n";
import type { Engine } from "../../app/engine";
import type { Page, Store } from "../../app/store";
import { cancel } from "../../app/actions";
import { TemplatesPage } from "./TemplatesPage";
import { ValidationPage } from "./ValidationPage";
import { ComputePage } from "./ComputePage";
import { SettingsSection } from "./SettingsSection";
import { WordImportPage } from "./WordImportPage";
import { RegisterPage } from "./RegisterPage";
import { useStore } from "./useStore";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM, minHeight: "100%", boxSizing: "border-box", minWidth: 0, maxWidth: "100%" },
  // status and error lines wrap inside a 320 px pane (a long sheet name or Excel's message has no spaces to break at)
  wrap: { overflowWrap: "anywhere", whiteSpace: "normal", minWidth: 0 },
  working: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "flex-start" },
  tabs: { flexWrap: "wrap" },
  title: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  progress: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

/**
 * A fault while drawing the pane shows one plain sentence, never the error's text or stack (React would
 * otherwise leave an empty pane, and a development overlay would show the stack).
 */
export class PaneBoundary extends React.Component<{ lang: Lang; children: React.ReactNode }, { failed: boolean }> {
  state = { failed: false };
  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }
  componentDidCatch(): void {
    /* nothing to show but the sentence below; the workbook is not touched by drawing */
  }
  render() {
    if (!this.state.failed) return this.props.children;
    return (
      <MessageBar intent="error" data-testid="pane-failed" layout="multiline">
        <MessageBarBody style={{ overflowWrap: "anywhere" }}>{strings(this.props.lang).excel.paneFailed}</MessageBarBody>
      </MessageBar>
    );
  }
}

export interface AppProps {
  engine: Engine;
  store: Store;
  lang: Lang;
  /** true when running outside Excel (preview page) */
  preview?: boolean;
}

export function App({ engine, store, lang: officeLang, preview }: AppProps) {
  const styles = useStyles();
  const state = useStore(store);
  const lang = state.lang ?? officeLang; // the language chosen in the settings, else Office's
  const s = strings(lang);
  React.useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const intent = state.status?.kind === "error" ? "error" : state.status?.kind === "success" ? "success" : "info";
  return (
    <FluentProvider theme={webLightTheme} lang={lang === "ru" ? "ru-RU" : "en-US"}>
      <main className={styles.root} data-testid="taskpane">
        <h1 className={styles.title}>{s.appName}</h1>
        {preview && (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody className={styles.wrap}>{s.common.notInExcel}</MessageBarBody>
          </MessageBar>
        )}
        <TabList className={styles.tabs} selectedValue={state.page} onTabSelect={(_, d) => store.set({ page: d.value as Page })}>
          <Tab value="templates">{s.tabs.templates}</Tab>
          <Tab value="validation">{s.tabs.validation}</Tab>
          <Tab value="compute">{s.tabs.compute}</Tab>
          {engine.importWord && <Tab value="word">{s.tabs.word}</Tab>}
          {engine.register && <Tab value="register">{s.tabs.register}</Tab>}
        </TabList>
        {state.status && (
          <MessageBar intent={intent} data-testid="status" layout="multiline">
            <MessageBarBody className={styles.wrap}>
              {state.status.kind === "working" ? (
                <span className={styles.working}>
                  <Spinner size="tiny" />
                  <span>{state.status.text[lang]}</span>
                </span>
              ) : (
                state.status.text[lang]
              )}
            </MessageBarBody>
          </MessageBar>
        )}
        {state.busy && (
          <div className={styles.progress} data-testid="progress">
            <ProgressBar
              thickness="large"
              value={state.progress ? state.progress.step / state.progress.total : undefined}
              aria-label={state.progress ? s.excel.step(state.progress.step, state.progress.total, state.progress.label[lang]) : s.common.working}
            />
            <div>
              <Button size="small" disabled={state.cancelling} onClick={() => cancel(store)} data-testid="cancel">
                {s.excel.cancel}
              </Button>
            </div>
          </div>
        )}
        <PaneBoundary lang={lang}>
          {state.page === "templates" && <TemplatesPage engine={engine} store={store} lang={lang} />}
          {state.page === "validation" && <ValidationPage engine={engine} store={store} lang={lang} />}
          {state.page === "compute" && <ComputePage engine={engine} store={store} lang={lang} />}
          {state.page === "word" && <WordImportPage engine={engine} store={store} lang={lang} />}
          {state.page === "register" && <RegisterPage engine={engine} store={store} lang={lang} />}
        </PaneBoundary>
        <Accordion collapsible>
          <AccordionItem value="settings">
            <AccordionHeader data-testid="settings-open">{s.settings.title}</AccordionHeader>
            <AccordionPanel>
              <PaneBoundary lang={lang}>
                <SettingsSection engine={engine} store={store} lang={lang} />
              </PaneBoundary>
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      </main>
    </FluentProvider>
  );
}
