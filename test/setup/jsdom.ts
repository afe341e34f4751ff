/**
 * The component tests' jsdom: it has no ResizeObserver, and Fluent's DataGrid
 * and Dialog only need it to exist.
 */
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver ??= NoResizeObserver;
