// Plans, programmes and projects vocabulary (no server imports).

export const PROJECT_KINDS = ['STRATEGY', 'PLAN', 'PROGRAMME', 'PROJECT'] as const;
export type ProjectKindCode = (typeof PROJECT_KINDS)[number];
export const PROJECT_KIND_LABELS: Record<ProjectKindCode, string> = {
  STRATEGY: 'Chiến lược',
  PLAN: 'Kế hoạch',
  PROGRAMME: 'Chương trình',
  PROJECT: 'Dự án',
};

export const PROJECT_STATUSES = ['PREPARING', 'IN_PROGRESS', 'COMPLETED'] as const;
export type ProjectStatusCode = (typeof PROJECT_STATUSES)[number];
export const PROJECT_STATUS_LABELS: Record<ProjectStatusCode, string> = {
  PREPARING: 'Đang chuẩn bị',
  IN_PROGRESS: 'Đang thực hiện',
  COMPLETED: 'Đã hoàn thành',
};

export function projectPeriod(project: { startYear: number; endYear: number | null }): string {
  if (project.endYear === null) return `Từ năm ${project.startYear}`;
  return project.endYear === project.startYear ? `Năm ${project.startYear}` : `${project.startYear}–${project.endYear}`;
}
