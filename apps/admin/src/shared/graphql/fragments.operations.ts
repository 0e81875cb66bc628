import { graphql } from '../../gql';

/*
 * Selections several features ask for. With fragment masking off the spread fields land
 * inline in each operation's result type, so pages read them as before.
 */

/** Enough of a unit to name it in either language (`nameEn` when the locale is English). */
export const UnitNameFragment = graphql(`
  fragment UnitName on OrgUnit {
    id
    name
    nameEn
  }
`);

export const PositionTitleFragment = graphql(`
  fragment PositionTitle on Position {
    id
    title
    titleEn
  }
`);

/** Where an employee sits: the unit and the position, as lists and headers show them. */
export const EmployeePlacementFragment = graphql(`
  fragment EmployeePlacement on Employee {
    unit {
      ...UnitName
    }
    position {
      ...PositionTitle
    }
  }
`);

/** Enough of an employee to name them: heads, managers, deputies, holders. */
export const EmployeeNameFragment = graphql(`
  fragment EmployeeName on Employee {
    id
    name
    employeeNo
  }
`);

/** An employee's own fields as the employee table and the detail page show them. */
export const EmployeeRowFragment = graphql(`
  fragment EmployeeRow on Employee {
    id
    employeeNo
    name
    email
    phone
    status
    hireDate
  }
`);

/** Enough of a membership tier to show its badge: the colour and the name in every language. */
export const TierBadgeFragment = graphql(`
  fragment TierBadge on Tier {
    id
    code
    rank
    color
    name
    nameZhHans
    nameEn
  }
`);
