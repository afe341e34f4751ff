/**
 * The compact activity store (issue 12): what goes in comes back equal, field
 * for field and in the same order, whatever the values; what the columns
 * cannot hold exactly is kept as it is.
 */
import type { Activity } from '../rules/types';
import { ActivityStore } from './activityStore';

const roundTrip = (activities: Activity[]): Activity[] => ActivityStore.from(activities).toArray();

describe('ActivityStore', () => {
  it('gives back every field, in the order it was set, with exact values', () => {
    const activities: Activity[] = [
      {
        ref: 'a.xlsx|台账!2',
        personKey: '370202198001010117',
        kind: 'training',
        title: '岗位培训',
        start: 19000,
        end: 19003,
        claimedHours: 30,
      },
      { ref: 'a.xlsx|台账!3', personKey: 'name:张三', kind: 'online', end: 19010, start: 19001, year: 2023 },
      {
        ref: 'a.xlsx|台账!4',
        personKey: 'name:张三',
        kind: 'exam',
        claimedHours: 17.5,
        level: 'A',
        score: 75.25,
        passed: false,
      },
      {
        ref: '台账!5',
        personKey: 'staff:QD1',
        kind: '',
        days: -0,
        months: 2 ** 40,
        count: Number.NaN,
        travelDays: -3,
      },
      {
        ref: '台账!6',
        personKey: 'staff:QD1',
        kind: 'paper',
        passed: true,
        evidence: '',
        declaredSubject: 'public',
        achievementKey: 'k',
      },
      { personKey: 'p', ref: '台账!7', kind: 'x' },
    ];
    const back = roundTrip(activities);
    expect(back).toEqual(activities);
    back.forEach((a, i) => {
      expect(Object.keys(a)).toEqual(Object.keys(activities[i]));
      for (const k of Object.keys(a))
        expect(Object.is(a[k as keyof Activity], activities[i][k as keyof Activity])).toBe(true);
      expect(Object.getPrototypeOf(a)).toBe(Object.prototype);
    });
  });

  it('keeps as it is an activity the columns cannot hold', () => {
    const odd = [
      { ref: 'no row here', personKey: 'p', kind: 'x' },
      { ref: '台账!07', personKey: 'p', kind: 'x' },
      { ref: '台账!8', personKey: 'p', kind: 'x', note: 'not a field' },
      { ref: '台账!9', personKey: 'p', kind: 'x', title: 12 },
      { ref: '台账!10', personKey: 'p', kind: 'x', title: undefined },
    ] as unknown as Activity[];
    const store = ActivityStore.from(odd);
    odd.forEach((a, i) => expect(store.at(i)).toBe(a));
    expect(store.toArray()).toEqual(odd);
  });

  it('switches a column to Float64 without changing the values before', () => {
    const activities: Activity[] = Array.from({ length: 3000 }, (_, i) => ({
      ref: `台账!${i + 2}`,
      personKey: `p${i % 7}`,
      kind: 'k',
      claimedHours: i === 2500 ? 0.5 : i,
    }));
    expect(roundTrip(activities)).toEqual(activities);
  });

  it('widens its indexes as tables and rows grow past 8 and 16 bits', () => {
    const activities: Activity[] = Array.from({ length: 70_000 }, (_, i) => ({
      ref: `a.xlsx|台账!${i * 3 + 2}`,
      personKey: `p${i}`,
      kind: i % 2 === 0 ? 'k' : 'j',
      title: `课程${i}`,
    }));
    expect(roundTrip(activities)).toEqual(activities);
  });

  it('removes, rekeys people and groups without making objects', () => {
    const activities: Activity[] = [
      { ref: '台账!2', personKey: 'name:张三', kind: 'k' },
      { ref: '台账!3', personKey: 'A', kind: 'k' },
      { ref: 'odd', personKey: 'name:张三', kind: 'k' },
      { ref: '台账!5', personKey: 'B', kind: 'k' },
    ];
    const store = ActivityStore.from(activities);
    store.remove(3);
    expect(store.length).toBe(3);
    expect(store.slots).toBe(4);
    store.rekeyPeople(new Map([['name:张三', 'A']]));
    expect(store.toArray()).toEqual([
      { ref: '台账!2', personKey: 'A', kind: 'k' },
      { ref: '台账!3', personKey: 'A', kind: 'k' },
      { ref: 'odd', personKey: 'A', kind: 'k' },
    ]);
    expect([0, 1, 2, 3].map((i) => [store.ref(i), store.personKey(i)])).toEqual([
      ['台账!2', 'A'],
      ['台账!3', 'A'],
      ['odd', 'A'],
      ['台账!5', 'B'],
    ]);
    expect([...store.groups((k) => (k === 'A' ? 0 : 1))]).toEqual([0, 0, 0, -1]);
    // The activity given is not changed by rekeying.
    expect(activities[2].personKey).toBe('name:张三');
  });
});
