import { useMemo, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import type { EmployeeStatus } from '../../gql/graphql';
import type { SearchSource } from '../../shared/components';
import { useDebouncedValue } from '../../shared/hooks';
import { EmployeeOptionsDocument } from './graphql/employees.operations';

interface Options {
  /** Only employees of this unit and its sub-units. */
  unitId?: string | null;
  /** Offered before anything is typed; a search then looks everywhere within reach. */
  preferUnitId?: string | null;
  status?: readonly EmployeeStatus[];
  /** Someone who may not be picked (e.g. the absent person as their own deputy). */
  excludeId?: string;
  /** The current value, so its label shows even when the search does not return it. */
  current?: { id: string; name: string; employeeNo: string } | null;
  skip?: boolean;
}

const PAGE = 30;

/** Employees to pick from, searched on the server by name or number as the user types. */
export function useEmployeeSearch({ unitId, preferUnitId, status, excludeId, current, skip }: Options): SearchSource {
  const [search, setSearch] = useState('');
  const settled = useDebouncedValue(search);
  const { data, loading, previousData } = useQuery(EmployeeOptionsDocument, {
    variables: { search: settled.trim() || null, unitId: unitId ?? (settled.trim() ? null : preferUnitId) ?? null, status: status ? [...status] : null, first: PAGE },
    skip,
  });
  const options = useMemo(() => {
    const rows = (data ?? previousData)?.employees.nodes ?? [];
    const out = rows.filter((e) => e.id !== excludeId).map((e) => ({ value: e.id, label: `${e.name} (${e.employeeNo})` }));
    if (current && !out.some((o) => o.value === current.id)) out.unshift({ value: current.id, label: `${current.name} (${current.employeeNo})` });
    return out;
  }, [data, previousData, excludeId, current]);
  return { options, loading, onSearch: setSearch };
}
