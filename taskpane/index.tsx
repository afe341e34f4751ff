// Task pane bootstrap: wait for Office.js when it is there (Office.onReady),
// otherwise start in preview mode at once; then render <App> with Office's
// display language and theme (or the browser's).
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { detectHost, paneEnvironment } from './host';

async function main(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) throw new Error('taskpane.html has no #root element');
  const host = await detectHost();
  createRoot(container).render(<App host={host} env={paneEnvironment()} />);
}

void main();
