// Task pane bootstrap: wait for Office.js when it is there (Office.onReady),
// otherwise start in preview mode at once; then render <App> with Office's
// display language and theme (or the browser's). The ribbon and context-menu
// commands are associated first, at load, as the shared runtime expects
// (guarded: nothing happens where Office.actions is missing).
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { registerCommands } from './commands';
import { detectHost, paneEnvironment } from './host';

registerCommands();

async function main(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) throw new Error('taskpane.html has no #root element');
  const host = await detectHost();
  createRoot(container).render(<App host={host} env={paneEnvironment()} />);
}

void main();
