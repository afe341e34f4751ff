/**
 * The notice itself: identity, date and the yearly requirement (一).
 */

export const NOTICE = {
  /** 青人社字〔2023〕14号 */
  number: '青人社字〔2023〕14号',
  title: '青岛市人力资源和社会保障局关于做好专业技术人员继续教育工作有关问题的通知',
  titleEn: 'Qingdao HRSS notice on continuing education of professional and technical staff',
  /** "本通知自下发之日起执行", dated 2023年2月20日. */
  effectiveFrom: '2023-02-20',
} as const;

/**
 * 一: "每年累计不少于90学时，其中公需科目不少于30学时，专业科目不少于60学时".
 * interpretations.md: both minimums must be met; neither subject makes up for the other.
 */
export const YEARLY_REQUIREMENT = {
  clause: '一',
  publicHours: 30,
  professionalHours: 60,
  totalHours: 90,
} as const;

/** 四, preamble: "近五年…滚动管理" — 2023 → 2019–2023. */
export const TITLE_WINDOW_YEARS = 5;

/** 四(一)2, 四(一)3, 四(四)1: "不超过8学时/天". */
export const PER_DAY_CAP = 8;
