// What other features may use from the org feature.
export { OrgChartDocument } from './graphql/org.operations';
export { nestUnits, unitOptions, type ChartNode, type UnitOption } from './tree';
