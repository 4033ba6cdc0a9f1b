// Project-level reliability: dashboard figures, trainee reports, coding exports and the agreement report.
export * from './types.ts';
export * from './common.ts';
export * from './project-agreement.ts';
export * from './trainee-report.ts';
export * from './codings-csv.ts';
export * from './methods.ts';
export * from './report-tables.ts';
export * from './report-html.ts';
