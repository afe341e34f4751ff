/**
 * One employee's whole picture: each year's 公需 and 专业 against 30 and 60,
 * shortfalls, deemed or sector status, the window for a chosen title year, and
 * their rows with claimed versus credited hours and the clause behind every cut.
 */
import {
  DataGrid,
  DataGridBody,
  DataGridCell,
  DataGridHeader,
  DataGridHeaderCell,
  DataGridRow,
  Field,
  Link,
  MessageBar,
  MessageBarBody,
  Select,
  Text,
  createTableColumn,
  makeStyles,
  tokens,
  type TableColumnDefinition,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { ReportDetail, ReportPerson } from '../../src/report/types';
import type { Policy } from '../../src/rules/types';
import { usePane } from '../context';
import { formatHours } from '../i18n';
import { cardRows, personWindow, titleYearChoices, type CardRow } from '../personView';
import { HoursBar } from './HoursBar';

const useStyles = makeStyles({
  card: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  year: {
    display: 'grid',
    gridTemplateColumns: '1fr 1fr',
    columnGap: tokens.spacingHorizontalM,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  yearTitle: { gridColumnStart: 1, gridColumnEnd: 3 },
  reasons: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export interface PersonCardProps {
  person: ReportPerson;
  details: readonly ReportDetail[];
  policy: Policy;
  titleYear: number;
  onGoToRow: (sheet: string, row: number) => void;
}

export function PersonCard({ person, details, policy, titleYear, onGoToRow }: PersonCardProps) {
  const { t, lang } = usePane();
  const styles = useStyles();
  const [chosenYear, setChosenYear] = useState(titleYear);
  const window = useMemo(() => personWindow(person, chosenYear, policy), [person, chosenYear, policy]);
  const rows = useMemo(() => cardRows(person, details, lang), [person, details, lang]);
  const choices = useMemo(() => titleYearChoices(person, titleYear), [person, titleYear]);
  const sector = person.status === 'sector';
  const windowText = sector
    ? t('personWindowSector', { from: window.from, to: window.to })
    : window.compliant
      ? t('personWindowPass', { from: window.from, to: window.to })
      : t('personWindowFail', {
          from: window.from,
          to: window.to,
          years: window.failingYears.join(t('listJoin')),
        });
  const reading =
    window.reading === 'five-years'
      ? t('readingFiveYears')
      : window.reading === 'qualification-after'
        ? t('readingQualificationAfter')
        : t('readingQualificationSame');

  const columns = useMemo<TableColumnDefinition<CardRow>[]>(
    () => [
      createTableColumn<CardRow>({
        columnId: 'row',
        renderHeaderCell: () => t('colRow'),
        renderCell: (r) => (
          <Link as="button" onClick={() => onGoToRow(r.detail.sheet, r.detail.row)}>
            {r.detail.sheet}!{r.detail.row}
          </Link>
        ),
      }),
      createTableColumn<CardRow>({
        columnId: 'kind',
        renderHeaderCell: () => t('colKind'),
        renderCell: (r) =>
          t('kindWithYears', { kind: r.detail.kindShortName, years: r.detail.years.join(t('listJoin')) }),
      }),
      createTableColumn<CardRow>({
        columnId: 'claimed',
        renderHeaderCell: () => t('colClaimed'),
        renderCell: (r) => (r.detail.claimed === null ? '—' : formatHours(r.detail.claimed)),
      }),
      createTableColumn<CardRow>({
        columnId: 'credited',
        renderHeaderCell: () => t('colCredited'),
        renderCell: (r) => (
          <span data-credited={r.detail.credited}>
            {formatHours(r.detail.credited)}
            {r.detail.pendingReview ? t('aside', { text: t('pendingReview') }) : ''}
          </span>
        ),
      }),
      createTableColumn<CardRow>({
        columnId: 'reasons',
        renderHeaderCell: () => t('colReasons'),
        renderCell: (r) => (
          <div>
            <Text size={200} block>
              {t('clause', { clause: r.detail.clause })}
            </Text>
            {r.reasons.length > 0 && (
              <ul className={styles.reasons}>
                {r.reasons.map((x, i) => (
                  <li key={i}>
                    <Text size={200}>
                      {x.text}
                      {x.clause ? t('aside', { text: x.clause }) : ''}
                    </Text>
                  </li>
                ))}
              </ul>
            )}
          </div>
        ),
      }),
    ],
    [t, onGoToRow, styles.reasons],
  );

  return (
    <article
      className={styles.card}
      aria-labelledby="ce-person-name"
      data-testid="person-card"
      data-person={person.key}
    >
      <div>
        <Text as="h2" id="ce-person-name" size={500} weight="semibold" block>
          {person.name || person.key}
        </Text>
        {person.id && <Text block>{person.id}</Text>}
      </div>
      {sector && (
        <MessageBar intent="info">
          <MessageBarBody>
            {t('personSector', {
              series: person.evaluation.person.series ?? '',
              sector: person.sector ?? '',
            })}
          </MessageBarBody>
        </MessageBar>
      )}
      <section aria-labelledby="ce-person-years">
        <Text as="h3" id="ce-person-years" weight="semibold" block>
          {t('personYears')}
        </Text>
        {person.years.map((y) => {
          const neutral = y.deemed || y.status === 'sector';
          const verdict =
            y.status === 'sector'
              ? t('personYearSector', { year: y.year })
              : y.deemed
                ? t('personYearDeemed', { year: y.year })
                : y.compliant
                  ? t('personYearPass', { year: y.year })
                  : t('personYearFail', {
                      year: y.year,
                      shortfall: t('shortfallText', {
                        public: formatHours(y.shortfall.public),
                        professional: formatHours(y.shortfall.professional),
                      }),
                    });
          return (
            <div key={y.year} className={styles.year} data-year={y.year}>
              <Text weight="semibold" className={styles.yearTitle} data-testid="year-verdict">
                {verdict}
              </Text>
              <HoursBar
                label={t('personPublic', { hours: formatHours(y.public) })}
                hours={y.public}
                required={30}
                neutral={neutral}
              />
              <HoursBar
                label={t('personProfessional', { hours: formatHours(y.professional) })}
                hours={y.professional}
                required={60}
                neutral={neutral}
              />
            </div>
          );
        })}
      </section>
      <section>
        <Field label={t('personTitleYear')}>
          <Select value={String(chosenYear)} onChange={(_, d) => setChosenYear(Number(d.value))}>
            {choices.map((y) => (
              <option key={y} value={String(y)}>
                {y}
              </option>
            ))}
          </Select>
        </Field>
        <Text block weight="semibold" data-testid="window-verdict">
          {windowText}
        </Text>
        <Text block size={200}>
          {t('personWindowReading', { reading })}
        </Text>
      </section>
      <section aria-labelledby="ce-person-rows">
        <Text as="h3" id="ce-person-rows" weight="semibold" block>
          {t('personRows')}
        </Text>
        <DataGrid
          items={rows}
          columns={columns}
          getRowId={(r: CardRow) => r.detail.ref}
          size="small"
          aria-labelledby="ce-person-rows"
        >
          <DataGridHeader>
            <DataGridRow>
              {({ renderHeaderCell }) => <DataGridHeaderCell>{renderHeaderCell()}</DataGridHeaderCell>}
            </DataGridRow>
          </DataGridHeader>
          <DataGridBody<CardRow>>
            {({ item, rowId }) => (
              <DataGridRow<CardRow> key={rowId} data-testid="person-detail-row">
                {({ renderCell }) => <DataGridCell>{renderCell(item)}</DataGridCell>}
              </DataGridRow>
            )}
          </DataGridBody>
        </DataGrid>
      </section>
    </article>
  );
}
