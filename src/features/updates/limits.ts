/** What one project update may hold (issue: foundation, project updates). */
export const UpdateLimits = {
  title: 100,
  summary: 1000,
  links: 5,
  /** The links option as typed: five long URLs and spaces. */
  linksText: 1000,
} as const;
