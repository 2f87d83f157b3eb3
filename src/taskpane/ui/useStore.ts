import * as React from "react";
import type { AppState, Store } from "../../app/store";

export function useStore(store: Store): AppState {
  return React.useSyncExternalStore(
    (cb) => store.subscribe(cb),
    () => store.get(),
    () => store.get(), // the same on a server render (tests render the pane to a string)
  );
}
