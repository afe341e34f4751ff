/**
 * The functions evaluate one person at a time, on demand: what they answer
 * must be exactly what the full report says of that person.
 */
import { buildLedgerView } from '../../functions/ledgerView';
import { readLedger } from '../../src/ledger/intake';
import { buildReport } from '../../src/report/model';
import { ledgerA, ledgerB } from './ledgers';

describe('the per-person view agrees with the full report', () => {
  test.each([
    ['layout A', ledgerA()],
    ['layout B', ledgerB()],
  ])('%s', (_name, rows) => {
    const view = buildLedgerView(rows as unknown[][]);
    const full = buildReport(readLedger({ sheet: '区域', rows: rows as unknown[][] }), {
      showIds: false,
      lang: 'zh',
    });
    expect(view.people.map((p) => p.key)).toEqual(full.people.map((p) => p.key));
    for (const p of full.people) {
      const entry = [...view.byId.values(), ...[...view.byName.values()].flat()].find(
        (e) => e.person.key === p.key,
      );
      expect(entry).toBeDefined();
      const mine = view.report(entry!);
      expect(mine.years).toEqual(p.years);
      expect(mine.status).toBe(p.status);
      expect(mine.id).toBe(p.id);
      expect(mine.evaluation.credits).toEqual(p.evaluation.credits);
    }
  });

  test('a person is evaluated once, then remembered', () => {
    const view = buildLedgerView(ledgerA());
    const entry = [...view.byName.values()][0][0];
    expect(view.report(entry)).toBe(view.report(entry));
  });
});
