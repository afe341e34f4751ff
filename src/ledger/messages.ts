/**
 * Wording of every ledger code, zh-CN first, for an HR officer filling in a
 * 继续教育台账: say what is wrong with the cell and what to do. Params are in
 * braces (see `../i18n/format.ts`); `{text}` is always the cell as written.
 */
import type { MessageTable } from '../i18n/format';
import type { LedgerCode } from './codes';

export { LEDGER_CODES, LEDGER_CODE_SEVERITY, type LedgerCode } from './codes';

export const ledgerMessagesZh: MessageTable<LedgerCode> = {
  'date-serial-1900-02-29': '日期“{text}”是 Excel 的 1900年2月29日（历史上不存在的日期），请填写正确的日期',
  'date-out-of-range': '日期“{text}”不在 {min}—{max} 年之间，可能是录入错误或日期格式有误，请核对',
  'date-end-before-start': '日期“{text}”的结束日期 {end} 早于开始日期 {start}，请核对起止时间',
  'date-invalid': '日期“{text}”不是真实存在的日期（如 2月30日），请核对',
  'date-unrecognised': '无法识别日期“{text}”，请按 2023-05-08、2023.5.8 或 2023年5月8日 的格式填写',
  'year-invalid': '年度“{text}”无法识别或不在 {min}—{max} 年之间，请填写四位年份，如 2023',
  'date-month-range': '时间“{text}”按月份区间读作 {start} 至 {end}（不是某一天），请核对',
  'date-half-year': '时间“{text}”按月份区间读作 {year}年{from}月至{to}月（不是某一天），请核对',
  'date-year-from-column': '日期“{text}”未写年份，按年度列读作{year}年，请核对',
  'negative-value': '数值“{text}”为负数，请填写 0 或正数',
  'hours-in-days': '学时“{text}”按每天8学时（通知允许的上限）折算为{hours}学时，请按证书上的实际学时核对',
  'hours-in-numerals': '学时“{text}”按{hours}学时计',
  'hours-text': '学时“{text}”是文字而不是数字，请填写具体学时数，如 4',
  'number-text': '“{text}”是文字而不是数字，请填写阿拉伯数字',
  'number-unrecognised': '无法识别数值“{text}”，请只填写一个数字（可带单位）',
  'number-unit-unexpected': '数值“{text}”的单位“{unit}”不适用于此列，请核对',
  'count-not-integer': '数量“{text}”不是整数，项数、篇数、门数、模块数应为整数',
  'hours-cell-months': '学时列的“{text}”是月数：“{kind}”按月份比例计算，读作{n}个月，请核对',
  'hours-cell-items': '学时列的“{text}”是项数：“{kind}”按项计算学时，读作{n}项，请核对',
  'hours-cell-duration': '学时列的“{text}”是时长：“{kind}”每项计学时，与时长无关，按1项计',
  'hours-both-subjects':
    '此行公需科目{public}学时、专业科目{professional}学时都填了，这种形式的一条记录不能分属两类：只按专业科目{professional}学时计，请拆成两行登记',
  'subject-unknown': '科目类别“{text}”无法识别，请填写“公需科目”或“专业科目”',
  'pass-unknown': '考核结果“{text}”无法识别，请填写“合格”或“不合格”',
  'record-unverified':
    '审核情况为“{text}”：用人单位尚未审核认定此记录（五），学时暂按登记计入；达标如依赖此记录，结论为待核实',
  'level-unknown': '外语等级“{text}”无法识别，请填写 A、B 或 C',
  'id-upgraded-15': '15 位旧身份证号“{text}”已按国家标准升级为 18 位：{id}',
  'id-numeric-lost-digits':
    '身份证号以数字形式存储，后几位已丢失（Excel 只保留 15 位有效数字），请将该列设为文本后重新录入',
  'id-check-digit': '身份证号“{text}”校验位不正确（按前17位应为 {expected}），请核对是否录入有误',
  'id-birth-date': '身份证号“{text}”中的出生日期 {birth} 不是有效日期，请核对',
  'id-format': '身份证号“{text}”格式不正确，应为 18 位（最后一位可为 X），当前为 {length} 位',
  'header-not-found':
    '没有找到台账的表头：前 {scannedRows} 行中没有一行同时写有“姓名”或“身份证号”，以及“学习形式”或“学时”；请检查是否选对了工作表',
  'sheet-wide-register':
    '本表一人一行，第{columns}列把每人的各项学习横向排开（第{row}行表头：{examples}……），但没有日期，标题和各列也没有写明年度（如“（2025年度）”），各项学习无法归入年度：本表未作检查，表中人员均未判定。请在标题中写明年度、加一列“年度”，或把每项学习改为单独一行（姓名、身份证号、培训项目、科目类别、学时、起止日期）后再检查',
  'wide-year-from-title':
    '本表一人一行，各项学习没有日期，年度按标题“{text}”读作{year}年；如有跨年度的学习，请按每项学习一行、写明起止日期登记',
  'wide-subtotal-only':
    '只填了“{subject}”的小计“{text}”，没有填各项学习：按{subject}一条记录、以所填学时认定，无法核对学习形式和每天不超过8学时，请补填各项学习及天数',
  'wide-hours-status':
    '学时格填的是“{text}”，不是学时数：此项未计学时，依赖此项的年度结论为待核实；请填写证书上的学时数',
  'header-duplicate-column':
    '第{column}列“{text}”与前面的第{first}列都表示“{field}”，只读取第{first}列，此列被忽略',
  'header-by-content':
    '第{column}列的表头“{text}”无法识别，按其内容（{examples}）读作“{field}”，请核对（可把表头改为此名称）',
  'header-kind-by-content':
    '第{column}列“{text}”写的是继续教育形式（{examples}），按此列读作“学习形式”；第{old}列“{oldText}”只写了学习方式（{oldExamples}），不据此认定形式，请核对',
  'kind-unknown':
    '无法识别的继续教育形式“{text}”（第{rows}行，共{count}行），未计学时；请按通知的名称填写（如 岗位培训、学术会议、论文著作）',
  'kind-ambiguous': '继续教育形式“{text}”可能是{candidates}中的任一种，无法确定，请填写更准确的名称',
  'kind-matched-by-keyword': '按关键词“{alias}”识别为“{kind}”：第{rows}行（如“{text}”），请核对',
  'kind-from-subject':
    '台账未写学习形式，只分公需科目、专业科目：公需科目按四(一)1登记学时，专业科目按实际学时认定、每天不超过8学时（四(一)2—3）',
  'kind-training-word':
    '继续教育形式“{text}”不是通知所列的名称，读作一种培训、学习方式：第{rows}行（共{count}行）{how}；请确认，或改为通知的名称（如 岗位培训、学术会议）',
  'text-facts-read': '“{text}”中写明了 {found}，已据此计算；请核对',
  'evidence-column-missing': '台账没有证明材料列：各条记录的证书、通知等请另行核对（备注中写明的证书已读取）',
  'kind-missing': '未填写学习形式，且内容“{text}”无法识别为任何一种继续教育形式，未计学时',
  'row-subtotal': '合计行（“{text}”）不是学习记录，已跳过',
  'row-repeated-header': '此行重复了表头，已跳过',
  'row-title': '标题行“{text}”不是学习记录，已跳过',
  'row-no-person': '此行有内容，但既没有姓名也没有身份证号，无法确定是谁的记录',
  'person-from-row-above':
    '第{rows}行的姓名、身份证号为空（按人合并的单元格），按上方第{from}行的“{name}”读取，请核对',
  'year-from-row-above':
    '第{rows}行的年度为空（同一人按年度合并的单元格），按上方第{from}行的{year}年度读取，请核对',
  'person-from-block': '本表按人登记，表格上方写明的“{name}”即本表各条记录的人员，请核对',
  'row-no-activity': '此行只有人员“{name}”，没有学习形式、学时、内容或日期，未计学时',
  'name-formula-like': '姓名“{text}”以公式符号开头，录入时可能被当作公式，请核对姓名',
  'row-duplicate': '此行与 {first} 每一项都相同，是同一条记录，只计一次',
  'row-near-duplicate':
    '此行与 {first} 的人员、形式、日期、学时和内容相同，其余各列不同，已分别计算，请核对是否重复登记',
  'id-two-names': '身份证号 {id} 对应两个姓名：{names}，请核对',
  'name-two-ids': '姓名“{name}”对应两个身份证号：{ids}，按两人分别统计，请核对',
  'person-joined-by-name': '第{rows}行没有有效的身份证号，按姓名“{name}”并入身份证号为 {id} 的人员，请核对',
  'year-disagrees-with-dates': '年度 {year} 与起止日期 {start}—{end} 不一致，按年度 {year} 计算，请核对',
  'summary-differs': '汇总表中 {name} {year}年与明细核查结果不一致：{diffs}。请以明细为准更正汇总表',
  'summary-no-detail':
    '汇总表列有 {name} {year}年（{stated}），但明细中没有此人该年度的记录，学时无法核实（待核实）；请补录明细或更正汇总表',
  'record-after-as-of':
    '日期{date}在核查日{asOf}之后，尚未发生，请核对日期（是否填错年份）；学时暂按登记计入所属年度，达标如依赖此记录，结论为待核实',
};

