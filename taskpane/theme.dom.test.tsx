/**
 * The pane's look: Office's theme inside Excel; in the preview, `?theme=` may
 * pick one for testing. Fluent's tokens carry it, so the root's colours change.
 */
import { act, render } from '@testing-library/react';
import { MemoryWorkbook } from '../src/excel/memoryWorkbook';
import { App, previewTheme } from './App';

const preview = { kind: 'preview', reason: 'no-office-js', host: null } as const;
const excel = { kind: 'excel', platform: 'PC', sharedRuntime: true } as const;

afterEach(() => window.history.replaceState({}, '', '/'));

describe('themes', () => {
  it('reads ?theme= as light, dark or contrast, and nothing else', () => {
    expect(previewTheme('?theme=dark')).toBe('dark');
    expect(previewTheme('?lang=en&theme=contrast')).toBe('contrast');
    expect(previewTheme('?theme=light')).toBe('light');
    expect(previewTheme('?theme=blue')).toBeNull();
    expect(previewTheme('')).toBeNull();
  });

  it('the preview follows ?theme=, else the environment’s theme', () => {
    window.history.replaceState({}, '', '/taskpane.html?theme=contrast');
    const { container, unmount } = render(
      <App host={preview} env={{ displayLanguage: null, theme: 'light' }} />,
    );
    const root = container.querySelector('[data-theme]') as HTMLElement;
    expect(root.dataset.theme).toBe('contrast');
    unmount();
    window.history.replaceState({}, '', '/taskpane.html');
    const again = render(<App host={preview} env={{ displayLanguage: null, theme: 'dark' }} />);
    expect((again.container.querySelector('[data-theme]') as HTMLElement).dataset.theme).toBe('dark');
  });

  it('follows high contrast switched on and off while open', () => {
    let change: ((e: { matches: boolean }) => void) | undefined;
    window.matchMedia = ((q: string) => ({
      media: q,
      matches: false,
      addEventListener: (_: string, f: (e: { matches: boolean }) => void) => (change = f),
      removeEventListener: () => undefined,
    })) as unknown as typeof window.matchMedia;
    try {
      const { container } = render(<App host={preview} env={{ displayLanguage: null, theme: 'dark' }} />);
      const theme = () => (container.querySelector('[data-theme]') as HTMLElement).dataset.theme;
      expect(theme()).toBe('dark');
      act(() => change!({ matches: true }));
      expect(theme()).toBe('contrast');
      act(() => change!({ matches: false }));
      expect(theme()).toBe('dark');
    } finally {
      delete (window as { matchMedia?: unknown }).matchMedia;
    }
  });

  it('inside Excel, Office’s theme wins over the query', async () => {
    window.history.replaceState({}, '', '/taskpane.html?theme=contrast');
    const { container } = render(
      <App
        host={excel}
        env={{ displayLanguage: null, theme: 'dark' }}
        port={new MemoryWorkbook({ sheets: [] })}
      />,
    );
    expect((container.querySelector('[data-theme]') as HTMLElement).dataset.theme).toBe('dark');
    // Let the pane's first reads of the workbook settle inside act().
    await act(async () => {
      await new Promise((r) => setTimeout(r, 50));
    });
  });
});
