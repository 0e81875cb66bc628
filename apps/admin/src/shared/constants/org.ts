import type { UnitFunction, UnitKind } from '../../gql/graphql';

// Listed by hand for the same reason as PERMISSIONS: codegen emits string unions, and the
// Record type turns a value added to the schema into a compile error here.
const KIND_SET: Record<UnitKind, true> = {
  COMPANY: true,
  MANAGEMENT_DEPT: true,
  BUSINESS_DEPT: true,
  FIELD_SITE: true,
  STATION: true,
  DEPARTMENT: true,
};
/** Kinds a new unit may take; the company root is unique and created with the database. */
export const SUB_UNIT_KINDS = (Object.keys(KIND_SET) as UnitKind[]).filter((k) => k !== 'COMPANY');

const FUNCTION_SET: Record<UnitFunction, true> = {
  CUSTOMER_SERVICE: true,
  TECHNICAL_SUPPORT: true,
  GOODS_MANAGEMENT: true,
  LOGISTICS: true,
  BACK_OFFICE: true,
  SALES: true,
  PLANNING: true,
  QUALITY_CONTROL: true,
  FINANCE: true,
  GENERAL: true,
};
export const UNIT_FUNCTIONS = Object.keys(FUNCTION_SET) as UnitFunction[];
