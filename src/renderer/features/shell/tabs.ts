export const TABS = ['dashboard', 'data', 'charts', 'brief', 'imports'] as const;
export type Tab = (typeof TABS)[number];
