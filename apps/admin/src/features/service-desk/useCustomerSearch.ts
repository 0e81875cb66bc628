import { useMemo, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import type { SearchSource } from '../../shared/components';
import { useDebouncedValue } from '../../shared/hooks';
import { TicketCustomerOptionsDocument } from './graphql/service-desk.operations';

const PAGE = 20;

/** Customer files to pick for a case, searched on the server by name, number or phone as the agent types. */
export function useCustomerSearch(skip = false): SearchSource {
  const [search, setSearch] = useState('');
  const settled = useDebouncedValue(search).trim();
  const { data, previousData, loading } = useQuery(TicketCustomerOptionsDocument, { variables: { search: settled || null, first: PAGE }, skip });
  const options = useMemo(
    () => ((data ?? previousData)?.customers.nodes ?? []).map((c) => ({ value: c.id, label: `${c.name} (${c.code})` })),
    [data, previousData],
  );
  return { options, loading, onSearch: setSearch };
}