export const ledgerMessagesEn: MessageTable<LedgerCode> = {
  'date-serial-1900-02-29':
    'Date "{text}" is Excel\'s 29 February 1900, a day that never existed; enter the correct date',
  'date-out-of-range': 'Date "{text}" is not between {min} and {max}: probably a typo or a wrong date format',
  'date-end-before-start': 'Date "{text}": the end {end} is before the start {start}',
  'date-invalid': 'Date "{text}" does not exist (e.g. 30 February)',
  'date-unrecognised': 'Date "{text}" is not recognised; write it as 2023-05-08, 2023.5.8 or "2023年5月8日"',
  'year-invalid':
    'Year "{text}" is not recognised or not between {min} and {max}; write four digits, e.g. 2023',
  'date-month-range': 'Date "{text}" was read as the months {start} to {end}, not as one day; please check',
  'date-half-year':
    'Date "{text}" was read as the months {from} to {to} of {year}, not as one day; please check',
  'date-year-from-column': 'Date "{text}" has no year; read in {year}, the row\'s year column; please check',
  'negative-value': 'Value "{text}" is negative; enter 0 or a positive number',
  'hours-in-days':
    'Hours "{text}" were read at 8 hours a day (the most the notice allows) as {hours} hours; check against the certificate',
  'hours-in-numerals': 'Hours "{text}" (Chinese numerals) were read as {hours} hours',
  'hours-text': 'Hours "{text}" are words, not a number; enter the number of hours, e.g. 4',
  'number-text': '"{text}" is words, not a number; enter digits',
  'number-unrecognised': 'Number "{text}" is not recognised; enter a single number (a unit may follow)',
  'number-unit-unexpected': 'Number "{text}": the unit "{unit}" does not fit this column',
  'count-not-integer':
    'Count "{text}" is not a whole number; items, papers, courses and modules are counted whole',
  'hours-cell-months':
    'The hours cell "{text}" gives months: "{kind}" is prorated by month, read as {n} months; please check',
  'hours-cell-items':
    'The hours cell "{text}" gives items: "{kind}" is credited per item, read as {n}; please check',
  'hours-both-subjects':
    'This row gives {public} public-subject and {professional} professional-subject hours: a record of this kind cannot be both; only the {professional} professional hours are counted; enter it as two rows',
  'hours-cell-duration':
    'The hours cell "{text}" gives a duration: "{kind}" is credited per item whatever its length, read as one item',
  'subject-unknown':
    'Subject "{text}" is not recognised; enter "公需科目" (public) or "专业科目" (professional)',
  'pass-unknown': 'Result "{text}" is not recognised; enter "合格" (passed) or "不合格" (failed)',
  'record-unverified':
    'Review status "{text}": the employer has not yet verified this record; its hours are counted as registered for now, and a pass that depends on it is marked to be verified',
  'level-unknown': 'Language level "{text}" is not recognised; enter A, B or C',
  'id-upgraded-15': 'The 15-digit legacy ID "{text}" was upgraded to 18 characters: {id}',
  'id-numeric-lost-digits':
    'The ID number is stored as a number and its last digits are lost (Excel keeps 15 significant digits); format the column as text and enter it again',
  'id-check-digit':
    'ID number "{text}" has a wrong check character (the first 17 digits give {expected}); check for a typo',
  'id-birth-date': 'ID number "{text}": the birth date {birth} is not a valid date',
  'id-format': 'ID number "{text}" is malformed: it needs 18 characters (the last may be X), it has {length}',
  'header-not-found':
    'No ledger header found: none of the first {scannedRows} rows names both a person ("姓名" or "身份证号") and a kind or hours ("学习形式" or "学时"); check that this is the right sheet',
  'sheet-wide-register':
    'This sheet keeps one row per person: columns {columns} set each person\'s activities side by side (header row {row}: "{examples}" …), with no dates, and neither the title nor a column says the year (such as "（2025年度）"), so no activity can be placed in a year: this sheet was not checked and nobody on it was judged. Name the year in the title, add a 年度 column, or put each activity on a row of its own (name, ID number, course, subject, hours, dates) and check again',
  'wide-year-from-title':
    'This sheet keeps one row per person and gives no dates: every activity is read as of {year}, the year of the title "{text}"; an activity over New Year needs a row of its own with its dates',
  'wide-subtotal-only':
    'Only the subtotal "{text}" of "{subject}" is filled, no activities: credited as one record of "{subject}" with the hours given; neither the kind of activity nor the 8 hours a day can be checked, so please fill in each activity and its days',
  'wide-hours-status':
    'The hours cell says "{text}", not a number of hours: nothing is credited for this activity and a verdict resting on it is to be verified; please write the hours on the certificate',
  'header-duplicate-column':
    'Column {column} "{text}" means "{field}" like column {first} before it: only column {first} is read, this one is ignored',
  'header-by-content':
    'The header "{text}" of column {column} is not recognised: read as "{field}" from what it holds ("{examples}"); please check',
  'header-kind-by-content':
    'Column {column} "{text}" names forms of study ("{examples}") and is read as the kind of activity; column {old} "{oldText}" only says how one studied ("{oldExamples}") and does not decide the form; please check',
  'kind-unknown':
    'Unknown kind of activity "{text}" (rows {rows}; {count} in all): nothing credited; use the names the notice gives (e.g. job training, academic conference, paper)',
  'kind-ambiguous': 'Kind of activity "{text}" could be any of {candidates}; write a more precise name',
  'kind-matched-by-keyword':
    'Read as "{kind}" by the keyword "{alias}": rows {rows} (e.g. "{text}"); please check',
  'kind-from-subject':
    'The ledger gives no form of study, only the public or professional subject: public rows are read as clause 四(一)1, professional rows as actual hours, at most 8 a day (clauses 四(一)2–3)',
  'kind-training-word':
    'Kind of activity "{text}" is not a name the notice gives, read as a way of training or studying: rows {rows} ({count} in all) {how}; please confirm, or use the names the notice gives (e.g. job training, academic conference)',
  'text-facts-read': '"{text}" states "{found}": used for the credit; please check',
  'evidence-column-missing':
    "The ledger has no evidence column: check each record's certificate or notice separately (certificates named in the remarks were read)",
  'kind-missing': 'No kind of activity given, and the title "{text}" names none: nothing credited',
  'row-subtotal': 'Subtotal row ("{text}") is not an activity: skipped',
  'row-repeated-header': 'This row repeats the header: skipped',
  'row-title': 'Title row "{text}" is not an activity: skipped',
  'person-from-row-above':
    'Rows {rows} have no name or ID (cells merged down per person): read as "{name}" of row {from} above; please check',
  'year-from-row-above':
    "Rows {rows} have no year (the year cell merged down over one person's rows): read as {year}, from row {from} above; please check",
  'person-from-block':
    'This sheet is kept per person: every record is read as "{name}", named above the table; please check',
  'row-no-person':
    'This row has content but neither a name nor an ID number: whose record it is cannot be told',
  'row-no-activity': 'This row only names "{name}", with no kind, hours, title or dates: nothing credited',
  'name-formula-like':
    'The name "{text}" starts with a formula sign: it may have been typed as a formula; check the name',
  'row-duplicate': 'This row repeats {first} in every field: one record, counted once',
  'row-near-duplicate':
    'This row has the same person, kind, dates, hours and title as {first} but differs in other columns: both counted; check whether it was entered twice',
  'id-two-names': 'ID number {id} comes with two names: {names}; please check',
  'name-two-ids': 'The name "{name}" comes with two ID numbers: {ids}; counted as two people, please check',
  'person-joined-by-name':
    'Rows {rows} have no valid ID number: joined by the name "{name}" to the person with ID {id}; please check',
  'year-disagrees-with-dates':
    'Year {year} disagrees with the dates {start}–{end}: counted in {year}, please check',
  'summary-differs':
    'The summary sheet row for "{name}", {year}, differs from the detail check: {diffs}. Correct the summary from the detail rows',
  'summary-no-detail':
    'The summary sheet lists "{name}" for {year} ({stated}) but the detail sheet has no record of them that year: the hours cannot be verified (to be verified); add the detail rows or correct the summary',
  'record-after-as-of':
    'Dated {date}, after the day of the check ({asOf}): it has not happened yet; check the date (a mistyped year?). Its hours count in their year as recorded for now, and a pass that depends on it is to be verified',
};
