import { parseYearSpan } from './yearSpan';

describe('parseYearSpan', () => {
  it.each([
    ['2023—2024', 2023, 2024],
    ['2025-2026', 2025, 2026],
    ['2023年—2024年', 2023, 2024],
    ['2023至2024年度', 2023, 2024],
    [' ２０２３～２０２５ ', 2023, 2025],
  ])('reads %s', (text, from, to) => {
    expect(parseYearSpan(text)).toEqual({ from, to });
  });

  it.each(['2023', 2023, '2024—2023', '2023—24', '2023年5月—2024年2月', '', null])(
    'names no span in %p',
    (v) => {
      expect(parseYearSpan(v)).toBeUndefined();
    },
  );
});
