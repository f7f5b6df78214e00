/** What one project update may hold (issues: foundation, project updates). */
export const UpdateLimits = {
  title: 100,
  summary: 1000,
  links: 5,
  /** The links option as typed: five long URLs and spaces. */
  linksText: 1000,
  tags: 8,
  tag: 30,
  tagsText: 300,
  area: 60,
  searchWords: 200,
  /** Entries on one page of the directory. */
  pageSize: 8,
  /** Days an author has to answer "is this still current?" before it is archived. */
  freshnessAnswerDays: 14,
} as const;
