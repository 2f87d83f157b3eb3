/**
 * commands.html: the ribbon commands alone (for hosts that load the function file separately).
 * Office.actions.associate runs at the top level, as soon as the script runs, not inside Office.onReady: with a
 * shared runtime, associating inside onReady loses the first click (office-js issues #5176, #3378, #2744).
 */
import { registerCommands } from "./register";
import { officeHost } from "./officeHost";

registerCommands(officeHost);
void Office.onReady();
